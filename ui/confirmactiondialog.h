// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QStringList>

#include "core/userrecord.h"
#include "profiles/profile.h"

namespace Gatehouse {

namespace Ui {
class ConfirmActionDialog;
}

// Asks before an enable/disable/unlock: names the users (or their count), the profile and the
// action, and takes the reason or ticket. The reason is required when the profile says so;
// batches of typedCountThreshold users or more need the count typed in; a read-only profile
// cannot be confirmed at all. Open it with open() (not exec()) and act on accepted().
class ConfirmActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmActionDialog)

public:
    static constexpr int typedCountThreshold = 20;
    // Users listed by name; a bigger batch lists the first ones and counts the rest.
    static constexpr int listedUsersLimit = 200;

    // users: one label per user, e.g. "Jane Doe (jdoe)".
    ConfirmActionDialog(UserAction action, const Profile &profile, const QStringList &users,
        QWidget *parent = nullptr);
    ~ConfirmActionDialog() override;

    UserAction action() const { return m_action; }
    int userCount() const { return int(m_users.size()); }
    const Profile &profile() const { return m_profile; }
    // The reason as typed, trimmed.
    QString reason() const;
    bool needsTypedCount() const { return userCount() >= typedCountThreshold; }
    // Why the action cannot be confirmed yet; empty when it can.
    QString problem() const;
    bool canConfirm() const { return problem().isEmpty(); }

    void accept() override;

private:
    void fill();
    void updateState();

    std::unique_ptr<Ui::ConfirmActionDialog> m_ui;
    UserAction m_action;
    Profile m_profile;
    QStringList m_users;
};

} // namespace Gatehouse
