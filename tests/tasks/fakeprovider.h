// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QQueue>
#include <QSet>

#include "providers/identityprovider.h"

namespace Gatehouse::TestUtil {

// An in-memory provider whose answers a test scripts per user: lost answers (the change
// applied, or not, but the caller only sees a timeout), provider errors, asynchronous tasks
// that run for some polls and end in a given state. It counts what reached it, so tests can
// prove nothing was sent twice. Answers arrive on a later event loop turn (after delayMs).
class FakeProvider final : public IdentityProvider
{
    Q_OBJECT

public:
    enum class Lost
    {
        No,
        Applied,
        NotApplied
    };

    struct Task
    {
        QString userId;
        UserAction action = UserAction::Disable;
        int runningPolls = 1; // polls answered "running" before the end
        TaskStatus::State end = TaskStatus::State::Succeeded;
        QString message;
        bool applied = false;
    };

    explicit FakeProvider(ProviderKind kind = ProviderKind::Huawei, QObject *parent = nullptr);

    void addUser(const QString &id, UserRecord::State state, bool locked = false);
    UserRecord user(const QString &id) const { return m_users.value(id); }

    void setAsync(bool async) { m_async = async; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    // The next sends to the user lose their answer (one entry per send).
    void loseAnswers(const QString &userId, QList<Lost> lost) { m_lost[userId] = lost; }
    // The next send to the user fails with `error` and changes nothing.
    void failNextSend(const QString &userId, const ApiError &error) { m_failSend[userId] = error; }
    // The next reads of the user fail with `error` (count times).
    void failReads(const QString &userId, const ApiError &error, int count);
    // How the next tasks of the user behave (async mode).
    void scriptTask(const QString &userId, int runningPolls, TaskStatus::State end,
        const QString &message = QString());

    int sends(const QString &userId) const { return m_sends.value(userId); }
    int totalSends() const;
    int applied(const QString &userId) const { return m_applied.value(userId); }
    int reads() const { return m_reads; }
    int polls() const { return m_polls; }
    int maxConcurrent() const { return m_maxConcurrent; }

    ProviderKind kind() const override { return m_kind; }
    ProviderCapabilities capabilities() const override;
    PendingCall *listUsers(const UserQuery &query, const QString &pageToken, QObject *context,
        ResultHandler<UserPage> done) override;
    PendingCall *getUser(
        const UserKey &key, QObject *context, ResultHandler<UserRecord> done) override;
    PendingCall *changeState(UserAction action, const UserKey &key, QObject *context,
        ResultHandler<ActionOutcome> done) override;
    PendingCall *taskStatus(
        const QString &taskId, QObject *context, ResultHandler<TaskStatus> done) override;
    PendingCall *testConnection(QObject *context, ResultHandler<Done> done) override;

private:
    template <typename T>
    PendingCall *later(QObject *context, ResultHandler<T> done, std::function<Result<T>()> answer);
    void apply(const QString &userId, UserAction action);

    ProviderKind m_kind;
    bool m_async = false;
    int m_delayMs = 0;
    QHash<QString, UserRecord> m_users;
    QHash<QString, QList<Lost>> m_lost;
    QHash<QString, ApiError> m_failSend;
    QHash<QString, QPair<ApiError, int>> m_failRead;
    QHash<QString, QQueue<Task>> m_scripts;
    QHash<QString, Task> m_tasks;
    QHash<QString, int> m_sends;
    QHash<QString, int> m_applied;
    int m_reads = 0;
    int m_polls = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
    int m_nextTask = 1;
};

} // namespace Gatehouse::TestUtil
