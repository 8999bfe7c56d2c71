// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/fakeprovider.h"

#include <QPointer>
#include <QTimer>

namespace Gatehouse::TestUtil {

namespace {

class FakeCall final : public PendingCall
{
    Q_OBJECT

public:
    using PendingCall::PendingCall;
    void abort() override { aborted = true; }
    bool aborted = false;
};

} // namespace

FakeProvider::FakeProvider(ProviderKind kind, QObject *parent)
    : IdentityProvider(parent)
    , m_kind(kind)
{ }

void FakeProvider::addUser(const QString &id, UserRecord::State state, bool locked)
{
    UserRecord user;
    user.id = id;
    user.login = id + QStringLiteral("-login");
    user.displayName = QStringLiteral("User ") + id;
    user.email = id + QStringLiteral("@example.com");
    user.state = state;
    user.locked = locked;
    m_users.insert(id, user);
}

void FakeProvider::failReads(const QString &userId, const ApiError &error, int count)
{
    m_failRead.insert(userId, qMakePair(error, count));
}

void FakeProvider::scriptTask(
    const QString &userId, int runningPolls, TaskStatus::State end, const QString &message)
{
    Task task;
    task.userId = userId;
    task.runningPolls = runningPolls;
    task.end = end;
    task.message = message;
    m_scripts[userId].enqueue(task);
}

int FakeProvider::totalSends() const
{
    int total = 0;
    for (int n : m_sends)
        total += n;
    return total;
}

ProviderCapabilities FakeProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.asyncActions = m_async;
    caps.canUnlock = m_kind == ProviderKind::SailPoint;
    return caps;
}

template <typename T>
PendingCall *FakeProvider::later(
    QObject *context, ResultHandler<T> done, std::function<Result<T>()> answer)
{
    auto *call = new FakeCall(this);
    ++m_concurrent;
    m_maxConcurrent = std::max(m_maxConcurrent, m_concurrent);
    QPointer<QObject> receiver(context);
    QTimer::singleShot(m_delayMs, call, [this, call, receiver, done, answer] {
        --m_concurrent;
        const Result<T> result = call->aborted
            ? Result<T>(ApiError(ApiError::Kind::Cancelled, QStringLiteral("aborted")))
            : answer();
        call->deleteLater();
        if (receiver)
            done(result);
    });
    return call;
}

void FakeProvider::apply(const QString &userId, UserAction action)
{
    UserRecord &user = m_users[userId];
    if (action == UserAction::Disable)
        user.state = UserRecord::State::Disabled;
    else if (action == UserAction::Enable)
        user.state = UserRecord::State::Enabled;
    else
        user.locked = false;
    m_applied[userId] += 1;
}

PendingCall *FakeProvider::listUsers(
    const UserQuery &, const QString &, QObject *context, ResultHandler<UserPage> done)
{
    return later<UserPage>(context, std::move(done), [this] {
        UserPage page;
        page.users = m_users.values().toVector();
        return Result<UserPage>(page);
    });
}

PendingCall *FakeProvider::getUser(
    const UserKey &key, QObject *context, ResultHandler<UserRecord> done)
{
    const QString id = key.id;
    return later<UserRecord>(context, std::move(done), [this, id]() -> Result<UserRecord> {
        ++m_reads;
        auto failing = m_failRead.find(id);
        if (failing != m_failRead.end() && failing->second > 0) {
            failing->second -= 1;
            return failing->first;
        }
        if (!m_users.contains(id))
            return ApiError(ApiError::Kind::NotFound, QStringLiteral("no such user"), 404);
        return m_users.value(id);
    });
}

PendingCall *FakeProvider::changeState(
    UserAction action, const UserKey &key, QObject *context, ResultHandler<ActionOutcome> done)
{
    const QString id = key.id;
    return later<ActionOutcome>(
        context, std::move(done), [this, id, action]() -> Result<ActionOutcome> {
            m_sends[id] += 1;
            if (m_failSend.contains(id))
                return m_failSend.take(id);
            if (!m_users.contains(id))
                return ApiError(ApiError::Kind::NotFound, QStringLiteral("no such user"), 404);
            Lost lost = Lost::No;
            if (auto it = m_lost.find(id); it != m_lost.end() && !it->isEmpty())
                lost = it->takeFirst();
            ApiError timeout(ApiError::Kind::Timeout, QStringLiteral("timed out"));
            timeout.setOutcomeUnknown(true);
            if (lost == Lost::NotApplied)
                return timeout;
            ActionOutcome outcome;
            outcome.requestId = QStringLiteral("req-%1-%2").arg(id).arg(m_sends[id]);
            if (m_async) {
                Task task = m_scripts[id].isEmpty() ? Task{} : m_scripts[id].dequeue();
                task.userId = id;
                task.action = action;
                const QString taskId = QStringLiteral("task-%1").arg(m_nextTask++);
                m_tasks.insert(taskId, task);
                outcome.kind = ActionOutcome::Kind::Accepted;
                outcome.taskId = taskId;
            } else {
                apply(id, action);
                outcome.kind = ActionOutcome::Kind::Confirmed;
                outcome.state = m_users.value(id).state;
            }
            if (lost == Lost::Applied) {
                if (m_async) {
                    // the task runs, but the caller never hears of it
                    Task &task = m_tasks[outcome.taskId];
                    task.runningPolls = 0;
                    if (task.end == TaskStatus::State::Succeeded)
                        apply(id, action);
                    task.applied = true;
                }
                return timeout;
            }
            return outcome;
        });
}

PendingCall *FakeProvider::taskStatus(
    const QString &taskId, QObject *context, ResultHandler<TaskStatus> done)
{
    return later<TaskStatus>(context, std::move(done), [this, taskId]() -> Result<TaskStatus> {
        ++m_polls;
        TaskStatus status;
        status.id = taskId;
        if (!m_tasks.contains(taskId)) {
            status.state = TaskStatus::State::Unresolvable;
            return status;
        }
        Task &task = m_tasks[taskId];
        if (task.runningPolls > 0) {
            task.runningPolls -= 1;
            status.state = TaskStatus::State::Running;
            return status;
        }
        status.state = task.end;
        status.message = task.message;
        if (task.end == TaskStatus::State::Unresolvable) {
            if (!task.applied) {
                apply(task.userId, task.action);
                task.applied = true;
            }
        } else if ((task.end == TaskStatus::State::Succeeded
                       || task.end == TaskStatus::State::Warning)
            && !task.applied) {
            apply(task.userId, task.action);
            task.applied = true;
        } else if (task.end == TaskStatus::State::TempError) {
            task.end = TaskStatus::State::Succeeded; // transient: fine on the next poll
        }
        if (task.end == TaskStatus::State::Failed)
            status.raw.insert(QStringLiteral("completionStatus"), QStringLiteral("ERROR"));
        return status;
    });
}

PendingCall *FakeProvider::testConnection(QObject *context, ResultHandler<Done> done)
{
    return later<Done>(context, std::move(done), [] { return Result<Done>(Done{}); });
}

} // namespace Gatehouse::TestUtil

#include "fakeprovider.moc"
