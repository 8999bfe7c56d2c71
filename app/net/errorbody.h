// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "net/apirequest.h"

namespace Gatehouse::ErrorBody {

// The starting point of every provider's error parser: the kind from the HTTP status and,
// when the body is not the provider's JSON (an HTML page from a proxy, nothing, a cut-off
// or wrong-typed body), a Protocol error that says so. `json` receives the parsed object
// when there is one.
ApiError classify(const ApiResult &result, QJsonObject *json);

} // namespace Gatehouse::ErrorBody
