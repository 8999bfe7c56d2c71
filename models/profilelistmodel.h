// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QUuid>
#include <QVector>

#include "profiles/profile.h"

namespace Gatehouse {

class ProfileStore;

// The profiles of a ProfileStore as a list (the profile switcher and the profiles dialog).
// Follows the store with row-level inserts, removals, moves and changes instead of resets, so
// that views keep their current profile while another one is added or renamed.
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QUuid
        ProviderRole, // int(ProviderKind)
        ProviderTitleRole, // QString, "SailPoint Identity Security Cloud"
        EndpointRole, // QString, the effective base URL
        ReadOnlyRole, // bool
        RequireReasonRole, // bool
    };

    // store is not owned; it must outlive the model or be destroyed with it.
    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a profile, or -1.
    int rowOf(const QUuid &id) const;
    QUuid idAt(int row) const;
    // The profile of a row; row must be valid.
    const Profile &profileAt(int row) const { return m_profiles.at(row); }

private:
    // Brings the rows in line with the store, row by row.
    void sync();

    QPointer<ProfileStore> m_store;
    QVector<Profile> m_profiles;
};

} // namespace Gatehouse
