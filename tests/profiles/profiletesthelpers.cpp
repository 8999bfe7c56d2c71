// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiletesthelpers.h"

#include <memory>

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace Gatehouse::Test {

namespace {

struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

// One key per test process: generating is the slow part, the tests only need the text.
EVP_PKEY *testKey()
{
    static std::unique_ptr<EVP_PKEY, KeyDeleter> key(EVP_RSA_gen(2048));
    return key.get();
}

QByteArray encode(const char *structure)
{
    OSSL_ENCODER_CTX *encoder =
        OSSL_ENCODER_CTX_new_for_pkey(testKey(), EVP_PKEY_KEYPAIR, "PEM", structure, nullptr);
    unsigned char *bytes = nullptr;
    size_t size = 0;
    QByteArray pem;
    if (encoder && OSSL_ENCODER_to_data(encoder, &bytes, &size) == 1)
        pem = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
    OPENSSL_free(bytes);
    OSSL_ENCODER_CTX_free(encoder);
    return pem;
}

} // namespace

QByteArray generateRsaPkcs1Pem()
{
    return encode("type-specific");
}

QByteArray generateRsaPkcs8Pem()
{
    return encode("PrivateKeyInfo");
}

QByteArray keyFileJson(const QByteArray &pem, const QString &adminRestApiUrl)
{
    const QJsonObject file{
        {QStringLiteral("customerName"), QStringLiteral("Acme Corp")},
        {QStringLiteral("accessID"), QStringLiteral("7d1a7a0e-93c4-4b0b-9a57-2f51c3e0aa10")},
        {QStringLiteral("accessKey"), QString::fromLatin1(pem)},
        {QStringLiteral("adminRestApiUrl"), adminRestApiUrl},
        {QStringLiteral("description"), QStringLiteral("helpdesk console")},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Profile sailPointProfile(const QString &name)
{
    Profile p = Profile::create(ProviderKind::SailPoint, name);
    p.baseUrl = QUrl(QStringLiteral("https://acme.api.identitynow.com"));
    p.clientId = QStringLiteral("b61429f5-203d-494c-94c3-04f54e17bc5c");
    p.rateLimit = {80, 10};
    p.readOnly = true;
    p.requireReason = true;
    return p;
}

Profile huaweiProfile(const QString &name)
{
    Profile p = Profile::create(ProviderKind::Huawei, name);
    p.region = QStringLiteral("ap-southeast-3");
    p.identityStoreId = QStringLiteral("d-1234567890");
    p.accessKey = QStringLiteral("HPUAXY0EXAMPLEAK1234");
    p.temporaryCredentials = true;
    p.rateLimit = {5, 2};
    p.requireReason = true;
    return p;
}

Profile rsaProfile(const QString &name)
{
    Profile p = Profile::create(ProviderKind::SecurId, name);
    p.rsaKey.accessId = QStringLiteral("7d1a7a0e-93c4-4b0b-9a57-2f51c3e0aa10");
    p.rsaKey.adminRestApiUrl =
        QStringLiteral("https://acme.access.securid.com/AdminInterface/restapi/v1");
    p.rsaKey.customerName = QStringLiteral("Acme Corp");
    p.rsaKey.description = QStringLiteral("helpdesk console");
    p.rateLimit = {3, 1};
    p.readOnly = true;
    return p;
}

} // namespace Gatehouse::Test
