// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

#include "core/result.h"
#include "profiles/profile.h"

namespace Gatehouse {

class MemoryCredentialStore;
class ProfileStore;

// The three ready profiles of `gatehouse --sandbox`, one per provider, made from the sandbox's
// ready info (SandboxHost::readyInfo(): base URLs, made-up credentials, the RSA key file).
// Their secrets go to a MemoryCredentialStore only, never to the user's keychain.
class SandboxDemo
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDemo)

public:
    // The profiles, not yet stored (fresh ids).
    static Result<QVector<Profile>> profiles(const QJsonObject &readyInfo);
    // Adds the profiles to store and their secrets to secrets; the SailPoint one becomes the
    // last used profile, so the window opens on it.
    static Result<QVector<Profile>> install(
        const QJsonObject &readyInfo, ProfileStore *store, MemoryCredentialStore *secrets);
};

} // namespace Gatehouse
