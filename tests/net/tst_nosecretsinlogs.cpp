// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/logging.h"
#include "providers/providerfactory.h"
#include "support/providertestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "")
            + QLatin1String(": ") + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// Every log line of a full session against the sandbox (listing, reading, actions, task
// polling, token renewal and rejected credentials on all three providers, with every
// gatehouse category at debug level) is captured and searched for secrets.
class TestNoSecretsInLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSessionLeaksNothing();

private:
    void session(ProviderKind kind, const ProviderConfig &config, const QString &userQuery);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 200;
        options.taskSeconds = 1;
        return options;
    }()};
    QNetworkAccessManager m_nam;
};

void TestNoSecretsInLogs::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestNoSecretsInLogs::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestNoSecretsInLogs::session(
    ProviderKind kind, const ProviderConfig &config, const QString &userQuery)
{
    Result<IdentityProvider *> created = createProvider(config, &m_nam, nullptr);
    QVERIFY(created.ok());
    std::unique_ptr<IdentityProvider> provider(created.value());
    UserQuery query;
    query.text = userQuery;
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        provider->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().summary()));
    QVERIFY(!page->value().users.isEmpty());
    const UserRecord user = page->value().users.first();
    const UserKey key{user.id, user.login, user.email};
    const auto read = await<UserRecord>(
        [&](QObject *ctx, ResultHandler<UserRecord> done) { provider->getUser(key, ctx, done); });
    QVERIFY(read.has_value() && read->ok());
    const UserAction action = user.isEnabled() ? UserAction::Disable : UserAction::Enable;
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        provider->changeState(action, key, ctx, done);
    });
    QVERIFY(outcome.has_value());
    if (kind == ProviderKind::SailPoint) {
        QVERIFY2(outcome->ok(), qPrintable(outcome->error().summary()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto status =
                    await<TaskStatus>([&](QObject *ctx, ResultHandler<TaskStatus> done) {
                        provider->taskStatus(outcome->value().taskId, ctx, done);
                    });
                return status && status->ok()
                    && status->value().state == TaskStatus::State::Succeeded;
            }(),
            20000);
        QVERIFY(m_sandbox.expireTokens() >= 1); // the next call renews the token
        const auto again = await<UserRecord>([&](QObject *ctx, ResultHandler<UserRecord> done) {
            provider->getUser(key, ctx, done);
        });
        QVERIFY(again.has_value() && again->ok());
    }
}

void TestNoSecretsInLogs::fullSessionLeaksNothing()
{
    const QJsonObject extended = m_sandbox.extendedInfo();
    const ProviderConfig sailPoint = sandboxConfig(m_sandbox, ProviderKind::SailPoint);
    ProviderConfig huawei = sandboxConfig(m_sandbox, ProviderKind::Huawei);
    const ProviderConfig rsa = sandboxConfig(m_sandbox, ProviderKind::SecurId);
    const QJsonObject temporary = extended.value(QLatin1String("huaweiTemporary")).toObject();
    ProviderConfig huaweiSts = huawei;
    huaweiSts.accessKey = temporary.value(QLatin1String("accessKey")).toString();
    huaweiSts.secretKey = temporary.value(QLatin1String("secretKey")).toString().toUtf8();
    huaweiSts.securityToken = temporary.value(QLatin1String("securityToken")).toString().toUtf8();

    session(ProviderKind::SailPoint, sailPoint, QString());
    session(ProviderKind::Huawei, huawei, QString());
    session(ProviderKind::Huawei, huaweiSts, QString());
    const QString email =
        m_sandbox.users(QStringLiteral("rsa"), {}, false, QStringLiteral("limit=1"))
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("email"))
            .toString();
    session(ProviderKind::SecurId, rsa, email);

    // Rejected credentials log their errors too.
    ProviderConfig wrongSailPoint = sailPoint;
    wrongSailPoint.clientSecret = "wrong-" + sailPoint.clientSecret;
    ProviderConfig wrongHuawei = huaweiSts;
    wrongHuawei.secretKey = "wrong-" + huaweiSts.secretKey;
    for (const ProviderConfig &config : {wrongSailPoint, wrongHuawei}) {
        Result<IdentityProvider *> created = createProvider(config, &m_nam, nullptr);
        std::unique_ptr<IdentityProvider> provider(created.value());
        const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
            provider->listUsers(UserQuery{}, QString(), ctx, done);
        });
        QVERIFY(page.has_value() && !page->ok());
        qCWarning(lcProviders).noquote() << page->error().summary() << page->error().details();
    }

    QStringList secrets{QString::fromUtf8(sailPoint.clientSecret),
        QString::fromUtf8(huawei.secretKey), QString::fromUtf8(huaweiSts.secretKey),
        QString::fromUtf8(huaweiSts.securityToken)};
    const QString pem =
        QJsonDocument::fromJson(rsa.keyFile).object().value(QLatin1String("accessKey")).toString();
    for (const QString &line : pem.split(QLatin1Char('\n'))) {
        if (line.size() > 20 && !line.startsWith(QLatin1String("-----")))
            secrets << line;
    }
    const QStringList markers{QStringLiteral("Bearer "), QStringLiteral("Authorization"),
        QStringLiteral("Signature="), QStringLiteral("access_token"), QStringLiteral("eyJ"),
        QStringLiteral("client_secret")};

    QMutexLocker lock(&logMutex);
    QVERIFY2(capturedLog.size() > 20, qPrintable(QString::number(capturedLog.size())));
    for (const QString &line : std::as_const(capturedLog)) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(
                !line.contains(secret), qPrintable(QStringLiteral("secret in: ") + line.left(120)));
        for (const QString &marker : markers)
            QVERIFY2(!line.contains(marker), qPrintable(QStringLiteral("credential in: ") + line));
    }
}

QTEST_GUILESS_MAIN(TestNoSecretsInLogs)
#include "tst_nosecretsinlogs.moc"
