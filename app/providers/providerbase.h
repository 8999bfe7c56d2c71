// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>

#include "net/apiclient.h"
#include "providers/identityprovider.h"
#include "providers/providerconfig.h"

namespace Gatehouse {

// What the three providers share: one ApiClient (with the profile's signer, rate limiter
// and error parser) and the plumbing from an ApiCall to a typed result handler.
class ProviderBase : public IdentityProvider
{
    Q_OBJECT

public:
    ProviderBase(const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent);

    // Providers whose actions are synchronous have no tasks: every id is Unresolvable.
    PendingCall *taskStatus(
        const QString &taskId, QObject *context, ResultHandler<TaskStatus> done) override;

    ApiClient *client() const { return m_client; }
    RateLimiter *rateLimiter() const { return m_limiter; }

protected:
    // Sends `request`; on success `map` turns the answer into a value, on failure the
    // ApiError is handed on as it is.
    template <typename T>
    PendingCall *run(const ApiRequest &request, QObject *context,
        std::function<Result<T>(const ApiResult &)> map, ResultHandler<T> done);
    // Answers without a request (unsupported operation, invalid input), asynchronously so
    // callers see the same order of events as for real requests.
    template <typename T>
    PendingCall *answer(Result<T> result, QObject *context, ResultHandler<T> done);

    ProviderConfig m_config;
    ApiClient *m_client;
    RateLimiter *m_limiter;
};

// PendingCall over one ApiCall; lives as long as the call.
class ApiPendingCall final : public PendingCall
{
    Q_OBJECT

public:
    explicit ApiPendingCall(ApiCall *call);
    void abort() override;

private:
    QPointer<ApiCall> m_call;
};

// PendingCall for an answer known without asking the provider, handed over on the next
// event loop turn. Aborted before then, it hands over Cancelled instead, as a request in
// flight would.
class ImmediateCall final : public PendingCall
{
    Q_OBJECT

public:
    using PendingCall::PendingCall;
    void abort() override { m_aborted = true; }
    bool aborted() const { return m_aborted; }
    static ApiError cancelled();

private:
    bool m_aborted = false;
};

template <typename T>
PendingCall *ProviderBase::run(const ApiRequest &request, QObject *context,
    std::function<Result<T>(const ApiResult &)> map, ResultHandler<T> done)
{
    ApiCall *call = m_client->send(request);
    auto *pending = new ApiPendingCall(call);
    connect(call, &ApiCall::finished, context,
        [map = std::move(map), done = std::move(done)](const ApiResult &result) {
            if (!result.ok()) {
                done(Result<T>(result.error));
                return;
            }
            done(map(result));
        });
    return pending;
}

template <typename T>
PendingCall *ProviderBase::answer(Result<T> result, QObject *context, ResultHandler<T> done)
{
    auto *pending = new ImmediateCall(this);
    QMetaObject::invokeMethod(
        context,
        [pending, result = std::move(result), done = std::move(done)] {
            done(pending->aborted() ? Result<T>(ImmediateCall::cancelled()) : result);
            pending->deleteLater();
        },
        Qt::QueuedConnection);
    return pending;
}

} // namespace Gatehouse
