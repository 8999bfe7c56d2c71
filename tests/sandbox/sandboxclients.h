// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test-side clients of the sandbox: a SailPoint token fetch, a Huawei request signer and an
// RSA JWT maker. Written independently of the sandbox's verifiers (and of app/auth), from
// the fact sheets, so that a bug on either side shows up as a failing test.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include "support/testhttp.h"

namespace Gatehouse::Test {

// POST /oauth/token (form-urlencoded); the access token, or empty on failure.
QByteArray sailpointToken(
    TestHttp &http, const QUrl &base, const QByteArray &clientId, const QByteArray &secret);
RawHeaders bearer(const QByteArray &token);
RawHeaders jsonBearer(const QByteArray &token);

struct HuaweiCredentials
{
    QByteArray accessKey;
    QByteArray secretKey;
    QByteArray securityToken; // temporary credentials only
};

// Headers for one signed Huawei request: Host, X-Sdk-Date, (X-Security-Token),
// Authorization. `signedNames` defaults to every header set here.
struct HuaweiSigning
{
    QDateTime when = QDateTime::currentDateTimeUtc();
    QList<QByteArray> signedNames; // lower-case; empty = all
    bool sendSecurityToken = true;
    bool signSecurityToken = true;
    RawHeaders extraHeaders; // sent and signed (e.g. content-type)
};
RawHeaders huaweiSign(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const HuaweiCredentials &credentials, const HuaweiSigning &how = {});

// The admin API key file the sandbox wrote, parsed.
struct RsaKeyFile
{
    QByteArray accessId;
    QByteArray adminRestApiUrl;
    QByteArray privateKeyPem;
    bool load(const QString &path, QString *error);
};

// A JWT signed RS256 with `pem` (PKCS#1 or PKCS#8 PEM): base64url(header).base64url(claims)
// .base64url(signature). `alg` goes into the header as given (the signature is RS256 either
// way), so tests can lie about it.
QByteArray rsaJwt(const QByteArray &pem, const QJsonObject &claims,
    const QJsonObject &header = QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("alg"), QStringLiteral("RS256")}});
// Standard claims for the key file: sub, aud, iat = now + iatOffset, exp = iat + lifetime.
QJsonObject rsaClaims(
    const RsaKeyFile &key, qint64 iatOffsetSeconds = 0, qint64 lifetimeSeconds = 3000);
// A fresh 2048-bit key in PEM (to sign with a key the sandbox does not know).
QByteArray freshRsaPem();

} // namespace Gatehouse::Test
