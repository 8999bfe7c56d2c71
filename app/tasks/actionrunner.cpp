// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/actionrunner.h"

#include <algorithm>

#include <QFileInfo>

#include "core/logging.h"
#include "tasks/actionjournal.h"
#include "tasks/runnerlease.h"
#include "tasks/taskmonitor.h"

namespace Gatehouse {

namespace {

constexpr int maxReconcileBackoffMs = 30000;

bool knownInTarget(const BatchUser &user, UserAction action)
{
    switch (action) {
    case UserAction::Enable:
        return user.knownState == UserRecord::State::Enabled;
    case UserAction::Disable:
        return user.knownState == UserRecord::State::Disabled;
    case UserAction::Unlock:
        return user.knownLocked == false;
    }
    return false;
}

bool stateKnown(const BatchUser &user, UserAction action)
{
    return action == UserAction::Unlock ? user.knownLocked.has_value()
                                        : user.knownState != UserRecord::State::Unknown;
}

} // namespace

BatchUser BatchUser::fromRecord(const UserRecord &user)
{
    BatchUser u;
    u.id = user.id;
    u.login = user.login;
    u.email = user.email;
    u.displayName = user.displayName;
    u.knownState = user.state;
    if (user.state != UserRecord::State::Unknown)
        u.knownLocked = user.locked;
    return u;
}

ActionRunner::ActionRunner(ActionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_monitor(new TaskMonitor(journal, Clock::system(), this))
{
    qRegisterMetaType<BatchSummary>();
    qRegisterMetaType<UserStateChange>();
    connect(m_journal, &ActionJournal::actionRecorded, this, &ActionRunner::actionChanged);
    connect(m_monitor, &TaskMonitor::taskSettled, this, &ActionRunner::onTaskSettled);
    connect(m_monitor, &TaskMonitor::taskDropped, this,
        [this](const QUuid &actionId, const ApiError &) { finish(actionId); });
}

ActionRunner::~ActionRunner()
{
    // What is in flight stays in the journal (sending, accepted, unknown) for the next start.
    m_jobs.clear();
}

void ActionRunner::setSettings(const RunnerSettings &settings)
{
    m_settings = settings;
    m_settings.maxInFlight = std::max(1, settings.maxInFlight);
}

void ActionRunner::setTaskMonitorSettings(const TaskMonitorSettings &settings)
{
    m_monitor->setSettings(settings);
}

QString ActionRunner::instanceId() const
{
    return m_lease ? m_lease->id() : QString();
}

bool ActionRunner::ensureLease()
{
    if (!m_lease && m_journal->isOpen())
        m_lease = std::make_unique<RunnerLease>(QFileInfo(m_journal->filePath()).absolutePath());
    return m_lease && m_lease->isHeld();
}

Result<Done> ActionRunner::addProfile(const Profile &profile, IdentityProvider *provider)
{
    if (!provider)
        return ApiError(ApiError::Kind::Config, tr("The profile has no provider."));
    if (!ensureLease()) {
        return ApiError(ApiError::Kind::Config,
            tr("Cannot mark this Gatehouse process as working on the journal %1.")
                .arg(m_journal->filePath()));
    }
    ProfileSlot &slot = m_profiles[profile.id];
    if (slot.provider && slot.provider != provider)
        m_monitor->stopFollowing(slot.provider);
    slot.profile = profile;
    slot.provider = provider;
    return Done{};
}

void ActionRunner::removeProfile(const QUuid &profileId)
{
    const auto it = m_profiles.find(profileId);
    if (it == m_profiles.end())
        return;
    m_monitor->stopFollowing(it->provider);
    QVector<QUuid> dropped;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job->action.profileId == profileId)
            dropped.append(job->action.id);
    }
    m_profiles.erase(it);
    for (const QUuid &id : std::as_const(dropped))
        finish(id);
}

ActionRunner::ProfileSlot *ActionRunner::slotFor(const QUuid &profileId)
{
    const auto it = m_profiles.find(profileId);
    return it == m_profiles.end() || !it->provider ? nullptr : &it.value();
}

QString ActionRunner::refusal(const ProfileSlot &slot, const BatchRequest &request) const
{
    if (slot.profile.readOnly)
        return tr("The profile %1 is read-only.").arg(slot.profile.name);
    if (slot.profile.requireReason && request.reason.trimmed().isEmpty())
        return tr("The profile %1 requires a reason or ticket.").arg(slot.profile.name);
    if (request.action == UserAction::Unlock && !slot.provider->capabilities().canUnlock)
        return tr("%1 cannot unlock accounts.").arg(providerKindTitle(slot.profile.provider));
    return QString();
}

Result<QUuid> ActionRunner::submit(const BatchRequest &request)
{
    ProfileSlot *slot = slotFor(request.profileId);
    if (!slot)
        return ApiError(ApiError::Kind::Config, tr("The profile is not open."));
    if (request.users.isEmpty())
        return ApiError(ApiError::Kind::BadRequest, tr("There are no users to act on."));
    const auto busy = m_journal->usersWithUnfinishedActions(request.profileId);
    if (!busy)
        return busy.error();

    BatchRecord batch;
    batch.id = QUuid::createUuid();
    batch.profileId = request.profileId;
    batch.profileName = slot->profile.name;
    batch.provider = slot->profile.provider;
    batch.action = request.action;
    batch.operatorName = request.operatorName.trimmed().isEmpty() ? currentOperatorName()
                                                                  : request.operatorName.trimmed();
    batch.reason = request.reason.trimmed();
    const QString refused = refusal(*slot, request);

    QVector<ActionRecord> actions;
    QVector<bool> readFirst;
    QSet<QString> seen;
    for (const BatchUser &user : request.users) {
        if (user.id.isEmpty() || seen.contains(user.id))
            continue;
        seen.insert(user.id);
        ActionRecord a;
        a.id = QUuid::createUuid();
        a.batchId = batch.id;
        a.profileId = batch.profileId;
        a.profileName = batch.profileName;
        a.provider = batch.provider;
        a.userId = user.id;
        a.login = user.login;
        a.email = user.email;
        a.displayName = user.displayName;
        a.action = request.action;
        a.operatorName = batch.operatorName;
        a.reason = batch.reason;
        a.owner = instanceId();
        if (!refused.isEmpty()) {
            a.state = ActionState::Refused;
            a.error = ApiError(ApiError::Kind::Config, refused);
        } else if (busy->contains(user.id)) {
            a.state = ActionState::Skipped;
            a.note = tr("Another action on this user is still open.");
        } else if (knownInTarget(user, request.action)) {
            a.state = ActionState::Skipped;
            a.note = tr("Already in the target state.");
        }
        actions.append(a);
        readFirst.append(m_settings.readBeforeSend && !stateKnown(user, request.action));
    }
    if (actions.isEmpty())
        return ApiError(ApiError::Kind::BadRequest, tr("There are no users to act on."));
    if (auto added = m_journal->addBatch(batch, actions); !added)
        return added.error();
    qCInfo(lcTasks).noquote() << "batch" << batch.id.toString(QUuid::WithoutBraces)
                              << userActionName(batch.action) << actions.size() << "users on"
                              << batch.profileName << (refused.isEmpty() ? "" : "refused");
    if (!refused.isEmpty())
        return ApiError(ApiError::Kind::Config, refused);

    BatchTrack &batchTrack = m_batches[batch.id];
    batchTrack.profileId = batch.profileId;
    batchTrack.total = int(actions.size());
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i].state != ActionState::Planned)
            continue;
        Job &job = addJob(actions[i]);
        job.readFirst = readFirst[i];
        enqueue(job);
    }
    const QUuid batchId = batch.id;
    if (batchTrack.active.isEmpty()) {
        m_batches.remove(batchId);
        // Nothing to send: report on the next turn, once the caller has the id.
        QTimer::singleShot(0, this, [this, batchId, total = int(actions.size())] {
            emit batchProgress(batchId, total, total);
            const auto summary = m_journal->batchSummary(batchId);
            emit batchFinished(batchId, summary ? summary.value() : BatchSummary{});
            if (m_jobs.isEmpty())
                emit idle();
        });
    } else {
        emit batchProgress(
            batchId, batchTrack.total - int(batchTrack.active.size()), batchTrack.total);
        pump(batch.profileId);
    }
    return batchId;
}

ActionRunner::Job &ActionRunner::addJob(const ActionRecord &action)
{
    auto job = std::make_shared<Job>();
    job->action = action;
    m_jobs.insert(action.id, job);
    m_batches[action.batchId].active.insert(action.id);
    return *job;
}

void ActionRunner::track(const ActionRecord &action)
{
    if (m_batches.contains(action.batchId))
        return;
    BatchTrack &track = m_batches[action.batchId];
    track.profileId = action.profileId;
    if (const auto summary = m_journal->batchSummary(action.batchId))
        track.total = summary->total;
    if (const auto batch = m_journal->batch(action.batchId); batch && batch.value())
        track.cancelled = batch.value()->cancelled;
}

void ActionRunner::enqueue(Job &job, bool front)
{
    ProfileSlot *slot = slotFor(job.action.profileId);
    if (!slot)
        return;
    job.step = Step::Queued;
    if (front)
        slot->queue.push_front(job.action.id);
    else
        slot->queue.push_back(job.action.id);
}

void ActionRunner::pump(const QUuid &profileId)
{
    ProfileSlot *slot = slotFor(profileId);
    if (!slot || slot->pumping)
        return;
    slot->pumping = true;
    while (slot->inFlight < m_settings.maxInFlight && !slot->queue.empty()) {
        const QUuid id = slot->queue.front();
        slot->queue.pop_front();
        const auto job = m_jobs.value(id);
        if (!job || job->step != Step::Queued)
            continue;
        ++slot->inFlight;
        start(*job);
        slot = slotFor(profileId); // start() may have emitted into code that changed profiles
        if (!slot)
            return;
    }
    slot->pumping = false;
}

void ActionRunner::releaseSlot(const QUuid &profileId)
{
    ProfileSlot *slot = slotFor(profileId);
    if (!slot)
        return;
    slot->inFlight = std::max(0, slot->inFlight - 1);
    pump(profileId);
}

void ActionRunner::start(Job &job)
{
    const auto keep = m_jobs.value(job.action.id);
    const bool cancelled = m_batches.value(job.action.batchId).cancelled;
    if (cancelled && job.action.state == ActionState::Planned) {
        job.action.state = ActionState::Cancelled;
        job.action.note = tr("The batch was cancelled before this was sent.");
        if (write(job))
            finish(job.action.id);
        releaseSlot(job.action.profileId);
        return;
    }
    if (job.reconcileNext) {
        job.reconcileNext = false;
        reconcile(job);
    } else if (job.readFirst && job.action.state == ActionState::Planned) {
        readFirst(job);
    } else {
        send(job);
    }
}

void ActionRunner::readFirst(Job &job)
{
    ProfileSlot *slot = slotFor(job.action.profileId);
    if (!slot)
        return; // the profile was closed meanwhile; the action waits for the next start
    job.step = Step::Reading;
    const QUuid id = job.action.id;
    job.call = slot->provider->getUser(job.action.userKey(), this,
        [this, id](const Result<UserRecord> &result) { onPreRead(id, result); });
}

void ActionRunner::onPreRead(const QUuid &actionId, const Result<UserRecord> &result)
{
    const auto job = m_jobs.value(actionId);
    if (!job || job->step != Step::Reading)
        return;
    if (!result && result.error().kind() == ApiError::Kind::Cancelled)
        return;
    const QUuid profileId = job->action.profileId;
    if (result) {
        // The caller may have given only an id: journal who the user is.
        ActionRecord &a = job->action;
        if (a.login.isEmpty())
            a.login = result->login;
        if (a.email.isEmpty())
            a.email = result->email;
        if (a.displayName.isEmpty())
            a.displayName = result->displayName;
    }
    if (result && !result->isInTargetState(job->action.action)) {
        send(*job);
        return;
    }
    if (result) {
        job->action.state = ActionState::Skipped;
        job->action.note = tr("Already in the target state.");
        if (write(*job)) {
            confirmState(job->action, result.value());
            finish(actionId);
        }
    } else if (ApiError::isTransient(result.error().kind())
        && ++job->readFailures < m_settings.maxReconcileReads) {
        // Nothing was sent: read again a little later.
        qCInfo(lcTasks) << "reading action" << actionId
                        << "before sending failed, trying again:" << result.error().summary();
        scheduleRequeue(*job, retryDelay(job->readFailures), false);
    } else {
        // Never sent: the operator can retry it.
        job->action.state = ActionState::Failed;
        job->action.error = result.error();
        job->action.requestId = result.error().requestId();
        if (write(*job))
            finish(actionId);
    }
    releaseSlot(profileId);
}

void ActionRunner::send(Job &job)
{
    const auto keep = m_jobs.value(job.action.id);
    const QUuid id = job.action.id;
    const QUuid profileId = job.action.profileId;
    if (m_batches.value(job.action.batchId).cancelled) {
        job.action.state = ActionState::Cancelled;
        job.action.note = tr("The batch was cancelled before this was sent.");
        if (write(job))
            finish(id);
        releaseSlot(profileId);
        return;
    }
    if (job.action.state == ActionState::ReconciledNotApplied)
        job.action.resent = true;
    job.action.state = ActionState::Sending;
    job.action.attempts += 1;
    job.action.error = ApiError();
    job.action.note.clear();
    // The journal has "sending" on disk before the request leaves.
    if (!write(job)) {
        releaseSlot(profileId);
        return;
    }
    ProfileSlot *slot = slotFor(profileId);
    if (!slot || !m_jobs.contains(id))
        return; // dropped meanwhile: "sending" on disk is reconciled at the next start
    job.step = Step::Sending;
    job.call = slot->provider->changeState(job.action.action, job.action.userKey(), this,
        [this, id](const Result<ActionOutcome> &result) { onSent(id, result); });
}

void ActionRunner::onSent(const QUuid &actionId, const Result<ActionOutcome> &result)
{
    const auto job = m_jobs.value(actionId);
    if (!job || job->step != Step::Sending)
        return;
    const QUuid profileId = job->action.profileId;
    ActionRecord &action = job->action;
    if (result) {
        const ActionOutcome &outcome = result.value();
        action.requestId = outcome.requestId;
        if (outcome.kind == ActionOutcome::Kind::Accepted) {
            action.state = ActionState::Accepted;
            action.taskId = outcome.taskId;
            if (write(*job)) {
                job->step = Step::Following;
                if (ProfileSlot *slot = slotFor(profileId))
                    m_monitor->follow(action, slot->provider);
                else
                    finish(actionId); // followed again at the next start
            }
        } else {
            action.state = ActionState::Confirmed;
            if (write(*job)) {
                UserRecord confirmed;
                confirmed.state = outcome.state;
                confirmState(action,
                    outcome.state == UserRecord::State::Unknown
                        ? std::nullopt
                        : std::optional<UserRecord>(confirmed));
                finish(actionId);
            }
        }
        releaseSlot(profileId);
        return;
    }

    const ApiError &error = result.error();
    if (error.kind() == ApiError::Kind::Cancelled)
        return; // shutting down: "sending" stays on disk and is reconciled on the next start
    action.error = error;
    action.requestId = error.requestId();
    if (error.outcomeUnknown()) {
        action.state = ActionState::Unknown;
        if (write(*job))
            scheduleReconcile(*job, settleDelay(action.provider));
    } else {
        action.state = ActionState::Failed;
        if (write(*job))
            finish(actionId);
    }
    releaseSlot(profileId);
}

int ActionRunner::settleDelay(ProviderKind kind) const
{
    if (m_settings.settleDelayMs >= 0)
        return m_settings.settleDelayMs;
    return kind == ProviderKind::SailPoint ? 30000 : 5000;
}

int ActionRunner::retryDelay(int failures) const
{
    return std::min(
        m_settings.reconcileRetryMs << std::min(failures - 1, 10), maxReconcileBackoffMs);
}

void ActionRunner::scheduleReconcile(Job &job, int delayMs)
{
    scheduleRequeue(job, delayMs, true);
}

void ActionRunner::scheduleRequeue(Job &job, int delayMs, bool reconcile)
{
    job.step = Step::Settling;
    job.timer = std::make_unique<QTimer>();
    job.timer->setSingleShot(true);
    const QUuid id = job.action.id;
    connect(job.timer.get(), &QTimer::timeout, this, [this, id, reconcile] {
        const auto job = m_jobs.value(id);
        if (!job || job->step != Step::Settling)
            return;
        job->reconcileNext = reconcile;
        enqueue(*job, true);
        pump(job->action.profileId);
    });
    job.timer->start(delayMs);
}

void ActionRunner::reconcile(Job &job)
{
    ProfileSlot *slot = slotFor(job.action.profileId);
    if (!slot)
        return; // the profile was closed meanwhile; the action waits for the next start
    job.step = Step::Reconciling;
    const QUuid id = job.action.id;
    job.call = slot->provider->getUser(job.action.userKey(), this,
        [this, id](const Result<UserRecord> &result) { onReconcileRead(id, result); });
}

void ActionRunner::onReconcileRead(const QUuid &actionId, const Result<UserRecord> &result)
{
    const auto job = m_jobs.value(actionId);
    if (!job || job->step != Step::Reconciling)
        return;
    if (!result && result.error().kind() == ApiError::Kind::Cancelled)
        return;
    const QUuid profileId = job->action.profileId;
    ActionRecord &action = job->action;

    if (result && result->isInTargetState(action.action)) {
        action.state = ActionState::ReconciledSucceeded;
        action.note = tr("Reading the account back shows the change was applied.");
        if (write(*job)) {
            confirmState(action, result.value());
            finish(actionId);
        }
    } else if (result) {
        action.state = ActionState::ReconciledNotApplied;
        action.note = tr("Reading the account back shows the change was not applied.");
        if (write(*job)) {
            if (!action.resent) {
                send(*job); // keeps the slot
                return;
            }
            action.state = ActionState::Failed;
            action.error = ApiError(ApiError::Kind::Conflict,
                tr("The change was not applied, also after sending it again."));
            if (write(*job))
                finish(actionId);
        }
    } else if (result.error().kind() == ApiError::Kind::NotFound) {
        action.state = ActionState::Failed;
        action.error = result.error();
        if (write(*job))
            finish(actionId);
    } else {
        job->reconcileReads += 1;
        if (job->reconcileReads < m_settings.maxReconcileReads) {
            const int delay = retryDelay(job->reconcileReads);
            qCInfo(lcTasks) << "reading back action" << actionId
                            << "failed, trying again:" << result.error().summary();
            scheduleReconcile(*job, delay);
        } else {
            qCWarning(lcTasks) << "action" << actionId
                               << "stays unknown until the next start:" << result.error().summary();
            finish(actionId);
        }
    }
    releaseSlot(profileId);
}

void ActionRunner::onTaskSettled(const ActionRecord &action)
{
    const auto job = m_jobs.value(action.id);
    if (!job)
        return;
    job->action = action;
    switch (action.state) {
    case ActionState::Succeeded:
    case ActionState::Warning:
        confirmState(action, std::nullopt);
        finish(action.id);
        break;
    case ActionState::Unknown:
        scheduleReconcile(*job, settleDelay(action.provider));
        break;
    default:
        finish(action.id);
        break;
    }
}

bool ActionRunner::write(Job &job)
{
    if (auto written = m_journal->record(job.action); !written) {
        qCWarning(lcTasks).noquote() << "action" << job.action.id.toString(QUuid::WithoutBraces)
                                     << "dropped:" << written.error().summary();
        finish(job.action.id);
        return false;
    }
    return true;
}

void ActionRunner::confirmState(
    const ActionRecord &action, const std::optional<UserRecord> &readBack)
{
    UserStateChange change;
    change.profileId = action.profileId;
    change.userId = action.userId;
    if (readBack && readBack->state != UserRecord::State::Unknown) {
        change.state = readBack->state;
        change.locked = readBack->locked;
        if (action.action != UserAction::Unlock && action.state != ActionState::Skipped
            && action.state != ActionState::ReconciledSucceeded) {
            change.locked.reset(); // a confirmed action's answer says nothing about locks
        }
    } else {
        switch (action.action) {
        case UserAction::Enable:
            change.state = UserRecord::State::Enabled;
            break;
        case UserAction::Disable:
            change.state = UserRecord::State::Disabled;
            break;
        case UserAction::Unlock:
            change.locked = false;
            break;
        }
    }
    emit userStateConfirmed(change);
}

void ActionRunner::finish(const QUuid &actionId)
{
    const auto job = m_jobs.take(actionId);
    if (!job)
        return;
    if (job->timer) {
        // finish() may run inside this timer's own timeout: let Qt delete it afterwards.
        job->timer->stop();
        job->timer.release()->deleteLater();
    }
    const QUuid batchId = job->action.batchId;
    const auto it = m_batches.find(batchId);
    if (it != m_batches.end()) {
        it->active.remove(actionId);
        const int total = it->total;
        const int done = total - int(it->active.size());
        const bool finished = it->active.isEmpty();
        if (finished)
            m_batches.erase(it);
        emit batchProgress(batchId, done, total);
        if (finished) {
            const auto summary = m_journal->batchSummary(batchId);
            emit batchFinished(batchId, summary ? summary.value() : BatchSummary{});
        }
    }
    if (m_jobs.isEmpty())
        emit idle();
}

bool ActionRunner::isBatchActive(const QUuid &batchId) const
{
    return m_batches.contains(batchId);
}

Result<int> ActionRunner::cancelBatch(const QUuid &batchId)
{
    if (auto marked = m_journal->setBatchCancelled(batchId); !marked)
        return marked.error();
    const auto it = m_batches.find(batchId);
    if (it == m_batches.end())
        return 0;
    it->cancelled = true;

    QVector<ActionRecord> cancelled;
    QVector<std::shared_ptr<Job>> jobs;
    for (const QUuid &id : std::as_const(it->active)) {
        const auto job = m_jobs.value(id);
        if (!job || job->action.state != ActionState::Planned
            || (job->step != Step::Queued && job->step != Step::Reading
                && job->step != Step::Settling))
            continue;
        ActionRecord a = job->action;
        a.state = ActionState::Cancelled;
        a.note = tr("The batch was cancelled before this was sent.");
        cancelled.append(a);
        jobs.append(job);
    }
    if (cancelled.isEmpty())
        return 0;
    if (auto written = m_journal->recordAll(cancelled); !written)
        return written.error();
    for (const auto &job : std::as_const(jobs)) {
        const bool wasReading = job->step == Step::Reading;
        const QPointer<PendingCall> call = job->call;
        finish(job->action.id);
        if (wasReading) {
            if (call)
                call->abort();
            releaseSlot(job->action.profileId);
        }
    }
    return int(cancelled.size());
}

Result<int> ActionRunner::retryFailed(const QUuid &batchId)
{
    const auto batch = m_journal->batch(batchId);
    if (!batch)
        return batch.error();
    if (!batch.value())
        return ApiError(ApiError::Kind::NotFound, tr("There is no such batch."));
    if (batch.value()->cancelled)
        return ApiError(ApiError::Kind::Conflict, tr("The batch was cancelled."));
    if (!slotFor(batch.value()->profileId))
        return ApiError(ApiError::Kind::Config, tr("The profile is not open."));
    const auto actions = m_journal->actionsInBatch(batchId);
    if (!actions)
        return actions.error();

    QVector<ActionRecord> replanned;
    QVector<ActionRecord> unknown;
    for (ActionRecord a : actions.value()) {
        if (m_jobs.contains(a.id))
            continue;
        if (a.state == ActionState::Failed) {
            a.state = ActionState::Planned;
            a.owner = instanceId();
            a.error = ApiError();
            a.resent = false;
            a.note = tr("Retried.");
            replanned.append(a);
        } else if (a.state == ActionState::Unknown
            && (a.owner == instanceId() || !m_lease->isAlive(a.owner))) {
            unknown.append(a);
        }
    }
    if (!replanned.isEmpty()) {
        if (auto written = m_journal->recordAll(replanned); !written)
            return written.error();
    }
    const QUuid profileId = batch.value()->profileId;
    for (const ActionRecord &a : std::as_const(unknown)) {
        if (a.owner != instanceId()) {
            if (auto moved = m_journal->reassign(a.owner, instanceId(), profileId); !moved)
                return moved.error();
        }
    }
    for (const ActionRecord &a : std::as_const(replanned)) {
        track(a);
        Job &job = addJob(a);
        job.readFirst = true; // the state may have changed since it failed
        enqueue(job);
    }
    for (ActionRecord a : std::as_const(unknown)) {
        a.owner = instanceId();
        track(a);
        scheduleReconcile(addJob(a), 0);
    }
    pump(profileId);
    return int(replanned.size() + unknown.size());
}

Result<int> ActionRunner::resumeUnfinished(const QUuid &profileId)
{
    ProfileSlot *slot = slotFor(profileId);
    if (!slot)
        return ApiError(ApiError::Kind::Config, tr("The profile is not open."));
    auto unfinished = m_journal->unfinishedActions(profileId);
    if (!unfinished)
        return unfinished.error();
    QSet<QString> owners;
    for (const ActionRecord &a : unfinished.value())
        owners.insert(a.owner);
    bool moved = false;
    for (const QString &owner : std::as_const(owners)) {
        if (owner == instanceId() || m_lease->isAlive(owner))
            continue;
        const auto taken = m_journal->reassign(owner, instanceId(), profileId);
        if (!taken)
            return taken.error();
        if (taken.value() > 0) {
            moved = true;
            qCInfo(lcTasks) << "took over" << taken.value() << "unfinished actions of runner"
                            << owner;
        }
    }
    if (moved) {
        unfinished = m_journal->unfinishedActions(profileId);
        if (!unfinished)
            return unfinished.error();
    }

    int resumed = 0;
    QSet<QUuid> batches;
    for (const ActionRecord &a : unfinished.value()) {
        if (a.owner != instanceId() || m_jobs.contains(a.id))
            continue;
        track(a);
        batches.insert(a.batchId);
        ++resumed;
        Job &job = addJob(a);
        switch (a.state) {
        case ActionState::Planned:
            job.readFirst = true;
            enqueue(job);
            break;
        case ActionState::Sending:
            // It may or may not have reached the provider: read back, never resend blindly.
            job.action.state = ActionState::Unknown;
            job.action.note = tr("Interrupted while sending; the state is read back.");
            if (write(job))
                scheduleReconcile(job, settleDelay(a.provider));
            break;
        case ActionState::Unknown:
            scheduleReconcile(job, settleDelay(a.provider));
            break;
        case ActionState::ReconciledNotApplied:
            if (a.resent) {
                job.action.state = ActionState::Failed;
                job.action.error = ApiError(ApiError::Kind::Conflict,
                    tr("The change was not applied, also after sending it again."));
                if (write(job))
                    finish(a.id);
            } else {
                enqueue(job); // proven not applied: sent again, once
            }
            break;
        case ActionState::Accepted:
            job.step = Step::Following;
            m_monitor->follow(a, slot->provider);
            break;
        default:
            finish(a.id);
            break;
        }
    }
    for (const QUuid &batchId : std::as_const(batches)) {
        const auto it = m_batches.constFind(batchId);
        if (it != m_batches.constEnd())
            emit batchProgress(batchId, it->total - int(it->active.size()), it->total);
    }
    pump(profileId);
    if (resumed > 0)
        qCInfo(lcTasks) << "resumed" << resumed << "unfinished actions";
    return resumed;
}

} // namespace Gatehouse
