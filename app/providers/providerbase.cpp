// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providerbase.h"

namespace Gatehouse {

namespace {

ApiClientConfig clientConfig(const ProviderConfig &config)
{
    ApiClientConfig client;
    client.baseUrl = config.baseUrl;
    client.caBundlePath = config.caBundlePath;
    client.transferTimeoutMs = config.transferTimeoutMs;
    return client;
}

} // namespace

ProviderBase::ProviderBase(
    const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : IdentityProvider(parent)
    , m_config(config)
    , m_client(new ApiClient(nam, clientConfig(config), this))
    , m_limiter(new RateLimiter(config.rateLimit, config.rateWindowMs, Clock::system(), this))
{
    m_client->setRateLimiter(m_limiter);
    connect(
        m_limiter, &RateLimiter::waiting, this, [this](qint64 ms) { emit rateLimitWait(int(ms)); });
}

PendingCall *ProviderBase::taskStatus(
    const QString &taskId, QObject *context, ResultHandler<TaskStatus> done)
{
    TaskStatus status;
    status.id = taskId;
    status.state = TaskStatus::State::Unresolvable;
    return answer<TaskStatus>(status, context, std::move(done));
}

ApiPendingCall::ApiPendingCall(ApiCall *call)
    : PendingCall(call)
    , m_call(call)
{ }

ApiError ImmediateCall::cancelled()
{
    return ApiError(ApiError::Kind::Cancelled, ApiCall::tr("Cancelled."));
}

void ApiPendingCall::abort()
{
    if (m_call)
        m_call->abort();
}

} // namespace Gatehouse
