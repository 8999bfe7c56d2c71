// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "cli/clicontext.h"
#include "profiles/profile.h"
#include "tasks/actionrecord.h"
#include "tasks/actionrunner.h"

namespace Gatehouse {

class ActionJournal;
class IdentityProvider;
struct AuditEntry;

// gatehouse-cli tasks list [--format table|json|csv] [--limit N] [--batch ID] [--unfinished]
//   The journal's actions, oldest first (the newest N with --limit).
// gatehouse-cli tasks watch [--format table|json] [--settle-seconds N]
//   Takes over what runs that are gone left unfinished (for every profile that can be
//   opened), and prints every transition of every action as it is journaled, by this or any
//   other Gatehouse process, until nothing is left unfinished. JSON: one object per line.
//   Exit 0, or 1 when an action it saw ended failed or unknown.
class TasksCommand final : public Command
{
    Q_OBJECT

public:
    explicit TasksCommand(CliContext *context);
    ~TasksCommand() override;
    void start(const QStringList &args) override;

    // The stable JSON of an action (also used by `users disable|enable --format json`).
    static QJsonObject actionJson(const ActionRecord &action);

private:
    int list(const QStringList &args);
    void watch(const QStringList &args);
    void openNextProfile();
    void poll();
    void printEntry(const AuditEntry &entry);

    std::unique_ptr<ActionJournal> m_journal;
    QPointer<ActionRunner> m_runner;
    QString m_journalDirectory;
    QVector<Profile> m_toOpen;
    RunnerSettings m_settings;
    QTimer m_pollTimer;
    qint64 m_lastSeq = 0;
    bool m_json = false;
    bool m_polling = false;
    QSet<QString> m_unreachable; // profile ids that could not be opened
    QHash<QString, QString> m_lastState; // action id -> last state seen
};

} // namespace Gatehouse
