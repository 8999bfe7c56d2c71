// SPDX-License-Identifier: GPL-3.0-or-later
// The SailPoint simulator over real loopback HTTP, checked against the fact sheet and the
// v3 accounts spec: OAuth client credentials, accounts listing (paging, count, filters,
// sorters), single reads, disable/enable/unlock with asynchronous tasks, task status on every
// version, errors, and per-client, per-version rate limits.
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "sandboxclients.h"
#include "sandboxtestutil.h"
#include "support/sandboxfixture.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

constexpr int userCount = 600;

SandboxOptions fixtureOptions()
{
    SandboxOptions o;
    o.users = userCount;
    o.seed = 7;
    o.taskSeconds = 1;
    return o;
}

// Required fields of Account (BaseCommonDto + Account) in the v3 spec.
const QStringList accountRequired = {QStringLiteral("name"), QStringLiteral("sourceId"),
    QStringLiteral("sourceName"), QStringLiteral("attributes"), QStringLiteral("authoritative"),
    QStringLiteral("disabled"), QStringLiteral("locked"), QStringLiteral("nativeIdentity"),
    QStringLiteral("systemAccount"), QStringLiteral("uncorrelated"),
    QStringLiteral("manuallyCorrelated"), QStringLiteral("hasEntitlements")};

// Required fields of TaskStatus (beta and v2025).
const QStringList taskRequired = {QStringLiteral("id"), QStringLiteral("type"),
    QStringLiteral("uniqueName"), QStringLiteral("description"), QStringLiteral("parentName"),
    QStringLiteral("attributes"), QStringLiteral("created"), QStringLiteral("modified"),
    QStringLiteral("launched"), QStringLiteral("launcher"), QStringLiteral("completed"),
    QStringLiteral("completionStatus"), QStringLiteral("messages"), QStringLiteral("progress"),
    QStringLiteral("percentComplete"), QStringLiteral("returns")};

QString enc(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestSandboxSailPoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tokenAcceptsEveryParameterStyle_data();
    void tokenAcceptsEveryParameterStyle();
    void tokenRejectsBadClients_data();
    void tokenRejectsBadClients();
    void apiRejectsMissingOrUnknownTokens_data();
    void apiRejectsMissingOrUnknownTokens();
    void expiredTokensAreRejected();
    void tokensExpireAfterTokenSeconds();

    void accountsMatchTheSpec();
    void slimAccountsKeepRequiredFields();
    void pagingCoversEveryAccountOnce();
    void listParametersAreValidated_data();
    void listParametersAreValidated();
    void filters_data();
    void filters();
    void badFiltersAre400_data();
    void badFiltersAre400();
    void sorters_data();
    void sorters();
    void badSortersAre400();
    void getOneAccount();

    void actionsNeedAJsonObjectBody_data();
    void actionsNeedAJsonObjectBody();
    void disableRunsATaskThatFlipsOnlyWhenDone();
    void tasksCompleteWithoutPolling();
    void enableAndUnlock();
    void taskStatusOnEveryVersion_data();
    void taskStatusOnEveryVersion();
    void unknownTasksAre404WithoutBody();
    void taskErrorFaultFailsTheTaskAndChangesNothing();
    void readOnlyClientGets403OnActions();
    void unknownAccountActionIs404();
    void accountEndpointsOnOtherVersions();

    void rateLimitIsPerClientAndVersion();
    void rateLimitedActionsAreNotProcessed();

private:
    HttpResult api(const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body = {}, int client = 0);
    QByteArray token(int client = 0);
    QJsonObject pickUser(const QString &query);
    QStringList namesOf(const HttpResult &r) const;

    SandboxFixture m_sandbox{fixtureOptions()};
    TestHttp m_http;
    QJsonArray m_clients;
    QByteArray m_tokens[3];
    QJsonArray m_all; // every account, in the default order
};

void TestSandboxSailPoint::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_clients = m_sandbox.extendedInfo().value(QStringLiteral("sailpointClients")).toArray();
    QCOMPARE(m_clients.size(), 3);
    for (int offset = 0; offset < userCount; offset += 250) {
        const HttpResult r =
            api("GET", QStringLiteral("/v3/accounts?limit=250&offset=%1").arg(offset));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.array())
            m_all.append(v);
    }
    QCOMPARE(m_all.size(), userCount);
}

void TestSandboxSailPoint::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QJsonValue()},
        {QStringLiteral("taskSeconds"), 1}, {QStringLiteral("tokenSeconds"), 749}}));
}

QByteArray TestSandboxSailPoint::token(int client)
{
    if (m_tokens[client].isEmpty()) {
        const QJsonObject c = m_clients.at(client).toObject();
        m_tokens[client] = sailpointToken(m_http, m_sandbox.baseUrl(),
            c.value(QStringLiteral("clientId")).toString().toLatin1(),
            c.value(QStringLiteral("clientSecret")).toString().toLatin1());
    }
    return m_tokens[client];
}

HttpResult TestSandboxSailPoint::api(
    const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, int client)
{
    RawHeaders headers = bearer(token(client));
    if (method == "POST")
        headers.push_back({"Content-Type", "application/json"});
    return m_http.send(method, m_sandbox.url(pathAndQuery), body, headers);
}

QJsonObject TestSandboxSailPoint::pickUser(const QString &query)
{
    const QJsonArray users =
        m_sandbox.users(QStringLiteral("sailpoint"), {}, false, query + QStringLiteral("&limit=1"))
            .value(QStringLiteral("users"))
            .toArray();
    return users.isEmpty() ? QJsonObject() : users.first().toObject();
}

QStringList TestSandboxSailPoint::namesOf(const HttpResult &r) const
{
    QStringList names;
    for (const QJsonValue &v : r.array())
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// --- OAuth

void TestSandboxSailPoint::tokenAcceptsEveryParameterStyle_data()
{
    QTest::addColumn<QString>("style");
    QTest::newRow("form-urlencoded") << QStringLiteral("form");
    QTest::newRow("multipart") << QStringLiteral("multipart");
    QTest::newRow("query string") << QStringLiteral("query");
}

void TestSandboxSailPoint::tokenAcceptsEveryParameterStyle()
{
    QFETCH(QString, style);
    const QJsonObject c = m_clients.at(0).toObject();
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    params.addQueryItem(
        QStringLiteral("client_id"), c.value(QStringLiteral("clientId")).toString());
    params.addQueryItem(
        QStringLiteral("client_secret"), c.value(QStringLiteral("clientSecret")).toString());
    HttpResult r;
    if (style == QLatin1String("form")) {
        r = m_http.post(m_sandbox.url(QStringLiteral("/oauth/token")),
            params.toString(QUrl::FullyEncoded).toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    } else if (style == QLatin1String("query")) {
        r = m_http.post(
            m_sandbox.url(QStringLiteral("/oauth/token?") + params.toString(QUrl::FullyEncoded)),
            QByteArray());
    } else {
        // multipart/form-data through QNAM's own encoder, as the TypeScript SDK sends it.
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &item : params.queryItems()) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"%1\"").arg(item.first));
            part.setBody(item.second.toUtf8());
            multi->append(part);
        }
        QNetworkRequest request(m_sandbox.url(QStringLiteral("/oauth/token")));
        QNetworkReply *reply = m_http.manager().post(request, multi);
        multi->setParent(reply);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
    }
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJson());
    const QJsonObject o = r.object();
    CHECK(verifyKeys(o,
        {QStringLiteral("access_token"), QStringLiteral("token_type"), QStringLiteral("expires_in"),
            QStringLiteral("scope"), QStringLiteral("tenant_id"), QStringLiteral("pod"),
            QStringLiteral("org"), QStringLiteral("jti")}));
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 749);
    const QByteArray accessToken = o.value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(accessToken.count('.'), 2); // JWT-shaped
    const HttpResult list =
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts?limit=1")), bearer(accessToken));
    QCOMPARE(list.status, 200);
}

void TestSandboxSailPoint::tokenRejectsBadClients_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray id = "7c8e4f2a-1b3d-4e5f-9a6b-0c1d2e3f4a5b";
    QTest::newRow("wrong secret") << QByteArray(
        "grant_type=client_credentials&client_id=" + id + "&client_secret=nope")
                                  << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown client")
        << QByteArray("grant_type=client_credentials&client_id=abc&client_secret=def") << 401
        << QStringLiteral("invalid_client");
    QTest::newRow("no client") << QByteArray("grant_type=client_credentials") << 401
                               << QStringLiteral("invalid_client");
    QTest::newRow("password grant") << QByteArray("grant_type=password&username=a&password=b")
                                    << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("no grant") << QByteArray("client_id=a&client_secret=b") << 400
                              << QStringLiteral("invalid_request");
}

void TestSandboxSailPoint::tokenRejectsBadClients()
{
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult r = m_http.post(m_sandbox.url(QStringLiteral("/oauth/token")), form,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, status);
    QVERIFY(r.isJson());
    QCOMPARE(r.object().value(QStringLiteral("error")).toString(), error);
    QVERIFY(r.object().contains(QStringLiteral("error_description")));
    if (status == 401)
        QCOMPARE(r.object().value(QStringLiteral("error_description")).toString(),
            QStringLiteral("Bad credentials"));
}

void TestSandboxSailPoint::apiRejectsMissingOrUnknownTokens_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("unknown token") << QByteArray("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
    QTest::newRow("basic auth") << QByteArray("Basic YTpi");
}

void TestSandboxSailPoint::apiRejectsMissingOrUnknownTokens()
{
    QFETCH(QByteArray, authorization);
    RawHeaders headers;
    if (!authorization.isEmpty())
        headers.push_back({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("/v3/accounts"),
             QStringLiteral("/beta/task-status/00000000000000000000000000000000")}) {
        const HttpResult r = m_http.get(m_sandbox.url(path), headers);
        QCOMPARE(r.status, 401);
        QVERIFY(r.isJson());
        QVERIFY(!r.object().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(r.object().size(), 1);
    }
}

void TestSandboxSailPoint::expiredTokensAreRejected()
{
    const QJsonObject c = m_clients.at(0).toObject();
    const QByteArray t = sailpointToken(m_http, m_sandbox.baseUrl(),
        c.value(QStringLiteral("clientId")).toString().toLatin1(),
        c.value(QStringLiteral("clientSecret")).toString().toLatin1());
    QCOMPARE(
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts?limit=1")), bearer(t)).status, 200);
    QVERIFY(m_sandbox.expireTokens() >= 1);
    const HttpResult r =
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts?limit=1")), bearer(t));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object().value(QStringLiteral("error")).toString(),
        QStringLiteral("JWT validation failed: JWT is expired"));
    for (QByteArray &cached : m_tokens)
        cached.clear();
    // A fresh token works again.
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts?limit=1")).status, 200);
}

void TestSandboxSailPoint::tokensExpireAfterTokenSeconds()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("tokenSeconds"), 1}}));
    const QJsonObject c = m_clients.at(1).toObject();
    const QByteArray body = "grant_type=client_credentials&client_id="
        + c.value(QStringLiteral("clientId")).toString().toLatin1()
        + "&client_secret=" + c.value(QStringLiteral("clientSecret")).toString().toLatin1();
    const HttpResult issued = m_http.post(m_sandbox.url(QStringLiteral("/oauth/token")), body,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(issued.object().value(QStringLiteral("expires_in")).toInt(), 1);
    const QByteArray t =
        issued.object().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts?limit=0")), bearer(t)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(m_sandbox.url(QStringLiteral("/v3/accounts?limit=0")), bearer(t)).status, 401,
        5000);
}

// --- listing

void TestSandboxSailPoint::accountsMatchTheSpec()
{
    const HttpResult r = api("GET", QStringLiteral("/v3/accounts?limit=50"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.header("X-Total-Count").isEmpty()); // only with count=true
    const QJsonArray accounts = r.array();
    QCOMPARE(accounts.size(), 50);
    for (const QJsonValue &value : accounts) {
        const QJsonObject a = value.toObject();
        CHECK(verifyKeys(a, accountRequired));
        QVERIFY(isLowerHex(a.value(QStringLiteral("id")).toString(), 32));
        QVERIFY(isLowerHex(a.value(QStringLiteral("sourceId")).toString(), 32));
        QVERIFY(isIsoUtc(a.value(QStringLiteral("created")).toString()));
        QVERIFY(isIsoUtc(a.value(QStringLiteral("modified")).toString()));
        for (const char *flag : {"authoritative", "disabled", "locked", "systemAccount",
                 "uncorrelated", "manuallyCorrelated", "hasEntitlements"})
            QVERIFY2(a.value(QLatin1String(flag)).isBool(), flag);
        QVERIFY(a.value(QStringLiteral("nativeIdentity")).isString());
        QVERIFY(!a.value(QStringLiteral("name")).toString().isEmpty());
        const QJsonObject attributes = a.value(QStringLiteral("attributes")).toObject();
        CHECK(verifyKeys(attributes,
            {QStringLiteral("displayName"), QStringLiteral("mail"), QStringLiteral("firstName"),
                QStringLiteral("lastName"), QStringLiteral("department")}));
        if (!a.value(QStringLiteral("uncorrelated")).toBool()) {
            QVERIFY(isLowerHex(a.value(QStringLiteral("identityId")).toString(), 32));
            const QJsonObject identity = a.value(QStringLiteral("identity")).toObject();
            QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("IDENTITY"));
            QCOMPARE(identity.value(QStringLiteral("id")), a.value(QStringLiteral("identityId")));
            QCOMPARE(identity.value(QStringLiteral("name")),
                attributes.value(QStringLiteral("displayName")));
        }
        const QString origin = a.value(QStringLiteral("origin")).toString();
        QVERIFY(origin == QLatin1String("AGGREGATED") || origin == QLatin1String("PROVISIONING"));
    }
    // Across the population: mixed sources and states.
    QSet<QString> sources;
    int disabled = 0;
    for (const QJsonValue &v : std::as_const(m_all)) {
        sources.insert(v.toObject().value(QStringLiteral("sourceName")).toString());
        disabled += v.toObject().value(QStringLiteral("disabled")).toBool() ? 1 : 0;
    }
    QCOMPARE(sources,
        (QSet<QString>{QStringLiteral("Active Directory"), QStringLiteral("Workday"),
            QStringLiteral("ServiceNow"), QStringLiteral("Okta")}));
    QVERIFY2(disabled > userCount / 40 && disabled < userCount / 6,
        qPrintable(QString::number(disabled)));
}

void TestSandboxSailPoint::slimAccountsKeepRequiredFields()
{
    const HttpResult full = api("GET", QStringLiteral("/v3/accounts?limit=3&detailLevel=FULL"));
    const HttpResult slim = api("GET", QStringLiteral("/v3/accounts?limit=3&detailLevel=SLIM"));
    QCOMPARE(slim.status, 200);
    QVERIFY(slim.body.size() < full.body.size());
    for (const QJsonValue &v : slim.array())
        CHECK(verifyKeys(v.toObject(), accountRequired));
}

void TestSandboxSailPoint::pagingCoversEveryAccountOnce()
{
    QSet<QString> ids;
    int pages = 0;
    for (int offset = 0;; offset += 100) {
        const HttpResult r =
            api("GET", QStringLiteral("/v3/accounts?limit=100&offset=%1&count=true").arg(offset));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Total-Count"), QByteArray::number(userCount));
        ++pages;
        for (const QJsonValue &v : r.array())
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        if (r.array().size() < 100)
            break;
    }
    QCOMPARE(ids.size(), userCount);
    QCOMPARE(pages, userCount / 100 + 1); // 6 full pages, then an empty one
    const HttpResult beyond = api("GET", QStringLiteral("/v3/accounts?offset=100000"));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.array().size(), 0);
    const HttpResult zero = api("GET", QStringLiteral("/v3/accounts?limit=0&count=true"));
    QCOMPARE(zero.array().size(), 0);
    QCOMPARE(zero.header("X-Total-Count"), QByteArray::number(userCount));
    // Default limit is 250.
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts")).array().size(), 250);
}

void TestSandboxSailPoint::listParametersAreValidated_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("limit 251") << QStringLiteral("limit=251") << QStringLiteral("limit");
    QTest::newRow("limit -1") << QStringLiteral("limit=-1") << QStringLiteral("limit");
    QTest::newRow("limit abc") << QStringLiteral("limit=abc") << QStringLiteral("limit");
    QTest::newRow("offset -5") << QStringLiteral("offset=-5") << QStringLiteral("offset");
    QTest::newRow("count yes") << QStringLiteral("count=yes") << QStringLiteral("count");
    QTest::newRow("detailLevel") << QStringLiteral("detailLevel=MEDIUM")
                                 << QStringLiteral("detailLevel");
}

void TestSandboxSailPoint::listParametersAreValidated()
{
    QFETCH(QString, query);
    QFETCH(QString, mentions);
    CHECK(verifyErrorDto(api("GET", QStringLiteral("/v3/accounts?") + query), 400,
        QStringLiteral("400.1 Bad Request Content"), mentions));
}

void TestSandboxSailPoint::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // names, in default order

    // Expectations are computed here, independently, from the full listing.
    QJsonObject workday, okta, any, second;
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject a = v.toObject();
        const QString source = a.value(QStringLiteral("sourceName")).toString();
        if (workday.isEmpty() && source == QLatin1String("Workday"))
            workday = a;
        if (okta.isEmpty() && source == QLatin1String("Okta"))
            okta = a;
    }
    any = m_all.at(5).toObject();
    second = m_all.at(17).toObject();
    const auto names = [this](const std::function<bool(const QJsonObject &)> &keep) {
        QStringList out;
        for (const QJsonValue &v : std::as_const(m_all)) {
            if (keep(v.toObject()))
                out.append(v.toObject().value(QStringLiteral("name")).toString());
        }
        return out;
    };
    const auto field = [](const QJsonObject &a, const char *key) {
        return a.value(QLatin1String(key)).toString();
    };
    const QString name = field(any, "name");
    const QString prefix = name.left(3);
    const QString oktaSource = field(okta, "sourceId");
    const auto sw = [](const QJsonObject &a, const QString &p) {
        return a.value(QStringLiteral("name")).toString().startsWith(p, Qt::CaseInsensitive);
    };

    QTest::newRow("name eq") << QStringLiteral("name eq \"%1\"").arg(name) << QStringList{name};
    QTest::newRow("name eq, other case")
        << QStringLiteral("name eq \"%1\"").arg(name.toUpper()) << QStringList{name};
    QTest::newRow("name sw") << QStringLiteral("name sw \"%1\"").arg(prefix)
                             << names([&](const QJsonObject &a) { return sw(a, prefix); });
    QTest::newRow("id eq") << QStringLiteral("id eq \"%1\"").arg(field(any, "id"))
                           << QStringList{name};
    QTest::newRow("id in")
        << QStringLiteral("id in (\"%1\", \"%2\")").arg(field(second, "id"), field(any, "id"))
        << QStringList{name, field(second, "name")};
    QTest::newRow("identityId eq")
        << QStringLiteral("identityId eq \"%1\"").arg(field(any, "identityId"))
        << QStringList{name};
    QTest::newRow("nativeIdentity eq (employee number)")
        << QStringLiteral("nativeIdentity eq \"%1\"").arg(field(workday, "nativeIdentity"))
        << QStringList{field(workday, "name")};
    QTest::newRow("nativeIdentity eq (e-mail)")
        << QStringLiteral("nativeIdentity eq \"%1\"").arg(field(okta, "nativeIdentity"))
        << QStringList{field(okta, "name")};
    QTest::newRow("sourceId eq") << QStringLiteral("sourceId eq \"%1\"").arg(oktaSource)
                                 << names([&](const QJsonObject &a) {
                                        return field(a, "sourceId") == oktaSource;
                                    });
    QTest::newRow("and") << QStringLiteral("sourceId eq \"%1\" and name sw \"%2\"")
                                .arg(oktaSource, QStringLiteral("z"))
                         << names([&](const QJsonObject &a) {
                                return field(a, "sourceId") == oktaSource
                                    && sw(a, QStringLiteral("z"));
                            });
    QTest::newRow("or") << QStringLiteral("name sw \"a\" or name sw \"b\"")
                        << names([&](const QJsonObject &a) {
                               return sw(a, QStringLiteral("a")) || sw(a, QStringLiteral("b"));
                           });
    QTest::newRow("not") << QStringLiteral("not sourceId eq \"%1\"").arg(oktaSource)
                         << names([&](const QJsonObject &a) {
                                return field(a, "sourceId") != oktaSource;
                            });
    // Precedence: not > and > or.
    QTest::newRow("and binds tighter than or")
        << QStringLiteral("name sw \"a\" or name sw \"w\" and sourceId eq \"%1\"").arg(oktaSource)
        << names([&](const QJsonObject &a) {
               return sw(a, QStringLiteral("a"))
                   || (sw(a, QStringLiteral("w")) && field(a, "sourceId") == oktaSource);
           });
    QTest::newRow("parentheses")
        << QStringLiteral("(name sw \"a\" or name sw \"w\") and sourceId eq \"%1\"").arg(oktaSource)
        << names([&](const QJsonObject &a) {
               return (sw(a, QStringLiteral("a")) || sw(a, QStringLiteral("w")))
                   && field(a, "sourceId") == oktaSource;
           });
    QTest::newRow("not binds tighter than and")
        << QStringLiteral("not name sw \"a\" and sourceId eq \"%1\"").arg(oktaSource)
        << names([&](const QJsonObject &a) {
               return !sw(a, QStringLiteral("a")) && field(a, "sourceId") == oktaSource;
           });
    QTest::newRow("escaped quote and backslash")
        << QStringLiteral("name eq \"a\\\"b\\\\c\"") << QStringList{};
    QTest::newRow("created gt") << QStringLiteral("created gt 2024-01-01T00:00:00Z")
                                << names([&](const QJsonObject &a) {
                                       return field(a, "created")
                                           > QLatin1String("2024-01-01T00:00:00Z");
                                   });
    QTest::newRow("identity.name sw") << QStringLiteral("identity.name sw \"%1\"")
                                             .arg(any.value(QStringLiteral("identity"))
                                                      .toObject()
                                                      .value(QStringLiteral("name"))
                                                      .toString()
                                                      .left(4))
                                      << names([&](const QJsonObject &a) {
                                             return a.value(QStringLiteral("identity"))
                                                 .toObject()
                                                 .value(QStringLiteral("name"))
                                                 .toString()
                                                 .startsWith(any.value(QStringLiteral("identity"))
                                                                 .toObject()
                                                                 .value(QStringLiteral("name"))
                                                                 .toString()
                                                                 .left(4),
                                                     Qt::CaseInsensitive);
                                         });
}

void TestSandboxSailPoint::filters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QStringList got;
    int total = -1;
    for (int offset = 0;; offset += 250) {
        const HttpResult r = api("GET",
            QStringLiteral("/v3/accounts?count=true&limit=250&offset=%1&filters=%2")
                .arg(offset)
                .arg(enc(filter)));
        QCOMPARE(r.status, 200);
        total = r.header("X-Total-Count").toInt();
        got += namesOf(r);
        if (r.array().size() < 250)
            break;
    }
    QCOMPARE(got, expected);
    QCOMPARE(total, int(expected.size()));
}

void TestSandboxSailPoint::badFiltersAre400_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unsupported field")
        << QStringLiteral("disabled eq true") << QStringLiteral("'disabled'");
    QTest::newRow("unsupported operator")
        << QStringLiteral("name gt \"a\"") << QStringLiteral("'gt'");
    QTest::newRow("upper-case operator")
        << QStringLiteral("name EQ \"a\"") << QStringLiteral("'EQ'");
    QTest::newRow("unquoted string") << QStringLiteral("name eq abc") << QStringLiteral("quoted");
    QTest::newRow("unterminated string")
        << QStringLiteral("name eq \"abc") << QStringLiteral("unterminated");
    QTest::newRow("missing parenthesis")
        << QStringLiteral("(name eq \"a\"") << QStringLiteral("')'");
    QTest::newRow("in without list") << QStringLiteral("id in \"a\"") << QStringLiteral("'in'");
    QTest::newRow("trailing words")
        << QStringLiteral("name eq \"a\" name") << QStringLiteral("unexpected");
    QTest::newRow("dangling and") << QStringLiteral("name eq \"a\" and")
                                  << QStringLiteral("field name");
    QTest::newRow("bad date") << QStringLiteral("created gt yesterday")
                              << QStringLiteral("RFC 3339");
    QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("empty");
}

void TestSandboxSailPoint::badFiltersAre400()
{
    QFETCH(QString, filter);
    QFETCH(QString, mentions);
    CHECK(verifyErrorDto(api("GET", QStringLiteral("/v3/accounts?filters=") + enc(filter)), 400,
        QStringLiteral("400.1 Bad Request Content"), mentions));
}

void TestSandboxSailPoint::sorters_data()
{
    QTest::addColumn<QString>("sorters");
    QTest::newRow("name") << QStringLiteral("name");
    QTest::newRow("-name") << QStringLiteral("-name");
    QTest::newRow("-created,name") << QStringLiteral("-created,name");
    QTest::newRow("modified") << QStringLiteral("modified");
    QTest::newRow("nativeIdentity") << QStringLiteral("nativeIdentity");
    QTest::newRow("id") << QStringLiteral("id");
    QTest::newRow("sourceId,-id") << QStringLiteral("sourceId,-id");
    QTest::newRow("identityId") << QStringLiteral("identityId");
}

void TestSandboxSailPoint::sorters()
{
    QFETCH(QString, sorters);
    QJsonArray sorted;
    for (int offset = 0; offset < userCount; offset += 250) {
        const HttpResult r = api("GET",
            QStringLiteral("/v3/accounts?limit=250&offset=%1&sorters=%2")
                .arg(offset)
                .arg(enc(sorters)));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.array())
            sorted.append(v);
    }
    QCOMPARE(sorted.size(), userCount);
    const QStringList keys = sorters.split(QLatin1Char(','));
    for (int i = 1; i < sorted.size(); ++i) {
        const QJsonObject a = sorted.at(i - 1).toObject();
        const QJsonObject b = sorted.at(i).toObject();
        for (QString key : keys) {
            const bool descending = key.startsWith(QLatin1Char('-'));
            if (descending)
                key = key.mid(1);
            const QString va = a.value(key).toString().toLower();
            const QString vb = b.value(key).toString().toLower();
            if (va == vb)
                continue;
            QVERIFY2(descending ? va > vb : va < vb,
                qPrintable(QStringLiteral("%1: '%2' before '%3'").arg(key, va, vb)));
            break;
        }
    }
}

void TestSandboxSailPoint::badSortersAre400()
{
    for (const QString &bad : {QStringLiteral("disabled"), QStringLiteral("name,,id"),
             QStringLiteral("-"), QStringLiteral("sourceName")})
        CHECK(verifyErrorDto(api("GET", QStringLiteral("/v3/accounts?sorters=") + enc(bad)), 400,
            QStringLiteral("400.1 Bad Request Content"), QStringLiteral("sort")));
}

void TestSandboxSailPoint::getOneAccount()
{
    const QJsonObject listed = m_all.at(42).toObject();
    const HttpResult r =
        api("GET", QStringLiteral("/v3/accounts/") + listed.value(QStringLiteral("id")).toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), listed);
    CHECK(
        verifyErrorDto(api("GET", QStringLiteral("/v3/accounts/0123456789abcdef0123456789abcdef")),
            404, QStringLiteral("404 Not found")));
    CHECK(verifyErrorDto(api("GET", QStringLiteral("/v3/accounts/not-an-id")), 404,
        QStringLiteral("404 Not found")));
}

// --- actions and tasks

void TestSandboxSailPoint::actionsNeedAJsonObjectBody_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no content type") << QByteArray() << QByteArray("{}");
    QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("{}");
    QTest::newRow("empty body") << QByteArray("application/json") << QByteArray("");
    QTest::newRow("array") << QByteArray("application/json") << QByteArray("[]");
    QTest::newRow("broken JSON") << QByteArray("application/json") << QByteArray("{");
    QTest::newRow("bad field type")
        << QByteArray("application/json") << QByteArray(R"({"forceProvisioning":"yes"})");
}

void TestSandboxSailPoint::actionsNeedAJsonObjectBody()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    RawHeaders headers = bearer(token());
    if (!contentType.isEmpty())
        headers.push_back({"Content-Type", contentType});
    const HttpResult r = m_http.post(
        m_sandbox.url(QStringLiteral("/v3/accounts/%1/disable").arg(id)), body, headers);
    CHECK(verifyErrorDto(r, 400, QStringLiteral("400.1 Bad Request Content")));
    const QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(user.value(QStringLiteral("changeRequests")).toInt(), 0);
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("tasks"))
                 .toObject()
                 .value(QStringLiteral("pending"))
                 .toInt(),
        0);
}

void TestSandboxSailPoint::disableRunsATaskThatFlipsOnlyWhenDone()
{
    const QJsonObject user = pickUser(QStringLiteral("state=enabled&locked=false"));
    const QString id = user.value(QStringLiteral("id")).toString();
    const HttpResult accepted = api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id),
        R"({"forceProvisioning":false,"externalVerificationId":"ticket-1"})");
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.object().size(), 1);
    const QString taskId = accepted.object().value(QStringLiteral("id")).toString();
    QVERIFY(isLowerHex(taskId, 32));

    // Accepted is not done: the account has not changed yet, the task is running.
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts/") + id)
                 .object()
                 .value(QStringLiteral("disabled"))
                 .toBool(),
        false);
    const HttpResult running = api("GET", QStringLiteral("/beta/task-status/") + taskId);
    QCOMPARE(running.status, 200);
    const QJsonObject r = running.object();
    CHECK(verifyKeys(r, taskRequired));
    QCOMPARE(r.value(QStringLiteral("id")).toString(), taskId);
    QCOMPARE(r.value(QStringLiteral("type")).toString(), QStringLiteral("QUEUED_TASK"));
    QVERIFY(r.value(QStringLiteral("completed")).isNull());
    QVERIFY(r.value(QStringLiteral("completionStatus")).isNull());
    QVERIFY(r.value(QStringLiteral("percentComplete")).toInt() < 100);
    QVERIFY(isIsoUtc(r.value(QStringLiteral("created")).toString()));
    QVERIFY(r.value(QStringLiteral("messages")).isArray());
    QVERIFY(r.value(QStringLiteral("returns")).isArray());
    QVERIFY(r.value(QStringLiteral("attributes")).isObject());
    const QJsonObject target = r.value(QStringLiteral("target")).toObject();
    CHECK(
        verifyKeys(target, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name")}));
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id)
                 .value(QStringLiteral("pendingTask"))
                 .toString(),
        taskId);

    QTRY_COMPARE_WITH_TIMEOUT(api("GET", QStringLiteral("/beta/task-status/") + taskId)
                                  .object()
                                  .value(QStringLiteral("completionStatus"))
                                  .toString(),
        QStringLiteral("SUCCESS"), 5000);
    const QJsonObject done = api("GET", QStringLiteral("/beta/task-status/") + taskId).object();
    QVERIFY(isIsoUtc(done.value(QStringLiteral("completed")).toString()));
    QCOMPARE(done.value(QStringLiteral("percentComplete")).toInt(), 100);
    const QJsonObject account = api("GET", QStringLiteral("/v3/accounts/") + id).object();
    QCOMPARE(account.value(QStringLiteral("disabled")).toBool(), true);
    QVERIFY(account.value(QStringLiteral("modified")).toString()
        > user.value(QStringLiteral("modified")).toString());

    const QJsonObject counters = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(counters.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(counters.value(QStringLiteral("changeRequests")).toInt(), 1);
    QCOMPARE(counters.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(counters.value(QStringLiteral("pendingTask")).isNull());
}

void TestSandboxSailPoint::tasksCompleteWithoutPolling()
{
    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    QCOMPARE(api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}").status, 202);
    // Nobody asks for the task: the introspection alone sees the account flip once it is due.
    QCOMPARE(
        m_sandbox.user(QStringLiteral("sailpoint"), id).value(QStringLiteral("state")).toString(),
        QStringLiteral("enabled"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sandbox.user(QStringLiteral("sailpoint"), id).value(QStringLiteral("state")).toString(),
        QStringLiteral("disabled"), 5000);
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("tasks"))
                 .toObject()
                 .value(QStringLiteral("completed"))
                 .toInt(),
        1);
}

void TestSandboxSailPoint::enableAndUnlock()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("taskSeconds"), 0}}));
    const QString disabled =
        pickUser(QStringLiteral("state=disabled")).value(QStringLiteral("id")).toString();
    const QString locked =
        pickUser(QStringLiteral("locked=true")).value(QStringLiteral("id")).toString();
    QVERIFY(!disabled.isEmpty() && !locked.isEmpty());
    QCOMPARE(api("POST", QStringLiteral("/v3/accounts/%1/enable").arg(disabled), "{}").status, 202);
    QCOMPARE(api("POST", QStringLiteral("/v3/accounts/%1/unlock").arg(locked),
                 R"({"unlockIDNAccount":true})")
                 .status,
        202);
    // taskSeconds = 0: due at once, settled before the next request.
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts/") + disabled)
                 .object()
                 .value(QStringLiteral("disabled"))
                 .toBool(),
        false);
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts/") + locked)
                 .object()
                 .value(QStringLiteral("locked"))
                 .toBool(),
        false);
}

void TestSandboxSailPoint::taskStatusOnEveryVersion_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("beta") << QStringLiteral("/beta/task-status/");
    QTest::newRow("v2024") << QStringLiteral("/v2024/task-status/");
    QTest::newRow("v2025") << QStringLiteral("/v2025/task-status/");
    QTest::newRow("v2026") << QStringLiteral("/v2026/task-status/");
    QTest::newRow("task-status/v1") << QStringLiteral("/task-status/v1/");
}

void TestSandboxSailPoint::taskStatusOnEveryVersion()
{
    QFETCH(QString, prefix);
    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    const QString taskId = api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}")
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    const HttpResult r = api("GET", prefix + taskId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("id")).toString(), taskId);
    CHECK(verifyKeys(r.object(), taskRequired));
}

void TestSandboxSailPoint::unknownTasksAre404WithoutBody()
{
    const HttpResult r =
        api("GET", QStringLiteral("/beta/task-status/2c91808474683da6017468693c260195"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
    // v3 has no task-status endpoint at all.
    CHECK(verifyErrorDto(
        api("GET", QStringLiteral("/v3/task-status/2c91808474683da6017468693c260195")), 404,
        QStringLiteral("404 Not found")));
}

void TestSandboxSailPoint::taskErrorFaultFailsTheTaskAndChangesNothing()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("taskSeconds"), 0}}));
    QVERIFY(m_sandbox.setFaults(QStringLiteral("task-error,count=1")));
    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    // A read does not consume the rule: it applies only to actions.
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts/") + id).status, 200);
    const QString taskId = api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}")
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    const QJsonObject task = api("GET", QStringLiteral("/v2025/task-status/") + taskId).object();
    QCOMPARE(task.value(QStringLiteral("completionStatus")).toString(), QStringLiteral("ERROR"));
    const QJsonArray messages = task.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("ERROR"));
    QVERIFY(!messages.first()
                 .toObject()
                 .value(QStringLiteral("localizedText"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    const QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(user.value(QStringLiteral("changeRequests")).toInt(), 1);
    // The rule fired once; the next action succeeds.
    const QString second = api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}")
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    QCOMPARE(api("GET", QStringLiteral("/beta/task-status/") + second)
                 .object()
                 .value(QStringLiteral("completionStatus"))
                 .toString(),
        QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("tasks"))
                 .toObject()
                 .value(QStringLiteral("failed"))
                 .toInt(),
        1);
}

void TestSandboxSailPoint::readOnlyClientGets403OnActions()
{
    QVERIFY(m_clients.at(2).toObject().value(QStringLiteral("readOnly")).toBool());
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts?limit=1"), {}, 2).status, 200);
    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    CHECK(verifyErrorDto(api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}", 2),
        403, QStringLiteral("403 Forbidden")));
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id)
                 .value(QStringLiteral("changeRequests"))
                 .toInt(),
        0);
}

void TestSandboxSailPoint::unknownAccountActionIs404()
{
    CHECK(verifyErrorDto(
        api("POST", QStringLiteral("/v3/accounts/0123456789abcdef0123456789abcdef/disable"), "{}"),
        404, QStringLiteral("404 Not found")));
}

void TestSandboxSailPoint::accountEndpointsOnOtherVersions()
{
    for (const QString &path : {QStringLiteral("/beta/accounts?limit=2"),
             QStringLiteral("/v2025/accounts?limit=2"), QStringLiteral("/accounts/v1?limit=2")}) {
        const HttpResult r = api("GET", path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);
    }
}

// --- rate limits

void TestSandboxSailPoint::rateLimitIsPerClientAndVersion()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("3/60")}}));
    token(0);
    token(1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api("GET", QStringLiteral("/v3/accounts?limit=1")).status, 200);
    const HttpResult limited = api("GET", QStringLiteral("/v3/accounts?limit=1"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.body, QByteArray(R"({"message":" Rate Limit Exceeded "})"));
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());

    // Another API version has its own bucket ...
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            api("GET", QStringLiteral("/beta/task-status/00000000000000000000000000000000")).status,
            404);
    QCOMPARE(
        api("GET", QStringLiteral("/beta/task-status/00000000000000000000000000000000")).status,
        429);
    QCOMPARE(api("GET", QStringLiteral("/v2025/accounts?limit=1")).status, 200);
    QCOMPARE(
        api("GET", QStringLiteral("/task-status/v1/00000000000000000000000000000000")).status, 404);
    // ... and so has another client.
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts?limit=1"), {}, 1).status, 200);
    // The token endpoint is not limited.
    const QJsonObject c = m_clients.at(0).toObject();
    for (int i = 0; i < 5; ++i)
        QVERIFY(!sailpointToken(m_http, m_sandbox.baseUrl(),
            c.value(QStringLiteral("clientId")).toString().toLatin1(),
            c.value(QStringLiteral("clientSecret")).toString().toLatin1())
                     .isEmpty());
    QVERIFY(m_sandbox.stats().value(QStringLiteral("rateLimited")).toInt() >= 2);
}

void TestSandboxSailPoint::rateLimitedActionsAreNotProcessed()
{
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("1/60")}}));
    token(0);
    const QString id =
        pickUser(QStringLiteral("state=enabled")).value(QStringLiteral("id")).toString();
    QCOMPARE(api("GET", QStringLiteral("/v3/accounts/") + id).status, 200);
    QCOMPARE(api("POST", QStringLiteral("/v3/accounts/%1/disable").arg(id), "{}").status, 429);
    const QJsonObject user = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(user.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(user.value(QStringLiteral("changeRequests")).toInt(), 0);
    QCOMPARE(m_sandbox.stats()
                 .value(QStringLiteral("tasks"))
                 .toObject()
                 .value(QStringLiteral("pending"))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestSandboxSailPoint)
#include "tst_sandboxsailpoint.moc"
