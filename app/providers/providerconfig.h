// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "core/userrecord.h"

namespace Gatehouse {

// Everything a provider client needs, secrets included. Built from a profile and its
// keychain secrets just before use; never stored.
struct ProviderConfig
{
    ProviderKind kind = ProviderKind::SailPoint;
    QUrl baseUrl; // API host (SailPoint tenant API, Huawei identity store host, RSA admin host)
    QString caBundlePath;
    int rateLimit = 0; // requests per window; 0 = none
    int rateWindowMs = 10000;
    int transferTimeoutMs = 15000;

    // SailPoint
    QString clientId;
    QByteArray clientSecret;
    // Huawei
    QString identityStoreId;
    QString accessKey;
    QByteArray secretKey;
    QByteArray securityToken; // temporary (STS) credentials only
    // RSA: the administration API key file's content
    QByteArray keyFile;
};

} // namespace Gatehouse
