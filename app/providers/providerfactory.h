// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "providers/providerconfig.h"

class QNetworkAccessManager;
class QObject;

namespace Gatehouse {

class IdentityProvider;

// Makes the provider client for a configuration. Fails with a Config error when the
// configuration cannot work (a plain-http URL to a remote host, a broken RSA key file).
Result<IdentityProvider *> createProvider(
    const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent);

} // namespace Gatehouse
