// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "net/apirequest.h"
#include "providers/identityprovider.h"

// RSA SecurID Cloud Administration API wire format: user details and errors.
namespace Gatehouse::SecurIdWire {

UserRecord toUser(const QJsonObject &details);
// {code, description} and Spring's {timestamp, status, error, message, path}. RSA documents
// no tracking id: the details name the path and the local UTC time for RSA support.
ApiError parseError(const ApiResult &result);

} // namespace Gatehouse::SecurIdWire
