// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>

#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "auth/rs256jwtsigner.h"

using namespace Gatehouse;

namespace {

QByteArray pemOf(EVP_PKEY *key, const char *structure)
{
    OSSL_ENCODER_CTX *ctx =
        OSSL_ENCODER_CTX_new_for_pkey(key, EVP_PKEY_KEYPAIR, "PEM", structure, nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    QByteArray pem;
    if (ctx && OSSL_ENCODER_to_data(ctx, &data, &length) == 1)
        pem = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
    OPENSSL_free(data);
    OSSL_ENCODER_CTX_free(ctx);
    return pem;
}

QByteArray keyFileJson(const QByteArray &pem)
{
    return QJsonDocument(
        QJsonObject{{QStringLiteral("customerName"), QStringLiteral("Example Co")},
            {QStringLiteral("accessID"), QStringLiteral("139f6495-e447-4a26-a765-5c01b6b152d5")},
            {QStringLiteral("accessKey"), QString::fromLatin1(pem)},
            {QStringLiteral("adminRestApiUrl"),
                QStringLiteral("https://example.access.securid.com/"
                               "AdminInterface/restapi/v1")},
            {QStringLiteral("description"), QStringLiteral("helpdesk")}})
        .toJson();
}

} // namespace

class TestRs256JwtSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokenHasRsaClaimsAndVerifies();
    void tokenIsCachedAndRenewedBeforeExpiry();
    void signSetsBearerHeader();
    void forbiddenMeansRenewOnce();
    void brokenKeyFilesNameTheProblem_data();
    void brokenKeyFilesNameTheProblem();
    void nonRsaKeyIsRefused();

private:
    EVP_PKEY *m_key = nullptr;
    QByteArray m_pkcs1;
};

void TestRs256JwtSigner::initTestCase()
{
    m_key = EVP_RSA_gen(2048);
    QVERIFY(m_key);
    m_pkcs1 = pemOf(m_key, "type-specific");
    QVERIFY(m_pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
}

void TestRs256JwtSigner::cleanupTestCase()
{
    EVP_PKEY_free(m_key);
}

void TestRs256JwtSigner::tokenHasRsaClaimsAndVerifies()
{
    const Result<SecurIdKeyFile> keyFile = SecurIdKeyFile::parse(keyFileJson(m_pkcs1));
    QVERIFY2(keyFile.ok(), qPrintable(keyFile.error().message()));
    ManualClock clock;
    Result<Rs256JwtSigner *> signer = Rs256JwtSigner::create(keyFile.value(), &clock, this);
    QVERIFY(signer.ok());

    const qint64 now = clock.utcNow().toSecsSinceEpoch();
    const QByteArray token = signer.value()->makeToken(now, now + 3300);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(
            QByteArray::fromBase64(
                part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    };
    const QJsonObject header = decode(parts[0]);
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject claims = decode(parts[1]);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), keyFile->accessId);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), keyFile->adminRestApiUrl);
    QVERIFY(claims.value(QLatin1String("iat")).isDouble()); // numbers, not strings
    QCOMPARE(qint64(claims.value(QLatin1String("iat")).toDouble()), now);
    QCOMPARE(qint64(claims.value(QLatin1String("exp")).toDouble()), now + 3300);

    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray signature = QByteArray::fromBase64(
        parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QCOMPARE(EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key), 1);
    const int verified = EVP_DigestVerify(ctx,
        reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(signingInput.constData()),
        size_t(signingInput.size()));
    EVP_MD_CTX_free(ctx);
    QCOMPARE(verified, 1);
}

void TestRs256JwtSigner::tokenIsCachedAndRenewedBeforeExpiry()
{
    ManualClock clock;
    Result<Rs256JwtSigner *> signer =
        Rs256JwtSigner::create(SecurIdKeyFile::parse(keyFileJson(m_pkcs1)).value(), &clock, this);
    QVERIFY(signer.ok());
    const auto tokenNow = [&] {
        bool ok = false;
        signer.value()->prepare(this, [&](const ApiError &error) { ok = !error.isError(); });
        QNetworkRequest request;
        signer.value()->sign(request, "GET", QByteArray());
        return ok ? request.rawHeader("Authorization") : QByteArray();
    };
    const QByteArray first = tokenNow();
    QVERIFY(first.startsWith("Bearer "));
    clock.advance(10 * 60 * 1000);
    QCOMPARE(tokenNow(), first); // still fresh after 10 minutes
    clock.advance(41 * 60 * 1000); // 51 min: inside the renewal margin of a 55 min token
    const QByteArray renewed = tokenNow();
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != first);
}

void TestRs256JwtSigner::signSetsBearerHeader()
{
    Result<Rs256JwtSigner *> signer =
        Rs256JwtSigner::create(SecurIdKeyFile::parse(keyFileJson(m_pkcs1)).value());
    QVERIFY(signer.ok());
    std::unique_ptr<Rs256JwtSigner> owner(signer.value());
    owner->prepare(this, [](const ApiError &) {});
    QNetworkRequest request;
    owner->sign(request, "PUT", "{}");
    QCOMPARE(request.rawHeader("Authorization").count('.'), 2);
}

void TestRs256JwtSigner::forbiddenMeansRenewOnce()
{
    Result<Rs256JwtSigner *> signer =
        Rs256JwtSigner::create(SecurIdKeyFile::parse(keyFileJson(m_pkcs1)).value());
    std::unique_ptr<Rs256JwtSigner> owner(signer.value());
    QVERIFY(owner->isCredentialRejection(403));
    QVERIFY(!owner->isCredentialRejection(401));
    QVERIFY(!owner->isCredentialRejection(404));
}

void TestRs256JwtSigner::brokenKeyFilesNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("-----BEGIN RSA PRIVATE KEY-----") << "not JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("no accessID") << QByteArray(
        R"({"customerName":"c","accessKey":"x","adminRestApiUrl":"https://a.example/x"})")
                                 << "accessID";
    QTest::newRow("no accessKey") << QByteArray(
        R"({"customerName":"c","accessID":"x","adminRestApiUrl":"https://a.example/x"})")
                                  << "accessKey";
    QTest::newRow("no url") << QByteArray(R"({"customerName":"c","accessID":"x","accessKey":"y"})")
                            << "adminRestApiUrl";
    QTest::newRow("key not pem") << QByteArray(
        R"({"customerName":"c","accessID":"x","accessKey":"MIIEsecret","adminRestApiUrl":"https://a.example/x"})")
                                 << "PEM";
}

void TestRs256JwtSigner::brokenKeyFilesNameTheProblem()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, mentions);
    const Result<SecurIdKeyFile> parsed = SecurIdKeyFile::parse(file);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), ApiError::Kind::Config);
    QVERIFY2(parsed.error().message().contains(mentions), qPrintable(parsed.error().message()));
}

void TestRs256JwtSigner::nonRsaKeyIsRefused()
{
    // A PKCS#1 block whose body decodes to DER but holds no key: the shape check passes, the
    // signer (OpenSSL) refuses it.
    const QByteArray der = QByteArray(1, '\x30') + QByteArray(99, '\0');
    const QByteArray garbage =
        "-----BEGIN RSA PRIVATE KEY-----\n" + der.toBase64() + "\n-----END RSA PRIVATE KEY-----\n";
    const Result<SecurIdKeyFile> parsed = SecurIdKeyFile::parse(keyFileJson(garbage));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    const Result<Rs256JwtSigner *> signer = Rs256JwtSigner::create(parsed.value());
    QVERIFY(!signer.ok());
    QVERIFY(signer.error().message().contains(QLatin1String("PEM")));

    // An EC key is not what RSA issues: the import names what it found ...
    EVP_PKEY *ec = EVP_EC_gen("P-256");
    QVERIFY(ec);
    const QByteArray ecPem = pemOf(ec, "PrivateKeyInfo");
    EVP_PKEY_free(ec);
    const Result<SecurIdKeyFile> ecFile = SecurIdKeyFile::parse(keyFileJson(ecPem));
    QVERIFY(!ecFile.ok());
    QVERIFY2(ecFile.error().message().contains(QLatin1String("BEGIN PRIVATE KEY")),
        qPrintable(ecFile.error().message()));
    // ... and the signer refuses a non-RSA key however it got there.
    SecurIdKeyFile forged = SecurIdKeyFile::parse(keyFileJson(m_pkcs1)).value();
    forged.privateKeyPem = ecPem;
    const Result<Rs256JwtSigner *> ecSigner = Rs256JwtSigner::create(forged);
    QVERIFY(!ecSigner.ok());
    QVERIFY2(ecSigner.error().message().contains(QLatin1String("not an RSA key")),
        qPrintable(ecSigner.error().message()));
}

QTEST_GUILESS_MAIN(TestRs256JwtSigner)
#include "tst_rs256jwtsigner.moc"
