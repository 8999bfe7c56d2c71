// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include "cli/clicontext.h"
#include "providers/identityprovider.h"

namespace Gatehouse {

namespace Output {
class UserListWriter;
}
class ActionJournal;
class ActionRunner;
struct ActionRecord;
struct BatchSummary;
struct BatchUser;
struct Profile;

// gatehouse-cli users list|show|disable|enable|unlock
class UsersCommand final : public Command
{
    Q_OBJECT

public:
    explicit UsersCommand(CliContext *context);
    ~UsersCommand() override;
    void start(const QStringList &args) override;

private:
    // Finds the --profile, makes its provider, then calls `next`.
    void openProfile(const QString &name, std::function<void()> next);
    void list(const QCommandLineParser &parser);
    void fetchPage(const QString &pageToken);
    void show(const QCommandLineParser &parser);
    void changeState(UserAction action, const QCommandLineParser &parser);
    // RSA acts on user ids but operators know e-mails: look each given key up first.
    void resolveUsers(QStringList keys, QVector<BatchUser> resolved);
    void submitBatch(const QVector<BatchUser> &users);
    void onActionChanged(const ActionRecord &action);
    void maybeDone();
    void report(const ActionRecord &action);
    void finishBatch(const BatchSummary &summary);

    QPointer<IdentityProvider> m_provider;
    QString m_profileName;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Output::UserListWriter> m_writer;
    UserQuery m_query;
    OutputFormat m_format = OutputFormat::Table;
    bool m_all = false;
    qint64 m_limit = -1;
    qint64 m_listed = 0;
    qint64 m_total = -1;

    // disable/enable/unlock
    std::unique_ptr<ActionJournal> m_journal;
    ActionRunner *m_runner = nullptr;
    UserAction m_action = UserAction::Disable;
    QString m_reason;
    bool m_wait = false;
    int m_settleMs = -1;
    int m_unresolved = 0; // keys that named no user
    QUuid m_batchId;
    QJsonArray m_reported;
    QSet<QUuid> m_reportedIds;
};

} // namespace Gatehouse
