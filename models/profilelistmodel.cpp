// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profilelistmodel.h"

#include <QSet>

#include "profiles/profilestore.h"

namespace Gatehouse {

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        m_profiles = m_store->profiles();
        connect(m_store, &ProfileStore::profilesChanged, this, &ProfileListModel::sync);
    }
}

ProfileListModel::~ProfileListModel() = default;

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::ToolTipRole: {
        QString tip = providerKindTitle(profile.provider);
        const QString endpoint = profile.effectiveBaseUrl().toString();
        if (!endpoint.isEmpty())
            tip += QLatin1Char('\n') + endpoint;
        if (profile.readOnly)
            tip += QLatin1Char('\n') + tr("Read-only: actions are disabled");
        return tip;
    }
    case IdRole:
        return profile.id;
    case ProviderRole:
        return int(profile.provider);
    case ProviderTitleRole:
        return providerKindTitle(profile.provider);
    case EndpointRole:
        return profile.effectiveBaseUrl().toString();
    case ReadOnlyRole:
        return profile.readOnly;
    case RequireReasonRole:
        return profile.requireReason;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(ProviderRole, "provider");
    names.insert(ProviderTitleRole, "providerTitle");
    names.insert(EndpointRole, "endpoint");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(RequireReasonRole, "requireReason");
    return names;
}

int ProfileListModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}

QUuid ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QUuid();
}

void ProfileListModel::sync()
{
    if (!m_store)
        return;
    const QVector<Profile> &target = m_store->profiles();

    QSet<QUuid> kept;
    for (const Profile &profile : target)
        kept.insert(profile.id);
    for (int row = int(m_profiles.size()) - 1; row >= 0; --row) {
        if (!kept.contains(m_profiles.at(row).id)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_profiles.removeAt(row);
            endRemoveRows();
        }
    }

    // Now every row is in the target; walk the target and move or insert into place.
    for (int position = 0; position < target.size(); ++position) {
        const Profile &wanted = target.at(position);
        const int row = rowOf(wanted.id);
        if (row < 0) {
            beginInsertRows(QModelIndex(), position, position);
            m_profiles.insert(position, wanted);
            endInsertRows();
            continue;
        }
        if (row != position) {
            // row > position: everything before position is already in place.
            beginMoveRows(QModelIndex(), row, row, QModelIndex(), position);
            m_profiles.move(row, position);
            endMoveRows();
        }
        if (m_profiles.at(position) != wanted) {
            m_profiles[position] = wanted;
            const QModelIndex changed = index(position);
            emit dataChanged(changed, changed);
        }
    }
}

} // namespace Gatehouse
