// SPDX-License-Identifier: GPL-3.0-or-later
#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>

#include "auth/sdkhmacsigner.h"
#include "net/apirequest.h"

using namespace Gatehouse;

// The vectors are those of the Huawei fact sheet (Go SDK tests and own vectors).
class TestSdkHmacSigner : public QObject
{
    Q_OBJECT

private slots:
    void goSdkGetVector();
    void goSdkPostVectorWithBody();
    void disableCallVector();
    void userNameQueryVector();
    void signAddsHeadersMatchingTheVector();
    void temporaryCredentialsSignTheSecurityToken();
    void canonicalQuerySortsAndEncodes_data();
    void canonicalQuerySortsAndEncodes();
    void canonicalUriAddsTrailingSlash_data();
    void canonicalUriAddsTrailingSlash();
    void missingKeysAreAConfigError();
};

void TestSdkHmacSigner::goSdkGetVector()
{
    const auto s =
        SdkHmacSigner::compute("GET", "/path", "limit=1", {{"X-Sdk-Date", "20060102T150405Z"}},
            QByteArray(), QStringLiteral("AccessKey"), "SecretKey");
    QCOMPARE(s.canonicalRequest,
        QByteArray("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(s.signature,
        QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
    QCOMPARE(s.signedHeaders, QByteArray("x-sdk-date"));
}

void TestSdkHmacSigner::goSdkPostVectorWithBody()
{
    // Go's JSON encoder ends the body with a newline; it is part of the hashed payload.
    const auto s =
        SdkHmacSigner::compute("POST", "/path", "key=value", {{"X-Sdk-Date", "20060102T150405Z"}},
            "{\"Name\":\"test\",\"Id\":1}\n", QStringLiteral("AccessKey"), "SecretKey");
    QCOMPARE(s.signature,
        QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"));
}

void TestSdkHmacSigner::disableCallVector()
{
    const auto s = SdkHmacSigner::compute("POST",
        "/v1/identity-stores/d-1234567890/users/a1b2c3d4-0000-1111-2222-333344445555/disable",
        QByteArray(),
        {{"X-Sdk-Date", "20250101T000000Z"},
            {"Host", "identitystore.ap-southeast-1.myhuaweicloud.com"}},
        QByteArray(), QStringLiteral("EXAMPLEAK"), "EXAMPLESK");
    QVERIFY(s.stringToSign.endsWith(
        "1936185e3f46a9c3b0343dc22d0a0ee28f7bc7042348a4ef3f3875146f8ee5be"));
    QCOMPARE(s.authorization,
        QByteArray("SDK-HMAC-SHA256 Access=EXAMPLEAK, SignedHeaders=host;x-sdk-date, "
                   "Signature=1a48c2f1fb9d8332bc37a14d5ea496502f1cbbde7c9bfa36015d029310c03286"));
}

void TestSdkHmacSigner::userNameQueryVector()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v1/identity-stores/d-1234567890/users"));
    request.addQuery(QStringLiteral("limit"), QStringLiteral("100"));
    request.addQuery(QStringLiteral("user_name"), QStringLiteral("Zhang San"));
    const QByteArray wire = request.encodedPathAndQuery();
    const int q = wire.indexOf('?');
    QCOMPARE(wire.mid(q + 1), QByteArray("limit=100&user_name=Zhang%20San"));
    const auto s = SdkHmacSigner::compute("GET", wire.left(q), wire.mid(q + 1),
        {{"Host", "identitystore.ap-southeast-1.myhuaweicloud.com"},
            {"X-Sdk-Date", "20250101T000000Z"}},
        QByteArray(), QStringLiteral("EXAMPLEAK"), "EXAMPLESK");
    QVERIFY(s.canonicalRequest.contains("\nlimit=100&user_name=Zhang%20San\n"));
    QCOMPARE(s.signature,
        QByteArray("d32158b253dd197f0cb8535a0950ae0b48fa42da698baee27f47e4e523c08d3a"));
}

void TestSdkHmacSigner::signAddsHeadersMatchingTheVector()
{
    ManualClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()));
    SdkHmacSigner signer({QStringLiteral("EXAMPLEAK"), "EXAMPLESK", QByteArray()}, &clock);
    QNetworkRequest request(QUrl(
        QStringLiteral("https://identitystore.ap-southeast-1.myhuaweicloud.com/v1/identity-stores/"
                       "d-1234567890/users/a1b2c3d4-0000-1111-2222-333344445555/disable")));
    signer.sign(request, "POST", QByteArray());
    QCOMPARE(request.rawHeader("X-Sdk-Date"), QByteArray("20250101T000000Z"));
    QCOMPARE(
        request.rawHeader("Host"), QByteArray("identitystore.ap-southeast-1.myhuaweicloud.com"));
    QVERIFY(request.rawHeader("Authorization")
                .endsWith(
                    "Signature=1a48c2f1fb9d8332bc37a14d5ea496502f1cbbde7c9bfa36015d029310c03286"));
    QVERIFY(!request.hasRawHeader("X-Security-Token"));
}

void TestSdkHmacSigner::temporaryCredentialsSignTheSecurityToken()
{
    ManualClock clock;
    SdkHmacSigner signer({QStringLiteral("TEMPAK"), "TEMPSK", "sts-token-value"}, &clock);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/x")));
    signer.sign(request, "GET", QByteArray());
    QCOMPARE(request.rawHeader("X-Security-Token"), QByteArray("sts-token-value"));
    QCOMPARE(request.rawHeader("Host"), QByteArray("127.0.0.1:8080"));
    QVERIFY(request.rawHeader("Authorization")
                .contains("SignedHeaders=host;x-sdk-date;x-security-token,"));
}

void TestSdkHmacSigner::canonicalQuerySortsAndEncodes_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("sorted by key") << QByteArray("b=2&a=1") << QByteArray("a=1&b=2");
    QTest::newRow("same key by value") << QByteArray("a=2&a=1") << QByteArray("a=1&a=2");
    QTest::newRow("plus is a space") << QByteArray("q=a+b") << QByteArray("q=a%20b");
    QTest::newRow("re-encoded") << QByteArray("q=%7e%41") << QByteArray("q=~A");
    QTest::newRow("no value") << QByteArray("flag") << QByteArray("flag=");
}

void TestSdkHmacSigner::canonicalQuerySortsAndEncodes()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, canonical);
    QCOMPARE(SdkHmacSigner::canonicalQuery(encoded), canonical);
}

void TestSdkHmacSigner::canonicalUriAddsTrailingSlash_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("plain") << QByteArray("/v1/users") << QByteArray("/v1/users/");
    QTest::newRow("already") << QByteArray("/v1/users/") << QByteArray("/v1/users/");
    QTest::newRow("encoded segment") << QByteArray("/a%20b/c") << QByteArray("/a%20b/c/");
}

void TestSdkHmacSigner::canonicalUriAddsTrailingSlash()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, canonical);
    QCOMPARE(SdkHmacSigner::canonicalUri(path), canonical);
}

void TestSdkHmacSigner::missingKeysAreAConfigError()
{
    SdkHmacSigner signer({QString(), QByteArray(), QByteArray()});
    ApiError seen(ApiError::Kind::None, QString());
    bool called = false;
    signer.prepare(this, [&](const ApiError &error) {
        called = true;
        seen = error;
    });
    QVERIFY(called);
    QCOMPARE(seen.kind(), ApiError::Kind::Config);
}

QTEST_GUILESS_MAIN(TestSdkHmacSigner)
#include "tst_sdkhmacsigner.moc"
