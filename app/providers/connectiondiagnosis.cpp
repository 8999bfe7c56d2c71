// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/connectiondiagnosis.h"

namespace Gatehouse {

QString ConnectionDiagnosis::describe(const ApiError &error)
{
    const QString message = error.message();
    switch (error.kind()) {
    case ApiError::Kind::None:
        return tr("Connected and authenticated.");
    case ApiError::Kind::Network:
        switch (error.networkCause()) {
        case ApiError::NetworkCause::HostNotFound:
            return tr("DNS failure: %1").arg(message);
        case ApiError::NetworkCause::ConnectionRefused:
            return tr("Connection refused: %1").arg(message);
        case ApiError::NetworkCause::Proxy:
        case ApiError::NetworkCause::ProxyAuthentication:
            return tr("Proxy problem: %1").arg(message);
        case ApiError::NetworkCause::Other:
            break;
        }
        return tr("Network error: %1").arg(message);
    case ApiError::Kind::Tls:
        return tr("TLS error (certificate or handshake): %1").arg(message);
    case ApiError::Kind::Auth:
        return tr("Bad credentials (HTTP 401): %1").arg(error.summary());
    case ApiError::Kind::Forbidden:
        return tr("Authenticated, but missing rights (HTTP 403): %1").arg(error.summary());
    case ApiError::Kind::Timeout:
        return tr("No answer in time: %1").arg(message);
    case ApiError::Kind::Config:
        return tr("Configuration problem: %1").arg(message);
    default:
        return error.summary();
    }
}

} // namespace Gatehouse
