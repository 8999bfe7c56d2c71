// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include "providers/providerfactory.h"
#include "support/providertestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// The Huawei IAM Identity Center client against the sandbox, which recomputes every
// SDK-HMAC-SHA256 signature from what it received.
class TestHuaweiProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void markerPagingVisitsEveryUserOnce();
    void userNameSearchIsExact();
    void getUserMapsTheUser();
    void disableAndEnableAreConfirmedSynchronously();
    void unknownUserIs404WithRequestId();
    void wrongSecretKeyIsRejectedWithRequestId();
    void temporaryCredentialsNeedTheirToken();
    void conflictIsReportedWithItsCode();
    void unlockIsNotOffered();
    void abortedAnswerIsCancelled();

private:
    std::unique_ptr<IdentityProvider> provider(const ProviderConfig &config);
    QString firstUser(const QString &state);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 345;
        return options;
    }()};
    QNetworkAccessManager m_nam;
    std::unique_ptr<IdentityProvider> m_huawei;
};

std::unique_ptr<IdentityProvider> TestHuaweiProvider::provider(const ProviderConfig &config)
{
    Result<IdentityProvider *> created = createProvider(config, &m_nam, nullptr);
    return std::unique_ptr<IdentityProvider>(created ? created.value() : nullptr);
}

QString TestHuaweiProvider::firstUser(const QString &state)
{
    return m_sandbox
        .users(QStringLiteral("huawei"), {}, false, QStringLiteral("state=%1&limit=1").arg(state))
        .value(QLatin1String("users"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

void TestHuaweiProvider::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_huawei = provider(sandboxConfig(m_sandbox, ProviderKind::Huawei));
    QVERIFY(m_huawei);
    QVERIFY(!m_huawei->capabilities().asyncActions);
    QCOMPARE(m_huawei->capabilities().pageSize, 100);
}

void TestHuaweiProvider::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.reset());
}

void TestHuaweiProvider::markerPagingVisitsEveryUserOnce()
{
    QSet<QString> ids;
    QString marker;
    int pages = 0;
    do {
        const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
            m_huawei->listUsers(UserQuery{}, marker, ctx, done);
        });
        QVERIFY(page.has_value());
        QVERIFY2(page->ok(), qPrintable(page->error().summary()));
        for (const UserRecord &user : page->value().users) {
            QVERIFY(!user.login.isEmpty());
            QVERIFY(user.email.contains(QLatin1Char('@')));
            ids.insert(user.id);
        }
        marker = page->value().nextPageToken;
        if (!marker.isEmpty())
            QCOMPARE(marker.size(), 24);
        ++pages;
    } while (!marker.isEmpty() && pages < 10);
    QCOMPARE(pages, 4); // 3 x 100 + 45
    QCOMPARE(ids.size(), 345);
}

void TestHuaweiProvider::userNameSearchIsExact()
{
    const QJsonObject expected =
        m_sandbox.user(QStringLiteral("huawei"), firstUser(QStringLiteral("enabled")));
    UserQuery query;
    query.text = expected.value(QLatin1String("login")).toString();
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        m_huawei->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value() && page->ok());
    QCOMPARE(page->value().users.size(), 1);
    QCOMPARE(page->value().users.first().login, query.text);
    QVERIFY(page->value().nextPageToken.isEmpty());

    query.text = query.text.left(3); // a prefix is not a user name
    const auto none = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        m_huawei->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(none.has_value() && none->ok());
    QVERIFY(none->value().users.isEmpty());
}

void TestHuaweiProvider::getUserMapsTheUser()
{
    const QString id = firstUser(QStringLiteral("disabled"));
    const QJsonObject expected = m_sandbox.user(QStringLiteral("huawei"), id);
    const auto user = await<UserRecord>([&](QObject *ctx, ResultHandler<UserRecord> done) {
        m_huawei->getUser(UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(user.has_value());
    QVERIFY2(user->ok(), qPrintable(user->error().summary()));
    QCOMPARE(user->value().id, id);
    QCOMPARE(user->value().state, UserRecord::State::Disabled);
    QCOMPARE(user->value().login, expected.value(QLatin1String("login")).toString());
    QCOMPARE(user->value().email, expected.value(QLatin1String("email")).toString());
    QCOMPARE(user->value().displayName, expected.value(QLatin1String("displayName")).toString());
    QVERIFY(user->value().raw.contains(QLatin1String("identity_store_id")));
}

void TestHuaweiProvider::disableAndEnableAreConfirmedSynchronously()
{
    const QString id = firstUser(QStringLiteral("enabled"));
    const auto disabled =
        await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
            m_huawei->changeState(UserAction::Disable, UserKey{id, {}, {}}, ctx, done);
        });
    QVERIFY(disabled.has_value());
    QVERIFY2(disabled->ok(), qPrintable(disabled->error().summary()));
    QCOMPARE(disabled->value().kind, ActionOutcome::Kind::Confirmed);
    QCOMPARE(disabled->value().state, UserRecord::State::Disabled);
    QCOMPARE(m_sandbox.user(QStringLiteral("huawei"), id).value(QLatin1String("state")).toString(),
        QStringLiteral("disabled"));

    const auto enabled = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        m_huawei->changeState(UserAction::Enable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(enabled.has_value() && enabled->ok());
    QCOMPARE(enabled->value().state, UserRecord::State::Enabled);
    const QJsonObject after = m_sandbox.user(QStringLiteral("huawei"), id);
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(after.value(QLatin1String("changeRequests")).toInt(), 2);
}

void TestHuaweiProvider::unknownUserIs404WithRequestId()
{
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        m_huawei->changeState(
            UserAction::Disable, UserKey{QStringLiteral("no-such-user"), {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value() && !outcome->ok());
    QCOMPARE(outcome->error().kind(), ApiError::Kind::NotFound);
    QVERIFY2(outcome->error().providerCode().endsWith(QLatin1String(".404")),
        qPrintable(outcome->error().providerCode()));
    QVERIFY(!outcome->error().requestId().isEmpty());
    QVERIFY(!outcome->error().outcomeUnknown());
}

void TestHuaweiProvider::wrongSecretKeyIsRejectedWithRequestId()
{
    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::Huawei);
    config.secretKey = "WrongSecretKey";
    std::unique_ptr<IdentityProvider> wrong = provider(config);
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        wrong->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(page.has_value() && !page->ok());
    QCOMPARE(page->error().kind(), ApiError::Kind::Auth);
    QVERIFY2(page->error().providerCode().startsWith(QLatin1String("APIGW.")),
        qPrintable(page->error().providerCode()));
    QVERIFY(!page->error().requestId().isEmpty());
    QVERIFY2(page->error().message().contains(QLatin1String("clock")),
        qPrintable(page->error().message()));
}

void TestHuaweiProvider::temporaryCredentialsNeedTheirToken()
{
    const QJsonObject temporary =
        m_sandbox.extendedInfo().value(QLatin1String("huaweiTemporary")).toObject();
    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::Huawei);
    config.accessKey = temporary.value(QLatin1String("accessKey")).toString();
    config.secretKey = temporary.value(QLatin1String("secretKey")).toString().toUtf8();
    config.securityToken = temporary.value(QLatin1String("securityToken")).toString().toUtf8();
    std::unique_ptr<IdentityProvider> sts = provider(config);
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        sts->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().summary()));

    config.securityToken.clear();
    std::unique_ptr<IdentityProvider> withoutToken = provider(config);
    const auto refused = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        withoutToken->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(refused.has_value() && !refused->ok());
    QCOMPARE(refused->error().kind(), ApiError::Kind::Auth);
}

void TestHuaweiProvider::conflictIsReportedWithItsCode()
{
    QVERIFY(m_sandbox.setFaults(QStringLiteral("status=409,provider=huawei,method=POST")));
    const QString id = firstUser(QStringLiteral("enabled"));
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        m_huawei->changeState(UserAction::Disable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value() && !outcome->ok());
    QCOMPARE(outcome->error().kind(), ApiError::Kind::Conflict);
    QVERIFY(!outcome->error().providerCode().isEmpty());
    QVERIFY(!outcome->error().requestId().isEmpty());
}

void TestHuaweiProvider::unlockIsNotOffered()
{
    QVERIFY(!m_huawei->capabilities().canUnlock);
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        m_huawei->changeState(
            UserAction::Unlock, UserKey{firstUser(QStringLiteral("enabled")), {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value() && !outcome->ok());
    QCOMPARE(outcome->error().kind(), ApiError::Kind::Config);
}

void TestHuaweiProvider::abortedAnswerIsCancelled()
{
    // Huawei has no tasks: task status is answered without a request, on the next turn.
    // Aborted before then, the handler hears Cancelled, as for a request in flight.
    std::optional<Result<TaskStatus>> answer;
    QObject context;
    PendingCall *call = m_huawei->taskStatus(QStringLiteral("any"), &context,
        [&answer](const Result<TaskStatus> &status) { answer = status; });
    call->abort();
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().kind(), ApiError::Kind::Cancelled);

    // Not aborted, the answer itself arrives.
    const auto status = await<TaskStatus>([&](QObject *ctx, ResultHandler<TaskStatus> done) {
        m_huawei->taskStatus(QStringLiteral("any"), ctx, done);
    });
    QVERIFY(status.has_value() && status->ok());
    QCOMPARE(status->value().state, TaskStatus::State::Unresolvable);
}

QTEST_GUILESS_MAIN(TestHuaweiProvider)
#include "tst_huaweiprovider.moc"
