// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QVector>

#include "core/result.h"
#include "profiles/profile.h"
#include "providers/identityprovider.h"
#include "tasks/actionrecord.h"

namespace Gatehouse {

class ActionJournal;
class RunnerLease;
class TaskMonitor;
struct TaskMonitorSettings;

struct RunnerSettings
{
    int maxInFlight = 4; // requests per profile at once (pre-reads, sends, read-backs)
    // How long to let an action whose outcome is unknown settle before reading the state
    // back; -1 = the provider's default (SailPoint 30 s: its tasks take seconds; others 5 s).
    int settleDelayMs = -1;
    // A failed read (before sending, or back after an unknown outcome) is tried again after
    // reconcileRetryMs, doubling, up to maxReconcileReads reads in all. Then a read before
    // sending fails the action (nothing was sent); a read back leaves it unknown until the
    // next start (or a retry) reconciles it again.
    int reconcileRetryMs = 2000;
    int maxReconcileReads = 6;
    // Read users whose state the caller does not know before sending, to skip those already
    // in the target state.
    bool readBeforeSend = true;
};

// One user of a batch, as the caller knows it.
struct BatchUser
{
    QString id;
    QString login;
    QString email;
    QString displayName;
    UserRecord::State knownState = UserRecord::State::Unknown; // from the table snapshot
    std::optional<bool> knownLocked;

    static BatchUser fromRecord(const UserRecord &user);
};

struct BatchRequest
{
    QUuid profileId;
    UserAction action = UserAction::Disable;
    QString reason; // reason or ticket, trimmed; required where the profile says so
    QString operatorName; // empty = currentOperatorName()
    QVector<BatchUser> users;
};

// Runs enable/disable/unlock batches through the profiles' providers, journaling every step
// before it happens (see ActionState). Per profile, a queue with at most maxInFlight requests
// at once; every request goes through the provider and so through the profile's rate limiter.
//
// - Refuses batches on read-only profiles, without a reason where the profile requires one,
//   and unlock where the provider cannot (journaled as refused).
// - Skips users already in the target state (known from the caller or read first) and users
//   with another action still open.
// - Synchronous providers confirm at once; accepted tasks go to the TaskMonitor.
// - An outcome that may or may not have happened (timeout, connection error, 5xx on the
//   mutation) becomes unknown; after a settle delay the user's state is read back: applied ->
//   reconciled_succeeded; not applied -> reconciled_not_applied and sent again, once.
// - cancelBatch() cancels what was not sent; what was sent is followed to its end.
// - retryFailed() sends the failed ones again (a new attempt) and reconciles unknown ones.
// - resumeUnfinished() takes over, after a crash, what a runner that is gone left behind:
//   accepted -> polled; sending/unknown -> reconciled; planned -> sent. Nothing twice.
//
// Lives on one thread with its journal; providers are not owned.
class ActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRunner)

public:
    explicit ActionRunner(ActionJournal *journal, QObject *parent = nullptr);
    ~ActionRunner() override;

    void setSettings(const RunnerSettings &settings);
    const RunnerSettings &settings() const { return m_settings; }
    void setTaskMonitorSettings(const TaskMonitorSettings &settings);
    TaskMonitor *taskMonitor() const { return m_monitor; }
    ActionJournal *journal() const { return m_journal; }
    // This runner's id, recorded as the owner of the actions it works on.
    QString instanceId() const;

    // Makes a profile's provider available. Fails when the runner cannot mark itself alive
    // (no lock beside the journal), since it could then not protect its work from others.
    Result<Done> addProfile(const Profile &profile, IdentityProvider *provider);
    // Stops working for a profile; its unfinished actions wait for the next start.
    void removeProfile(const QUuid &profileId);
    bool hasProfile(const QUuid &profileId) const { return m_profiles.contains(profileId); }

    // Takes over the unfinished actions of the profile left by runners that are gone (and
    // this runner's own unknown ones) and resumes them. Returns how many.
    Result<int> resumeUnfinished(const QUuid &profileId);

    // Journals the batch and starts it. Returns the batch id; a refused batch is journaled
    // (each action refused) and returned as an error.
    Result<QUuid> submit(const BatchRequest &request);
    // Cancels the actions of the batch that were not sent. Returns how many.
    Result<int> cancelBatch(const QUuid &batchId);
    // Plans the failed actions of the batch again and reconciles its unknown ones. Returns how
    // many.
    Result<int> retryFailed(const QUuid &batchId);

    bool isBusy() const { return !m_jobs.isEmpty(); }
    bool isBatchActive(const QUuid &batchId) const;
    int activeCount() const { return int(m_jobs.size()); }

signals:
    // A transition of an action was journaled (by this runner or its task monitor).
    void actionChanged(const Gatehouse::ActionRecord &action);
    void batchProgress(const QUuid &batchId, int done, int total);
    // Every action of the batch this runner worked on reached the end of what it can do now.
    void batchFinished(const QUuid &batchId, const Gatehouse::BatchSummary &summary);
    // The provider confirmed a user's new state; the user table changes rows only on this.
    void userStateConfirmed(const Gatehouse::UserStateChange &change);
    // Nothing is left in flight or queued.
    void idle();

private:
    enum class Step
    {
        Queued,
        Reading,
        Sending,
        Following,
        Settling,
        Reconciling
    };

    struct Job
    {
        ActionRecord action;
        Step step = Step::Queued;
        bool readFirst = false; // read the state before sending
        bool reconcileNext = false; // when dequeued, read back instead of sending
        int reconcileReads = 0;
        int readFailures = 0; // reads before sending that failed
        QPointer<PendingCall> call;
        std::unique_ptr<QTimer> timer;
    };

    struct ProfileSlot
    {
        Profile profile;
        QPointer<IdentityProvider> provider;
        std::deque<QUuid> queue;
        int inFlight = 0;
        bool pumping = false;
    };

    struct BatchTrack
    {
        QUuid profileId;
        int total = 0;
        QSet<QUuid> active;
        bool cancelled = false;
    };

    QString refusal(const ProfileSlot &slot, const BatchRequest &request) const;
    Job &addJob(const ActionRecord &action);
    void track(const ActionRecord &action);
    void enqueue(Job &job, bool front = false);
    void pump(const QUuid &profileId);
    void start(Job &job);
    void readFirst(Job &job);
    void onPreRead(const QUuid &actionId, const Result<UserRecord> &result);
    void send(Job &job);
    void onSent(const QUuid &actionId, const Result<ActionOutcome> &result);
    void scheduleReconcile(Job &job, int delayMs);
    // Back into the queue after delayMs: to read back (reconcile) or to start again.
    void scheduleRequeue(Job &job, int delayMs, bool reconcile);
    int retryDelay(int failures) const;
    void reconcile(Job &job);
    void onReconcileRead(const QUuid &actionId, const Result<UserRecord> &result);
    void onTaskSettled(const ActionRecord &action);
    // Journals the job's transition; on failure drops the job (another runner has it).
    bool write(Job &job);
    void releaseSlot(const QUuid &profileId);
    void finish(const QUuid &actionId);
    void confirmState(const ActionRecord &action, const std::optional<UserRecord> &readBack);
    int settleDelay(ProviderKind kind) const;
    ProfileSlot *slotFor(const QUuid &profileId);
    bool ensureLease();

    ActionJournal *m_journal;
    std::unique_ptr<RunnerLease> m_lease;
    TaskMonitor *m_monitor;
    RunnerSettings m_settings;
    QHash<QUuid, ProfileSlot> m_profiles;
    QHash<QUuid, std::shared_ptr<Job>> m_jobs;
    QHash<QUuid, BatchTrack> m_batches;
};

} // namespace Gatehouse
