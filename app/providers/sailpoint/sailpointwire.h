// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "net/apirequest.h"
#include "providers/identityprovider.h"

// SailPoint ISC v3 wire format: accounts, task status, errors, filters.
namespace Gatehouse::SailPointWire {

UserRecord toUser(const QJsonObject &account);
TaskStatus toTaskStatus(const QJsonObject &status);
// ErrorResponseDto {detailCode, trackingId, messages[], causes[]}, 401 {error}, 429 {message}.
ApiError parseError(const ApiResult &result);

// The `filters` expression for a search. Text that already is a filter expression
// ('name sw "ab" and sourceId eq "..."') is used as it is; plain text becomes a prefix
// search on `field`, or on name, nativeIdentity and identity.name when no field is given.
QString filterFor(const UserQuery &query);
// A string literal for the filter grammar: quoted, with \ and " escaped.
QString quoted(const QString &value);

} // namespace Gatehouse::SailPointWire
