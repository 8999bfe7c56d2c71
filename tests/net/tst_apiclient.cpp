// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "auth/oauth2clientcredentials.h"
#include "net/apiclient.h"
#include "providers/sailpoint/sailpointwire.h"
#include "support/sandboxfixture.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// The HTTP rules of DESIGN.md, seen through every fault the sandbox can inject: reads are
// retried, state changes never resent blindly (they become "unknown"), 429 waits Retry-After
// and resends, bad bodies are clear Protocol errors.
class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readIsRetriedAfter5xx();
    void readGivesUpAfterBoundedRetries();
    void mutationIsNeverResentAfter5xx();
    void rateLimitedRequestsWaitRetryAfterAndResend_data();
    void rateLimitedRequestsWaitRetryAfterAndResend();
    void ourLimiterKeepsUnderTheProvidersLimit();
    void hangingReadTimesOutAndIsRetried();
    void hangingMutationIsUnknown();
    void resetAfterProcessingIsUnknown();
    void truncatedBodyIsRetriedThenReported();
    void htmlErrorPageIsAProtocolError();
    void wrongContentTypeIsAProtocolError();
    void malformedJsonIsAProtocolError();
    void slowResponseStillArrives();
    void deadlineCoversTheWholeRequest();
    void plainHttpIsRefusedExceptLoopback_data();
    void plainHttpIsRefusedExceptLoopback();

private:
    struct Client
    {
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<ApiClient> tokens;
        std::unique_ptr<OAuth2ClientCredentials> credentials;
        std::unique_ptr<RateLimiter> limiter;
    };
    Client makeClient(
        const ApiClientConfig &overrides = {}, int rateLimit = 0, int windowMs = 10000);
    ApiResult run(ApiClient *client, const ApiRequest &request);
    QString enabledUser();
    static ApiRequest listAccounts();
    static ApiRequest disable(const QString &id);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 300;
        options.taskSeconds = 1;
        return options;
    }()};
    QNetworkAccessManager m_nam;
};

TestApiClient::Client TestApiClient::makeClient(
    const ApiClientConfig &overrides, int rateLimit, int windowMs)
{
    const QJsonObject sp = m_sandbox.info().value(QLatin1String("sailpoint")).toObject();
    ApiClientConfig config = overrides;
    config.baseUrl = m_sandbox.baseUrl();
    Client client;
    client.api = std::make_unique<ApiClient>(&m_nam, config);
    client.tokens = std::make_unique<ApiClient>(&m_nam, config);
    client.credentials = std::make_unique<OAuth2ClientCredentials>(client.tokens.get(),
        sp.value(QLatin1String("clientId")).toString(),
        sp.value(QLatin1String("clientSecret")).toString().toUtf8());
    client.api->setSigner(client.credentials.get());
    client.api->setErrorParser(&SailPointWire::parseError);
    if (rateLimit > 0) {
        client.limiter = std::make_unique<RateLimiter>(rateLimit, windowMs);
        client.api->setRateLimiter(client.limiter.get());
    }
    return client;
}

ApiResult TestApiClient::run(ApiClient *client, const ApiRequest &request)
{
    ApiCall *call = client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(120000))
        return ApiResult{};
    return finished.first().first().value<ApiResult>();
}

ApiRequest TestApiClient::listAccounts()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v3/accounts"));
    request.addQuery(QStringLiteral("limit"), QStringLiteral("10"));
    request.rateBucket = QStringLiteral("v3");
    return request;
}

ApiRequest TestApiClient::disable(const QString &id)
{
    ApiRequest request = ApiRequest::post(
        QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}", "application/json");
    request.rateBucket = QStringLiteral("v3");
    return request;
}

QString TestApiClient::enabledUser()
{
    return m_sandbox
        .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("state=enabled&limit=1"))
        .value(QLatin1String("users"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

void TestApiClient::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestApiClient::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QJsonValue()}}));
    QVERIFY(m_sandbox.reset());
}

void TestApiClient::readIsRetriedAfter5xx()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("status=503,count=2,method=GET,path=/v3/**")));
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(result.jsonArray()->size(), 10);
}

void TestApiClient::readGivesUpAfterBoundedRetries()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("status=500,method=GET,path=/v3/**")));
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Server);
    QCOMPARE(result.error.httpStatus(), 500);
    QCOMPARE(result.attempts, 4); // one try and three retries
    QVERIFY(!result.error.outcomeUnknown());
    QCOMPARE(result.error.requestId().size(), 32); // SailPoint's trackingId is kept
}

void TestApiClient::mutationIsNeverResentAfter5xx()
{
    Client client = makeClient();
    const QString id = enabledUser();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("status=502,method=POST,path=/v3/**")));
    const ApiResult result = run(client.api.get(), disable(id));
    QVERIFY(!result.ok());
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.error.outcomeUnknown());
    const QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QLatin1String("attempts")).toInt(), 1);
    QCOMPARE(user.value(QLatin1String("changeRequests")).toInt(), 0);
}

void TestApiClient::rateLimitedRequestsWaitRetryAfterAndResend_data()
{
    QTest::addColumn<bool>("mutation");
    QTest::newRow("read") << false;
    QTest::newRow("state change") << true;
}

void TestApiClient::rateLimitedRequestsWaitRetryAfterAndResend()
{
    QFETCH(bool, mutation);
    Client client = makeClient({}, 100, 10000);
    const QString id = enabledUser();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("429,retry=1,count=2,path=/v3/**")));
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = run(client.api.get(), mutation ? disable(id) : listAccounts());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.attempts, 3);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    if (mutation) {
        const QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
        QCOMPARE(user.value(QLatin1String("changeRequests")).toInt(), 1);
        QCOMPARE(user.value(QLatin1String("attempts")).toInt(), 3);
    }
}

void TestApiClient::ourLimiterKeepsUnderTheProvidersLimit()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("4/1")}}));
    const auto burst = [&](Client &client) {
        int finished = 0;
        int ok = 0;
        int retried = 0;
        for (int i = 0; i < 10; ++i) {
            ApiCall *call = client.api->send(listAccounts());
            connect(call, &ApiCall::finished, this, [&](const ApiResult &result) {
                ++finished;
                ok += result.ok() ? 1 : 0;
                retried += result.attempts > 1 ? 1 : 0;
            });
        }
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished, 10, 60000); }();
        return qMakePair(ok, retried);
    };
    // Without a limiter the provider answers 429s, which are waited out and resent.
    Client unlimited = makeClient();
    const auto [okPlain, retriedPlain] = burst(unlimited);
    QCOMPARE(okPlain, 10);
    QVERIFY(retriedPlain > 0);
    // With the profile's limiter matching the provider's, no request is refused at all.
    // (Connections are opened first: a new connection's set-up time would shift arrivals.)
    Client limited = makeClient({}, 4, 1000);
    QTest::qWait(1300);
    burst(limited);
    QTest::qWait(1300);
    const auto [okLimited, retriedLimited] = burst(limited);
    QCOMPARE(okLimited, 10);
    QCOMPARE(retriedLimited, 0);
}

void TestApiClient::hangingReadTimesOutAndIsRetried()
{
    ApiClientConfig config;
    config.transferTimeoutMs = 700;
    Client client = makeClient(config);
    QVERIFY(m_sandbox.setFaults(QStringLiteral("hang,count=1,method=GET,path=/v3/**")));
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.attempts, 2);
}

void TestApiClient::hangingMutationIsUnknown()
{
    ApiClientConfig config;
    config.transferTimeoutMs = 700;
    Client client = makeClient(config);
    const QString id = enabledUser();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("hang,method=POST,path=/v3/**")));
    const ApiResult result = run(client.api.get(), disable(id));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(result.attempts, 1);
    // The sandbox did process it: exactly why it must not be sent again blindly.
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id).value(QLatin1String("changeRequests")),
        QJsonValue(1));
}

void TestApiClient::resetAfterProcessingIsUnknown()
{
    Client client = makeClient();
    const QString id = enabledUser();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("reset,method=POST,path=/v3/**")));
    const ApiResult result = run(client.api.get(), disable(id));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id).value(QLatin1String("changeRequests")),
        QJsonValue(1));
}

void TestApiClient::truncatedBodyIsRetriedThenReported()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("truncate,count=1,method=GET,path=/v3/**")));
    const ApiResult retried = run(client.api.get(), listAccounts());
    QVERIFY2(retried.ok(), qPrintable(retried.error.summary()));
    QCOMPARE(retried.attempts, 2);

    QVERIFY(m_sandbox.setFaults(QStringLiteral("truncate,method=GET,path=/v3/**")));
    const ApiResult failed = run(client.api.get(), listAccounts());
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.message().contains(QLatin1String("cut off")),
        qPrintable(failed.error.summary()));
}

void TestApiClient::htmlErrorPageIsAProtocolError()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("html,path=/v3/**")));
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Protocol);
    QCOMPARE(result.error.httpStatus(), 502);
    QVERIFY2(
        result.error.message().contains(QLatin1String("HTML")), qPrintable(result.error.summary()));
    QCOMPARE(result.attempts, 4); // a 502 read is retried like any 5xx
}

void TestApiClient::wrongContentTypeIsAProtocolError()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("ctype,path=/v3/**")));
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY(result.ok()); // transport-wise fine ...
    const Result<QJsonArray> body = result.jsonArray();
    QVERIFY(!body.ok()); // ... but not trusted as data
    QCOMPARE(body.error().kind(), ApiError::Kind::Protocol);
    QVERIFY2(body.error().message().contains(QLatin1String("text/plain")),
        qPrintable(body.error().message()));
}

void TestApiClient::malformedJsonIsAProtocolError()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("malformed,path=/v3/**")));
    const ApiResult result = run(client.api.get(), listAccounts());
    const Result<QJsonArray> body = result.jsonArray();
    QVERIFY(!body.ok());
    QCOMPARE(body.error().kind(), ApiError::Kind::Protocol);
    QVERIFY2(body.error().message().contains(QLatin1String("not valid JSON")),
        qPrintable(body.error().message()));
}

void TestApiClient::slowResponseStillArrives()
{
    Client client = makeClient();
    QVERIFY(m_sandbox.setFaults(QStringLiteral("slow=400,path=/v3/**")));
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY2(result.ok(), qPrintable(result.error.summary()));
    QCOMPARE(result.attempts, 1);
    QVERIFY(timer.elapsed() >= 390);
}

void TestApiClient::deadlineCoversTheWholeRequest()
{
    ApiClientConfig config;
    config.deadlineMs = 1500;
    Client client = makeClient(config);
    QVERIFY(m_sandbox.setFaults(QStringLiteral("slow=5000,path=/v3/**")));
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = run(client.api.get(), listAccounts());
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(timer.elapsed() < 4500);
}

void TestApiClient::plainHttpIsRefusedExceptLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://tenant.api.identitynow.com" << true;
    QTest::newRow("http remote") << "http://tenant.api.identitynow.com" << false;
    QTest::newRow("http ipv4 loopback") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http private lan") << "http://192.168.1.10" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
}

void TestApiClient::plainHttpIsRefusedExceptLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(!ApiClient::checkUrl(QUrl(url)).isError(), allowed);
    if (!allowed) {
        ApiClientConfig config;
        config.baseUrl = QUrl(url);
        ApiClient client(&m_nam, config);
        const ApiResult result = run(&client, ApiRequest::get(QStringLiteral("/x")));
        QCOMPARE(result.error.kind(), ApiError::Kind::Config);
        QCOMPARE(result.attempts, 0); // nothing left the machine
    }
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
