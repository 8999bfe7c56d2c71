// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxclients.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Gatehouse::Test {

QByteArray sailpointToken(
    TestHttp &http, const QUrl &base, const QByteArray &clientId, const QByteArray &secret)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(clientId));
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(secret));
    const HttpResult r = http.post(QUrl(base.toString() + QStringLiteral("/oauth/token")),
        form.toString(QUrl::FullyEncoded).toLatin1(),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    return r.object().value(QStringLiteral("access_token")).toString().toLatin1();
}

RawHeaders bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

RawHeaders jsonBearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

namespace {

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray encodeComponent(const QByteArray &raw)
{
    // QUrl keeps A-Z a-z 0-9 and the exclude set; everything else becomes %XX (upper case).
    return QUrl::toPercentEncoding(QString::fromUtf8(raw), "-_.~");
}

} // namespace

RawHeaders huaweiSign(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const HuaweiCredentials &credentials, const HuaweiSigning &how)
{
    const QByteArray date =
        how.when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray host = url.host().toLatin1() + ':' + QByteArray::number(url.port());

    // Headers that will be sent, by lower-case name.
    QList<QPair<QByteArray, QByteArray>> sent = {{"host", host}, {"x-sdk-date", date}};
    if (!credentials.securityToken.isEmpty() && how.sendSecurityToken)
        sent.push_back({"x-security-token", credentials.securityToken});
    for (const auto &h : how.extraHeaders)
        sent.push_back({h.first.toLower(), h.second});

    QList<QByteArray> names = how.signedNames;
    if (names.isEmpty()) {
        for (const auto &h : sent) {
            if (h.first == "x-security-token" && !how.signSecurityToken)
                continue;
            names.append(h.first);
        }
    }
    std::sort(names.begin(), names.end());

    // Canonical URI: each decoded segment re-encoded, trailing slash.
    QByteArray uri;
    for (const QString &segment : url.path(QUrl::FullyDecoded).split(QLatin1Char('/'))) {
        if (!segment.isEmpty())
            uri += '/' + encodeComponent(segment.toUtf8());
    }
    uri += '/';
    // Canonical query: decoded pairs re-encoded and sorted.
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        pairs.push_back(
            {encodeComponent(item.first.toUtf8()), encodeComponent(item.second.toUtf8())});
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> queryParts;
    for (const auto &p : pairs)
        queryParts.append(p.first + '=' + p.second);

    QByteArray canonical = method + '\n' + uri + '\n' + queryParts.join('&') + '\n';
    for (const QByteArray &name : names) {
        QByteArray value;
        for (const auto &h : sent) {
            if (h.first == name)
                value = h.second.trimmed();
        }
        canonical += name + ':' + value + '\n';
    }
    canonical += '\n' + names.join(';') + '\n' + hexSha256(body);
    const QByteArray toSign = "SDK-HMAC-SHA256\n" + date + '\n' + hexSha256(canonical);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(toSign, credentials.secretKey, QCryptographicHash::Sha256)
            .toHex();

    RawHeaders headers;
    headers.push_back({"X-Sdk-Date", date});
    if (!credentials.securityToken.isEmpty() && how.sendSecurityToken)
        headers.push_back({"X-Security-Token", credentials.securityToken});
    for (const auto &h : how.extraHeaders)
        headers.append(h);
    headers.push_back({"Authorization",
        "SDK-HMAC-SHA256 Access=" + credentials.accessKey + ", SignedHeaders=" + names.join(';')
            + ", Signature=" + signature});
    return headers;
}

bool RsaKeyFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    accessId = o.value(QStringLiteral("accessID")).toString().toLatin1();
    adminRestApiUrl = o.value(QStringLiteral("adminRestApiUrl")).toString().toLatin1();
    privateKeyPem = o.value(QStringLiteral("accessKey")).toString().toLatin1();
    if (accessId.isEmpty() || adminRestApiUrl.isEmpty() || privateKeyPem.isEmpty()) {
        *error = QStringLiteral("key file lacks accessID, adminRestApiUrl or accessKey");
        return false;
    }
    return true;
}

namespace {

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray signRs256(const QByteArray &pem, const QByteArray &data)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return QByteArray();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
               reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return signature;
}

} // namespace

QByteArray rsaJwt(const QByteArray &pem, const QJsonObject &claims, const QJsonObject &header)
{
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + b64url(signRs256(pem, signingInput));
}

QJsonObject rsaClaims(const RsaKeyFile &key, qint64 iatOffsetSeconds, qint64 lifetimeSeconds)
{
    const qint64 iat = QDateTime::currentSecsSinceEpoch() + iatOffsetSeconds;
    return QJsonObject{
        {QStringLiteral("sub"), QString::fromLatin1(key.accessId)},
        {QStringLiteral("aud"), QString::fromLatin1(key.adminRestApiUrl)},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("exp"), iat + lifetimeSeconds},
    };
}

QByteArray freshRsaPem()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    if (!key)
        return QByteArray();
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

} // namespace Gatehouse::Test
