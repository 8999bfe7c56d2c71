// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskmonitor.h"

#include <algorithm>

#include "core/logging.h"
#include "tasks/actionjournal.h"

namespace Gatehouse {

TaskMonitor::TaskMonitor(ActionJournal *journal, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock ? clock : Clock::system())
{ }

TaskMonitor::~TaskMonitor() = default;

void TaskMonitor::follow(const ActionRecord &action, IdentityProvider *provider)
{
    Q_ASSERT(action.state == ActionState::Accepted);
    auto task = std::make_shared<Task>();
    task->action = action;
    task->provider = provider;
    task->followedSinceMs = m_clock->monotonicMs();
    task->delayMs = int(firstPollDueMs(*task) - task->followedSinceMs);
    task->timer = std::make_unique<QTimer>();
    task->timer->setSingleShot(true);
    task->timer->setTimerType(Qt::PreciseTimer); // a coarse one may fire 5 % early
    const QUuid id = action.id;
    connect(task->timer.get(), &QTimer::timeout, this, [this, id] { onDue(id); });
    m_tasks.insert(id, task);
    if (action.taskId.isEmpty())
        switchToReadBack(*task, tr("The provider gave no task id."));
    schedule(*task);
    qCDebug(lcTasks) << "following task" << action.taskId << "of action" << id;
}

void TaskMonitor::stopFollowing(IdentityProvider *provider)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        if (it.value()->provider == provider || !it.value()->provider)
            it = m_tasks.erase(it);
        else
            ++it;
    }
    m_ready.remove(provider);
    m_polling.remove(provider);
    m_durations.remove(provider);
}

void TaskMonitor::schedule(Task &task)
{
    task.timer->start(task.delayMs);
}

qint64 TaskMonitor::firstPollDueMs(const Task &task) const
{
    return task.followedSinceMs
        + m_durations.value(task.provider)
              .firstPollMs(m_settings.firstPollMs, m_settings.maxPollMs);
}

void TaskMonitor::onDue(const QUuid &actionId)
{
    const auto task = m_tasks.value(actionId);
    if (!task || !task->provider)
        return;
    IdentityProvider *provider = task->provider;
    m_ready[provider].push_back(actionId);
    pumpReady(provider);
}

void TaskMonitor::pumpReady(IdentityProvider *provider)
{
    auto &ready = m_ready[provider];
    while (!ready.empty() && m_polling.value(provider) < m_settings.maxConcurrentPolls) {
        const QUuid id = ready.front();
        ready.pop_front();
        const auto task = m_tasks.value(id);
        if (!task || task->provider != provider)
            continue;
        if (task->polls == 0 && !task->readBack) {
            // Since it was scheduled, a sibling may have been seen running or tasks may
            // have ended: wait until tasks like it are usually done.
            const qint64 wait = firstPollDueMs(*task) - m_clock->monotonicMs();
            if (wait > 0) {
                task->timer->start(int(wait));
                continue;
            }
        }
        ++m_polling[provider];
        startPoll(*task);
    }
}

void TaskMonitor::startPoll(Task &task)
{
    ++m_pollCount;
    ++task.polls;
    task.pollStartedMs = m_clock->monotonicMs();
    const QUuid id = task.action.id;
    if (task.readBack) {
        task.call = task.provider->getUser(task.action.userKey(), this,
            [this, id](const Result<UserRecord> &result) { onReadBack(id, result); });
    } else {
        task.call = task.provider->taskStatus(task.action.taskId, this,
            [this, id](const Result<TaskStatus> &result) { onStatus(id, result); });
    }
}

void TaskMonitor::pollFinished(IdentityProvider *provider)
{
    if (m_polling.value(provider) > 0)
        --m_polling[provider];
    pumpReady(provider);
}

void TaskMonitor::pollAgain(Task &task)
{
    task.delayMs = std::min(std::max(task.delayMs, 1) * 2, m_settings.maxPollMs);
    schedule(task);
}

void TaskMonitor::onStatus(const QUuid &actionId, const Result<TaskStatus> &result)
{
    const auto task = m_tasks.value(actionId);
    if (!task)
        return;
    IdentityProvider *provider = task->provider;
    if (!result) {
        const ApiError &error = result.error();
        if (error.kind() == ApiError::Kind::Cancelled) {
            pollFinished(provider);
            return;
        }
        if (ApiError::isTransient(error.kind())) {
            qCInfo(lcTasks) << "task status of" << task->action.taskId
                            << "failed, polling again:" << error.summary();
            pollAgain(*task);
        } else {
            // 403 (no task-management scope), 404 and the like: follow the account instead.
            switchToReadBack(*task, error.summary());
            schedule(*task);
        }
        pollFinished(provider);
        return;
    }

    const TaskStatus &status = result.value();
    if (status.durationMs >= 0)
        m_durations[provider].add(status.durationMs);
    switch (status.state) {
    case TaskStatus::State::Running:
        // Running at least since its first poll left: its siblings, accepted about together,
        // will not be done sooner. (Later polls of a slow task say less about the others.)
        if (task->polls == 1)
            m_durations[provider].sawRunning(task->pollStartedMs - task->followedSinceMs);
        Q_FALLTHROUGH();
    case TaskStatus::State::TempError:
        emit taskProgress(actionId, status.percentComplete);
        pollAgain(*task);
        break;
    case TaskStatus::State::Succeeded:
        settle(actionId, ActionState::Succeeded, status.message);
        break;
    case TaskStatus::State::Warning:
        settle(actionId, ActionState::Warning, status.message);
        break;
    case TaskStatus::State::Failed: {
        const QString completion = status.raw.value(QLatin1String("completionStatus")).toString();
        ApiError error(ApiError::Kind::Server,
            status.message.isEmpty() ? tr("The provider's task failed.") : status.message);
        error.setProviderCode(completion.isEmpty() ? QStringLiteral("ERROR") : completion);
        settle(actionId, ActionState::Failed, status.message, error);
        break;
    }
    case TaskStatus::State::Unresolvable:
        switchToReadBack(*task, tr("The provider does not know the task id."));
        schedule(*task);
        break;
    }
    pollFinished(provider);
}

void TaskMonitor::switchToReadBack(Task &task, const QString &why)
{
    qCInfo(lcTasks) << "following action" << task.action.id << "by reading the account:" << why;
    task.readBack = true;
    task.readBackSinceMs = m_clock->monotonicMs();
    task.delayMs = m_settings.firstPollMs;
}

void TaskMonitor::onReadBack(const QUuid &actionId, const Result<UserRecord> &result)
{
    const auto task = m_tasks.value(actionId);
    if (!task)
        return;
    IdentityProvider *provider = task->provider;
    const bool timedOut =
        m_clock->monotonicMs() - task->readBackSinceMs > m_settings.readBackTimeoutMs;
    if (result && result->isInTargetState(task->action.action)) {
        settle(actionId, ActionState::Succeeded, tr("Confirmed by reading the account."));
    } else if (!result && result.error().kind() == ApiError::Kind::Cancelled) {
        // shutting down
    } else if (!result && result.error().kind() == ApiError::Kind::NotFound) {
        settle(actionId, ActionState::Failed, QString(), result.error());
    } else if (timedOut) {
        settle(actionId, ActionState::Unknown,
            tr("The task could not be followed and the account did not change within %n "
               "seconds.",
                nullptr, m_settings.readBackTimeoutMs / 1000),
            result ? ApiError() : result.error());
    } else {
        pollAgain(*task);
    }
    pollFinished(provider);
}

void TaskMonitor::settle(
    const QUuid &actionId, ActionState state, const QString &note, const ApiError &error)
{
    const auto task = m_tasks.take(actionId);
    if (!task)
        return;
    ActionRecord action = task->action;
    action.state = state;
    action.note = note;
    action.error = error;
    if (!error.requestId().isEmpty())
        action.requestId = error.requestId();
    if (auto written = m_journal->record(action); !written) {
        qCWarning(lcTasks) << "cannot journal the end of task" << action.taskId << ":"
                           << written.error().summary();
        emit taskDropped(actionId, written.error());
        return;
    }
    qCInfo(lcTasks) << "task" << action.taskId << "of action" << actionId << "ended"
                    << actionStateName(state);
    emit taskSettled(action);
}

} // namespace Gatehouse
