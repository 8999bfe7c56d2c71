// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

#include "profiles/keychaincredentialstore.h"
#include "profiles/profile.h"
#include "profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

const QString testService = QStringLiteral("Gatehouse-test");

bool realKeychainWanted()
{
    return qgetenv("GATEHOUSE_TEST_KEYCHAIN") == "1";
}

} // namespace

// Two modes, chosen per process because QtKeychain picks its backend once:
//  - default: the session bus is pointed at nothing, so no keychain exists (Linux only);
//    proves that failing means a Config error and never a plaintext file.
//  - GATEHOUSE_TEST_KEYCHAIN=1: the real keychain of the session (a service name of its own),
//    for round trips and chunking. On Linux without a desktop, for example (one line):
//      dbus-run-session -- sh -c 'echo pw | gnome-keyring-daemon --unlock
//      --components=secrets >/dev/null; GATEHOUSE_TEST_KEYCHAIN=1 ./tst_keychaincredentialstore'
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeychainIsAConfigErrorNotAFile();
    void roundTrip_data();
    void roundTrip();
    void shrinkingAndGrowingLeaveNoStaleParts();
    void missingSecretIsNotFound();
    void deleteAllSecrets();

private:
    Result<QByteArray> read(const QString &name);
    Result<Done> write(const QString &name, const QByteArray &secret);
    Result<Done> remove(const QString &name);
    // The raw QtKeychain answer for one key: bypasses the store to see its layout.
    QKeychain::Error rawRead(const QString &key);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<KeychainCredentialStore> m_store;
    const QUuid m_profile = QUuid::createUuid();
};

void TestKeychainCredentialStore::initTestCase()
{
    if (!realKeychainWanted()) {
#ifdef Q_OS_LINUX
        // Nowhere to store anything: a bus that does not exist, no desktop to autolaunch one,
        // and a private home where a plaintext fallback would show up.
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/gatehouse-test-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("DESKTOP_SESSION");
        qunsetenv("KDE_FULL_SESSION");
        qputenv("HOME", QFile::encodeName(m_home->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
#endif
    }
    m_store = std::make_unique<KeychainCredentialStore>();
    m_store->setServiceName(testService);
    m_store->setRetryDelay(50);
    QCOMPARE(m_store->serviceName(), testService);
}

Result<QByteArray> TestKeychainCredentialStore::read(const QString &name)
{
    Waiter<QByteArray> waiter;
    m_store->readSecret(m_profile, name, waiter.context(), waiter.callback());
    if (!waiter.wait(30000))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

Result<Done> TestKeychainCredentialStore::write(const QString &name, const QByteArray &secret)
{
    Waiter<Done> waiter;
    m_store->writeSecret(m_profile, name, secret, waiter.context(), waiter.callback());
    if (!waiter.wait(30000))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

Result<Done> TestKeychainCredentialStore::remove(const QString &name)
{
    Waiter<Done> waiter;
    m_store->deleteSecret(m_profile, name, waiter.context(), waiter.callback());
    if (!waiter.wait(30000))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

QKeychain::Error TestKeychainCredentialStore::rawRead(const QString &key)
{
    QKeychain::ReadPasswordJob job(testService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    bool finished = false;
    connect(&job, &QKeychain::Job::finished, this, [&finished]() { finished = true; });
    job.start();
    if (!QTest::qWaitFor([&finished]() { return finished; }, 30000))
        return QKeychain::OtherError;
    return job.error();
}

void TestKeychainCredentialStore::noKeychainIsAConfigErrorNotAFile()
{
#ifndef Q_OS_LINUX
    QSKIP("only Linux can be made to have no keychain");
#endif
    if (realKeychainWanted())
        QSKIP("runs without GATEHOUSE_TEST_KEYCHAIN");

    const QByteArray secret = "never-in-a-file-5d41402abc4b2a76";
    const Result<Done> written = write(SecretName::ClientSecret, secret);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind(), ApiError::Kind::Config);
    QVERIFY2(written.error().message().contains(QLatin1String("No system keychain")),
        qPrintable(written.error().message()));
    QVERIFY2(written.error().message().contains(QLatin1String("GATEHOUSE_SECRET")),
        qPrintable(written.error().message()));

    const Result<QByteArray> readBack = read(SecretName::ClientSecret);
    QVERIFY(!readBack.ok());
    QCOMPARE(readBack.error().kind(), ApiError::Kind::Config);
    QVERIFY(!CredentialStore::isMissingSecret(readBack.error()));
    QCOMPARE(remove(SecretName::ClientSecret).error().kind(), ApiError::Kind::Config);
    const Result<Done> big = write(SecretName::KeyFile, QByteArray(5000, 'k'));
    QCOMPARE(big.error().kind(), ApiError::Kind::Config);

    // No plaintext fallback anywhere in the home directory.
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(path));
    }
}

void TestKeychainCredentialStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("short") << QByteArray("s3cr3t");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe secret\n", 13);
    QTest::newRow("exactly one chunk") << QByteArray(KeychainCredentialStore::chunkSize, 'a');
    QTest::newRow("one byte over") << QByteArray(KeychainCredentialStore::chunkSize + 1, 'b');
    QTest::newRow("rsa key file") << keyFileJson(generateRsaPkcs1Pem()).repeated(2);
}

void TestKeychainCredentialStore::roundTrip()
{
    if (!realKeychainWanted())
        QSKIP("set GATEHOUSE_TEST_KEYCHAIN=1 to use the real keychain");
    QFETCH(QByteArray, secret);
    const Result<Done> written = write(SecretName::KeyFile, secret);
    QVERIFY2(written.ok(), qPrintable(written.error().message()));
    const Result<QByteArray> readBack = read(SecretName::KeyFile);
    QVERIFY2(readBack.ok(), qPrintable(readBack.error().message()));
    QCOMPARE(readBack.value(), secret);

    const QString key = CredentialStore::keyFor(m_profile, SecretName::KeyFile);
    const bool chunked = secret.size() > KeychainCredentialStore::chunkSize;
    QCOMPARE(rawRead(key), chunked ? QKeychain::EntryNotFound : QKeychain::NoError);
    QCOMPARE(rawRead(key + QStringLiteral(".count")),
        chunked ? QKeychain::NoError : QKeychain::EntryNotFound);
    QVERIFY(remove(SecretName::KeyFile).ok());
}

void TestKeychainCredentialStore::shrinkingAndGrowingLeaveNoStaleParts()
{
    if (!realKeychainWanted())
        QSKIP("set GATEHOUSE_TEST_KEYCHAIN=1 to use the real keychain");
    const QString key = CredentialStore::keyFor(m_profile, SecretName::KeyFile);
    const QByteArray three(3 * KeychainCredentialStore::chunkSize - 10, 'x');
    const QByteArray two(2 * KeychainCredentialStore::chunkSize - 10, 'y');

    QVERIFY(write(SecretName::KeyFile, three).ok());
    QCOMPARE(rawRead(key + QStringLiteral(".2")), QKeychain::NoError);
    QVERIFY(write(SecretName::KeyFile, two).ok());
    QCOMPARE(read(SecretName::KeyFile).value(), two);
    QCOMPARE(rawRead(key + QStringLiteral(".2")), QKeychain::EntryNotFound);

    QVERIFY(write(SecretName::KeyFile, "small").ok());
    QCOMPARE(read(SecretName::KeyFile).value(), QByteArray("small"));
    QCOMPARE(rawRead(key + QStringLiteral(".0")), QKeychain::EntryNotFound);
    QCOMPARE(rawRead(key + QStringLiteral(".count")), QKeychain::EntryNotFound);

    QVERIFY(write(SecretName::KeyFile, three).ok());
    QCOMPARE(rawRead(key), QKeychain::EntryNotFound);
    QCOMPARE(read(SecretName::KeyFile).value(), three);

    QVERIFY(remove(SecretName::KeyFile).ok());
    for (const QString &suffix : {QString(), QStringLiteral(".0"), QStringLiteral(".1"),
             QStringLiteral(".2"), QStringLiteral(".count")})
        QCOMPARE(rawRead(key + suffix), QKeychain::EntryNotFound);
}

void TestKeychainCredentialStore::missingSecretIsNotFound()
{
    if (!realKeychainWanted())
        QSKIP("set GATEHOUSE_TEST_KEYCHAIN=1 to use the real keychain");
    const Result<QByteArray> missing = read(SecretName::SecurityToken);
    QVERIFY(!missing.ok());
    QVERIFY2(
        CredentialStore::isMissingSecret(missing.error()), qPrintable(missing.error().message()));
    QVERIFY(remove(SecretName::SecurityToken).ok()); // deleting nothing is fine
}

void TestKeychainCredentialStore::deleteAllSecrets()
{
    if (!realKeychainWanted())
        QSKIP("set GATEHOUSE_TEST_KEYCHAIN=1 to use the real keychain");
    QVERIFY(write(SecretName::SecretKey, "sk").ok());
    QVERIFY(write(SecretName::KeyFile, QByteArray(5000, 'k')).ok());
    Waiter<Done> deleted;
    m_store->deleteAllSecrets(m_profile, deleted.context(), deleted.callback());
    QVERIFY(deleted.wait(30000));
    QVERIFY2(deleted.result().ok(), qPrintable(deleted.result().error().message()));
    QVERIFY(CredentialStore::isMissingSecret(read(SecretName::SecretKey).error()));
    QVERIFY(CredentialStore::isMissingSecret(read(SecretName::KeyFile).error()));
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
