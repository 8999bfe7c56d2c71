// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection as a QNetworkAccessManager client sees it: provider-format error statuses,
// 429 storms, slow responses, hangs, TCP resets, truncated bodies, malformed JSON, HTML proxy
// pages and wrong content types; whether the request was processed (the sandbox's per-user
// counters tell); the selectors (count, every, p, method, provider, path); and spec errors.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/sandboxfixture.h"

#ifdef Q_OS_UNIX
#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

SandboxOptions fixtureOptions()
{
    SandboxOptions o;
    o.users = 400;
    o.seed = 3;
    return o;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void statusFaultsUseTheProviderFormat_data();
    void statusFaultsUseTheProviderFormat();
    void rateLimitFault();
    void slowResponsesAreDelayedButProcessed();
    void hangNeverAnswers_data();
    void hangNeverAnswers();
    void resetIsATcpReset_data();
    void resetIsATcpReset();
    void truncateCutsTheBody_data();
    void truncateCutsTheBody();
    void malformedJson();
    void socketLevelFaultsOnTheWire();
    void htmlProxyPage();
    void wrongContentType();

    void countLimitsFiring();
    void everyNthRequest();
    void probabilityIsDeterministic();
    void methodProviderAndPathSelectors();
    void tokenEndpointOnlyWhenNamed();
    void controlEndpointsAreNeverFaulted();
    void rulesAreTriedInOrder();
    void badSpecsAreRejected_data();
    void badSpecsAreRejected();

private:
    QString enabledHuaweiUser();
    HttpResult huaweiDisable(const QString &userId, int transferTimeoutMs = 0);
    HttpResult sailpointList(const QString &query = QStringLiteral("limit=5"));
    HttpResult rsaStatus(const QString &userId, const QByteArray &status);
    QJsonObject counters(const QString &provider, const QString &id)
    {
        return m_sandbox.user(provider, id);
    }
    void setFaults(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sandbox.setFaults(spec, &error), qPrintable(error));
    }

    SandboxFixture m_sandbox{fixtureOptions()};
    TestHttp m_http;
    QString m_storeId;
    HuaweiCredentials m_huawei;
    QByteArray m_sailpointToken;
    RsaKeyFile m_rsaKey;
    QByteArray m_jwt;
    int m_nextUser = 0;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const QJsonObject info = m_sandbox.info();
    const QJsonObject huawei = info.value(QStringLiteral("huawei")).toObject();
    m_storeId = huawei.value(QStringLiteral("identityStoreId")).toString();
    m_huawei.accessKey = huawei.value(QStringLiteral("accessKey")).toString().toLatin1();
    m_huawei.secretKey = huawei.value(QStringLiteral("secretKey")).toString().toLatin1();
    const QJsonObject sailpoint = info.value(QStringLiteral("sailpoint")).toObject();
    m_sailpointToken = sailpointToken(m_http, m_sandbox.baseUrl(),
        sailpoint.value(QStringLiteral("clientId")).toString().toLatin1(),
        sailpoint.value(QStringLiteral("clientSecret")).toString().toLatin1());
    QVERIFY(!m_sailpointToken.isEmpty());
    QString error;
    QVERIFY2(m_rsaKey.load(info.value(QStringLiteral("securid"))
                               .toObject()
                               .value(QStringLiteral("keyFile"))
                               .toString(),
                 &error),
        qPrintable(error));
    m_jwt = rsaJwt(m_rsaKey.privateKeyPem, rsaClaims(m_rsaKey));
}

void TestSandboxFaults::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.clearFaults());
}

QString TestSandboxFaults::enabledHuaweiUser()
{
    // A different enabled user each time, so counters start at zero.
    const QJsonArray users =
        m_sandbox
            .users(QStringLiteral("huawei"), {}, false,
                QStringLiteral("state=enabled&limit=1&offset=%1").arg(m_nextUser++))
            .value(QStringLiteral("users"))
            .toArray();
    return users.isEmpty() ? QString()
                           : users.first().toObject().value(QStringLiteral("id")).toString();
}

HttpResult TestSandboxFaults::huaweiDisable(const QString &userId, int transferTimeoutMs)
{
    const QUrl url = m_sandbox.url(
        QStringLiteral("/v1/identity-stores/%1/users/%2/disable").arg(m_storeId, userId));
    return m_http.send(
        "POST", url, {}, huaweiSign("POST", url, {}, m_huawei), 10000, transferTimeoutMs);
}

HttpResult TestSandboxFaults::sailpointList(const QString &query)
{
    return m_http.get(
        m_sandbox.url(QStringLiteral("/v3/accounts?") + query), bearer(m_sailpointToken));
}

HttpResult TestSandboxFaults::rsaStatus(const QString &userId, const QByteArray &status)
{
    return m_http.put(
        m_sandbox.url(QStringLiteral("/AdminInterface/restapi/v1/users/%1/userStatus").arg(userId)),
        R"({"userStatus":")" + status + R"("})",
        {{"Authorization", "Bearer " + m_jwt}, {"Content-Type", "application/json"}});
}

void TestSandboxFaults::statusFaultsUseTheProviderFormat_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("sailpoint 500")
        << QStringLiteral("sailpoint") << 500 << QStringLiteral("500.0 Internal Fault");
    QTest::newRow("sailpoint 503")
        << QStringLiteral("sailpoint") << 503 << QStringLiteral("503 Service Unavailable");
    QTest::newRow("sailpoint 403")
        << QStringLiteral("sailpoint") << 403 << QStringLiteral("403 Forbidden");
    QTest::newRow("sailpoint 401") << QStringLiteral("sailpoint") << 401 << QString();
    QTest::newRow("huawei 503") << QStringLiteral("huawei") << 503 << QStringLiteral("APIGW.0202");
    QTest::newRow("huawei 409") << QStringLiteral("huawei") << 409 << QStringLiteral("IIC.1006");
    QTest::newRow("huawei 403") << QStringLiteral("huawei") << 403 << QStringLiteral("IIC.1000");
    QTest::newRow("rsa 500") << QStringLiteral("rsa") << 500
                             << QStringLiteral("500 INTERNAL_SERVER_ERROR");
    QTest::newRow("rsa 504") << QStringLiteral("rsa") << 504
                             << QStringLiteral("504 GATEWAY_TIMEOUT");
}

void TestSandboxFaults::statusFaultsUseTheProviderFormat()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QString, code);
    CHECK(setFaults(QStringLiteral("status=%1,provider=%2").arg(status).arg(provider)));
    if (provider == QLatin1String("sailpoint")) {
        const QString id =
            m_sandbox.users(provider, {}, false, QStringLiteral("state=enabled&limit=1"))
                .value(QStringLiteral("users"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        const HttpResult r =
            m_http.post(m_sandbox.url(QStringLiteral("/v3/accounts/%1/disable").arg(id)), "{}",
                jsonBearer(m_sailpointToken));
        if (status == 401) {
            QCOMPARE(r.status, 401);
            QVERIFY(r.object().contains(QStringLiteral("error")));
        } else {
            CHECK(verifyErrorDto(r, status, code, QStringLiteral("injected")));
        }
        QCOMPARE(counters(provider, id).value(QStringLiteral("changeRequests")).toInt(), 0);
        QCOMPARE(counters(provider, id).value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(m_sandbox.stats()
                     .value(QStringLiteral("tasks"))
                     .toObject()
                     .value(QStringLiteral("pending"))
                     .toInt(),
            0);
    } else if (provider == QLatin1String("huawei")) {
        const QString id = enabledHuaweiUser();
        CHECK(verifyHuaweiError(huaweiDisable(id), status, code));
        QCOMPARE(counters(provider, id).value(QStringLiteral("state")).toString(),
            QStringLiteral("enabled"));
        QCOMPARE(counters(provider, id).value(QStringLiteral("changeRequests")).toInt(), 0);
        QCOMPARE(counters(provider, id).value(QStringLiteral("attempts")).toInt(), 1);
    } else {
        const QString id =
            m_sandbox.users(provider, {}, false, QStringLiteral("state=enabled&limit=1"))
                .value(QStringLiteral("users"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        CHECK(verifyRsaError(rsaStatus(id, "Disabled"), status, code));
        QCOMPARE(counters(provider, id).value(QStringLiteral("changeRequests")).toInt(), 0);
    }
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toInt(),
        1);
}

void TestSandboxFaults::rateLimitFault()
{
    CHECK(setFaults(QStringLiteral("429,retry=7,provider=rsa")));
    const QString id =
        m_sandbox.users(QStringLiteral("rsa"), {}, false, QStringLiteral("state=enabled&limit=1"))
            .value(QStringLiteral("users"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    const HttpResult r = rsaStatus(id, "Disabled");
    CHECK(verifyRsaError(r, 429, QStringLiteral("429 TOO_MANY_REQUESTS")));
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(
        counters(QStringLiteral("rsa"), id).value(QStringLiteral("changeRequests")).toInt(), 0);
    // The SailPoint body and header for the same fault.
    CHECK(setFaults(QStringLiteral("429,retry=3,provider=sailpoint")));
    const HttpResult s = sailpointList();
    QCOMPARE(s.status, 429);
    QCOMPARE(s.body, QByteArray(R"({"message":" Rate Limit Exceeded "})"));
    QCOMPARE(s.header("Retry-After"), QByteArray("3"));
}

void TestSandboxFaults::slowResponsesAreDelayedButProcessed()
{
    CHECK(setFaults(QStringLiteral("slow=700,provider=huawei,method=POST")));
    const QString id = enabledHuaweiUser();
    const HttpResult r = huaweiDisable(id);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 650, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(counters(QStringLiteral("huawei"), id).value(QStringLiteral("state")).toString(),
        QStringLiteral("disabled"));
    // A request the rule does not select is not delayed.
    const HttpResult quick = sailpointList();
    QCOMPARE(quick.status, 200);
    QVERIFY(quick.elapsedMs < 650);
}

void TestSandboxFaults::hangNeverAnswers_data()
{
    QTest::addColumn<bool>("before");
    QTest::newRow("after processing") << false;
    QTest::newRow("before processing") << true;
}

void TestSandboxFaults::hangNeverAnswers()
{
    QFETCH(bool, before);
    CHECK(setFaults(QStringLiteral("hang,provider=huawei,method=POST")
        + (before ? QStringLiteral(",phase=before") : QString())));
    const QString id = enabledHuaweiUser();
    const HttpResult r = huaweiDisable(id, 800);
    QCOMPARE(r.status, 0);
    QVERIFY(!r.timedOut); // QNAM's own transfer timeout fired, not the helper's
    QVERIFY2(
        r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
        qPrintable(r.errorString));
    QVERIFY(r.elapsedMs >= 750);
    QVERIFY(r.body.isEmpty());
    const QJsonObject c = counters(QStringLiteral("huawei"), id);
    QCOMPARE(c.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("changeRequests")).toInt(), before ? 0 : 1);
    QCOMPARE(c.value(QStringLiteral("state")).toString(),
        before ? QStringLiteral("enabled") : QStringLiteral("disabled"));
}

void TestSandboxFaults::resetIsATcpReset_data()
{
    QTest::addColumn<bool>("before");
    QTest::newRow("after processing") << false;
    QTest::newRow("before processing") << true;
}

void TestSandboxFaults::resetIsATcpReset()
{
    QFETCH(bool, before);
    CHECK(setFaults(QStringLiteral("reset,provider=huawei,method=POST")
        + (before ? QStringLiteral(",phase=before") : QString())));
    const QString id = enabledHuaweiUser();
    const HttpResult r = huaweiDisable(id);
    QCOMPARE(r.status, 0);
    QVERIFY(!r.timedOut);
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError, qPrintable(r.errorString));
    // QNAM (6.4) may resend even a POST by itself when the connection drops before any byte
    // of the response arrived (up to twice), so the reset can reach the sandbox more than
    // once; every attempt got the fault, and each was processed only after processing.
    const QJsonObject c = counters(QStringLiteral("huawei"), id);
    const int attempts = c.value(QStringLiteral("attempts")).toInt();
    QVERIFY2(attempts >= 1 && attempts <= 3, qPrintable(QString::number(attempts)));
    QCOMPARE(c.value(QStringLiteral("changeRequests")).toInt(), before ? 0 : attempts);
    QCOMPARE(c.value(QStringLiteral("state")).toString(),
        before ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("reset"))
                 .toInt(),
        attempts);
}

void TestSandboxFaults::truncateCutsTheBody_data()
{
    QTest::addColumn<bool>("before");
    QTest::newRow("after processing") << false;
    QTest::newRow("before processing") << true;
}

void TestSandboxFaults::truncateCutsTheBody()
{
    QFETCH(bool, before);
    const QString phase = before ? QStringLiteral(",phase=before") : QString();
    // A JSON listing cut in the middle ...
    CHECK(setFaults(QStringLiteral("truncate,path=/v3/accounts") + phase));
    const HttpResult r = sailpointList(QStringLiteral("limit=50"));
    QVERIFY(!r.timedOut);
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError, qPrintable(r.errorString));
    // ... and an empty 200 (Huawei disable) that promised a body.
    CHECK(setFaults(QStringLiteral("truncate,provider=huawei,method=POST") + phase));
    const QString id = enabledHuaweiUser();
    const HttpResult h = huaweiDisable(id);
    QVERIFY2(h.error == QNetworkReply::RemoteHostClosedError, qPrintable(h.errorString));
    const QJsonObject c = counters(QStringLiteral("huawei"), id);
    QCOMPARE(c.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("changeRequests")).toInt(), before ? 0 : 1);
}

#ifdef Q_OS_UNIX
namespace {

// One raw HTTP exchange on a plain POSIX socket, to see the bytes and how the connection
// ends: `end` is "fin" (orderly close), "rst" (ECONNRESET) or "open" (nothing for 1.5 s).
struct WireResult
{
    QByteArray bytes;
    QByteArray end;
};

WireResult rawExchange(quint16 port, const QByteArray &request)
{
    WireResult result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{1, 500000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::send(fd, request.constData(), size_t(request.size()), 0) != request.size()) {
        ::close(fd);
        result.end = "connect-failed";
        return result;
    }
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            result.bytes.append(buffer, n);
            continue;
        }
        if (n == 0)
            result.end = "fin";
        else if (errno == ECONNRESET)
            result.end = "rst";
        else if (errno == EAGAIN || errno == EWOULDBLOCK)
            result.end = "open";
        else
            result.end = "error";
        break;
    }
    ::close(fd);
    return result;
}

} // namespace
#endif

void TestSandboxFaults::socketLevelFaultsOnTheWire()
{
#ifndef Q_OS_UNIX
    QSKIP("raw socket check is POSIX-only");
#else
    const quint16 port = m_sandbox.host().port();
    const QByteArray request = "GET /v3/accounts?limit=3 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer "
        + m_sailpointToken + "\r\n\r\n";

    CHECK(setFaults(QStringLiteral("reset,path=/v3/accounts")));
    WireResult w = rawExchange(port, request);
    QCOMPARE(w.end, QByteArray("rst"));
    QVERIFY(w.bytes.isEmpty());

    CHECK(setFaults(QStringLiteral("hang,path=/v3/accounts")));
    w = rawExchange(port, request);
    QCOMPARE(w.end, QByteArray("open"));
    QVERIFY(w.bytes.isEmpty());

    CHECK(setFaults(QStringLiteral("truncate,path=/v3/accounts")));
    w = rawExchange(port, request);
    QCOMPARE(w.end, QByteArray("fin"));
    const qsizetype headerEnd = w.bytes.indexOf("\r\n\r\n");
    QVERIFY(w.bytes.startsWith("HTTP/1.1 200 "));
    QVERIFY(headerEnd > 0);
    const qsizetype promised =
        w.bytes.mid(w.bytes.indexOf("Content-Length: ") + 16, 12).split('\r').first().toLongLong();
    const qsizetype received = w.bytes.size() - headerEnd - 4;
    QVERIFY2(received > 0 && received < promised,
        qPrintable(QStringLiteral("%1 of %2").arg(received).arg(promised)));

    CHECK(setFaults(QStringLiteral("slow=400,path=/v3/accounts")));
    QElapsedTimer clock;
    clock.start();
    w = rawExchange(port,
        request + "GET /v3/accounts?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(clock.elapsed() >= 350);
    QVERIFY(w.bytes.startsWith("HTTP/1.1 200 "));
#endif
}

void TestSandboxFaults::malformedJson()
{
    CHECK(setFaults(QStringLiteral("malformed,path=/v3/accounts")));
    const HttpResult r = sailpointList();
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(r.header("Content-Length").toInt(), int(r.body.size())); // well-formed HTTP
    // An empty success body (Huawei disable) becomes broken JSON too; still processed.
    CHECK(setFaults(QStringLiteral("malformed,provider=huawei")));
    const QString id = enabledHuaweiUser();
    const HttpResult h = huaweiDisable(id);
    QCOMPARE(h.status, 200);
    QVERIFY(h.header("Content-Type").startsWith("application/json"));
    QJsonDocument::fromJson(h.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(
        counters(QStringLiteral("huawei"), id).value(QStringLiteral("changeRequests")).toInt(), 1);
}

void TestSandboxFaults::htmlProxyPage()
{
    CHECK(setFaults(QStringLiteral("html,provider=huawei")));
    const QString id = enabledHuaweiUser();
    const HttpResult r = huaweiDisable(id);
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.startsWith("<html>"));
    QCOMPARE(
        counters(QStringLiteral("huawei"), id).value(QStringLiteral("changeRequests")).toInt(), 0);
}

void TestSandboxFaults::wrongContentType()
{
    CHECK(setFaults(QStringLiteral("ctype,path=/v3/accounts")));
    const HttpResult r = sailpointList();
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(r.json().array().size(), 5); // the real body
}

void TestSandboxFaults::countLimitsFiring()
{
    CHECK(setFaults(QStringLiteral("status=503,path=/v3/accounts,count=2")));
    QCOMPARE(sailpointList().status, 503);
    QCOMPARE(sailpointList().status, 503);
    QCOMPARE(sailpointList().status, 200);
    QCOMPARE(sailpointList().status, 200);
    const QJsonObject rule =
        m_sandbox.stats().value(QStringLiteral("faultRules")).toArray().first().toObject();
    QCOMPARE(rule.value(QStringLiteral("matched")).toInt(), 4);
    QCOMPARE(rule.value(QStringLiteral("fired")).toInt(), 2);
}

void TestSandboxFaults::everyNthRequest()
{
    CHECK(setFaults(QStringLiteral("status=500,path=/v3/accounts,every=3")));
    QList<int> statuses;
    for (int i = 0; i < 7; ++i)
        statuses.append(sailpointList().status);
    QCOMPARE(statuses, (QList<int>{200, 200, 500, 200, 200, 500, 200}));
}

void TestSandboxFaults::probabilityIsDeterministic()
{
    const auto run = [this] {
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(sailpointList(QStringLiteral("limit=1")).status);
        return statuses;
    };
    CHECK(setFaults(QStringLiteral("status=503,p=0.5,path=/v3/accounts")));
    const QList<int> first = run();
    CHECK(setFaults(QStringLiteral("status=503,p=0.5,path=/v3/accounts"))); // counters restart
    const QList<int> second = run();
    QCOMPARE(first, second);
    const auto failed = first.count(503);
    QVERIFY2(failed >= 8 && failed <= 32, qPrintable(QString::number(failed)));
}

void TestSandboxFaults::methodProviderAndPathSelectors()
{
    CHECK(setFaults(QStringLiteral("status=500,method=PUT")));
    QCOMPARE(sailpointList().status, 200);
    const QString rsaId =
        m_sandbox.users(QStringLiteral("rsa"), {}, false, QStringLiteral("state=enabled&limit=1"))
            .value(QStringLiteral("users"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    QCOMPARE(rsaStatus(rsaId, "Disabled").status, 500);

    CHECK(setFaults(QStringLiteral("status=500,provider=huawei")));
    QCOMPARE(sailpointList().status, 200);
    QCOMPARE(huaweiDisable(enabledHuaweiUser()).status, 500);

    // "*" stays within a segment, "**" crosses them.
    const QString accountId =
        sailpointList().array().first().toObject().value(QStringLiteral("id")).toString();
    CHECK(setFaults(QStringLiteral("status=500,path=/v3/accounts/*")));
    QCOMPARE(sailpointList().status, 200);
    QCOMPARE(m_http
                 .get(m_sandbox.url(QStringLiteral("/v3/accounts/") + accountId),
                     bearer(m_sailpointToken))
                 .status,
        500);
    QCOMPARE(m_http
                 .post(m_sandbox.url(QStringLiteral("/v3/accounts/%1/disable").arg(accountId)),
                     "{}", jsonBearer(m_sailpointToken))
                 .status,
        202);
    CHECK(setFaults(QStringLiteral("status=500,path=/v3/**")));
    QCOMPARE(sailpointList().status, 500);
    QCOMPARE(m_http
                 .post(m_sandbox.url(QStringLiteral("/v3/accounts/%1/enable").arg(accountId)), "{}",
                     jsonBearer(m_sailpointToken))
                 .status,
        500);
}

void TestSandboxFaults::tokenEndpointOnlyWhenNamed()
{
    const QJsonObject sailpoint = m_sandbox.info().value(QStringLiteral("sailpoint")).toObject();
    const auto fetch = [&] {
        return m_http.post(m_sandbox.url(QStringLiteral("/oauth/token")),
            "grant_type=client_credentials&client_id="
                + sailpoint.value(QStringLiteral("clientId")).toString().toLatin1()
                + "&client_secret="
                + sailpoint.value(QStringLiteral("clientSecret")).toString().toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    CHECK(setFaults(QStringLiteral("status=503")));
    QCOMPARE(fetch().status, 200);
    QCOMPARE(sailpointList().status, 503);
    CHECK(setFaults(QStringLiteral("status=503,path=/oauth/token")));
    CHECK(verifyErrorDto(fetch(), 503, QStringLiteral("503 Service Unavailable")));
    QCOMPARE(sailpointList().status, 200);
    CHECK(setFaults(QStringLiteral("slow=300,path=/oauth/**")));
    const HttpResult slow = fetch();
    QCOMPARE(slow.status, 200);
    QVERIFY(slow.elapsedMs >= 250);
}

void TestSandboxFaults::controlEndpointsAreNeverFaulted()
{
    CHECK(setFaults(QStringLiteral("reset,path=/**")));
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/stats"))).status, 200);
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/info"))).status, 200);
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/faults")))
                 .object()
                 .value(QStringLiteral("faults"))
                 .toString(),
        QStringLiteral("reset,path=/**"));
}

void TestSandboxFaults::rulesAreTriedInOrder()
{
    // The first rule fires on the first request; the second counts only requests the first
    // let through.
    CHECK(setFaults(
        QStringLiteral("status=500,count=1,path=/v3/**; status=503,count=1,path=/v3/**")));
    QCOMPARE(sailpointList().status, 500);
    QCOMPARE(sailpointList().status, 503);
    QCOMPARE(sailpointList().status, 200);
}

void TestSandboxFaults::badSpecsAreRejected_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown kind") << QStringLiteral("explode") << QStringLiteral("'explode'");
    QTest::newRow("status without code") << QStringLiteral("status") << QStringLiteral("status");
    QTest::newRow("status 200") << QStringLiteral("status=200") << QStringLiteral("400 to 599");
    QTest::newRow("slow without ms") << QStringLiteral("slow") << QStringLiteral("slow");
    QTest::newRow("bad probability") << QStringLiteral("hang,p=2") << QStringLiteral("'2'");
    QTest::newRow("unknown key") << QStringLiteral("hang,when=now") << QStringLiteral("'when'");
    QTest::newRow("phase on html")
        << QStringLiteral("html,phase=before") << QStringLiteral("phase");
    QTest::newRow("bad provider") << QStringLiteral("hang,provider=okta")
                                  << QStringLiteral("'okta'");
    QTest::newRow("bad method") << QStringLiteral("hang,method=PATCH") << QStringLiteral("'PATCH'");
    QTest::newRow("relative path") << QStringLiteral("hang,path=v3") << QStringLiteral("'v3'");
    QTest::newRow("second rule bad")
        << QStringLiteral("hang,count=1; reset,count=zero") << QStringLiteral("fault rule 2");
    QTest::newRow("value on hang") << QStringLiteral("hang=5") << QStringLiteral("takes no value");
    QTest::newRow("retry on status")
        << QStringLiteral("status=500,retry=3") << QStringLiteral("retry");
}

void TestSandboxFaults::badSpecsAreRejected()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    CHECK(setFaults(QStringLiteral("slow=1")));
    const HttpResult r =
        m_http.post(m_sandbox.url(QStringLiteral("/_sandbox/faults")), spec.toUtf8());
    QCOMPARE(r.status, 400);
    const QString error = r.object().value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // The spec in effect did not change.
    QCOMPARE(m_http.get(m_sandbox.url(QStringLiteral("/_sandbox/faults")))
                 .object()
                 .value(QStringLiteral("faults"))
                 .toString(),
        QStringLiteral("slow=1"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
