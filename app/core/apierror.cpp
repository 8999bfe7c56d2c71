// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/apierror.h"

#include <array>
#include <utility>

namespace Gatehouse {

namespace {

constexpr std::array<std::pair<ApiError::Kind, const char *>, 14> kindNames{{
    {ApiError::Kind::None, "none"},
    {ApiError::Kind::Network, "network"},
    {ApiError::Kind::Timeout, "timeout"},
    {ApiError::Kind::Tls, "tls"},
    {ApiError::Kind::Auth, "auth"},
    {ApiError::Kind::Forbidden, "forbidden"},
    {ApiError::Kind::NotFound, "not_found"},
    {ApiError::Kind::Conflict, "conflict"},
    {ApiError::Kind::RateLimited, "rate_limited"},
    {ApiError::Kind::BadRequest, "bad_request"},
    {ApiError::Kind::Server, "server"},
    {ApiError::Kind::Protocol, "protocol"},
    {ApiError::Kind::Config, "config"},
    {ApiError::Kind::Cancelled, "cancelled"},
}};

} // namespace

ApiError::ApiError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
{ }

ApiError &ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

ApiError &ApiError::setProviderCode(const QString &code)
{
    m_providerCode = code;
    return *this;
}

ApiError &ApiError::setRequestId(const QString &id)
{
    m_requestId = id;
    return *this;
}

ApiError &ApiError::setMessage(const QString &message)
{
    m_message = message;
    return *this;
}

ApiError &ApiError::setDetails(const QString &details)
{
    m_details = details;
    return *this;
}

ApiError &ApiError::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

ApiError &ApiError::setOutcomeUnknown(bool unknown)
{
    m_outcomeUnknown = unknown;
    return *this;
}

ApiError &ApiError::setNetworkCause(NetworkCause cause)
{
    m_networkCause = cause;
    return *this;
}

QString ApiError::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

ApiError::Kind ApiError::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return Kind::None;
}

QString ApiError::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No error");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::Auth:
        return tr("Authentication failed");
    case Kind::Forbidden:
        return tr("Missing rights");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Conflict:
        return tr("Conflict");
    case Kind::RateLimited:
        return tr("Rate limited");
    case Kind::BadRequest:
        return tr("Rejected request");
    case Kind::Server:
        return tr("Provider error");
    case Kind::Protocol:
        return tr("Unexpected response");
    case Kind::Config:
        return tr("Configuration error");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

ApiError::Kind ApiError::kindForHttpStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::BadRequest;
    return Kind::Protocol;
}

bool ApiError::isTransient(Kind kind)
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Protocol:
        return true;
    default:
        return false;
    }
}

QString ApiError::summary() const
{
    if (!isError())
        return QString();
    QString where;
    if (m_httpStatus > 0 && !m_providerCode.isEmpty())
        where = tr("HTTP %1, %2").arg(m_httpStatus).arg(m_providerCode);
    else if (m_httpStatus > 0)
        where = tr("HTTP %1").arg(m_httpStatus);
    else if (!m_providerCode.isEmpty())
        where = m_providerCode;

    // Each step wraps the line so far in a pattern; multi-argument arg() leaves a '%' in a
    // provider's message alone.
    QString line = kindTitle(m_kind);
    if (!where.isEmpty()) {
        //: %1 is the error's title, %2 where it came from: "Missing rights (HTTP 403, IIC.1000)"
        line = tr("%1 (%2)").arg(line, where);
    }
    if (!m_message.isEmpty()) {
        //: %1 is the error's title (and where it came from), %2 the provider's or Gatehouse's
        //: message: "Missing rights (HTTP 403): No permission for action"
        line = tr("%1: %2").arg(line, m_message);
    }
    if (!m_requestId.isEmpty()) {
        //: %1 is the whole error line, %2 the provider's request id (to quote to its support)
        line = tr("%1 [request id %2]").arg(line, m_requestId);
    }
    return line;
}

} // namespace Gatehouse
