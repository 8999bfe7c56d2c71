// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QPointer>
#include <QVector>

#include "providers/identityprovider.h"

// TEST ONLY: an IdentityProvider that serves users from memory, a page at a time, on the next
// event-loop turn. Lets the model tests drive paging, failures and cancellation without a
// network. It is not a simulator of any real provider (the sandbox is).
class InMemoryPagingProvider final : public Gatehouse::IdentityProvider
{
    Q_OBJECT

public:
    InMemoryPagingProvider(
        QVector<Gatehouse::UserRecord> users, int pageSize, QObject *parent = nullptr);

    Gatehouse::ProviderKind kind() const override;
    Gatehouse::ProviderCapabilities capabilities() const override;
    Gatehouse::PendingCall *listUsers(const Gatehouse::UserQuery &query, const QString &pageToken,
        QObject *context, Gatehouse::ResultHandler<Gatehouse::UserPage> done) override;
    Gatehouse::PendingCall *getUser(const Gatehouse::UserKey &key, QObject *context,
        Gatehouse::ResultHandler<Gatehouse::UserRecord> done) override;
    Gatehouse::PendingCall *changeState(Gatehouse::UserAction action, const Gatehouse::UserKey &key,
        QObject *context, Gatehouse::ResultHandler<Gatehouse::ActionOutcome> done) override;
    Gatehouse::PendingCall *taskStatus(const QString &taskId, QObject *context,
        Gatehouse::ResultHandler<Gatehouse::TaskStatus> done) override;
    Gatehouse::PendingCall *testConnection(
        QObject *context, Gatehouse::ResultHandler<Gatehouse::Done> done) override;

    void setCanBrowse(bool canBrowse) { m_canBrowse = canBrowse; }
    void setReportsTotal(bool reportsTotal) { m_reportsTotal = reportsTotal; }
    // The next `count` page requests fail with `error`.
    void failNextPages(int count, const Gatehouse::ApiError &error);
    // While held, answers wait until release().
    void setHeld(bool held);
    void release();

    int listCalls() const { return m_listCalls; }
    int abortedCalls() const { return m_aborted; }
    const QList<QString> &requestedTokens() const { return m_tokens; }
    const Gatehouse::UserQuery &lastQuery() const { return m_lastQuery; }

private:
    class Call;
    Gatehouse::Result<Gatehouse::UserPage> page(
        const Gatehouse::UserQuery &query, const QString &token);
    template <typename T>
    Gatehouse::PendingCall *answerLater(QObject *context,
        std::function<Gatehouse::Result<T>()> answer, Gatehouse::ResultHandler<T> done);
    void schedule(Call *call);

    QVector<Gatehouse::UserRecord> m_users;
    int m_pageSize;
    bool m_canBrowse = true;
    bool m_reportsTotal = true;
    bool m_held = false;
    int m_failures = 0;
    Gatehouse::ApiError m_failure;
    int m_listCalls = 0;
    int m_aborted = 0;
    QList<QString> m_tokens;
    Gatehouse::UserQuery m_lastQuery;
    QList<QPointer<Call>> m_heldCalls;
};
