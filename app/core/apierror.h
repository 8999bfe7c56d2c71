// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Gatehouse {

// The one error type of Gatehouse: what went wrong (kind), where (HTTP status, the provider's
// own code) and what the operator can quote to the provider's support (request id).
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Network, // DNS, connection refused/reset, proxy
        Timeout,
        Tls,
        Auth, // 401, bad or expired credentials
        Forbidden, // 403, missing rights
        NotFound, // 404
        Conflict, // 409
        RateLimited, // 429 after the retry budget was spent
        BadRequest, // 400 and other 4xx
        Server, // 5xx
        Protocol, // HTML page, empty, truncated or malformed body, wrong content type
        Config, // local: broken key file, missing secret, refused URL
        Cancelled,
    };

    // For Network errors: what failed, so diagnoses never depend on (translated) message text.
    enum class NetworkCause
    {
        Other,
        HostNotFound, // DNS
        ConnectionRefused,
        Proxy, // the proxy could not be reached or used
        ProxyAuthentication, // the proxy wants credentials (407)
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The provider's code: SailPoint detailCode, Huawei error_code, RSA code/error.
    const QString &providerCode() const { return m_providerCode; }
    // The provider's tracking/request id (SailPoint trackingId, Huawei request_id).
    const QString &requestId() const { return m_requestId; }
    // Operator-facing text, in plain words.
    const QString &message() const { return m_message; }
    // Extra detail for support (Huawei encoded_authorization_message, RSA path/timestamp).
    const QString &details() const { return m_details; }
    // Seconds the provider asked to wait (Retry-After), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // True when a state-changing request failed after it may have reached the provider:
    // the action is then "unknown" and must be reconciled by reading the state back.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    NetworkCause networkCause() const { return m_networkCause; }

    ApiError &setHttpStatus(int status);
    ApiError &setProviderCode(const QString &code);
    ApiError &setRequestId(const QString &id);
    ApiError &setMessage(const QString &message);
    ApiError &setDetails(const QString &details);
    ApiError &setRetryAfterSeconds(int seconds);
    ApiError &setOutcomeUnknown(bool unknown);
    ApiError &setNetworkCause(NetworkCause cause);

    // Stable lower-case name of the kind ("forbidden"), used in JSON output and the journal.
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    // Translated short title of the kind ("Missing rights").
    static QString kindTitle(Kind kind);
    // The kind an HTTP status maps to when the body says nothing better.
    static Kind kindForHttpStatus(int status);
    // Worth asking again a little later (network, timeout, rate limit, 5xx, a bad body).
    static bool isTransient(Kind kind);

    // One line for logs, stderr and the task monitor, e.g.
    // "Missing rights (HTTP 403, IIC.1000): No permission … [request id 0a1b…]".
    QString summary() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfterSeconds = -1;
    bool m_outcomeUnknown = false;
    NetworkCause m_networkCause = NetworkCause::Other;
    QString m_providerCode;
    QString m_requestId;
    QString m_message;
    QString m_details;
};

} // namespace Gatehouse
