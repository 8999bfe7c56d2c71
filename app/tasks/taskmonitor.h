// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include "core/clock.h"
#include "providers/identityprovider.h"
#include "tasks/actionrecord.h"
#include "tasks/taskdurations.h"

namespace Gatehouse {

class ActionJournal;

struct TaskMonitorSettings
{
    // The first poll after the provider accepted an action, while nothing is known of how
    // long the provider's tasks take. SailPoint's account tasks go to the source's connector
    // and take seconds: a poll after one second mostly finds them running, and when a bulk
    // run uses the whole polling budget every such poll delays the end by a rate window.
    // Once tasks were seen to end, first polls follow what they took (TaskDurations).
    int firstPollMs = 2000;
    int maxPollMs = 30000; // the backoff doubles up to this
    int readBackTimeoutMs = 10 * 60 * 1000; // following by re-reading gives up after this
    int maxConcurrentPolls = 2; // per provider, so polling never floods the rate limiter
};

// Follows accepted asynchronous tasks (SailPoint) to their end and journals the outcome.
// Polls taskStatus() with backoff (2 s, 4 s, 8 s … capped); the provider runs those requests
// at background priority, behind user-initiated work, within the profile's rate budget. Once
// a provider's tasks were seen to end, the first poll comes when tasks like them are usually
// done (TaskDurations), so that a bulk run spends about one poll per task.
//   SUCCESS -> succeeded, WARNING -> warning (the messages kept), ERROR/TERMINATED -> failed
//   (with the provider's messages), TEMPERROR or a transient error -> poll again later.
// A task id that task-status does not know (or may not be read: 403) is followed by
// re-reading the account until it is in the target state; after readBackTimeoutMs without
// that, the action becomes unknown (and the runner reconciles it).
class TaskMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskMonitor)

public:
    explicit TaskMonitor(
        ActionJournal *journal, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~TaskMonitor() override;

    void setSettings(const TaskMonitorSettings &settings) { m_settings = settings; }
    const TaskMonitorSettings &settings() const { return m_settings; }

    // Starts following an action in the accepted state. The provider must outlive the
    // following, or stopFollowing() be called first.
    void follow(const ActionRecord &action, IdentityProvider *provider);
    // Stops following the actions of a provider (they stay accepted, for the next start).
    void stopFollowing(IdentityProvider *provider);
    bool isFollowing(const QUuid &actionId) const { return m_tasks.contains(actionId); }
    int followedCount() const { return int(m_tasks.size()); }
    // Requests made so far (task status and read-backs), for tests and the status bar.
    int pollCount() const { return m_pollCount; }

signals:
    // The action reached succeeded, warning, failed or unknown; already journaled.
    void taskSettled(const Gatehouse::ActionRecord &action);
    // A poll answered "running" (percent -1 when the provider does not say).
    void taskProgress(const QUuid &actionId, int percentComplete);
    // The journal refused a write (another process took the action over); no longer followed.
    void taskDropped(const QUuid &actionId, const Gatehouse::ApiError &error);

private:
    struct Task
    {
        ActionRecord action;
        QPointer<IdentityProvider> provider;
        bool readBack = false; // following by re-reading the account
        int polls = 0; // task-status polls so far
        int delayMs = 0;
        qint64 followedSinceMs = 0; // monotonic
        qint64 pollStartedMs = 0;
        qint64 readBackSinceMs = 0;
        std::unique_ptr<QTimer> timer;
        QPointer<PendingCall> call;
    };

    void schedule(Task &task);
    // The first poll of a task comes no earlier than its provider's recent tasks say.
    qint64 firstPollDueMs(const Task &task) const;
    void onDue(const QUuid &actionId);
    void startPoll(Task &task);
    void pumpReady(IdentityProvider *provider);
    void onStatus(const QUuid &actionId, const Result<TaskStatus> &result);
    void onReadBack(const QUuid &actionId, const Result<UserRecord> &result);
    void switchToReadBack(Task &task, const QString &why);
    void pollAgain(Task &task);
    void settle(const QUuid &actionId, ActionState state, const QString &note,
        const ApiError &error = ApiError());
    void pollFinished(IdentityProvider *provider);

    ActionJournal *m_journal;
    Clock *m_clock;
    TaskMonitorSettings m_settings;
    QHash<QUuid, std::shared_ptr<Task>> m_tasks;
    QHash<IdentityProvider *, int> m_polling; // polls in flight per provider
    QHash<IdentityProvider *, std::deque<QUuid>> m_ready; // due, waiting for a poll slot
    QHash<IdentityProvider *, TaskDurations> m_durations;
    int m_pollCount = 0;
};

} // namespace Gatehouse
