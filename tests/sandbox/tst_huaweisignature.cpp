// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's SDK-HMAC-SHA256 verifier against the fact sheet's test vectors (§5.2).
#include <QTest>

#include "sandbox/huaweisignature.h"

using namespace Gatehouse::Sandbox;

class TestHuaweiSignature : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void canonicalUriEncodesSegments();
    void canonicalQuerySortsAndEncodes();
    void parsesAuthorization();
    void rejectsBrokenAuthorization_data();
    void rejectsBrokenAuthorization();
    void constantTimeEquals();
};

void TestHuaweiSignature::vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("rawPath");
    QTest::addColumn<QByteArray>("rawQuery");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("ak");
    QTest::addColumn<QByteArray>("sk");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("canonicalHash");
    QTest::addColumn<QByteArray>("signature");

    // Official Go SDK vectors.
    QTest::newRow("go-get")
        << QByteArray("GET") << QByteArray("/path") << QByteArray("limit=1") << QByteArray()
        << QByteArray("20060102T150405Z") << QByteArray() << QByteArray("AccessKey")
        << QByteArray("SecretKey") << QByteArray("x-sdk-date") << QByteArray()
        << QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
    QTest::newRow("go-post")
        << QByteArray("POST") << QByteArray("/path") << QByteArray("key=value") << QByteArray()
        << QByteArray("20060102T150405Z") << QByteArray("{\"Name\":\"test\",\"Id\":1}\n")
        << QByteArray("AccessKey") << QByteArray("SecretKey") << QByteArray("x-sdk-date")
        << QByteArray()
        << QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
    // The fact sheet's own vectors for the identity store.
    QTest::newRow("disable")
        << QByteArray("POST")
        << QByteArray("/v1/identity-stores/d-1234567890/users/"
                      "a1b2c3d4-0000-1111-2222-333344445555/disable")
        << QByteArray() << QByteArray("identitystore.ap-southeast-1.myhuaweicloud.com")
        << QByteArray("20250101T000000Z") << QByteArray() << QByteArray("EXAMPLEAK")
        << QByteArray("EXAMPLESK") << QByteArray("host;x-sdk-date")
        << QByteArray("1936185e3f46a9c3b0343dc22d0a0ee28f7bc7042348a4ef3f3875146f8ee5be")
        << QByteArray("1a48c2f1fb9d8332bc37a14d5ea496502f1cbbde7c9bfa36015d029310c03286");
    QTest::newRow("user_name")
        << QByteArray("GET") << QByteArray("/v1/identity-stores/d-1234567890/users")
        << QByteArray("limit=100&user_name=Zhang%20San")
        << QByteArray("identitystore.ap-southeast-1.myhuaweicloud.com")
        << QByteArray("20250101T000000Z") << QByteArray() << QByteArray("EXAMPLEAK")
        << QByteArray("EXAMPLESK") << QByteArray("host;x-sdk-date") << QByteArray()
        << QByteArray("d32158b253dd197f0cb8535a0950ae0b48fa42da698baee27f47e4e523c08d3a");
}

void TestHuaweiSignature::vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, rawPath);
    QFETCH(QByteArray, rawQuery);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, ak);
    QFETCH(QByteArray, sk);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, canonicalHash);
    QFETCH(QByteArray, signature);

    const auto lookup = [&](const QByteArray &name) -> QByteArray {
        if (name == "host")
            return host;
        if (name == "x-sdk-date")
            return date;
        return QByteArray();
    };
    const QByteArray canonical = HuaweiSignature::canonicalRequest(method, rawPath, rawQuery,
        signedHeaders.split(';'), lookup, HuaweiSignature::sha256Hex(body));
    QVERIFY(canonical.startsWith(QByteArray(method + '\n')));
    QVERIFY(canonical.contains("/\n")); // trailing slash on the canonical URI
    if (!canonicalHash.isEmpty())
        QCOMPARE(HuaweiSignature::sha256Hex(canonical), canonicalHash);
    const QByteArray sts = HuaweiSignature::stringToSign(date, canonical);
    QCOMPARE(HuaweiSignature::sign(sk, sts), signature);

    // The same request as a client would send it, through the Authorization parser.
    const QByteArray header = "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + signature;
    HuaweiSignature::Authorization auth;
    QString problem;
    QVERIFY2(HuaweiSignature::parseAuthorization(header, &auth, &problem), qPrintable(problem));
    QCOMPARE(auth.accessKey, ak);
    QCOMPARE(auth.signature, signature);
    QCOMPARE(auth.signedHeaders.join(';'), signedHeaders);
}

void TestHuaweiSignature::canonicalUriEncodesSegments()
{
    QCOMPARE(HuaweiSignature::canonicalUri("/v1/a%20b/c"), QByteArray("/v1/a%20b/c/"));
    QCOMPARE(HuaweiSignature::canonicalUri("/v1/x/"), QByteArray("/v1/x/"));
    QCOMPARE(HuaweiSignature::canonicalUri("/a~b_c.d-e"), QByteArray("/a~b_c.d-e/"));
    QCOMPARE(HuaweiSignature::canonicalUri("/caf%C3%A9"), QByteArray("/caf%C3%A9/"));
    QCOMPARE(HuaweiSignature::canonicalUri(""), QByteArray("/"));
}

void TestHuaweiSignature::canonicalQuerySortsAndEncodes()
{
    QCOMPARE(HuaweiSignature::canonicalQuery("user_name=Zhang%20San&limit=100"),
        QByteArray("limit=100&user_name=Zhang%20San"));
    QCOMPARE(HuaweiSignature::canonicalQuery("b=2&a=1&a=0"), QByteArray("a=0&a=1&b=2"));
    QCOMPARE(HuaweiSignature::canonicalQuery("flag"), QByteArray("flag="));
    QCOMPARE(HuaweiSignature::canonicalQuery("x=a+b"), QByteArray("x=a%2Bb"));
    QCOMPARE(HuaweiSignature::canonicalQuery(""), QByteArray());
}

void TestHuaweiSignature::parsesAuthorization()
{
    HuaweiSignature::Authorization auth;
    QString problem;
    QVERIFY(HuaweiSignature::parseAuthorization(
        "SDK-HMAC-SHA256 Access=AK1,SignedHeaders=Host;X-Sdk-Date,  Signature=abc", &auth,
        &problem));
    QCOMPARE(auth.accessKey, QByteArray("AK1"));
    QCOMPARE(auth.signedHeaders, (QList<QByteArray>{"host", "x-sdk-date"}));
    QCOMPARE(auth.signature, QByteArray("abc"));
}

void TestHuaweiSignature::rejectsBrokenAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other scheme") << QByteArray("Bearer abc");
    QTest::newRow("no space") << QByteArray("SDK-HMAC-SHA256Access=a");
    QTest::newRow("no signature") << QByteArray("SDK-HMAC-SHA256 Access=a, SignedHeaders=host");
    QTest::newRow("no headers") << QByteArray("SDK-HMAC-SHA256 Access=a, Signature=b");
    QTest::newRow("garbage part") << QByteArray(
        "SDK-HMAC-SHA256 Access=a, SignedHeaders=host, Signature=b, junk");
    QTest::newRow("unknown part") << QByteArray(
        "SDK-HMAC-SHA256 Access=a, SignedHeaders=host, Signature=b, X=1");
}

void TestHuaweiSignature::rejectsBrokenAuthorization()
{
    QFETCH(QByteArray, header);
    HuaweiSignature::Authorization auth;
    QString problem;
    QVERIFY(!HuaweiSignature::parseAuthorization(header, &auth, &problem));
    QVERIFY(!problem.isEmpty());
}

void TestHuaweiSignature::constantTimeEquals()
{
    QVERIFY(HuaweiSignature::constantTimeEquals("abc", "abc"));
    QVERIFY(!HuaweiSignature::constantTimeEquals("abc", "abd"));
    QVERIFY(!HuaweiSignature::constantTimeEquals("abc", "ab"));
    QVERIFY(HuaweiSignature::constantTimeEquals("", ""));
}

QTEST_GUILESS_MAIN(TestHuaweiSignature)
#include "tst_huaweisignature.moc"
