// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include "auth/requestsigner.h"
#include "core/clock.h"

namespace Gatehouse {

// Huawei Cloud AK/SK request signing (SDK-HMAC-SHA256), as Huawei's SDK signers do it:
// canonical request -> string to sign -> HMAC-SHA256 with the SK. Signs host, x-sdk-date and,
// for temporary (STS) credentials, x-security-token.
class SdkHmacSigner final : public RequestSigner
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString accessKey;
        QByteArray secretKey;
        QByteArray securityToken; // only for temporary credentials
    };

    // The parts of one signature; every step is visible so tests can compare each one.
    struct Signature
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders; // "host;x-sdk-date"
        QByteArray signature; // lower-case hex
        QByteArray authorization; // the Authorization header value
    };

    explicit SdkHmacSigner(
        Credentials credentials, const Clock *clock = Clock::system(), QObject *parent = nullptr);

    void prepare(QObject *context, std::function<void(const ApiError &)> done) override;
    void sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) override;

    // encodedPath and encodedQuery as they go on the wire; headers are the ones to sign
    // (any case, any order).
    static Signature compute(const QByteArray &method, const QByteArray &encodedPath,
        const QByteArray &encodedQuery, const QList<QPair<QByteArray, QByteArray>> &headers,
        const QByteArray &body, const QString &accessKey, const QByteArray &secretKey);
    static QByteArray canonicalUri(const QByteArray &encodedPath);
    static QByteArray canonicalQuery(const QByteArray &encodedQuery);
    // "20250101T000000Z"
    static QByteArray sdkDate(const QDateTime &utc);

private:
    Credentials m_credentials;
    const Clock *m_clock;
};

} // namespace Gatehouse
