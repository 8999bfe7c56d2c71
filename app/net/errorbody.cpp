// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/errorbody.h"

namespace Gatehouse::ErrorBody {

ApiError classify(const ApiResult &result, QJsonObject *json)
{
    const int status = result.httpStatus;
    const ApiError::Kind statusKind = ApiError::kindForHttpStatus(status);
    ApiError error(statusKind, ApiError::tr("The provider answered HTTP %1.").arg(status), status);
    if (result.body.trimmed().isEmpty())
        return error; // many providers send bare statuses (e.g. SailPoint task-status 404)

    const Result<QJsonObject> parsed = result.jsonObject();
    if (parsed) {
        *json = parsed.value();
        return error;
    }
    // Not the provider's error format. The status still says what happened for the clear
    // cases; a 5xx or 400 with an HTML page usually comes from a proxy or gateway.
    switch (statusKind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::RateLimited:
        error.setMessage(parsed.error().message());
        return error;
    default:
        return ApiError(ApiError::Kind::Protocol,
            ApiError::tr("HTTP %1 without the provider's error details: %2")
                .arg(status)
                .arg(parsed.error().message()),
            status);
    }
}

} // namespace Gatehouse::ErrorBody
