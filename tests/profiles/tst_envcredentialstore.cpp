// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "profiles/envcredentialstore.h"
#include "profiles/memorycredentialstore.h"
#include "profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

class TestEnvCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutActiveProfileEverythingGoesInside();
    void sailPointSecretFromEnvironment();
    void huaweiSecretKeyAndToken();
    void rsaKeyFileAsContent();
    void rsaKeyFileAsPath();
    void rsaBrokenKeyFileIsNamed();
    void emptyVariableMeansUnset();
    void environmentValueIsNeverWritten();
    void deletesGoInside();

private:
    Result<QByteArray> read(CredentialStore &store, const QUuid &id, const QString &name);
    Result<Done> write(
        CredentialStore &store, const QUuid &id, const QString &name, const QByteArray &secret);

    MemoryCredentialStore *m_inner = nullptr;
    EnvCredentialStore *m_store = nullptr;
};

void TestEnvCredentialStore::init()
{
    qunsetenv(EnvCredentialStore::secretVariable);
    qunsetenv(EnvCredentialStore::securityTokenVariable);
    m_inner = new MemoryCredentialStore(this);
    m_store = new EnvCredentialStore(m_inner, this);
}

void TestEnvCredentialStore::cleanup()
{
    delete m_store;
    delete m_inner;
    qunsetenv(EnvCredentialStore::secretVariable);
    qunsetenv(EnvCredentialStore::securityTokenVariable);
}

Result<QByteArray> TestEnvCredentialStore::read(
    CredentialStore &store, const QUuid &id, const QString &name)
{
    Waiter<QByteArray> waiter;
    store.readSecret(id, name, waiter.context(), waiter.callback());
    if (!waiter.wait())
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

Result<Done> TestEnvCredentialStore::write(
    CredentialStore &store, const QUuid &id, const QString &name, const QByteArray &secret)
{
    Waiter<Done> waiter;
    store.writeSecret(id, name, secret, waiter.context(), waiter.callback());
    if (!waiter.wait())
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

void TestEnvCredentialStore::withoutActiveProfileEverythingGoesInside()
{
    const Profile sp = sailPointProfile();
    qputenv(EnvCredentialStore::secretVariable, "from-env");
    m_inner->insert(sp.id, SecretName::ClientSecret, "from-keychain");
    QVERIFY(!m_store->overrides(sp.id, SecretName::ClientSecret));
    const Result<QByteArray> secret = read(*m_store, sp.id, SecretName::ClientSecret);
    QVERIFY(secret.ok());
    QCOMPARE(secret.value(), QByteArray("from-keychain"));
}

void TestEnvCredentialStore::sailPointSecretFromEnvironment()
{
    const Profile sp = sailPointProfile();
    const Profile other = sailPointProfile(QStringLiteral("Other"));
    m_inner->insert(sp.id, SecretName::ClientSecret, "from-keychain");
    m_inner->insert(other.id, SecretName::ClientSecret, "other-keychain");
    m_store->setActiveProfile(sp);
    qputenv(EnvCredentialStore::secretVariable, "from-env");

    QVERIFY(m_store->overrides(sp.id, SecretName::ClientSecret));
    QVERIFY(!m_store->overrides(other.id, SecretName::ClientSecret));
    QCOMPARE(read(*m_store, sp.id, SecretName::ClientSecret).value(), QByteArray("from-env"));
    // Only the profile in use: another profile still reads its own secret.
    QCOMPARE(
        read(*m_store, other.id, SecretName::ClientSecret).value(), QByteArray("other-keychain"));

    // The variable is read at each use, so it is the only copy.
    qputenv(EnvCredentialStore::secretVariable, "rotated");
    QCOMPARE(read(*m_store, sp.id, SecretName::ClientSecret).value(), QByteArray("rotated"));
    qunsetenv(EnvCredentialStore::secretVariable);
    QCOMPARE(read(*m_store, sp.id, SecretName::ClientSecret).value(), QByteArray("from-keychain"));

    m_store->clearActiveProfile();
    qputenv(EnvCredentialStore::secretVariable, "from-env");
    QCOMPARE(read(*m_store, sp.id, SecretName::ClientSecret).value(), QByteArray("from-keychain"));
}

void TestEnvCredentialStore::huaweiSecretKeyAndToken()
{
    const Profile hw = huaweiProfile();
    m_store->setActiveProfile(hw);
    qputenv(EnvCredentialStore::secretVariable, "env-sk");
    QCOMPARE(read(*m_store, hw.id, SecretName::SecretKey).value(), QByteArray("env-sk"));

    // Without GATEHOUSE_SECURITY_TOKEN the token comes from the keychain, or is missing.
    const Result<QByteArray> missing = read(*m_store, hw.id, SecretName::SecurityToken);
    QVERIFY(!missing.ok());
    QVERIFY(CredentialStore::isMissingSecret(missing.error()));
    m_inner->insert(hw.id, SecretName::SecurityToken, "keychain-token");
    QCOMPARE(
        read(*m_store, hw.id, SecretName::SecurityToken).value(), QByteArray("keychain-token"));

    qputenv(EnvCredentialStore::securityTokenVariable, "env-token");
    QVERIFY(m_store->overrides(hw.id, SecretName::SecurityToken));
    QCOMPARE(read(*m_store, hw.id, SecretName::SecurityToken).value(), QByteArray("env-token"));

    // The token variable means nothing for other providers.
    const Profile sp = sailPointProfile();
    m_store->setActiveProfile(sp);
    QVERIFY(!m_store->overrides(sp.id, SecretName::SecurityToken));
}

void TestEnvCredentialStore::rsaKeyFileAsContent()
{
    const Profile rsa = rsaProfile();
    m_store->setActiveProfile(rsa);
    const QByteArray keyFile = keyFileJson(generateRsaPkcs1Pem());
    qputenv(EnvCredentialStore::secretVariable, keyFile);
    const Result<QByteArray> secret = read(*m_store, rsa.id, SecretName::KeyFile);
    QVERIFY2(secret.ok(), qPrintable(secret.error().message()));
    QCOMPARE(secret.value(), keyFile.trimmed());
}

void TestEnvCredentialStore::rsaKeyFileAsPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray keyFile = keyFileJson(generateRsaPkcs1Pem());
    const QString path = dir.filePath(QStringLiteral("ci.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(keyFile);
    file.close();

    const Profile rsa = rsaProfile();
    m_store->setActiveProfile(rsa);
    qputenv(EnvCredentialStore::secretVariable, QFile::encodeName(path));
    const Result<QByteArray> secret = read(*m_store, rsa.id, SecretName::KeyFile);
    QVERIFY2(secret.ok(), qPrintable(secret.error().message()));
    QCOMPARE(secret.value(), keyFile);
}

void TestEnvCredentialStore::rsaBrokenKeyFileIsNamed()
{
    const Profile rsa = rsaProfile();
    m_store->setActiveProfile(rsa);

    qputenv(EnvCredentialStore::secretVariable, "/nonexistent/ci.key");
    Result<QByteArray> secret = read(*m_store, rsa.id, SecretName::KeyFile);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().kind(), ApiError::Kind::Config);
    QVERIFY2(secret.error().message().startsWith(QLatin1String("GATEHOUSE_SECRET")),
        qPrintable(secret.error().message()));
    QVERIFY2(secret.error().message().contains(QLatin1String("/nonexistent/ci.key")),
        qPrintable(secret.error().message()));

    qputenv(EnvCredentialStore::secretVariable, R"({"customerName":"Acme","accessID":"x"})");
    secret = read(*m_store, rsa.id, SecretName::KeyFile);
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().message().contains(QLatin1String("accessKey")),
        qPrintable(secret.error().message()));
}

void TestEnvCredentialStore::emptyVariableMeansUnset()
{
    const Profile sp = sailPointProfile();
    m_store->setActiveProfile(sp);
    qputenv(EnvCredentialStore::secretVariable, "");
    QVERIFY(!m_store->overrides(sp.id, SecretName::ClientSecret));
    const Result<QByteArray> secret = read(*m_store, sp.id, SecretName::ClientSecret);
    QVERIFY(CredentialStore::isMissingSecret(secret.error()));
}

void TestEnvCredentialStore::environmentValueIsNeverWritten()
{
    const Profile sp = sailPointProfile();
    m_store->setActiveProfile(sp);
    qputenv(EnvCredentialStore::secretVariable, "from-env");

    QVERIFY(write(*m_store, sp.id, SecretName::ClientSecret, "from-env").ok());
    QVERIFY(!m_inner->contains(sp.id, SecretName::ClientSecret));

    // An explicitly different value is the operator's choice and goes to the keychain.
    QVERIFY(write(*m_store, sp.id, SecretName::ClientSecret, "typed-in").ok());
    QVERIFY(m_inner->contains(sp.id, SecretName::ClientSecret));
    QCOMPARE(read(*m_inner, sp.id, SecretName::ClientSecret).value(), QByteArray("typed-in"));

    // RSA: neither the path nor the file's content is written.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray keyFile = keyFileJson(generateRsaPkcs1Pem());
    const QString path = dir.filePath(QStringLiteral("ci.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(keyFile);
    file.close();
    const Profile rsa = rsaProfile();
    m_store->setActiveProfile(rsa);
    qputenv(EnvCredentialStore::secretVariable, QFile::encodeName(path));
    QVERIFY(write(*m_store, rsa.id, SecretName::KeyFile, keyFile).ok());
    QVERIFY(write(*m_store, rsa.id, SecretName::KeyFile, QFile::encodeName(path)).ok());
    QVERIFY(!m_inner->contains(rsa.id, SecretName::KeyFile));
}

void TestEnvCredentialStore::deletesGoInside()
{
    const Profile sp = sailPointProfile();
    m_inner->insert(sp.id, SecretName::ClientSecret, "from-keychain");
    m_store->setActiveProfile(sp);
    qputenv(EnvCredentialStore::secretVariable, "from-env");
    Waiter<Done> deleted;
    m_store->deleteAllSecrets(sp.id, deleted.context(), deleted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(deleted.done(), 5000);
    QVERIFY(deleted.result().ok());
    QCOMPARE(m_inner->size(), 0);
}

QTEST_GUILESS_MAIN(TestEnvCredentialStore)
#include "tst_envcredentialstore.moc"
