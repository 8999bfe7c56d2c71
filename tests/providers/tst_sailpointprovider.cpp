// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include "providers/providerfactory.h"
#include "support/providertestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// The SailPoint client against the sandbox over HTTP: paging, search, mapping, actions with
// their tasks, token handling and SailPoint's error format.
class TestSailPointProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstPageHasTotalAndNextToken();
    void pagingVisitsEveryAccountOnce();
    void readAheadListsEveryAccountOnceInOrder();
    void readAheadOfAnAbandonedListingIsDropped();
    void abortingAPageReadAheadStopsReadingAhead();
    void plainTextSearchesByPrefix();
    void filterExpressionIsPassedThrough();
    void badFilterIsA400WithTrackingId();
    void getUserMapsTheAccount();
    void unknownAccountIs404WithTrackingId();
    void disableIsAcceptedThenTaskSucceeds();
    void unknownTaskIdIsUnresolvable();
    void failedTaskReportsItsMessages();
    void expiredTokenIsRenewedOnce();
    void wrongSecretIsAnAuthError();
    void readOnlyClientGets403();

private:
    std::unique_ptr<IdentityProvider> provider(const ProviderConfig &config);
    IdentityProvider *sailPoint();

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 1234;
        options.taskSeconds = 1;
        return options;
    }()};
    QNetworkAccessManager m_nam;
    std::unique_ptr<IdentityProvider> m_provider;
};

std::unique_ptr<IdentityProvider> TestSailPointProvider::provider(const ProviderConfig &config)
{
    Result<IdentityProvider *> created = createProvider(config, &m_nam, nullptr);
    if (!created)
        qWarning() << created.error().summary();
    return std::unique_ptr<IdentityProvider>(created ? created.value() : nullptr);
}

IdentityProvider *TestSailPointProvider::sailPoint()
{
    return m_provider.get();
}

void TestSailPointProvider::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_provider = provider(sandboxConfig(m_sandbox, ProviderKind::SailPoint));
    QVERIFY(m_provider);
    QCOMPARE(m_provider->kind(), ProviderKind::SailPoint);
    QVERIFY(m_provider->capabilities().asyncActions);
    QVERIFY(m_provider->capabilities().canBrowse);
}

void TestSailPointProvider::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.reset());
}

void TestSailPointProvider::firstPageHasTotalAndNextToken()
{
    UserQuery query;
    query.wantTotal = true;
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().summary()));
    QCOMPARE(page->value().users.size(), 250);
    QCOMPARE(page->value().total, qint64(1234));
    QCOMPARE(page->value().nextPageToken, QStringLiteral("250"));
    const UserRecord &first = page->value().users.first();
    QVERIFY(!first.id.isEmpty());
    QVERIFY(!first.displayName.isEmpty());
    QVERIFY(first.email.contains(QLatin1Char('@')));
    QVERIFY(first.state != UserRecord::State::Unknown);
    QVERIFY(first.modified.isValid());
    QVERIFY(first.raw.contains(QLatin1String("sourceId")));
}

void TestSailPointProvider::pagingVisitsEveryAccountOnce()
{
    QSet<QString> ids;
    QString token;
    int pages = 0;
    do {
        const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
            sailPoint()->listUsers(UserQuery{}, token, ctx, done);
        });
        QVERIFY(page.has_value() && page->ok());
        for (const UserRecord &user : page->value().users)
            ids.insert(user.id);
        token = page->value().nextPageToken;
        ++pages;
    } while (!token.isEmpty() && pages < 20);
    QCOMPARE(pages, 5); // 4 x 250 + 234
    QCOMPARE(ids.size(), 1234);
}

namespace {

// Every page of `query` in order (at most 20), the account ids as listed.
QStringList listEverything(IdentityProvider *provider, const UserQuery &query, int maxPages = 20)
{
    QStringList ids;
    QString token;
    int pages = 0;
    do {
        const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
            provider->listUsers(query, token, ctx, done);
        });
        if (!page || !page->ok())
            return {};
        for (const UserRecord &user : page->value().users)
            ids.append(user.id);
        token = page->value().nextPageToken;
    } while (!token.isEmpty() && ++pages < maxPages);
    return ids;
}

int accountRequests(SandboxFixture &sandbox)
{
    return sandbox.stats()
        .value(QLatin1String("requests"))
        .toObject()
        .value(QLatin1String("sailpoint"))
        .toObject()
        .value(QLatin1String("total"))
        .toInt();
}

} // namespace

void TestSailPointProvider::readAheadListsEveryAccountOnceInOrder()
{
    UserQuery plain;
    plain.wantTotal = true;
    const QStringList expected = listEverything(sailPoint(), plain);
    QCOMPARE(expected.size(), 1234);

    // Asked for page by page, as loading everything does; the provider fetches the next
    // pages while the previous one is handed over, and nothing past the last one.
    QVERIFY(m_sandbox.resetCounters());
    UserQuery all = plain;
    all.readAhead = true;
    QCOMPARE(listEverything(sailPoint(), all), expected);
    QCOMPARE(accountRequests(m_sandbox), 5);
}

void TestSailPointProvider::readAheadOfAnAbandonedListingIsDropped()
{
    UserQuery search;
    search.text = QStringLiteral("a");
    const QStringList expectedFound = listEverything(sailPoint(), search, 1);
    QVERIFY(!expectedFound.isEmpty());

    UserQuery all;
    all.wantTotal = true;
    all.readAhead = true;
    QVERIFY(m_sandbox.resetCounters());
    QCOMPARE(listEverything(sailPoint(), all, 2).size(), 500);
    // The total is known: the third and fourth pages were fetched ahead.
    QTRY_COMPARE(accountRequests(m_sandbox), 4);
    // Another listing (a search) is not answered with those pages.
    search.readAhead = true;
    QCOMPARE(listEverything(sailPoint(), search, 1), expectedFound);
    UserQuery plain;
    const QStringList firstPage = listEverything(sailPoint(), plain, 1);
    QCOMPARE(firstPage.size(), 250);
    QTest::qWait(200); // whatever was dropped has no late effect
    // Starting over with read-ahead lists the same accounts as without it.
    const QStringList again = listEverything(sailPoint(), all, 3);
    QCOMPARE(again.mid(0, 250), firstPage);
    QCOMPARE(again.size(), 750);
}

void TestSailPointProvider::abortingAPageReadAheadStopsReadingAhead()
{
    UserQuery plain;
    plain.wantTotal = true;
    const QStringList expected = listEverything(sailPoint(), plain);
    UserQuery all = plain;
    all.readAhead = true;
    QVERIFY(m_sandbox.resetCounters());
    QCOMPARE(listEverything(sailPoint(), all, 2), expected.mid(0, 500));
    QTRY_COMPARE(accountRequests(m_sandbox), 4);
    QTest::qWait(200); // the pages ahead have arrived

    // Load all is cancelled just as the third page is asked for: its handler hears Cancelled
    // (not the page), and nothing more is fetched ahead.
    std::optional<Result<UserPage>> answer;
    QObject context;
    PendingCall *call = sailPoint()->listUsers(all, QStringLiteral("500"), &context,
        [&answer](const Result<UserPage> &page) { answer = page; });
    call->abort();
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().kind(), ApiError::Kind::Cancelled);
    QTest::qWait(200);
    // Taking the third page asked for the fifth; the abort dropped it, maybe once sent.
    const int afterAbort = accountRequests(m_sandbox);
    QVERIFY2(afterAbort <= 5, qPrintable(QString::number(afterAbort)));
    // Asking again reads the page afresh.
    const auto again = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(all, QStringLiteral("500"), ctx, done);
    });
    QVERIFY(again.has_value() && again->ok());
    QStringList ids;
    for (const UserRecord &user : again->value().users)
        ids.append(user.id);
    QCOMPARE(ids, expected.mid(500, 250));
    QVERIFY(accountRequests(m_sandbox) > afterAbort);
}

void TestSailPointProvider::plainTextSearchesByPrefix()
{
    // A name the sandbox surely has: the first account's login.
    const QString login =
        m_sandbox.users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("login"))
            .toString();
    QVERIFY(!login.isEmpty());
    UserQuery query;
    query.text = login.left(4);
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().summary()));
    QVERIFY(!page->value().users.isEmpty());
    for (const UserRecord &user : page->value().users) {
        const QString name = user.raw.value(QLatin1String("name")).toString();
        const QString native = user.raw.value(QLatin1String("nativeIdentity")).toString();
        const QString identity = user.raw.value(QLatin1String("identity"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
        QVERIFY2(name.startsWith(query.text, Qt::CaseInsensitive)
                || native.startsWith(query.text, Qt::CaseInsensitive)
                || identity.startsWith(query.text, Qt::CaseInsensitive),
            qPrintable(name));
    }
}

void TestSailPointProvider::filterExpressionIsPassedThrough()
{
    const auto first = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(first.has_value() && first->ok());
    const QString sourceId =
        first->value().users.first().raw.value(QLatin1String("sourceId")).toString();
    UserQuery query;
    query.text = QStringLiteral("sourceId eq \"%1\"").arg(sourceId);
    query.wantTotal = true;
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().summary()));
    QVERIFY(page->value().total > 0);
    QVERIFY(page->value().total < 1234);
    for (const UserRecord &user : page->value().users)
        QCOMPARE(user.raw.value(QLatin1String("sourceId")).toString(), sourceId);
}

void TestSailPointProvider::badFilterIsA400WithTrackingId()
{
    UserQuery query;
    query.text = QStringLiteral("disabled eq true"); // not a filterable field on accounts
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value());
    QVERIFY(!page->ok());
    const ApiError &error = page->error();
    QCOMPARE(error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(
        error.providerCode().startsWith(QLatin1String("400")), qPrintable(error.providerCode()));
    QCOMPARE(error.requestId().size(), 32);
    QVERIFY2(error.message().contains(QLatin1String("disabled")), qPrintable(error.message()));
}

void TestSailPointProvider::getUserMapsTheAccount()
{
    const QJsonObject expected =
        m_sandbox
            .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("state=disabled&limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject();
    const QString id = expected.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto user = await<UserRecord>([&](QObject *ctx, ResultHandler<UserRecord> done) {
        sailPoint()->getUser(UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(user.has_value());
    QVERIFY2(user->ok(), qPrintable(user->error().summary()));
    QCOMPARE(user->value().id, id);
    QCOMPARE(user->value().state, UserRecord::State::Disabled);
    QCOMPARE(user->value().email, expected.value(QLatin1String("email")).toString());
    QCOMPARE(user->value().displayName, expected.value(QLatin1String("displayName")).toString());
    QCOMPARE(user->value().login, expected.value(QLatin1String("nativeIdentity")).toString());
}

void TestSailPointProvider::unknownAccountIs404WithTrackingId()
{
    const auto user = await<UserRecord>([&](QObject *ctx, ResultHandler<UserRecord> done) {
        sailPoint()->getUser(
            UserKey{QStringLiteral("00000000000000000000000000000000"), {}, {}}, ctx, done);
    });
    QVERIFY(user.has_value() && !user->ok());
    QCOMPARE(user->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(user->error().requestId().size(), 32);
}

void TestSailPointProvider::disableIsAcceptedThenTaskSucceeds()
{
    const QString id =
        m_sandbox
            .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("state=enabled&limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        sailPoint()->changeState(UserAction::Disable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error().summary()));
    QCOMPARE(outcome->value().kind, ActionOutcome::Kind::Accepted);
    const QString taskId = outcome->value().taskId;
    QCOMPARE(taskId.size(), 32);
    // Accepted is not done: the account changes only when the task completes.
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id).value(QLatin1String("state")),
        QJsonValue(QStringLiteral("enabled")));

    TaskStatus::State state = TaskStatus::State::Running;
    qint64 durationMs = -1;
    for (int i = 0; i < 60 && state == TaskStatus::State::Running; ++i) {
        const auto status = await<TaskStatus>([&](QObject *ctx, ResultHandler<TaskStatus> done) {
            sailPoint()->taskStatus(taskId, ctx, done);
        });
        QVERIFY(status.has_value());
        QVERIFY2(status->ok(), qPrintable(status->error().summary()));
        state = status->value().state;
        durationMs = status->value().durationMs;
        if (state == TaskStatus::State::Running) {
            QCOMPARE(durationMs, -1); // not ended: no duration yet
            QTest::qWait(100);
        }
    }
    QCOMPARE(state, TaskStatus::State::Succeeded);
    // created -> completed as the sandbox reports them: its tasks run 1 s (its wall clock
    // readings may round by a millisecond or so).
    QVERIFY2(durationMs >= 990 && durationMs < 1100, qPrintable(QString::number(durationMs)));
    const QJsonObject after = m_sandbox.user(QStringLiteral("sailpoint"), id);
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(after.value(QLatin1String("changeRequests")).toInt(), 1);
}

void TestSailPointProvider::unknownTaskIdIsUnresolvable()
{
    const auto status = await<TaskStatus>([&](QObject *ctx, ResultHandler<TaskStatus> done) {
        sailPoint()->taskStatus(QStringLiteral("ffffffffffffffffffffffffffffffff"), ctx, done);
    });
    QVERIFY(status.has_value() && status->ok());
    QCOMPARE(status->value().state, TaskStatus::State::Unresolvable);
}

void TestSailPointProvider::failedTaskReportsItsMessages()
{
    QVERIFY(m_sandbox.setFaults(QStringLiteral("task-error")));
    const QString id =
        m_sandbox
            .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("state=enabled&limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        sailPoint()->changeState(UserAction::Disable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value() && outcome->ok());
    std::optional<Result<TaskStatus>> status;
    for (int i = 0; i < 60; ++i) {
        status = await<TaskStatus>([&](QObject *ctx, ResultHandler<TaskStatus> done) {
            sailPoint()->taskStatus(outcome->value().taskId, ctx, done);
        });
        QVERIFY(status.has_value() && status->ok());
        if (status->value().state != TaskStatus::State::Running)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(status->value().state, TaskStatus::State::Failed);
    QVERIFY(!status->value().message.isEmpty());
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id).value(QLatin1String("state")),
        QJsonValue(QStringLiteral("enabled")));
}

void TestSailPointProvider::expiredTokenIsRenewedOnce()
{
    const auto before = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(before.has_value() && before->ok());
    QVERIFY(m_sandbox.expireTokens() >= 1);
    // The cached token is now refused with 401: the client renews it and resends once.
    const auto after = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sailPoint()->listUsers(UserQuery{}, QStringLiteral("250"), ctx, done);
    });
    QVERIFY(after.has_value());
    QVERIFY2(after->ok(), qPrintable(after->error().summary()));
    QCOMPARE(after->value().users.size(), 250);
}

void TestSailPointProvider::wrongSecretIsAnAuthError()
{
    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::SailPoint);
    config.clientSecret = "not-the-secret";
    std::unique_ptr<IdentityProvider> wrong = provider(config);
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        wrong->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(page.has_value() && !page->ok());
    QCOMPARE(page->error().kind(), ApiError::Kind::Auth);
    QCOMPARE(page->error().httpStatus(), 401);
    QVERIFY2(page->error().message().contains(QLatin1String("invalid_client")),
        qPrintable(page->error().message()));
}

void TestSailPointProvider::readOnlyClientGets403()
{
    const QJsonArray clients =
        m_sandbox.extendedInfo().value(QLatin1String("sailpointClients")).toArray();
    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::SailPoint);
    for (const QJsonValue &client : clients) {
        if (client.toObject().value(QLatin1String("readOnly")).toBool()) {
            config.clientId = client.toObject().value(QLatin1String("clientId")).toString();
            config.clientSecret =
                client.toObject().value(QLatin1String("clientSecret")).toString().toUtf8();
        }
    }
    std::unique_ptr<IdentityProvider> readOnly = provider(config);
    const QString id =
        m_sandbox
            .users(QStringLiteral("sailpoint"), {}, false, QStringLiteral("state=enabled&limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        readOnly->changeState(UserAction::Disable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value() && !outcome->ok());
    QCOMPARE(outcome->error().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(outcome->error().requestId().size(), 32);
    QVERIFY(!outcome->error().outcomeUnknown());
    QCOMPARE(m_sandbox.user(QStringLiteral("sailpoint"), id).value(QLatin1String("changeRequests")),
        QJsonValue(0));
}

QTEST_GUILESS_MAIN(TestSailPointProvider)
#include "tst_sailpointprovider.moc"
