// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/oauth2clientcredentials.h"

#include <algorithm>

#include <QNetworkRequest>

#include "core/logging.h"
#include "net/apiclient.h"

namespace Gatehouse {

OAuth2ClientCredentials::OAuth2ClientCredentials(ApiClient *tokenClient, QString clientId,
    QByteArray clientSecret, const Clock *clock, QObject *parent)
    : RequestSigner(parent)
    , m_tokenClient(tokenClient)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_clock(clock)
{ }

bool OAuth2ClientCredentials::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->monotonicMs() < m_refreshAtMs;
}

void OAuth2ClientCredentials::prepare(QObject *context, std::function<void(const ApiError &)> done)
{
    if (hasValidToken()) {
        done(ApiError());
        return;
    }
    m_waiters.push_back(Waiter{context, std::move(done)});
    if (!m_requesting)
        requestToken();
}

void OAuth2ClientCredentials::sign(
    QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    Q_UNUSED(method)
    Q_UNUSED(body)
    request.setRawHeader("Authorization", "Bearer " + m_token);
}

void OAuth2ClientCredentials::invalidate()
{
    m_token.clear();
    m_refreshAtMs = 0;
}

void OAuth2ClientCredentials::requestToken()
{
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        complete(ApiError(
            ApiError::Kind::Config, tr("The SailPoint client id or client secret is missing.")));
        return;
    }
    if (!m_tokenClient) {
        complete(ApiError(ApiError::Kind::Config, tr("No token endpoint is configured.")));
        return;
    }
    const QByteArray form = "grant_type=client_credentials&client_id=" + percentEncode(m_clientId)
        + "&client_secret=" + m_clientSecret.toPercentEncoding();
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/oauth/token"), form, "application/x-www-form-urlencoded");
    request.authenticated = false;
    request.retryable = true; // asking for a token changes nothing on the provider
    m_requesting = true;
    const qint64 askedAt = m_clock->monotonicMs();
    ApiCall *call = m_tokenClient->send(request);
    connect(call, &ApiCall::finished, this, [this, askedAt](const ApiResult &result) {
        m_requesting = false;
        if (!result.ok()) {
            ApiError error = result.error;
            if (error.kind() == ApiError::Kind::Auth
                || error.kind() == ApiError::Kind::BadRequest) {
                error = ApiError(ApiError::Kind::Auth,
                    tr("SailPoint rejected the client id or client secret (%1).")
                        .arg(error.providerCode().isEmpty() ? error.message()
                                                            : error.providerCode()),
                    error.httpStatus());
            }
            complete(error);
            return;
        }
        const Result<QJsonObject> json = result.jsonObject();
        if (!json) {
            complete(json.error());
            return;
        }
        const QString token = json->value(QLatin1String("access_token")).toString();
        const qint64 lifetimeMs =
            qint64(json->value(QLatin1String("expires_in")).toDouble(0) * 1000.0);
        if (token.isEmpty() || lifetimeMs <= 0) {
            complete(ApiError(ApiError::Kind::Protocol,
                tr("SailPoint's token response has no access_token or "
                   "expires_in."),
                result.httpStatus));
            return;
        }
        m_token = token.toUtf8();
        // Renew a little before expiry: 10 % of the lifetime, at most 30 s.
        m_refreshAtMs = askedAt + lifetimeMs - std::min<qint64>(30000, lifetimeMs / 10);
        qCInfo(lcAuth) << "SailPoint access token obtained, valid for" << lifetimeMs / 1000 << "s";
        complete(ApiError());
    });
}

void OAuth2ClientCredentials::complete(const ApiError &error)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
}

} // namespace Gatehouse
