// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/apiclient.h"

#include <algorithm>
#include <cstring>

#include <QFile>
#include <QHostAddress>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include "auth/requestsigner.h"
#include "core/logging.h"
#include "core/version.h"
#include "net/ratelimiter.h"
#include "net/retrypolicy.h"

namespace Gatehouse {

namespace {

// The body of a state change, readable exactly once. QNAM quietly resends a request whose
// connection closed before the answer (a reset after the provider processed it, say); for a
// disable that would be a second, blind send. A body that cannot be rewound and is not
// buffered by QNAM makes such a resend fail (ContentReSendError) instead, which we report as
// an unknown outcome and reconcile by reading the state.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // never rewound: see above
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

constexpr qint64 readRetryBaseMs = 400;
constexpr qint64 readRetryCapMs = 8000;
constexpr qint64 rateLimitBaseMs = 2000;
constexpr qint64 rateLimitCapMs = 60000;

QNetworkAccessManager::Operation operationOf(ApiRequest::Method method)
{
    switch (method) {
    case ApiRequest::Method::Get:
        return QNetworkAccessManager::GetOperation;
    case ApiRequest::Method::Post:
        return QNetworkAccessManager::PostOperation;
    case ApiRequest::Method::Put:
        return QNetworkAccessManager::PutOperation;
    case ApiRequest::Method::Delete:
        return QNetworkAccessManager::DeleteOperation;
    }
    return QNetworkAccessManager::GetOperation;
}

// Errors QNAM reports for an HTTP answer it did receive in full (the status tells the rest).
bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, ApiClientConfig config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
{
    qRegisterMetaType<Gatehouse::ApiResult>();
    const ApiError urlError = checkUrl(m_config.baseUrl);
    if (urlError.isError())
        m_configError = urlError;
    if (!m_config.caBundlePath.isEmpty()) {
        QFile file(m_config.caBundlePath);
        if (file.open(QIODevice::ReadOnly))
            m_extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (m_extraCas.isEmpty()) {
            m_configError = ApiError(ApiError::Kind::Config,
                tr("The CA bundle %1 could not be read or holds no PEM "
                   "certificate.")
                    .arg(m_config.caBundlePath));
        }
    }
}

ApiClient::~ApiClient() = default;

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError ApiClient::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return ApiError(
            ApiError::Kind::Config, tr("'%1' is not a valid URL.").arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return ApiError();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return ApiError();
    if (scheme == QLatin1String("http")) {
        return ApiError(ApiError::Kind::Config,
            tr("Plain http:// is refused for %1: credentials would travel "
               "unencrypted. Use https:// (http:// is only allowed to this "
               "computer's loopback address).")
                .arg(url.host()));
    }
    return ApiError(
        ApiError::Kind::Config, tr("Unsupported URL scheme '%1'; use https://.").arg(url.scheme()));
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    // Start on the next event loop turn so the caller can connect to finished() first.
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

ApiCall::ApiCall(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        m_deadlineHit = true;
        if (m_reply) {
            m_reply->abort(); // onReplyFinished() reports the timeout
            return;
        }
        if (m_ticket && m_client->m_limiter)
            m_client->m_limiter->cancel(m_ticket);
        m_retryTimer.stop();
        finish(ApiResult{0, {}, {},
            ApiError(ApiError::Kind::Timeout,
                tr("The request did not complete within %1 s, including "
                   "waits for the provider's rate limit.")
                    .arg(m_client->m_config.deadlineMs / 1000)),
            m_attempts, m_elapsed.elapsed()});
    });
}

void ApiCall::start()
{
    if (m_finished)
        return;
    m_elapsed.start();
    m_deadlineTimer.start(m_client->m_config.deadlineMs);
    if (m_client->m_configError.isError()) {
        finish(ApiResult{0, {}, {}, m_client->m_configError, 0, 0});
        return;
    }
    prepareCredentials();
}

void ApiCall::prepareCredentials()
{
    if (!m_request.authenticated || !m_client->m_signer) {
        waitForBudget();
        return;
    }
    m_client->m_signer->prepare(this, [this](const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            finish(ApiResult{error.httpStatus(), {}, {}, error, m_attempts, m_elapsed.elapsed()});
            return;
        }
        waitForBudget();
    });
}

QString ApiCall::bucket() const
{
    return m_request.rateBucket;
}

void ApiCall::waitForBudget()
{
    if (!m_client->m_limiter) {
        dispatch();
        return;
    }
    m_ticket = m_client->m_limiter->acquire(bucket(), m_request.priority, this, [this] {
        m_ticket = 0;
        dispatch();
    });
}

void ApiCall::dispatch()
{
    if (m_finished)
        return;
    const ApiClientConfig &config = m_client->m_config;
    QUrl url = config.baseUrl;
    QByteArray basePath = url.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);
    url =
        QUrl::fromEncoded(url.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            + basePath + m_request.encodedPathAndQuery());

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Gatehouse/" GATEHOUSE_VERSION);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(
        m_request.timeoutMs > 0 ? m_request.timeoutMs : config.transferTimeoutMs);
    // Credentials never follow a redirect to another host.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_client->m_extraCas.isEmpty())
            tls.addCaCertificates(m_client->m_extraCas);
        request.setSslConfiguration(tls);
    }
    if (m_request.authenticated && m_client->m_signer)
        m_client->m_signer->sign(request, m_request.methodName(), m_request.body);

    ++m_attempts;
    const QByteArray method = m_request.methodName();
    if (m_request.retryable) {
        switch (operationOf(m_request.method)) {
        case QNetworkAccessManager::GetOperation:
            m_reply = m_client->m_nam->get(request);
            break;
        default:
            m_reply = m_client->m_nam->sendCustomRequest(request, method, m_request.body);
            break;
        }
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, nullptr);
        m_reply = m_client->m_nam->sendCustomRequest(request, method, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    ApiResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.append({name.toLower(), value});
    result.attempts = m_attempts;
    const bool mutation = !m_request.retryable;
    const QNetworkReply::NetworkError netError = reply->error();

    qCDebug(lcNet).noquote() << m_request.methodName() << m_request.path << "->"
                             << result.httpStatus << netError << m_elapsed.elapsed() << "ms";

    if (m_aborted) {
        ApiError error(ApiError::Kind::Cancelled, tr("Cancelled."));
        error.setOutcomeUnknown(mutation);
        result.error = error;
        finish(result);
        return;
    }

    // Connection-level failure: no complete HTTP answer arrived.
    if (!isHttpLevelError(netError) || result.httpStatus == 0) {
        bool maybeProcessed = false;
        result.error = networkError(reply, &maybeProcessed);
        // Certificates, proxy credentials and redirect loops do not fix themselves.
        const bool transient = result.error.kind() != ApiError::Kind::Tls
            && netError != QNetworkReply::ProxyAuthenticationRequiredError
            && netError != QNetworkReply::TooManyRedirectsError;
        if (m_deadlineHit) {
            result.error = ApiError(ApiError::Kind::Timeout,
                tr("The provider did not answer within %1 s.")
                    .arg(m_client->m_config.deadlineMs / 1000));
            maybeProcessed = true;
        }
        if (m_request.retryable && transient && !m_deadlineHit
            && m_readRetries < m_client->m_config.maxReadRetries) {
            retryLater(RetryPolicy::backoffMs(m_readRetries++, readRetryBaseMs, readRetryCapMs));
            return;
        }
        result.error.setOutcomeUnknown(mutation && maybeProcessed);
        finish(result);
        return;
    }

    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        finish(result);
        return;
    }

    result.error = httpError(result);
    const int status = result.httpStatus;

    if (m_request.authenticated && m_client->m_signer && !m_credentialsRenewed
        && m_client->m_signer->isCredentialRejection(status)) {
        // Rejected credentials were not processed: renew once and resend.
        qCInfo(lcNet) << "credentials rejected with" << status << "- renewing once";
        m_credentialsRenewed = true;
        m_client->m_signer->invalidate();
        prepareCredentials();
        return;
    }

    if (status == 429) {
        // Not processed: safe to resend any method after the wait the provider asked for.
        qint64 wait = RetryPolicy::retryAfterMs(
            result.header("retry-after"), QDateTime::currentDateTimeUtc());
        if (wait < 0)
            wait = RetryPolicy::backoffMs(m_rateLimitRetries, rateLimitBaseMs, rateLimitCapMs);
        wait = std::min(wait, rateLimitCapMs);
        result.error.setRetryAfterSeconds(int((wait + 999) / 1000));
        if (m_rateLimitRetries < m_client->m_config.maxRateLimitRetries && wait < remainingMs()) {
            ++m_rateLimitRetries;
            qCInfo(lcNet) << "429 on" << m_request.path << "- waiting" << wait << "ms";
            if (m_client->m_limiter) {
                m_client->m_limiter->pause(bucket(), wait);
                waitForBudget();
            } else {
                retryLater(wait);
            }
            return;
        }
        finish(result);
        return;
    }

    if (RetryPolicy::isTransientStatus(status)) {
        if (m_request.retryable && m_readRetries < m_client->m_config.maxReadRetries) {
            retryLater(RetryPolicy::backoffMs(m_readRetries++, readRetryBaseMs, readRetryCapMs));
            return;
        }
        // A state change that got a 5xx may or may not have been applied.
        result.error.setOutcomeUnknown(mutation);
    }
    finish(result);
}

void ApiCall::retryLater(qint64 delayMs)
{
    if (delayMs >= remainingMs()) {
        finish(ApiResult{0, {}, {},
            ApiError(ApiError::Kind::Timeout,
                tr("The provider kept failing; gave up after %n attempt(s).", nullptr, m_attempts)),
            m_attempts, m_elapsed.elapsed()});
        return;
    }
    m_retryTimer.disconnect(this);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::waitForBudget);
    m_retryTimer.start(int(delayMs));
}

qint64 ApiCall::remainingMs() const
{
    return m_client->m_config.deadlineMs - m_elapsed.elapsed();
}

ApiError ApiCall::networkError(QNetworkReply *reply, bool *maybeProcessed) const
{
    const QNetworkReply::NetworkError code = reply->error();
    const QString host = reply->url().host();
    *maybeProcessed = false;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return ApiError(
            ApiError::Kind::Network, tr("The host name %1 could not be resolved (DNS).").arg(host))
            .setNetworkCause(ApiError::NetworkCause::HostNotFound);
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(ApiError::Kind::Network,
            tr("%1 refused the connection: nothing is listening there.").arg(host))
            .setNetworkCause(ApiError::NetworkCause::ConnectionRefused);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return ApiError(ApiError::Kind::Tls,
            tr("The secure connection to %1 failed: %2").arg(host, reply->errorString()));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError(ApiError::Kind::Network,
            tr("The proxy could not be used: %1").arg(reply->errorString()))
            .setNetworkCause(ApiError::NetworkCause::Proxy);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError(
            ApiError::Kind::Network, tr("The proxy requires authentication (HTTP 407)."))
            .setNetworkCause(ApiError::NetworkCause::ProxyAuthentication);
    case QNetworkReply::ContentReSendError:
        // QNAM wanted to resend a state change whose connection closed: we refused.
        *maybeProcessed = true;
        return ApiError(ApiError::Kind::Network,
            tr("The connection to %1 closed before the provider answered; the "
               "change may or may not have been applied.")
                .arg(host));
    case QNetworkReply::TooManyRedirectsError:
        return ApiError(ApiError::Kind::Protocol, tr("Too many redirects from %1.").arg(host));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // Our abort() is handled before; this is the transfer timeout.
        *maybeProcessed = true;
        return ApiError(ApiError::Kind::Timeout,
            tr("%1 stopped answering for %2 s.")
                .arg(host)
                .arg(m_client->m_config.transferTimeoutMs / 1000));
    default:
        *maybeProcessed = true;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0) {
            return ApiError(ApiError::Kind::Protocol,
                tr("The connection to %1 closed before the whole response "
                   "arrived; the data was cut off.")
                    .arg(host));
        }
        return ApiError(ApiError::Kind::Network,
            tr("The connection to %1 failed: %2").arg(host, reply->errorString()));
    }
}

ApiError ApiCall::httpError(const ApiResult &result) const
{
    ApiError error;
    if (m_client->m_errorParser)
        error = m_client->m_errorParser(result);
    if (!error.isError()) {
        error = ApiError(ApiError::kindForHttpStatus(result.httpStatus),
            tr("The provider answered HTTP %1.").arg(result.httpStatus), result.httpStatus);
    }
    if (error.httpStatus() == 0)
        error.setHttpStatus(result.httpStatus);
    qCInfo(lcNet).noquote() << m_request.methodName() << m_request.path << "->" << result.httpStatus
                            << error.providerCode() << "request id" << error.requestId();
    return error;
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    if (m_ticket && m_client->m_limiter)
        m_client->m_limiter->cancel(m_ticket);
    finish(ApiResult{0, {}, {}, ApiError(ApiError::Kind::Cancelled, tr("Cancelled.")), m_attempts,
        m_elapsed.elapsed()});
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    if (m_ticket && m_client->m_limiter)
        m_client->m_limiter->cancel(m_ticket);
    result.attempts = m_attempts;
    result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    emit finished(result);
    deleteLater();
}

} // namespace Gatehouse
