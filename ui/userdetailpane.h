// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include "core/userrecord.h"
#include "providers/identityprovider.h"

class QLabel;
class QTreeWidget;
class QToolButton;

namespace Gatehouse {

class ActionJournal;

// The selected user in full: identity fields with copy buttons, every attribute the provider
// returns (re-read with getUser, not taken from the table's compact row) and the last actions
// on this user from the journal.
class UserDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailPane)

public:
    static constexpr int recentActionsLimit = 20;

    // journal is not owned and may be null.
    explicit UserDetailPane(ActionJournal *journal, QWidget *parent = nullptr);
    ~UserDetailPane() override;

    // Shows the row at once, then re-reads the user from the provider (null: no re-read).
    void showUser(IdentityProvider *provider, const QUuid &profileId, const UserRecord &row);
    // Nothing selected (or several users: why says so).
    void clear(const QString &why = QString());
    // Reads the journal again (an action on the user changed).
    void refreshActions();

    const QString &userId() const { return m_user.id; }
    const UserRecord &user() const { return m_user; }
    bool isReading() const { return m_call != nullptr; }

signals:
    // The provider answered the re-read (error kind None) or failed.
    void userRead(const Gatehouse::ApiError &error);

private:
    void fill(const UserRecord &user);
    void fillAttributes(const QJsonObject &raw);
    void onRead(quint64 generation, const Result<UserRecord> &result);
    void setStatus(const QString &text, bool error);
    QToolButton *copyButton(QLabel *source);

    QPointer<ActionJournal> m_journal;
    QUuid m_profileId;
    UserRecord m_user;
    QPointer<PendingCall> m_call;
    quint64 m_generation = 0;

    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTreeWidget *m_attributes = nullptr;
    QTreeWidget *m_actions = nullptr;
};

} // namespace Gatehouse
