// SPDX-License-Identifier: GPL-3.0-or-later
#include "inmemorypagingprovider.h"

#include <functional>

#include <QTimer>

using namespace Gatehouse;

// One request: delivers its answer once (on the next event-loop turn, or on release), or
// Cancelled when aborted first; never after its context object is gone.
class InMemoryPagingProvider::Call final : public PendingCall
{
    Q_OBJECT

public:
    Call(InMemoryPagingProvider *provider, QObject *context, std::function<void()> answer,
        std::function<void()> cancelled)
        : PendingCall(provider)
        , m_provider(provider)
        , m_context(context)
        , m_answer(std::move(answer))
        , m_cancelled(std::move(cancelled))
    { }

    void deliver()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_context)
            m_answer();
        deleteLater();
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        ++m_provider->m_aborted;
        if (m_context)
            m_cancelled();
        deleteLater();
    }

private:
    InMemoryPagingProvider *m_provider;
    QPointer<QObject> m_context;
    std::function<void()> m_answer;
    std::function<void()> m_cancelled;
    bool m_done = false;
};

InMemoryPagingProvider::InMemoryPagingProvider(
    QVector<UserRecord> users, int pageSize, QObject *parent)
    : IdentityProvider(parent)
    , m_users(std::move(users))
    , m_pageSize(pageSize)
{ }

ProviderKind InMemoryPagingProvider::kind() const
{
    return ProviderKind::SailPoint;
}

ProviderCapabilities InMemoryPagingProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.canBrowse = m_canBrowse;
    caps.reportsTotal = m_reportsTotal;
    caps.pageSize = m_pageSize;
    caps.searchFields = {QStringLiteral("name")};
    return caps;
}

Result<UserPage> InMemoryPagingProvider::page(const UserQuery &query, const QString &token)
{
    if (m_failures > 0) {
        --m_failures;
        return m_failure;
    }
    QVector<UserRecord> matching;
    for (const UserRecord &user : std::as_const(m_users)) {
        if (query.text.isEmpty() || user.displayName.contains(query.text, Qt::CaseInsensitive))
            matching.append(user);
    }
    bool ok = true;
    const int offset = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || offset < 0 || offset > matching.size())
        return ApiError(ApiError::Kind::BadRequest, QStringLiteral("bad page token"), 400);
    UserPage result;
    result.users = matching.mid(offset, m_pageSize);
    const int next = offset + int(result.users.size());
    if (next < matching.size())
        result.nextPageToken = QString::number(next);
    result.total = m_reportsTotal ? matching.size() : -1;
    return result;
}

template <typename T>
PendingCall *InMemoryPagingProvider::answerLater(
    QObject *context, std::function<Result<T>()> answer, ResultHandler<T> done)
{
    auto *call = new Call(
        this, context, [answer, done] { done(answer()); },
        [done] { done(ApiError(ApiError::Kind::Cancelled, QStringLiteral("cancelled"))); });
    schedule(call);
    return call;
}

PendingCall *InMemoryPagingProvider::listUsers(const UserQuery &query, const QString &pageToken,
    QObject *context, ResultHandler<UserPage> done)
{
    ++m_listCalls;
    m_tokens.append(pageToken);
    m_lastQuery = query;
    return answerLater<UserPage>(
        context, [this, query, pageToken] { return page(query, pageToken); }, std::move(done));
}

void InMemoryPagingProvider::schedule(Call *call)
{
    if (m_held) {
        m_heldCalls.append(call);
        return;
    }
    QTimer::singleShot(0, call, &Call::deliver);
}

void InMemoryPagingProvider::failNextPages(int count, const ApiError &error)
{
    m_failures = count;
    m_failure = error;
}

void InMemoryPagingProvider::setHeld(bool held)
{
    m_held = held;
    if (!held)
        release();
}

void InMemoryPagingProvider::release()
{
    const QList<QPointer<Call>> calls = std::exchange(m_heldCalls, {});
    for (const QPointer<Call> &call : calls) {
        if (call)
            QTimer::singleShot(0, call.data(), &Call::deliver);
    }
}

namespace {

ApiError notSupported()
{
    return ApiError(ApiError::Kind::Config, QStringLiteral("not part of this test provider"));
}

} // namespace

PendingCall *InMemoryPagingProvider::getUser(
    const UserKey &, QObject *context, ResultHandler<UserRecord> done)
{
    return answerLater<UserRecord>(
        context, [] { return Result<UserRecord>(notSupported()); }, std::move(done));
}

PendingCall *InMemoryPagingProvider::changeState(
    UserAction, const UserKey &, QObject *context, ResultHandler<ActionOutcome> done)
{
    return answerLater<ActionOutcome>(
        context, [] { return Result<ActionOutcome>(notSupported()); }, std::move(done));
}

PendingCall *InMemoryPagingProvider::taskStatus(
    const QString &, QObject *context, ResultHandler<TaskStatus> done)
{
    return answerLater<TaskStatus>(
        context, [] { return Result<TaskStatus>(notSupported()); }, std::move(done));
}

PendingCall *InMemoryPagingProvider::testConnection(QObject *context, ResultHandler<Done> done)
{
    return answerLater<Done>(
        context, [] { return Result<Done>(notSupported()); }, std::move(done));
}

#include "inmemorypagingprovider.moc"
