// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "net/apirequest.h"
#include "providers/identityprovider.h"

// Huawei Cloud IAM Identity Center (identity store) wire format: users and errors.
namespace Gatehouse::HuaweiWire {

UserRecord toUser(const QJsonObject &user);
// {error_code, error_msg, request_id, encoded_authorization_message}, falling back to
// {code, message} and the X-Request-Id header, as Huawei's SDKs do.
ApiError parseError(const ApiResult &result);

} // namespace Gatehouse::HuaweiWire
