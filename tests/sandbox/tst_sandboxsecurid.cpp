// SPDX-License-Identifier: GPL-3.0-or-later
// The RSA SecurID Cloud Administration simulator over real loopback HTTP: the admin API key
// file it writes, user lookup by e-mail or username, userStatus with its body rules and the
// 409 cases, the 429 format, and every JWT rejection (signature, algorithm, sub, aud,
// lifetime, expiry), with JWTs made by the test from the key file.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/sandboxfixture.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

SandboxOptions fixtureOptions()
{
    SandboxOptions o;
    o.users = 3000; // enough for ~1% pending-delete and sync-disabled users
    o.seed = 5;
    return o;
}

const QString lookupPath = QStringLiteral("/AdminInterface/restapi/v1/users/lookup");

QString statusPath(const QString &id)
{
    return QStringLiteral("/AdminInterface/restapi/v1/users/%1/userStatus").arg(id);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxSecurId : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void keyFileHasRsaFormat();
    void lookupByEmailOrUsername();
    void lookupErrors_data();
    void lookupErrors();
    void disableAndEnable();
    void userStatusBodyRules_data();
    void userStatusBodyRules();
    void enablingIsAConflictForPendingDeleteAndSyncDisabledUsers_data();
    void enablingIsAConflictForPendingDeleteAndSyncDisabledUsers();
    void jwtRejections_data();
    void jwtRejections();
    void jwtVariantsThatAreAccepted_data();
    void jwtVariantsThatAreAccepted();
    void rateLimitIs429();

private:
    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &jwt = {}, const QByteArray &contentType = "application/json");
    QJsonObject pickUser(const QString &query);

    SandboxFixture m_sandbox{fixtureOptions()};
    TestHttp m_http;
    RsaKeyFile m_key;
    QByteArray m_jwt;
};

void TestSandboxSecurId::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QString error;
    QVERIFY2(m_key.load(m_sandbox.info()
                            .value(QStringLiteral("securid"))
                            .toObject()
                            .value(QStringLiteral("keyFile"))
                            .toString(),
                 &error),
        qPrintable(error));
    m_jwt = rsaJwt(m_key.privateKeyPem, rsaClaims(m_key));
    QVERIFY(!m_jwt.isEmpty());
}

void TestSandboxSecurId::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QJsonValue()}}));
}

HttpResult TestSandboxSecurId::call(const QByteArray &method, const QString &path,
    const QByteArray &body, const QByteArray &jwt, const QByteArray &contentType)
{
    RawHeaders headers{{"Authorization", "Bearer " + (jwt.isEmpty() ? m_jwt : jwt)},
        {"Accept", "application/json"}};
    if (!contentType.isEmpty())
        headers.push_back({"Content-Type", contentType});
    return m_http.send(method, m_sandbox.url(path), body, headers);
}

QJsonObject TestSandboxSecurId::pickUser(const QString &query)
{
    const QJsonArray users =
        m_sandbox.users(QStringLiteral("rsa"), {}, false, query + QStringLiteral("&limit=1"))
            .value(QStringLiteral("users"))
            .toArray();
    return users.isEmpty() ? QJsonObject() : users.first().toObject();
}

void TestSandboxSecurId::keyFileHasRsaFormat()
{
    QFile file(m_sandbox.info()
                   .value(QStringLiteral("securid"))
                   .toObject()
                   .value(QStringLiteral("keyFile"))
                   .toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList keys = o.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
        (QSet<QString>{QStringLiteral("customerName"), QStringLiteral("accessID"),
            QStringLiteral("accessKey"), QStringLiteral("adminRestApiUrl"),
            QStringLiteral("description")}));
    QVERIFY(isUuid(o.value(QStringLiteral("accessID")).toString()));
    QCOMPARE(o.value(QStringLiteral("adminRestApiUrl")).toString(),
        m_sandbox.baseUrl().toString() + QStringLiteral("/AdminInterface/restapi/v1"));
    const QByteArray pem = o.value(QStringLiteral("accessKey")).toString().toLatin1();
    QVERIFY(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    QVERIFY(pem.trimmed().endsWith("-----END RSA PRIVATE KEY-----"));
    // A real 2048-bit RSA private key.
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    QVERIFY(key);
    QCOMPARE(EVP_PKEY_get_base_id(key), EVP_PKEY_RSA);
    QCOMPARE(EVP_PKEY_get_bits(key), 2048);
    EVP_PKEY_free(key);
}

void TestSandboxSecurId::lookupByEmailOrUsername()
{
    const QJsonObject user = pickUser(QStringLiteral("state=enabled"));
    const QString email = user.value(QStringLiteral("email")).toString();
    const QString login = user.value(QStringLiteral("login")).toString();
    HttpResult r = call("POST", lookupPath,
        json({{QStringLiteral("email"), email.toUpper()},
            {QStringLiteral("searchUnsynched"), false}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJson());
    const QJsonObject details = r.object();
    CHECK(verifyKeys(details,
        {QStringLiteral("id"), QStringLiteral("emailAddress"), QStringLiteral("firstName"),
            QStringLiteral("lastName"), QStringLiteral("principalUsername"),
            QStringLiteral("alternateUsername"), QStringLiteral("identitySource"),
            QStringLiteral("creationDate"), QStringLiteral("lastSyncTime"),
            QStringLiteral("userStatus"), QStringLiteral("markDeleted"),
            QStringLiteral("markDeletedAt"), QStringLiteral("markDeletedBy"),
            QStringLiteral("highRiskUser"), QStringLiteral("isTokenLocked"),
            QStringLiteral("isSmsLocked"), QStringLiteral("isVoiceLocked"),
            QStringLiteral("isFingerprintLocked"), QStringLiteral("isApproveLocked"),
            QStringLiteral("emergencyAccessStatus"), QStringLiteral("monthLastAuthenticated")}));
    QCOMPARE(details.value(QStringLiteral("id")).toString(),
        user.value(QStringLiteral("id")).toString());
    QVERIFY(isUuid(details.value(QStringLiteral("id")).toString()));
    QCOMPARE(details.value(QStringLiteral("emailAddress")).toString(), email);
    QCOMPARE(details.value(QStringLiteral("userStatus")).toString(), QStringLiteral("Enabled"));
    QVERIFY(isIsoUtc(details.value(QStringLiteral("creationDate")).toString()));
    QCOMPARE(details.value(QStringLiteral("markDeleted")).toBool(), false);

    r = call("POST", lookupPath, json({{QStringLiteral("username"), login}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), details);
    // Both given: one user per call, the e-mail decides.
    r = call("POST", lookupPath,
        json({{QStringLiteral("email"), email},
            {QStringLiteral("username"), QStringLiteral("someone.else")}}));
    QCOMPARE(r.object().value(QStringLiteral("id")), details.value(QStringLiteral("id")));
}

void TestSandboxSecurId::lookupErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown e-mail")
        << QByteArray(R"({"email":"nobody@example.com"})") << QByteArray("application/json") << 404
        << QStringLiteral("404 NOT_FOUND") << QStringLiteral("User nobody@example.com not found");
    QTest::newRow("unknown username")
        << QByteArray(R"({"username":"nobody"})") << QByteArray("application/json") << 404
        << QStringLiteral("404 NOT_FOUND") << QStringLiteral("nobody");
    QTest::newRow("neither field")
        << QByteArray(R"({"searchUnsynched":false})") << QByteArray("application/json") << 400
        << QStringLiteral("400 BAD_REQUEST") << QStringLiteral("email");
    QTest::newRow("not JSON") << QByteArray("email=a@b") << QByteArray("application/json") << 400
                              << QStringLiteral("400 BAD_REQUEST") << QString();
    QTest::newRow("searchUnsynched not a boolean")
        << QByteArray(R"({"email":"a@example.com","searchUnsynched":"yes"})")
        << QByteArray("application/json") << 400 << QStringLiteral("400 BAD_REQUEST")
        << QStringLiteral("searchUnsynched");
    QTest::newRow("form content type") << QByteArray(R"({"email":"a@example.com"})")
                                       << QByteArray("application/x-www-form-urlencoded") << 415
                                       << QStringLiteral("415 UNSUPPORTED_MEDIA_TYPE") << QString();
}

void TestSandboxSecurId::lookupErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CHECK(verifyRsaError(call("POST", lookupPath, body, {}, contentType), status, code, mentions));
}

void TestSandboxSecurId::disableAndEnable()
{
    const QJsonObject user = pickUser(QStringLiteral("state=enabled"));
    const QString id = user.value(QStringLiteral("id")).toString();
    HttpResult r = call("PUT", statusPath(id), R"({"userStatus":"Disabled"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(),
        (QJsonObject{{QStringLiteral("id"), id},
            {QStringLiteral("userStatus"), QStringLiteral("Disabled")}}));
    QCOMPARE(call("POST", lookupPath,
                 json({{QStringLiteral("email"), user.value(QStringLiteral("email"))}}))
                 .object()
                 .value(QStringLiteral("userStatus"))
                 .toString(),
        QStringLiteral("Disabled"));
    r = call("PUT", statusPath(id), R"({"userStatus":"Enabled"})");
    QCOMPARE(r.object().value(QStringLiteral("userStatus")).toString(), QStringLiteral("Enabled"));
    const QJsonObject counters = m_sandbox.user(QStringLiteral("rsa"), id);
    QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 2);
    QCOMPARE(counters.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(counters.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
}

void TestSandboxSecurId::userStatusBodyRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("knownUser");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("extra property")
        << QByteArray(R"({"userStatus":"Disabled","reason":"ticket"})")
        << QByteArray("application/json") << true << 400
        << QStringLiteral("Wrong number of properties in the request body.");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("application/json") << true
                                  << 400 << QStringLiteral("Wrong number of properties");
    QTest::newRow("other property")
        << QByteArray(R"({"status":"Disabled"})") << QByteArray("application/json") << true << 400
        << QStringLiteral("status");
    QTest::newRow("lower-case value")
        << QByteArray(R"({"userStatus":"disabled"})") << QByteArray("application/json") << true
        << 400 << QStringLiteral("userStatus");
    QTest::newRow("text/plain") << QByteArray(R"({"userStatus":"Disabled"})")
                                << QByteArray("text/plain") << true << 415 << QString();
    QTest::newRow("unknown user") << QByteArray(R"({"userStatus":"Disabled"})")
                                  << QByteArray("application/json") << false << 404
                                  << QStringLiteral("not found");
}

void TestSandboxSecurId::userStatusBodyRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, knownUser);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const QString id = knownUser
        ? pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString()
        : QStringLiteral("139f6495-e447-4a26-a765-5c01b6b152d5");
    const HttpResult r = call("PUT", statusPath(id), body, {}, contentType);
    QCOMPARE(r.status, status);
    QVERIFY(r.object()
                .value(QStringLiteral("code"))
                .toString()
                .startsWith(QString::number(status) + QLatin1Char(' ')));
    if (!mentions.isEmpty())
        QVERIFY2(r.object().value(QStringLiteral("description")).toString().contains(mentions),
            r.body.constData());
    if (knownUser) {
        const QJsonObject counters = m_sandbox.user(QStringLiteral("rsa"), id);
        QCOMPARE(counters.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 0);
        QCOMPARE(counters.value(QStringLiteral("attempts")).toInt(), 1);
    }
}

void TestSandboxSecurId::enablingIsAConflictForPendingDeleteAndSyncDisabledUsers_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("pending delete") << QStringLiteral("markDeleted");
    QTest::newRow("disabled by synchronization") << QStringLiteral("syncDisabled");
}

void TestSandboxSecurId::enablingIsAConflictForPendingDeleteAndSyncDisabledUsers()
{
    QFETCH(QString, flag);
    const QJsonObject user = pickUser(QStringLiteral("flag=") + flag);
    QVERIFY2(!user.isEmpty(), "the seeded directory has no such user");
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    const QString id = user.value(QStringLiteral("id")).toString();
    CHECK(verifyRsaError(call("PUT", statusPath(id), R"({"userStatus":"Enabled"})"), 409,
        QStringLiteral("409 CONFLICT"), QStringLiteral("cannot be enabled")));
    const QJsonObject details = call(
        "POST", lookupPath, json({{QStringLiteral("email"), user.value(QStringLiteral("email"))}}))
                                    .object();
    QCOMPARE(details.value(QStringLiteral("userStatus")).toString(), QStringLiteral("Disabled"));
    QCOMPARE(details.value(QStringLiteral("markDeleted")).toBool(),
        flag == QLatin1String("markDeleted"));
    // Disabling (again) is allowed.
    QCOMPARE(call("PUT", statusPath(id), R"({"userStatus":"Disabled"})").status, 200);
    const QJsonObject counters = m_sandbox.user(QStringLiteral("rsa"), id);
    QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 1);
    QCOMPARE(counters.value(QStringLiteral("attempts")).toInt(), 2);
}

void TestSandboxSecurId::jwtRejections_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("expired");
    QTest::newRow("no Authorization") << QStringLiteral("none") << false;
    QTest::newRow("not a bearer") << QStringLiteral("basic") << false;
    QTest::newRow("not a JWT") << QStringLiteral("garbage") << false;
    QTest::newRow("signed with another key") << QStringLiteral("other-key") << false;
    QTest::newRow("signature cut") << QStringLiteral("cut-signature") << false;
    QTest::newRow("alg HS256") << QStringLiteral("alg-hs256") << false;
    QTest::newRow("alg none") << QStringLiteral("alg-none") << false;
    QTest::newRow("typ missing") << QStringLiteral("no-typ") << false;
    QTest::newRow("wrong aud") << QStringLiteral("wrong-aud") << false;
    QTest::newRow("aud as array") << QStringLiteral("aud-array") << false;
    QTest::newRow("wrong sub") << QStringLiteral("wrong-sub") << false;
    QTest::newRow("no exp") << QStringLiteral("no-exp") << false;
    QTest::newRow("lifetime over an hour") << QStringLiteral("too-long") << false;
    QTest::newRow("iat in the future") << QStringLiteral("future") << false;
    QTest::newRow("expired") << QStringLiteral("expired") << true;
}

void TestSandboxSecurId::jwtRejections()
{
    QFETCH(QString, mode);
    QFETCH(bool, expired);
    QJsonObject claims = rsaClaims(m_key);
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("alg"), QStringLiteral("RS256")}};
    QByteArray pem = m_key.privateKeyPem;
    RawHeaders headers{{"Content-Type", "application/json"}};
    QByteArray jwt;
    if (mode == QLatin1String("other-key"))
        pem = freshRsaPem();
    else if (mode == QLatin1String("alg-hs256"))
        header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    else if (mode == QLatin1String("alg-none"))
        header.insert(QStringLiteral("alg"), QStringLiteral("none"));
    else if (mode == QLatin1String("no-typ"))
        header.remove(QStringLiteral("typ"));
    else if (mode == QLatin1String("wrong-aud"))
        claims.insert(QStringLiteral("aud"),
            QString(QString::fromLatin1(m_key.adminRestApiUrl) + QLatin1Char('/')));
    else if (mode == QLatin1String("aud-array"))
        claims.insert(
            QStringLiteral("aud"), QJsonArray{QString::fromLatin1(m_key.adminRestApiUrl)});
    else if (mode == QLatin1String("wrong-sub"))
        claims.insert(
            QStringLiteral("sub"), QStringLiteral("139f6495-e447-4a26-a765-5c01b6b152d5"));
    else if (mode == QLatin1String("no-exp"))
        claims.remove(QStringLiteral("exp"));
    else if (mode == QLatin1String("too-long"))
        claims = rsaClaims(m_key, 0, 3601);
    else if (mode == QLatin1String("future"))
        claims = rsaClaims(m_key, 120, 600);
    else if (mode == QLatin1String("expired"))
        claims = rsaClaims(m_key, -3000, 2800); // exp 200 s ago, beyond the 60 s skew
    jwt = rsaJwt(pem, claims, header);
    if (mode == QLatin1String("cut-signature"))
        jwt.chop(8);
    if (mode == QLatin1String("garbage"))
        headers.push_back({"Authorization", "Bearer not.a.jwt"});
    else if (mode == QLatin1String("basic"))
        headers.push_back({"Authorization", "Basic YTpi"});
    else if (mode != QLatin1String("none"))
        headers.push_back({"Authorization", "Bearer " + jwt});

    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    const QString path = statusPath(id);
    const HttpResult r = m_http.put(m_sandbox.url(path), R"({"userStatus":"Disabled"})", headers);
    QCOMPARE(r.status, 403);
    QVERIFY(r.isJson());
    const QJsonObject o = r.object();
    QVERIFY(o.value(QStringLiteral("timestamp")).isDouble());
    QVERIFY(o.value(QStringLiteral("timestamp")).toDouble() > 1.6e12);
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("Forbidden"));
    QVERIFY(o.value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("Server failed to process provided access token")));
    QCOMPARE(
        o.value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")), expired);
    QCOMPARE(o.value(QStringLiteral("path")).toString(), path);
    const QJsonObject counters = m_sandbox.user(QStringLiteral("rsa"), id);
    QCOMPARE(counters.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 0);
}

void TestSandboxSecurId::jwtVariantsThatAreAccepted_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("iat/exp as strings") << QStringLiteral("strings");
    QTest::newRow("expired 30 s ago (skew)") << QStringLiteral("skew-exp");
    QTest::newRow("issued 30 s ahead (skew)") << QStringLiteral("skew-iat");
    QTest::newRow("exactly one hour") << QStringLiteral("hour");
    QTest::newRow("extra claims") << QStringLiteral("extra");
}

void TestSandboxSecurId::jwtVariantsThatAreAccepted()
{
    QFETCH(QString, mode);
    QJsonObject claims = rsaClaims(m_key);
    if (mode == QLatin1String("strings")) {
        claims.insert(QStringLiteral("iat"),
            QString::number(claims.value(QStringLiteral("iat")).toInteger()));
        claims.insert(QStringLiteral("exp"),
            QString::number(claims.value(QStringLiteral("exp")).toInteger()));
    } else if (mode == QLatin1String("skew-exp")) {
        claims = rsaClaims(m_key, -1000, 970);
    } else if (mode == QLatin1String("skew-iat")) {
        claims = rsaClaims(m_key, 30, 600);
    } else if (mode == QLatin1String("hour")) {
        claims = rsaClaims(m_key, 0, 3600);
    } else if (mode == QLatin1String("extra")) {
        claims.insert(QStringLiteral("jti"), QStringLiteral("abc"));
        claims.insert(QStringLiteral("iss"), QStringLiteral("gatehouse"));
    }
    const QJsonObject user = pickUser(QStringLiteral("state=enabled"));
    const HttpResult r = call("POST", lookupPath,
        json({{QStringLiteral("email"), user.value(QStringLiteral("email"))}}),
        rsaJwt(m_key.privateKeyPem, claims));
    QCOMPARE(r.status, 200);
}

void TestSandboxSecurId::rateLimitIs429()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("2/60")}}));
    const QByteArray body = json({{QStringLiteral("email"),
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("email"))}});
    QCOMPARE(call("POST", lookupPath, body).status, 200);
    QCOMPARE(call("POST", lookupPath, body).status, 200);
    const HttpResult r = call("POST", lookupPath, body);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.object(),
        (QJsonObject{{QStringLiteral("code"), QStringLiteral("429 TOO_MANY_REQUESTS")},
            {QStringLiteral("description"), QStringLiteral("Too many requests")}}));
    const int retryAfter = r.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
}

QTEST_GUILESS_MAIN(TestSandboxSecurId)
#include "tst_sandboxsecurid.moc"
