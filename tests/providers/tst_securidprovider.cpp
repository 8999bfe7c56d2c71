// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "providers/providerfactory.h"
#include "support/providertestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

// The RSA SecurID Cloud Administration client against the sandbox, which verifies each
// RS256 JWT against the public half of the key file it wrote.
class TestSecurIdProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cannotBrowseOnlySearch();
    void lookupByEmailAndByUserName();
    void unknownUserIsAnEmptyResult();
    void disableIsConfirmedWithTheEchoedStatus();
    void enablingAPendingDeleteUserIsAConflict();
    void aForeignKeyIsForbidden();
    void brokenKeyFileIsAClearError();

private:
    std::unique_ptr<IdentityProvider> provider(const ProviderConfig &config);
    QJsonObject firstUser(const QString &query);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 400;
        return options;
    }()};
    QNetworkAccessManager m_nam;
    std::unique_ptr<IdentityProvider> m_rsa;
};

std::unique_ptr<IdentityProvider> TestSecurIdProvider::provider(const ProviderConfig &config)
{
    Result<IdentityProvider *> created = createProvider(config, &m_nam, nullptr);
    return std::unique_ptr<IdentityProvider>(created ? created.value() : nullptr);
}

QJsonObject TestSecurIdProvider::firstUser(const QString &query)
{
    return m_sandbox.users(QStringLiteral("rsa"), {}, false, query + QStringLiteral("&limit=1"))
        .value(QLatin1String("users"))
        .toArray()
        .first()
        .toObject();
}

void TestSecurIdProvider::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_rsa = provider(sandboxConfig(m_sandbox, ProviderKind::SecurId));
    QVERIFY(m_rsa);
}

void TestSecurIdProvider::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.reset());
}

void TestSecurIdProvider::cannotBrowseOnlySearch()
{
    QVERIFY(!m_rsa->capabilities().canBrowse);
    QVERIFY(m_rsa->capabilities().searchFields.contains(QLatin1String("email")));
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        m_rsa->listUsers(UserQuery{}, QString(), ctx, done);
    });
    QVERIFY(page.has_value() && page->ok());
    QVERIFY(page->value().users.isEmpty());
    // Nothing was asked: an empty search is answered without a request.
    QVERIFY(!m_sandbox.stats()
                 .value(QLatin1String("requests"))
                 .toObject()
                 .contains(QLatin1String("rsa")));
}

void TestSecurIdProvider::lookupByEmailAndByUserName()
{
    const QJsonObject expected = firstUser(QStringLiteral("state=enabled"));
    for (const QString &text : {expected.value(QLatin1String("email")).toString(),
             expected.value(QLatin1String("login")).toString()}) {
        UserQuery query;
        query.text = text;
        const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
            m_rsa->listUsers(query, QString(), ctx, done);
        });
        QVERIFY(page.has_value());
        QVERIFY2(page->ok(), qPrintable(page->error().summary()));
        QCOMPARE(page->value().users.size(), 1);
        const UserRecord &user = page->value().users.first();
        QCOMPARE(user.id, expected.value(QLatin1String("id")).toString());
        QCOMPARE(user.email, expected.value(QLatin1String("email")).toString());
        QCOMPARE(user.state, UserRecord::State::Enabled);
        QVERIFY(user.raw.contains(QLatin1String("identitySource")));
    }
}

void TestSecurIdProvider::unknownUserIsAnEmptyResult()
{
    UserQuery query;
    query.text = QStringLiteral("nobody.here@example.com");
    const auto page = await<UserPage>([&](QObject *ctx, ResultHandler<UserPage> done) {
        m_rsa->listUsers(query, QString(), ctx, done);
    });
    QVERIFY(page.has_value() && page->ok());
    QVERIFY(page->value().users.isEmpty());

    const auto user = await<UserRecord>([&](QObject *ctx, ResultHandler<UserRecord> done) {
        m_rsa->getUser(UserKey{{}, {}, query.text}, ctx, done);
    });
    QVERIFY(user.has_value() && !user->ok());
    QCOMPARE(user->error().kind(), ApiError::Kind::NotFound);
}

void TestSecurIdProvider::disableIsConfirmedWithTheEchoedStatus()
{
    const QJsonObject target = firstUser(QStringLiteral("state=enabled"));
    const QString id = target.value(QLatin1String("id")).toString();
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        m_rsa->changeState(UserAction::Disable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error().summary()));
    QCOMPARE(outcome->value().kind, ActionOutcome::Kind::Confirmed);
    QCOMPARE(outcome->value().state, UserRecord::State::Disabled);
    const QJsonObject after = m_sandbox.user(QStringLiteral("rsa"), id);
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(after.value(QLatin1String("changeRequests")).toInt(), 1);

    // Read back by e-mail, as the runner reconciles RSA users.
    const auto user = await<UserRecord>([&](QObject *ctx, ResultHandler<UserRecord> done) {
        m_rsa->getUser(UserKey{id, {}, target.value(QLatin1String("email")).toString()}, ctx, done);
    });
    QVERIFY(user.has_value() && user->ok());
    QCOMPARE(user->value().state, UserRecord::State::Disabled);
}

void TestSecurIdProvider::enablingAPendingDeleteUserIsAConflict()
{
    const QString id =
        firstUser(QStringLiteral("flag=markDeleted")).value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto outcome = await<ActionOutcome>([&](QObject *ctx, ResultHandler<ActionOutcome> done) {
        m_rsa->changeState(UserAction::Enable, UserKey{id, {}, {}}, ctx, done);
    });
    QVERIFY(outcome.has_value() && !outcome->ok());
    QCOMPARE(outcome->error().kind(), ApiError::Kind::Conflict);
    QCOMPARE(outcome->error().httpStatus(), 409);
    QVERIFY(outcome->error().message().contains(QLatin1String("pending deletion")));
    QVERIFY(!outcome->error().outcomeUnknown());
}

void TestSecurIdProvider::aForeignKeyIsForbidden()
{
    // Same key file, but a private key the sandbox never issued.
    EVP_PKEY *key = EVP_RSA_gen(2048);
    QVERIFY(key);
    OSSL_ENCODER_CTX *ctx =
        OSSL_ENCODER_CTX_new_for_pkey(key, EVP_PKEY_KEYPAIR, "PEM", "type-specific", nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    QCOMPARE(OSSL_ENCODER_to_data(ctx, &data, &length), 1);
    const QString pem =
        QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(length));
    OPENSSL_free(data);
    OSSL_ENCODER_CTX_free(ctx);
    EVP_PKEY_free(key);

    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::SecurId);
    QJsonObject keyFile = QJsonDocument::fromJson(config.keyFile).object();
    keyFile.insert(QStringLiteral("accessKey"), pem);
    config.keyFile = QJsonDocument(keyFile).toJson();
    std::unique_ptr<IdentityProvider> foreign = provider(config);
    QVERIFY(foreign);
    UserQuery query;
    query.text =
        firstUser(QStringLiteral("state=enabled")).value(QLatin1String("email")).toString();
    const auto page = await<UserPage>([&](QObject *c, ResultHandler<UserPage> done) {
        foreign->listUsers(query, QString(), c, done);
    });
    QVERIFY(page.has_value() && !page->ok());
    QCOMPARE(page->error().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(page->error().httpStatus(), 403);
    QVERIFY(
        page->error().details().contains(QLatin1String("/AdminInterface/restapi/v1/users/lookup")));
}

void TestSecurIdProvider::brokenKeyFileIsAClearError()
{
    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::SecurId);
    config.keyFile = "{\"customerName\": \"c\", \"accessID\": \"x\"}";
    const Result<IdentityProvider *> created = createProvider(config, &m_nam, nullptr);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind(), ApiError::Kind::Config);
    QVERIFY(created.error().message().contains(QLatin1String("accessKey")));
}

QTEST_GUILESS_MAIN(TestSecurIdProvider)
#include "tst_securidprovider.moc"
