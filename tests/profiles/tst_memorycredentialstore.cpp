// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QTest>

#include "profiles/memorycredentialstore.h"
#include "profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadDelete();
    void missingSecretIsNotFound();
    void callbacksAreAsynchronous();
    void destroyedContextGetsNoCallback();
    void deleteAllSecretsKeepsOtherProfiles();
    void refusesBadInput();
    void unavailableBackendIsAConfigError();
    void keyLayout();

private:
    const QUuid m_profile = QUuid::createUuid();
    const QUuid m_other = QUuid::createUuid();
};

void TestMemoryCredentialStore::writeReadDelete()
{
    MemoryCredentialStore store;
    Waiter<Done> written;
    store.writeSecret(
        m_profile, SecretName::ClientSecret, "s3cr3t", written.context(), written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.done(), 5000);
    QVERIFY(written.result().ok());
    QVERIFY(store.contains(m_profile, SecretName::ClientSecret));

    Waiter<QByteArray> read;
    store.readSecret(m_profile, SecretName::ClientSecret, read.context(), read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.done(), 5000);
    QVERIFY(read.result().ok());
    QCOMPARE(read.result().value(), QByteArray("s3cr3t"));

    Waiter<Done> deleted;
    store.deleteSecret(m_profile, SecretName::ClientSecret, deleted.context(), deleted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(deleted.done(), 5000);
    QVERIFY(deleted.result().ok());
    QVERIFY(!store.contains(m_profile, SecretName::ClientSecret));

    // Deleting again is not an error.
    Waiter<Done> again;
    store.deleteSecret(m_profile, SecretName::ClientSecret, again.context(), again.callback());
    QTRY_VERIFY_WITH_TIMEOUT(again.done(), 5000);
    QVERIFY(again.result().ok());
    QCOMPARE(again.calls(), 1);
}

void TestMemoryCredentialStore::missingSecretIsNotFound()
{
    MemoryCredentialStore store;
    Waiter<QByteArray> read;
    store.readSecret(m_profile, SecretName::SecretKey, read.context(), read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.done(), 5000);
    QVERIFY(!read.result().ok());
    QVERIFY(CredentialStore::isMissingSecret(read.result().error()));
    QCOMPARE(read.result().error().kind(), ApiError::Kind::NotFound);
    const QString message = read.result().error().message();
    QVERIFY2(message.contains(QLatin1String("secret access key (sk)")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("GATEHOUSE_SECRET")), qPrintable(message));
}

void TestMemoryCredentialStore::callbacksAreAsynchronous()
{
    MemoryCredentialStore store;
    store.insert(m_profile, SecretName::KeyFile, "{}");
    Waiter<QByteArray> read;
    store.readSecret(m_profile, SecretName::KeyFile, read.context(), read.callback());
    QVERIFY(!read.done()); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(read.done(), 5000);
    QCOMPARE(read.calls(), 1);
}

void TestMemoryCredentialStore::destroyedContextGetsNoCallback()
{
    MemoryCredentialStore store;
    store.insert(m_profile, SecretName::KeyFile, "{}");
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store.readSecret(m_profile, SecretName::KeyFile, context.get(),
        [&calls](const Result<QByteArray> &) { ++calls; });
    context.reset();
    // A second call through a live context proves the event loop ran past the first.
    Waiter<QByteArray> later;
    store.readSecret(m_profile, SecretName::KeyFile, later.context(), later.callback());
    QTRY_VERIFY_WITH_TIMEOUT(later.done(), 5000);
    QCOMPARE(calls, 0);
}

void TestMemoryCredentialStore::deleteAllSecretsKeepsOtherProfiles()
{
    MemoryCredentialStore store;
    for (const QString &name : Profile::allSecretNames()) {
        store.insert(m_profile, name, "mine-" + name.toUtf8());
        store.insert(m_other, name, "other-" + name.toUtf8());
    }
    QCOMPARE(store.size(), 8);
    Waiter<Done> deleted;
    store.deleteAllSecrets(m_profile, deleted.context(), deleted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(deleted.done(), 5000);
    QVERIFY(deleted.result().ok());
    QCOMPARE(deleted.calls(), 1);
    QCOMPARE(store.size(), 4);
    for (const QString &name : Profile::allSecretNames()) {
        QVERIFY(!store.contains(m_profile, name));
        QVERIFY(store.contains(m_other, name));
    }
}

void TestMemoryCredentialStore::refusesBadInput()
{
    MemoryCredentialStore store;
    Waiter<Done> empty;
    store.writeSecret(
        m_profile, SecretName::ClientSecret, QByteArray(), empty.context(), empty.callback());
    QTRY_VERIFY_WITH_TIMEOUT(empty.done(), 5000);
    QCOMPARE(empty.result().error().kind(), ApiError::Kind::Config);

    Waiter<Done> badName;
    store.writeSecret(m_profile, QStringLiteral("a/b"), "x", badName.context(), badName.callback());
    QTRY_VERIFY_WITH_TIMEOUT(badName.done(), 5000);
    QCOMPARE(badName.result().error().kind(), ApiError::Kind::Config);
    QCOMPARE(store.size(), 0);
}

void TestMemoryCredentialStore::unavailableBackendIsAConfigError()
{
    MemoryCredentialStore store;
    store.insert(m_profile, SecretName::ClientSecret, "s3cr3t");
    store.setUnavailable(QStringLiteral("No keychain here"));

    Waiter<QByteArray> read;
    store.readSecret(m_profile, SecretName::ClientSecret, read.context(), read.callback());
    Waiter<Done> written;
    store.writeSecret(
        m_profile, SecretName::ClientSecret, "new", written.context(), written.callback());
    Waiter<Done> all;
    store.deleteAllSecrets(m_profile, all.context(), all.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.done() && written.done() && all.done(), 5000);
    QCOMPARE(read.result().error().kind(), ApiError::Kind::Config);
    QVERIFY(!CredentialStore::isMissingSecret(read.result().error()));
    QCOMPARE(read.result().error().message(), QStringLiteral("No keychain here"));
    QCOMPARE(written.result().error().kind(), ApiError::Kind::Config);
    QCOMPARE(all.result().error().kind(), ApiError::Kind::Config);
    QCOMPARE(all.calls(), 1);

    store.setUnavailable(QString());
    Waiter<QByteArray> back;
    store.readSecret(m_profile, SecretName::ClientSecret, back.context(), back.callback());
    QTRY_VERIFY_WITH_TIMEOUT(back.done(), 5000);
    QCOMPARE(back.result().value(), QByteArray("s3cr3t"));
}

void TestMemoryCredentialStore::keyLayout()
{
    const QUuid id = QUuid::fromString(QStringLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}"));
    QCOMPARE(CredentialStore::keyFor(id, SecretName::KeyFile),
        QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e/keyFile"));
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
