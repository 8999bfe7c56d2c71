// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "core/result.h"
#include "profiles/profile.h"
#include "providers/providerconfig.h"

class QNetworkAccessManager;
class QObject;

namespace Gatehouse {

class CredentialStore;
class IdentityProvider;

// Opens a profile: reads its secrets from the credential store and makes its provider client.
namespace ProfileConnector {

using OpenCallback = std::function<void(const Result<IdentityProvider *> &)>;

// The provider configuration of a profile, without secrets.
ProviderConfig configFor(const Profile &profile);

// Reads the secrets the profile needs (Profile::secretNames()), then creates the provider with
// `parent`. A missing secret or a broken configuration ends with an error naming it. `done`
// runs with `context` as receiver. transferTimeoutMs > 0 replaces the default inactivity
// timeout (the CLI's --timeout).
void open(const Profile &profile, CredentialStore *credentials, QNetworkAccessManager *nam,
    QObject *parent, QObject *context, OpenCallback done, int transferTimeoutMs = 0);

} // namespace ProfileConnector

} // namespace Gatehouse
