// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include "auth/requestsigner.h"
#include "net/apirequest.h"
#include "net/ratelimiter.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Gatehouse {

struct ApiClientConfig
{
    QUrl baseUrl; // https, or http to a loopback host
    QString caBundlePath; // extra trusted CA certificates (PEM), empty = system store only
    int transferTimeoutMs = 15000; // no bytes for this long = timeout
    int deadlineMs = 180000; // whole request including retries and Retry-After waits
    int maxReadRetries = 3; // reads after a timeout, connection error or 5xx
    int maxRateLimitRetries = 12; // any request after a 429 (it was not processed)
};

// Turns an error response into an ApiError with the provider's code, message and tracking id.
using ErrorParser = std::function<ApiError(const ApiResult &result)>;

class ApiCall;

// The HTTP client of one profile: one QNetworkAccessManager (owned by main, passed down),
// the profile's signer, rate limiter and error format. Applies the retry rules of DESIGN.md:
// 429 waits Retry-After and resends; reads are retried a few times after a timeout,
// connection error or 5xx; a state change is never resent after one of those, it is
// reported with outcomeUnknown() so the caller reconciles by reading the state back.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *nam, ApiClientConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiClientConfig &config() const { return m_config; }
    void setSigner(RequestSigner *signer) { m_signer = signer; }
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    void setErrorParser(ErrorParser parser) { m_errorParser = std::move(parser); }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // Starts the request; the returned call emits finished() exactly once, then deletes
    // itself. Owned by the client until then.
    ApiCall *send(const ApiRequest &request);

    // Empty when the URL may be used; plain http is refused unless the host is loopback.
    static ApiError checkUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    friend class ApiCall;

    QNetworkAccessManager *m_nam;
    ApiClientConfig m_config;
    QPointer<RequestSigner> m_signer;
    QPointer<RateLimiter> m_limiter;
    ErrorParser m_errorParser;
    QList<QSslCertificate> m_extraCas;
    ApiError m_configError; // e.g. an unreadable CA bundle: every request fails with it
};

// One request in flight, through signing, rate limiting, retries and waits.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    // Ends the call with Kind::Cancelled (outcomeUnknown if a state change was on the wire).
    void abort();
    const ApiRequest &request() const { return m_request; }

signals:
    void finished(const Gatehouse::ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request);

    void start();
    void prepareCredentials();
    void waitForBudget();
    void dispatch();
    void onReplyFinished();
    void retryLater(qint64 delayMs);
    void finish(ApiResult result);
    ApiError networkError(QNetworkReply *reply, bool *maybeProcessed) const;
    ApiError httpError(const ApiResult &result) const;
    qint64 remainingMs() const;
    QString bucket() const;

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    quint64 m_ticket = 0;
    int m_attempts = 0;
    int m_readRetries = 0;
    int m_rateLimitRetries = 0;
    bool m_credentialsRenewed = false;
    bool m_deadlineHit = false;
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::ApiResult)
