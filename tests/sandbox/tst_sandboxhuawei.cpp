// SPDX-License-Identifier: GPL-3.0-or-later
// The Huawei IAM Identity Center simulator over real loopback HTTP: listing with markers and
// user_name, show, enable, disable, the error format with X-Request-Id, throttling, and every
// SDK-HMAC-SHA256 rejection (bad signature, stale date, unknown AK, temporary AK without
// its security token), with requests signed by the test's own signer.
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/sandboxfixture.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

constexpr int userCount = 250;

SandboxOptions fixtureOptions()
{
    SandboxOptions o;
    o.users = userCount;
    o.seed = 11;
    return o;
}

} // namespace

class TestSandboxHuawei : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listPagesWithMarkers();
    void usersHaveTheDocumentedShape();
    void listParametersAreValidated_data();
    void listParametersAreValidated();
    void userNameIsAnExactMatch();
    void showUser();
    void disableAndEnable();
    void unknownStoreAndPaths();

    void authRejections_data();
    void authRejections();
    void mismatchShowsTheCanonicalRequest();
    void signatureVariantsThatAreAccepted();
    void readOnlyKeyGets403();
    void throttlingIs429();

private:
    QString usersPath(const QString &rest = {}) const;
    HttpResult call(const QByteArray &method, const QString &pathAndQuery,
        const HuaweiCredentials &credentials, const HuaweiSigning &how = {});
    HttpResult call(const QByteArray &method, const QString &pathAndQuery)
    {
        return call(method, pathAndQuery, m_permanent);
    }

    SandboxFixture m_sandbox{fixtureOptions()};
    TestHttp m_http;
    QString m_storeId;
    HuaweiCredentials m_permanent;
    HuaweiCredentials m_temporary;
    HuaweiCredentials m_readOnly;
    QJsonArray m_all;
};

void TestSandboxHuawei::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const QJsonObject huawei = m_sandbox.info().value(QStringLiteral("huawei")).toObject();
    m_storeId = huawei.value(QStringLiteral("identityStoreId")).toString();
    QCOMPARE(m_storeId.size(), 12);
    QCOMPARE(huawei.value(QStringLiteral("region")).toString(), QStringLiteral("ap-southeast-1"));
    m_permanent.accessKey = huawei.value(QStringLiteral("accessKey")).toString().toLatin1();
    m_permanent.secretKey = huawei.value(QStringLiteral("secretKey")).toString().toLatin1();
    const QJsonObject extra = m_sandbox.extendedInfo();
    const QJsonObject temporary = extra.value(QStringLiteral("huaweiTemporary")).toObject();
    m_temporary.accessKey = temporary.value(QStringLiteral("accessKey")).toString().toLatin1();
    m_temporary.secretKey = temporary.value(QStringLiteral("secretKey")).toString().toLatin1();
    m_temporary.securityToken =
        temporary.value(QStringLiteral("securityToken")).toString().toLatin1();
    QVERIFY(!m_temporary.securityToken.isEmpty());
    const QJsonObject readOnly = extra.value(QStringLiteral("huaweiReadOnly")).toObject();
    m_readOnly.accessKey = readOnly.value(QStringLiteral("accessKey")).toString().toLatin1();
    m_readOnly.secretKey = readOnly.value(QStringLiteral("secretKey")).toString().toLatin1();

    QString marker;
    do {
        const HttpResult r = call("GET",
            usersPath() + (marker.isEmpty() ? QString() : QStringLiteral("?marker=") + marker));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.object().value(QStringLiteral("users")).toArray())
            m_all.append(v);
        marker = r.object()
                     .value(QStringLiteral("page_info"))
                     .toObject()
                     .value(QStringLiteral("next_marker"))
                     .toString();
    } while (!marker.isEmpty());
    QCOMPARE(m_all.size(), userCount);
}

void TestSandboxHuawei::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QJsonValue()}}));
}

QString TestSandboxHuawei::usersPath(const QString &rest) const
{
    return QStringLiteral("/v1/identity-stores/%1/users%2").arg(m_storeId, rest);
}

HttpResult TestSandboxHuawei::call(const QByteArray &method, const QString &pathAndQuery,
    const HuaweiCredentials &credentials, const HuaweiSigning &how)
{
    const QUrl url = m_sandbox.url(pathAndQuery);
    return m_http.send(method, url, {}, huaweiSign(method, url, {}, credentials, how));
}

void TestSandboxHuawei::listPagesWithMarkers()
{
    QSet<QString> ids;
    QString marker;
    int pages = 0;
    for (;;) {
        const HttpResult r = call("GET",
            usersPath(QStringLiteral("?limit=100")
                + (marker.isEmpty() ? QString() : QStringLiteral("&marker=") + marker)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.isJson());
        QVERIFY(isLowerHex(QString::fromLatin1(r.header("X-Request-Id")), 32));
        const QJsonObject body = r.object();
        const QJsonArray users = body.value(QStringLiteral("users")).toArray();
        const QJsonObject pageInfo = body.value(QStringLiteral("page_info")).toObject();
        QCOMPARE(pageInfo.value(QStringLiteral("current_count")).toInt(), int(users.size()));
        ++pages;
        for (const QJsonValue &v : users)
            ids.insert(v.toObject().value(QStringLiteral("user_id")).toString());
        if (!pageInfo.contains(QStringLiteral("next_marker"))) {
            QCOMPARE(users.size(), userCount % 100);
            break;
        }
        QCOMPARE(users.size(), 100);
        marker = pageInfo.value(QStringLiteral("next_marker")).toString();
        QCOMPARE(marker.size(), 24);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), userCount);
    // The default page size is 100.
    const HttpResult first = call("GET", usersPath());
    QCOMPARE(first.object().value(QStringLiteral("users")).toArray().size(), 100);
}

void TestSandboxHuawei::usersHaveTheDocumentedShape()
{
    int disabled = 0;
    int external = 0;
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject u = v.toObject();
        CHECK(verifyKeys(u,
            {QStringLiteral("user_id"), QStringLiteral("user_name"), QStringLiteral("display_name"),
                QStringLiteral("enabled"), QStringLiteral("emails"), QStringLiteral("name"),
                QStringLiteral("identity_store_id"), QStringLiteral("created_at"),
                QStringLiteral("updated_at"), QStringLiteral("created_by"),
                QStringLiteral("updated_by")}));
        QVERIFY(isUuid(u.value(QStringLiteral("user_id")).toString()));
        QVERIFY(u.value(QStringLiteral("user_name")).toString().size() >= 2);
        QVERIFY(u.value(QStringLiteral("enabled")).isBool());
        QCOMPARE(u.value(QStringLiteral("identity_store_id")).toString(), m_storeId);
        const QJsonArray emails = u.value(QStringLiteral("emails")).toArray();
        QCOMPARE(emails.size(), 1);
        QVERIFY(emails.first()
                    .toObject()
                    .value(QStringLiteral("value"))
                    .toString()
                    .contains(QLatin1Char('@')));
        QCOMPARE(emails.first().toObject().value(QStringLiteral("primary")).toBool(), true);
        const QJsonObject name = u.value(QStringLiteral("name")).toObject();
        CHECK(verifyKeys(name, {QStringLiteral("family_name"), QStringLiteral("given_name")}));
        QVERIFY(u.value(QStringLiteral("created_at")).toDouble() > 1.4e12); // milliseconds
        disabled += u.value(QStringLiteral("enabled")).toBool() ? 0 : 1;
        external += u.contains(QStringLiteral("external_id")) ? 1 : 0;
    }
    QVERIFY(disabled > 0 && disabled < userCount / 4);
    QVERIFY(external > 0);
}

void TestSandboxHuawei::listParametersAreValidated_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << QStringLiteral("limit=0");
    QTest::newRow("limit 101") << QStringLiteral("limit=101");
    QTest::newRow("limit abc") << QStringLiteral("limit=abc");
    QTest::newRow("short marker") << QStringLiteral("marker=abc");
    QTest::newRow("long marker") << QStringLiteral("marker=0123456789abcdef0123456789");
    QTest::newRow("forged marker") << QStringLiteral("marker=0123456789abcdef01234567");
}

void TestSandboxHuawei::listParametersAreValidated()
{
    QFETCH(QString, query);
    CHECK(verifyHuaweiError(
        call("GET", usersPath(QStringLiteral("?") + query)), 400, QStringLiteral("IIC.400")));
}

void TestSandboxHuawei::userNameIsAnExactMatch()
{
    const QJsonObject some = m_all.at(37).toObject();
    const QString userName = some.value(QStringLiteral("user_name")).toString();
    const auto find = [&](const QString &value) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("user_name"), value);
        return call("GET", usersPath(QStringLiteral("?") + q.toString(QUrl::FullyEncoded)));
    };
    HttpResult r = find(userName);
    QCOMPARE(r.status, 200);
    const QJsonArray users = r.object().value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject(), some);
    QCOMPARE(r.object()
                 .value(QStringLiteral("page_info"))
                 .toObject()
                 .value(QStringLiteral("current_count"))
                 .toInt(),
        1);
    QVERIFY(!r.object()
                 .value(QStringLiteral("page_info"))
                 .toObject()
                 .contains(QStringLiteral("next_marker")));
    // Exact: no prefix match, no case folding. A space is signed as %20.
    for (const QString &other :
        {userName.left(4), userName.toUpper(), QStringLiteral("Zhang San")}) {
        r = find(other);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("users")).toArray().size(), 0);
    }
}

void TestSandboxHuawei::showUser()
{
    const QJsonObject some = m_all.at(5).toObject();
    const HttpResult r = call(
        "GET", usersPath(QStringLiteral("/") + some.value(QStringLiteral("user_id")).toString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), some); // flat, same fields as in the list
    CHECK(verifyHuaweiError(
        call("GET", usersPath(QStringLiteral("/00000000-0000-4000-8000-000000000000"))), 404,
        QStringLiteral("IIC.404")));
    CHECK(verifyHuaweiError(
        call("GET", usersPath(QStringLiteral("/nope"))), 404, QStringLiteral("IIC.404")));
}

void TestSandboxHuawei::disableAndEnable()
{
    QJsonObject some;
    for (const QJsonValue &v : std::as_const(m_all)) {
        if (v.toObject().value(QStringLiteral("enabled")).toBool()) {
            some = v.toObject();
            break;
        }
    }
    const QString id = some.value(QStringLiteral("user_id")).toString();
    HttpResult r = call("POST", usersPath(QStringLiteral("/%1/disable").arg(id)));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QVERIFY(isLowerHex(QString::fromLatin1(r.header("X-Request-Id")), 32));
    QCOMPARE(call("GET", usersPath(QStringLiteral("/") + id))
                 .object()
                 .value(QStringLiteral("enabled"))
                 .toBool(),
        false);
    r = call("POST", usersPath(QStringLiteral("/%1/enable").arg(id)));
    QCOMPARE(r.status, 200);
    QCOMPARE(call("GET", usersPath(QStringLiteral("/") + id))
                 .object()
                 .value(QStringLiteral("enabled"))
                 .toBool(),
        true);
    const QJsonObject counters = m_sandbox.user(QStringLiteral("huawei"), id);
    QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 2);
    QCOMPARE(counters.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(counters.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    // Enable/disable of an unknown user.
    CHECK(verifyHuaweiError(
        call("POST", usersPath(QStringLiteral("/00000000-0000-4000-8000-000000000000/disable"))),
        404, QStringLiteral("IIC.404")));
}

void TestSandboxHuawei::unknownStoreAndPaths()
{
    CHECK(verifyHuaweiError(call("GET", QStringLiteral("/v1/identity-stores/d-0000000000/users")),
        404, QStringLiteral("IIC.404")));
    CHECK(verifyHuaweiError(
        call("GET", QStringLiteral("/v1/identity-stores/%1/groups").arg(m_storeId)), 404,
        QStringLiteral("APIGW.0101")));
    CHECK(verifyHuaweiError(call("DELETE", usersPath()), 404, QStringLiteral("APIGW.0101")));
}

void TestSandboxHuawei::authRejections_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no Authorization")
        << QStringLiteral("none") << QStringLiteral("APIGW.0301") << QStringLiteral("missing");
    QTest::newRow("garbled Authorization")
        << QStringLiteral("garbled") << QStringLiteral("APIGW.0301") << QString();
    QTest::newRow("other scheme") << QStringLiteral("bearer") << QStringLiteral("APIGW.0301")
                                  << QStringLiteral("SDK-HMAC-SHA256");
    QTest::newRow("unknown AK") << QStringLiteral("unknown-ak") << QStringLiteral("APIGW.0301")
                                << QStringLiteral("not exist");
    QTest::newRow("wrong SK") << QStringLiteral("wrong-sk") << QStringLiteral("APIGW.0303")
                              << QStringLiteral("signature");
    QTest::newRow("query changed after signing")
        << QStringLiteral("tampered") << QStringLiteral("APIGW.0303")
        << QStringLiteral("signature");
    QTest::newRow("date 16 minutes old")
        << QStringLiteral("stale") << QStringLiteral("APIGW.0303") << QStringLiteral("expired");
    QTest::newRow("date 16 minutes ahead")
        << QStringLiteral("future") << QStringLiteral("APIGW.0303") << QStringLiteral("expired");
    QTest::newRow("no X-Sdk-Date") << QStringLiteral("no-date") << QStringLiteral("APIGW.0301")
                                   << QStringLiteral("X-Sdk-Date");
    QTest::newRow("temporary AK without token")
        << QStringLiteral("temp-no-token") << QStringLiteral("APIGW.0301")
        << QStringLiteral("X-Security-Token");
    QTest::newRow("temporary AK, wrong token")
        << QStringLiteral("temp-wrong-token") << QStringLiteral("APIGW.0301")
        << QStringLiteral("security token");
    QTest::newRow("temporary AK, token not signed")
        << QStringLiteral("temp-unsigned-token") << QStringLiteral("APIGW.0301")
        << QStringLiteral("signed headers");
}

void TestSandboxHuawei::authRejections()
{
    QFETCH(QString, mode);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const QJsonObject victim = m_all.at(3).toObject();
    const QString id = victim.value(QStringLiteral("user_id")).toString();
    const QUrl url = m_sandbox.url(usersPath(QStringLiteral("/%1/disable").arg(id)));
    HuaweiCredentials credentials = m_permanent;
    HuaweiSigning how;
    RawHeaders headers;
    QUrl sendTo = url;
    if (mode == QLatin1String("none")) {
        headers = {};
    } else if (mode == QLatin1String("garbled")) {
        headers = {{"X-Sdk-Date", "20250101T000000Z"},
            {"Authorization", "SDK-HMAC-SHA256 Access=" + m_permanent.accessKey}};
    } else if (mode == QLatin1String("bearer")) {
        headers = {{"Authorization", "Bearer abc"}};
    } else if (mode == QLatin1String("unknown-ak")) {
        credentials.accessKey = "NOSUCHACCESSKEY00001";
    } else if (mode == QLatin1String("wrong-sk")) {
        credentials.secretKey = "not-the-secret";
    } else if (mode == QLatin1String("tampered")) {
        sendTo = QUrl(url.toString() + QStringLiteral("?force=true"));
    } else if (mode == QLatin1String("stale")) {
        how.when = QDateTime::currentDateTimeUtc().addSecs(-16 * 60);
    } else if (mode == QLatin1String("future")) {
        how.when = QDateTime::currentDateTimeUtc().addSecs(16 * 60);
    } else if (mode == QLatin1String("temp-no-token")) {
        credentials = m_temporary;
        how.sendSecurityToken = false;
    } else if (mode == QLatin1String("temp-wrong-token")) {
        credentials = m_temporary;
        credentials.securityToken = "forged-token";
    } else if (mode == QLatin1String("temp-unsigned-token")) {
        credentials = m_temporary;
        how.signSecurityToken = false;
    }
    if (headers.isEmpty() && mode != QLatin1String("none"))
        headers = huaweiSign("POST", url, {}, credentials, how);
    if (mode == QLatin1String("no-date")) {
        headers.removeIf([](const auto &h) { return h.first == "X-Sdk-Date"; });
    }
    const HttpResult r = m_http.send("POST", sendTo, {}, headers);
    CHECK(verifyHuaweiError(r, 401, code, mentions));
    // Rejected before anything changed, but the attempt reached the user's route.
    const QJsonObject counters = m_sandbox.user(QStringLiteral("huawei"), id);
    QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 0);
    QCOMPARE(counters.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(counters.value(QStringLiteral("state")).toString(),
        victim.value(QStringLiteral("enabled")).toBool() ? QStringLiteral("enabled")
                                                         : QStringLiteral("disabled"));
}

void TestSandboxHuawei::mismatchShowsTheCanonicalRequest()
{
    HuaweiCredentials wrong = m_permanent;
    wrong.secretKey = "wrong";
    const QJsonObject victim = m_all.at(4).toObject();
    const QString path = usersPath(
        QStringLiteral("/%1/disable").arg(victim.value(QStringLiteral("user_id")).toString()));
    const HttpResult r = call("POST", path, wrong);
    CHECK(verifyHuaweiError(r, 401, QStringLiteral("APIGW.0303")));
    const QString message = r.object().value(QStringLiteral("error_msg")).toString();
    const QString expected = QStringLiteral("POST|%1/||host:127.0.0.1:%2|x-sdk-date:")
                                 .arg(path)
                                 .arg(m_sandbox.host().port());
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(
        message.contains(QStringLiteral(
            "||host;x-sdk-date|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")),
        qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    // The security token of temporary credentials is never echoed.
    HuaweiCredentials temporary = m_temporary;
    temporary.secretKey = "wrong";
    const HttpResult t = call("GET", usersPath(), temporary);
    CHECK(verifyHuaweiError(t, 401, QStringLiteral("APIGW.0303")));
    QVERIFY(!t.body.contains(m_temporary.securityToken));
}

void TestSandboxHuawei::signatureVariantsThatAreAccepted()
{
    // A temporary AK with its token, signed.
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1")), m_temporary).status, 200);
    // A date 14 minutes off is still inside the window.
    HuaweiSigning skewed;
    skewed.when = QDateTime::currentDateTimeUtc().addSecs(-14 * 60);
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1")), m_permanent, skewed).status, 200);
    // Only x-sdk-date signed (as the Go SDK's test does), and extra signed headers.
    HuaweiSigning dateOnly;
    dateOnly.signedNames = {"x-sdk-date"};
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1")), m_permanent, dateOnly).status, 200);
    HuaweiSigning extra;
    extra.extraHeaders = {{"Content-Type", "application/json"}};
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=2&user_name=a%20b")), m_permanent, extra)
                 .status,
        200);
}

void TestSandboxHuawei::readOnlyKeyGets403()
{
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1")), m_readOnly).status, 200);
    const QString id = m_all.at(8).toObject().value(QStringLiteral("user_id")).toString();
    const HttpResult r = call("POST", usersPath(QStringLiteral("/%1/disable").arg(id)), m_readOnly);
    CHECK(verifyHuaweiError(r, 403, QStringLiteral("IIC.1000"), QStringLiteral("disableUser")));
    QVERIFY(
        !r.object().value(QStringLiteral("encoded_authorization_message")).toString().isEmpty());
    QCOMPARE(m_sandbox.user(QStringLiteral("huawei"), id)
                 .value(QStringLiteral("changeRequests"))
                 .toInt(),
        0);
}

void TestSandboxHuawei::throttlingIs429()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("2/60")}}));
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1"))).status, 200);
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1"))).status, 200);
    const HttpResult r = call("GET", usersPath(QStringLiteral("?limit=1")));
    CHECK(verifyHuaweiError(r, 429, QStringLiteral("APIGW.0308"),
        QStringLiteral("The throttling threshold has been reached: policy user over ratelimit, "
                       "limit:2, time:60 second")));
    const int retryAfter = r.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    // Per credential: another AK is not throttled.
    QCOMPARE(call("GET", usersPath(QStringLiteral("?limit=1")), m_temporary).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxHuawei)
#include "tst_sandboxhuawei.moc"
