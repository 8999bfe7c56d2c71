// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as a whole: SandboxHost's lifecycle and ready JSON, the /_sandbox/ control and
// introspection endpoints, per-user counters, statistics, runtime configuration, and a
// directory that is deterministic from the seed.
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/sandboxfixture.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

SandboxOptions fixtureOptions()
{
    SandboxOptions o;
    o.users = 300;
    o.seed = 21;
    o.taskSeconds = 0;
    return o;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

class TestSandboxControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void readyInfoHasExactlyTheDocumentedKeys();
    void infoEndpointAddsExtras();
    void usersEndpoint();
    void usersEndpointFilters();
    void countersAndDuplicateDetection();
    void statsEndpoint();
    void configIsValidated_data();
    void configIsValidated();
    void resetCountersKeepsState();
    void resetRestoresTheSeededState();
    void unknownPathsAndMethods();

    void directoryIsDeterministicFromTheSeed();
    void hostLifecycle();
    void hostRejectsBadOptions();

private:
    QByteArray sailpointToken();
    QJsonObject firstUser(const QString &provider, const QString &query);

    SandboxFixture m_sandbox{fixtureOptions()};
    TestHttp m_http;
    QByteArray m_token;
};

void TestSandboxControl::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxControl::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure(
        QJsonObject{{QStringLiteral("rate"), QJsonValue()}, {QStringLiteral("taskSeconds"), 0}}));
}

QByteArray TestSandboxControl::sailpointToken()
{
    if (m_token.isEmpty()) {
        const QJsonObject s = m_sandbox.info().value(QStringLiteral("sailpoint")).toObject();
        m_token = Test::sailpointToken(m_http, m_sandbox.baseUrl(),
            s.value(QStringLiteral("clientId")).toString().toLatin1(),
            s.value(QStringLiteral("clientSecret")).toString().toLatin1());
    }
    return m_token;
}

QJsonObject TestSandboxControl::firstUser(const QString &provider, const QString &query)
{
    const QJsonArray users =
        m_sandbox.users(provider, {}, false, query + QStringLiteral("&limit=1"))
            .value(QStringLiteral("users"))
            .toArray();
    return users.isEmpty() ? QJsonObject() : users.first().toObject();
}

void TestSandboxControl::readyInfoHasExactlyTheDocumentedKeys()
{
    const QJsonObject info = m_sandbox.info();
    QCOMPARE(keysOf(info),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("sailpoint"),
            QStringLiteral("huawei"), QStringLiteral("securid")}));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox.host().port());
    QCOMPARE(info.value(QStringLiteral("baseUrl")).toString(), base);
    QCOMPARE(m_sandbox.baseUrl().toString(), base);
    const QJsonObject sailpoint = info.value(QStringLiteral("sailpoint")).toObject();
    QCOMPARE(keysOf(sailpoint),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("clientId"),
            QStringLiteral("clientSecret")}));
    const QJsonObject huawei = info.value(QStringLiteral("huawei")).toObject();
    QCOMPARE(keysOf(huawei),
        (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("region"),
            QStringLiteral("identityStoreId"), QStringLiteral("accessKey"),
            QStringLiteral("secretKey")}));
    QCOMPARE(huawei.value(QStringLiteral("identityStoreId")).toString().size(), 12);
    const QJsonObject securid = info.value(QStringLiteral("securid")).toObject();
    QCOMPARE(
        keysOf(securid), (QSet<QString>{QStringLiteral("baseUrl"), QStringLiteral("keyFile")}));
    QVERIFY(QFileInfo::exists(securid.value(QStringLiteral("keyFile")).toString()));
    QCOMPARE(securid.value(QStringLiteral("keyFile")).toString(), m_sandbox.host().keyFilePath());
    for (const QJsonObject &p : {sailpoint, huawei, securid})
        QCOMPARE(p.value(QStringLiteral("baseUrl")).toString(), base);
}

void TestSandboxControl::infoEndpointAddsExtras()
{
    const QJsonObject extended = m_sandbox.extendedInfo();
    const QJsonObject ready = m_sandbox.info();
    for (auto it = ready.constBegin(); it != ready.constEnd(); ++it)
        QCOMPARE(extended.value(it.key()), it.value());
    const QJsonObject temporary = extended.value(QStringLiteral("huaweiTemporary")).toObject();
    CHECK(verifyKeys(temporary,
        {QStringLiteral("accessKey"), QStringLiteral("secretKey"),
            QStringLiteral("securityToken")}));
    QCOMPARE(extended.value(QStringLiteral("sailpointClients")).toArray().size(), 3);
    const QJsonObject options = extended.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("users")).toInt(), 300);
    QCOMPARE(options.value(QStringLiteral("seed")).toString(), QStringLiteral("21"));
    QVERIFY(options.value(QStringLiteral("rate")).isNull());
    QCOMPARE(options.value(QStringLiteral("tokenSeconds")).toInt(), 749);
    QCOMPARE(extended.value(QStringLiteral("securidKey"))
                 .toObject()
                 .value(QStringLiteral("adminRestApiUrl"))
                 .toString(),
        ready.value(QStringLiteral("baseUrl")).toString()
            + QStringLiteral("/AdminInterface/restapi/v1"));
}

void TestSandboxControl::usersEndpoint()
{
    const QJsonObject all = m_sandbox.users(QStringLiteral("sailpoint"));
    QCOMPARE(all.value(QStringLiteral("provider")).toString(), QStringLiteral("sailpoint"));
    const QJsonArray users = all.value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 300);
    const QJsonObject first = users.first().toObject();
    CHECK(verifyKeys(first,
        {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("email"),
            QStringLiteral("state"), QStringLiteral("locked"), QStringLiteral("pendingTask"),
            QStringLiteral("changeRequests"), QStringLiteral("attempts")}));
    QSet<QString> logins, emails;
    for (const QJsonValue &v : users) {
        logins.insert(v.toObject().value(QStringLiteral("login")).toString());
        emails.insert(v.toObject().value(QStringLiteral("email")).toString());
    }
    QCOMPARE(logins.size(), 300);
    QCOMPARE(emails.size(), 300);

    // By ids, unknown ones reported.
    const QString a = users.at(3).toObject().value(QStringLiteral("id")).toString();
    const QString b = users.at(9).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject some =
        m_sandbox.users(QStringLiteral("sailpoint"), {b, QStringLiteral("nope"), a});
    QCOMPARE(some.value(QStringLiteral("users")).toArray().size(), 2);
    QCOMPARE(some.value(QStringLiteral("users"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        b);
    QCOMPARE(
        some.value(QStringLiteral("unknownIds")).toArray(), QJsonArray{QStringLiteral("nope")});

    // The same person under each provider's own id.
    const QJsonObject huawei =
        m_sandbox.users(QStringLiteral("huawei"), {}, false, QStringLiteral("limit=1"))
            .value(QStringLiteral("users"))
            .toArray()
            .first()
            .toObject();
    const QJsonObject rsa =
        m_sandbox.users(QStringLiteral("rsa"), {}, false, QStringLiteral("limit=1"))
            .value(QStringLiteral("users"))
            .toArray()
            .first()
            .toObject();
    QVERIFY(isUuid(huawei.value(QStringLiteral("id")).toString()));
    QVERIFY(isUuid(rsa.value(QStringLiteral("id")).toString()));
    QVERIFY(isLowerHex(first.value(QStringLiteral("id")).toString(), 32));
    QCOMPARE(huawei.value(QStringLiteral("login")), first.value(QStringLiteral("login")));
    QCOMPARE(rsa.value(QStringLiteral("email")), first.value(QStringLiteral("email")));

    // Nothing touched yet.
    QCOMPARE(m_sandbox.users(QStringLiteral("sailpoint"), {}, true)
                 .value(QStringLiteral("users"))
                 .toArray()
                 .size(),
        0);
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/users"))).status, 400);
    QCOMPARE(
        m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/users?provider=okta"))).status, 400);
}

void TestSandboxControl::usersEndpointFilters()
{
    const QJsonArray disabled =
        m_sandbox.users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("state=disabled"))
            .value(QStringLiteral("users"))
            .toArray();
    QVERIFY(!disabled.isEmpty());
    for (const QJsonValue &v : disabled)
        QCOMPARE(
            v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    const QJsonArray locked =
        m_sandbox.users(QStringLiteral("rsa"), {}, false, QStringLiteral("locked=true"))
            .value(QStringLiteral("users"))
            .toArray();
    for (const QJsonValue &v : locked)
        QVERIFY(v.toObject().value(QStringLiteral("locked")).toBool());
    const QJsonArray page =
        m_sandbox.users(QStringLiteral("huawei"), {}, false, QStringLiteral("offset=10&limit=5"))
            .value(QStringLiteral("users"))
            .toArray();
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().toObject().value(QStringLiteral("index")).toInt(), 10);
}

void TestSandboxControl::countersAndDuplicateDetection()
{
    const QString id = firstUser(QStringLiteral("sailpoint"), QStringLiteral("state=enabled"))
                           .value(QStringLiteral("id"))
                           .toString();
    const QUrl url = m_sandbox.url(QStringLiteral("/v3/accounts/%1/disable").arg(id));
    QCOMPARE(m_http.post(url, "{}", jsonBearer(sailpointToken())).status, 202);
    QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QStringLiteral("changeRequests")).toInt(), 1);
    QCOMPARE(user.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(m_sandbox.stats().value(QStringLiteral("usersWithDuplicateChanges")).toInt(), 0);
    QCOMPARE(m_sandbox.users(QStringLiteral("sailpoint"), {}, true)
                 .value(QStringLiteral("users"))
                 .toArray()
                 .size(),
        1);

    // Sent twice: the counter shows it, even though the second changes nothing.
    QCOMPARE(m_http.post(url, "{}", jsonBearer(sailpointToken())).status, 202);
    user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QStringLiteral("changeRequests")).toInt(), 2);
    QCOMPARE(m_sandbox.stats().value(QStringLiteral("usersWithDuplicateChanges")).toInt(), 1);
    // Reads are neither attempts nor changes.
    QCOMPARE(
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts/") + id), bearer(sailpointToken()))
            .status,
        200);
    QCOMPARE(
        m_sandbox.user(QStringLiteral("sailpoint"), id).value(QStringLiteral("attempts")).toInt(),
        2);
}

void TestSandboxControl::statsEndpoint()
{
    QVERIFY(m_sandbox.resetCounters());
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("2/60")}}));
    m_token.clear();
    const QUrl list = m_sandbox.url(QStringLiteral("/v3/accounts?limit=1"));
    QCOMPARE(m_http.get(list, bearer(sailpointToken())).status, 200);
    QCOMPARE(m_http.get(list, bearer(sailpointToken())).status, 200);
    QCOMPARE(m_http.get(list, bearer(sailpointToken())).status, 429);
    QCOMPARE(m_http.get(list).status, 401);
    // Three clients at once hold three connections.
    TestHttp a, b, c;
    QCOMPARE(a.get(m_sandbox.url(QStringLiteral("/_sandbox/info"))).status, 200);
    QCOMPARE(b.get(m_sandbox.url(QStringLiteral("/_sandbox/info"))).status, 200);
    QCOMPARE(c.get(m_sandbox.url(QStringLiteral("/_sandbox/info"))).status, 200);

    const QJsonObject stats = m_sandbox.stats();
    const QJsonObject sailpoint = stats.value(QStringLiteral("requests"))
                                      .toObject()
                                      .value(QStringLiteral("sailpoint"))
                                      .toObject();
    const QJsonObject byStatus = sailpoint.value(QStringLiteral("byStatus")).toObject();
    QCOMPARE(byStatus.value(QStringLiteral("200")).toInt(), 3); // token + 2 listings
    QCOMPARE(byStatus.value(QStringLiteral("429")).toInt(), 1);
    QCOMPARE(byStatus.value(QStringLiteral("401")).toInt(), 1);
    QCOMPARE(sailpoint.value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(stats.value(QStringLiteral("rateLimited")).toInt(), 1);
    QVERIFY(stats.value(QStringLiteral("maxConcurrentConnections")).toInt() >= 4);
    QVERIFY(stats.value(QStringLiteral("liveConnections")).toInt() >= 4);
    CHECK(verifyKeys(stats.value(QStringLiteral("tasks")).toObject(),
        {QStringLiteral("pending"), QStringLiteral("completed"), QStringLiteral("failed")}));
}

void TestSandboxControl::configIsValidated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad rate") << QByteArray(R"({"rate":"fast"})") << QStringLiteral("rate");
    QTest::newRow("zero rate") << QByteArray(R"({"rate":"0/10"})") << QStringLiteral("rate");
    QTest::newRow("negative task seconds")
        << QByteArray(R"({"taskSeconds":-1})") << QStringLiteral("task seconds");
    QTest::newRow("fractional seconds")
        << QByteArray(R"({"tokenSeconds":1.5})") << QStringLiteral("integer");
    QTest::newRow("zero token seconds")
        << QByteArray(R"({"tokenSeconds":0})") << QStringLiteral("token seconds");
    QTest::newRow("unknown key") << QByteArray(R"({"users":5})") << QStringLiteral("'users'");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("object");
}

void TestSandboxControl::configIsValidated()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const HttpResult r = m_http.post(m_sandbox.url(QStringLiteral("/_sandbox/config")), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.object().value(QStringLiteral("error")).toString().contains(mentions),
        r.body.constData());
    // A valid change is applied and echoed.
    const HttpResult ok = m_http.post(m_sandbox.url(QStringLiteral("/_sandbox/config")),
        R"({"rate":"100/10","taskSeconds":3,"tokenSeconds":60})");
    QCOMPARE(ok.status, 200);
    const QJsonObject options = ok.object().value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("rate")).toString(), QStringLiteral("100/10"));
    QCOMPARE(options.value(QStringLiteral("taskSeconds")).toInt(), 3);
    QCOMPARE(options.value(QStringLiteral("tokenSeconds")).toInt(), 60);
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("tokenSeconds"), 749}}));
}

void TestSandboxControl::resetCountersKeepsState()
{
    const QString id = firstUser(QStringLiteral("sailpoint"), QStringLiteral("state=enabled"))
                           .value(QStringLiteral("id"))
                           .toString();
    QCOMPARE(m_http
                 .post(m_sandbox.url(QStringLiteral("/v3/accounts/%1/disable").arg(id)), "{}",
                     jsonBearer(sailpointToken()))
                 .status,
        202);
    QVERIFY(m_sandbox.resetCounters());
    const QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(user.value(QStringLiteral("changeRequests")).toInt(), 0);
    QCOMPARE(user.value(QStringLiteral("attempts")).toInt(), 0);
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("requests"))
                 .toObject()
                 .value(QStringLiteral("sailpoint"))
                 .toObject()
                 .value(QStringLiteral("total"))
                 .toInt(),
        0);
}

void TestSandboxControl::resetRestoresTheSeededState()
{
    const QString id = firstUser(QStringLiteral("sailpoint"), QStringLiteral("state=enabled"))
                           .value(QStringLiteral("id"))
                           .toString();
    const QByteArray before =
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts/") + id), bearer(sailpointToken()))
            .body;
    QCOMPARE(m_http
                 .post(m_sandbox.url(QStringLiteral("/v3/accounts/%1/disable").arg(id)), "{}",
                     jsonBearer(sailpointToken()))
                 .status,
        202);
    QVERIFY(
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts/") + id), bearer(sailpointToken()))
            .body
        != before);
    QVERIFY(m_sandbox.reset());
    QCOMPARE(
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts/") + id), bearer(sailpointToken()))
            .body,
        before);
    QCOMPARE(m_sandbox.users(QStringLiteral("sailpoint"), {}, true)
                 .value(QStringLiteral("users"))
                 .toArray()
                 .size(),
        0);
}

void TestSandboxControl::unknownPathsAndMethods()
{
    HttpResult r = m_http.get(m_sandbox.url(QStringLiteral("/nowhere")));
    QCOMPARE(r.status, 404);
    QVERIFY(r.isJson());
    r = m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/nothing")));
    QCOMPARE(r.status, 404);
    r = m_http.post(m_sandbox.url(QStringLiteral("/_sandbox/stats")), "{}");
    QCOMPARE(r.status, 405);
    r = m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/reset")));
    QCOMPARE(r.status, 405);
}

void TestSandboxControl::directoryIsDeterministicFromTheSeed()
{
    const auto snapshot = [](quint64 seed) {
        SandboxOptions o;
        o.users = 200;
        o.seed = seed;
        SandboxFixture sandbox(o);
        if (!sandbox.start())
            return QByteArray();
        TestHttp http;
        const QJsonObject s = sandbox.info().value(QStringLiteral("sailpoint")).toObject();
        const QByteArray t = Test::sailpointToken(http, sandbox.baseUrl(),
            s.value(QStringLiteral("clientId")).toString().toLatin1(),
            s.value(QStringLiteral("clientSecret")).toString().toLatin1());
        QByteArray out =
            http.get(sandbox.url(QStringLiteral("/v3/accounts?limit=200")), bearer(t)).body;
        out += QJsonDocument(sandbox.users(QStringLiteral("huawei"))).toJson();
        out += QJsonDocument(sandbox.users(QStringLiteral("rsa"))).toJson();
        out += sandbox.info()
                   .value(QStringLiteral("huawei"))
                   .toObject()
                   .value(QStringLiteral("identityStoreId"))
                   .toString()
                   .toLatin1();
        return out;
    };
    const QByteArray a = snapshot(99);
    const QByteArray b = snapshot(99);
    const QByteArray c = snapshot(100);
    QVERIFY(a.size() > 50000);
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestSandboxControl::hostLifecycle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions o;
    o.users = 10;
    o.keyFilePath = dir.filePath(QStringLiteral("keys/admin.key"));
    quint16 port = 0;
    QString tempKeyFile;
    {
        SandboxHost host(o);
        QVERIFY(host.start());
        QVERIFY(host.isRunning());
        port = host.port();
        QVERIFY(port > 0);
        QCOMPARE(host.keyFilePath(), o.keyFilePath);
        QVERIFY(QFileInfo::exists(o.keyFilePath));
        host.stop();
        QVERIFY(!host.isRunning());
        TestHttp http(2000);
        QCOMPARE(
            http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/info").arg(port))).error,
            QNetworkReply::ConnectionRefusedError);
        // The port is free again: another host can take it.
        SandboxOptions again;
        again.users = 10;
        again.port = port;
        SandboxHost second(again);
        QVERIFY(second.start());
        QCOMPARE(second.port(), port);
        tempKeyFile = second.keyFilePath();
        QVERIFY(QFileInfo::exists(tempKeyFile));
        // A third one cannot listen on the same port.
        SandboxHost third(again);
        const auto failed = third.start();
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind(), ApiError::Kind::Config);
        QVERIFY2(failed.error().message().contains(QString::number(port)),
            qPrintable(failed.error().message()));
    }
    // The destructor stopped the second host and removed its temporary folder; the explicit
    // key file path is left alone.
    QVERIFY(!QFileInfo::exists(tempKeyFile));
    QVERIFY(!QFileInfo::exists(QFileInfo(tempKeyFile).absolutePath()));
    QVERIFY(QFileInfo::exists(o.keyFilePath));
}

void TestSandboxControl::hostRejectsBadOptions()
{
    SandboxOptions o;
    o.users = SandboxOptions::maxUsers + 1;
    SandboxHost tooMany(o);
    QVERIFY(!tooMany.start());
    o.users = 10;
    o.faults = QStringLiteral("hang,p=7");
    SandboxHost badFaults(o);
    const auto failed = badFaults.start();
    QVERIFY(!failed);
    QVERIFY(failed.error().message().contains(QStringLiteral("p must be")));
    o.faults = QStringLiteral("slow=200,path=/v3/**");
    SandboxHost withFaults(o);
    QVERIFY(withFaults.start());
    TestHttp http;
    QCOMPARE(http.get(withFaults.url(QStringLiteral("/_sandbox/faults")))
                 .object()
                 .value(QStringLiteral("faults"))
                 .toString(),
        QStringLiteral("slow=200,path=/v3/**"));
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandboxcontrol.moc"
