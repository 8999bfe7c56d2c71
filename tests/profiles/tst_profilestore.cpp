// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "profiles/envcredentialstore.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "profiles/rsakeyfile.h"
#include "profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

Q_DECLARE_METATYPE(Gatehouse::Profile)

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

QString testData(const QString &name)
{
    const QByteArray dir = qgetenv("GATEHOUSE_TEST_DATA");
    if (!dir.isEmpty() && QFile::exists(QFile::decodeName(dir) + QLatin1Char('/') + name))
        return QFile::decodeName(dir) + QLatin1Char('/') + name;
    return QFINDTESTDATA(QStringLiteral("data/") + name);
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyFolderHasNoProfilesAndNoFile();
    void defaultFolderIsAppConfig();
    void roundTrip_data();
    void roundTrip();
    void fileLayout();
    void uniqueNamesIgnoreCase();
    void findByNameOrId();
    void addRefusesInvalidProfiles();
    void updatePersistsAndSignals();
    void providerChangeDropsUnusedSecrets();
    void removeDeletesSecrets();
    void removeWithoutKeychainStillRemoves();
    void duplicateCopiesFieldsAndSecrets();
    void duplicateFailureLeavesNothing();
    void lastUsedProfile();
    void migratesV0File();
    void loadsV1FileUntouched();
    void newerSchemaIsReadOnly();
    void skipsBrokenGroups();
    void reloadSeesOtherWriters();
    void noSecretInConfigFolder();

private:
    std::unique_ptr<ProfileStore> openStore();
    Result<Done> removeProfile(ProfileStore &store, const QUuid &id);
    Result<Profile> duplicateProfile(
        ProfileStore &store, const QUuid &id, const QString &name = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemoryCredentialStore>();
}

void TestProfileStore::cleanup()
{
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<ProfileStore> TestProfileStore::openStore()
{
    return std::make_unique<ProfileStore>(m_secrets.get(), m_dir->path());
}

Result<Done> TestProfileStore::removeProfile(ProfileStore &store, const QUuid &id)
{
    Waiter<Done> waiter;
    store.remove(id, waiter.context(), waiter.callback());
    if (!waiter.wait())
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

Result<Profile> TestProfileStore::duplicateProfile(
    ProfileStore &store, const QUuid &id, const QString &name)
{
    Waiter<Profile> waiter;
    store.duplicate(id, name, waiter.context(), waiter.callback());
    if (!waiter.wait())
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("no callback"));
    return waiter.result();
}

void TestProfileStore::emptyFolderHasNoProfilesAndNoFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("not-yet"));
    ProfileStore store(m_secrets.get(), folder);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.openError().isError());
    QVERIFY(!store.lastUsedProfile());
    QVERIFY(store.lastUsedProfileName().isEmpty());
    // Looking must not create anything (`profiles list` in a fresh --config-dir).
    QVERIFY(!QFile::exists(store.filePath()));
    QCOMPARE(store.filePath(), folder + QStringLiteral("/profiles.ini"));

    // The first change creates the folder and the file.
    QVERIFY(store.add(sailPointProfile()).ok());
    QVERIFY(QFile::exists(store.filePath()));
}

void TestProfileStore::defaultFolderIsAppConfig()
{
    ProfileStore store(m_secrets.get());
    QCOMPARE(
        store.configDir(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("sailpoint") << sailPointProfile();
    Profile sp = sailPointProfile(QStringLiteral("Sandbox SailPoint"));
    sp.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:40001"));
    sp.clientId = QStringLiteral("0123456789abcdef"); // a warning, not an error
    sp.caBundlePath = QCoreApplication::applicationFilePath();
    sp.readOnly = false;
    QTest::newRow("sailpoint loopback, legacy id, ca") << sp;
    QTest::newRow("huawei") << huaweiProfile();
    Profile hw = huaweiProfile(QStringLiteral("Huawei, explicit: \"url\""));
    hw.baseUrl = QUrl(QStringLiteral("http://[::1]:40002"));
    hw.region = QStringLiteral("sandbox-1");
    hw.temporaryCredentials = false;
    QTest::newRow("huawei explicit url, odd name") << hw;
    QTest::newRow("rsa") << rsaProfile();
    Profile rsa = rsaProfile(QStringLiteral("RSA ünïcödé 中文"));
    rsa.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/rsa"));
    rsa.rsaKey.description = QStringLiteral("key, with commas; and = signs");
    QTest::newRow("rsa explicit url, unicode") << rsa;
}

void TestProfileStore::roundTrip()
{
    QFETCH(Profile, profile);
    {
        auto store = openStore();
        QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
        const Result<Profile> added = store->add(profile);
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added.value(), profile);
        QCOMPARE(changed.size(), 1);
    }
    auto reopened = openStore();
    QCOMPARE(reopened->profiles().size(), 1);
    QCOMPARE(reopened->profiles().first(), profile);

    // And again after an update of every flag.
    Profile changed = profile;
    changed.readOnly = !changed.readOnly;
    changed.requireReason = !changed.requireReason;
    changed.rateLimit = {7, 3};
    changed.name = profile.name + QStringLiteral(" 2");
    QVERIFY(reopened->update(changed).ok());
    QCOMPARE(openStore()->profiles().first(), changed);
}

void TestProfileStore::fileLayout()
{
    auto store = openStore();
    const Profile hw = huaweiProfile();
    QVERIFY(store->add(hw).ok());
    QSettings file(store->filePath(), QSettings::IniFormat);
    QCOMPARE(
        file.value(QStringLiteral("schemaVersion")).toInt(), ProfileStore::currentSchemaVersion);
    const QString group = QStringLiteral("profiles/") + hw.id.toString(QUuid::WithoutBraces);
    QCOMPARE(file.childGroups(), QStringList{QStringLiteral("profiles")});
    file.beginGroup(group);
    QCOMPARE(file.value(QStringLiteral("name")).toString(), hw.name);
    QCOMPARE(file.value(QStringLiteral("provider")).toString(), QStringLiteral("huawei"));
    QCOMPARE(file.value(QStringLiteral("identityStoreId")).toString(), hw.identityStoreId);
    QCOMPARE(file.value(QStringLiteral("rateLimitRequests")).toInt(), 5);
    // Only the provider's own fields are written.
    QVERIFY(!file.contains(QStringLiteral("clientId")));
    QVERIFY(!file.contains(QStringLiteral("keyAccessId")));
    QVERIFY(!file.contains(QStringLiteral("baseUrl")));
}

void TestProfileStore::uniqueNamesIgnoreCase()
{
    auto store = openStore();
    QVERIFY(store->add(sailPointProfile(QStringLiteral("Acme"))).ok());

    const Profile clash = huaweiProfile(QStringLiteral("  ACME "));
    const QVector<ProfileProblem> problems = store->check(clash);
    QVERIFY(hasErrors(problems));
    QCOMPARE(problems.first().field, Profile::Field::Name);
    QVERIFY2(problems.first().message.contains(QLatin1String("ACME")),
        qPrintable(problems.first().message));

    const Result<Profile> refused = store->add(clash);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ApiError::Kind::Config);
    QVERIFY2(refused.error().message().contains(QLatin1String("already")),
        qPrintable(refused.error().message()));
    QCOMPARE(store->profiles().size(), 1);

    // Renaming another profile onto the name is refused too; keeping one's own name is fine.
    const Result<Profile> other = store->add(huaweiProfile(QStringLiteral("Other")));
    QVERIFY(other.ok());
    Profile renamed = other.value();
    renamed.name = QStringLiteral("acme");
    QVERIFY(!store->update(renamed).ok());
    QVERIFY(!hasErrors(store->check(other.value())));
    QVERIFY(store->update(other.value()).ok());
    QVERIFY(store->nameTaken(QStringLiteral("aCmE")));
    QVERIFY(!store->nameTaken(QStringLiteral("Other"), other->id));
}

void TestProfileStore::findByNameOrId()
{
    auto store = openStore();
    const Profile a = store->add(sailPointProfile(QStringLiteral("Zulu"))).value();
    const Profile b = store->add(rsaProfile(QStringLiteral("alpha"))).value();
    const Profile c = store->add(huaweiProfile(QStringLiteral("Mike"))).value();

    QCOMPARE(store->find(QStringLiteral("ZULU")).value(), a);
    QCOMPARE(store->find(QStringLiteral(" alpha ")).value(), b);
    QCOMPARE(store->find(c.id.toString()).value(), c);
    QCOMPARE(store->find(c.id.toString(QUuid::WithoutBraces)).value(), c);
    QCOMPARE(store->profile(b.id).value(), b);
    QVERIFY(!store->profile(QUuid::createUuid()));

    const Result<Profile> missing = store->find(QStringLiteral("nope"));
    QCOMPARE(missing.error().kind(), ApiError::Kind::NotFound);
    QVERIFY(missing.error().message().contains(QLatin1String("nope")));

    // Ordered by name, case-insensitively.
    QStringList names;
    for (const Profile &p : store->profiles())
        names.append(p.name);
    QCOMPARE(names,
        (QStringList{QStringLiteral("alpha"), QStringLiteral("Mike"), QStringLiteral("Zulu")}));
}

void TestProfileStore::addRefusesInvalidProfiles()
{
    auto store = openStore();
    Profile bad = huaweiProfile();
    bad.identityStoreId = QStringLiteral("short");
    bad.baseUrl = QUrl(QStringLiteral("http://identitystore.example.com"));
    const Result<Profile> refused = store->add(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ApiError::Kind::Config);
    QVERIFY2(refused.error().message().contains(QLatin1String("Identity store id")),
        qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QLatin1String("http://")),
        qPrintable(refused.error().message()));
    QVERIFY(store->profiles().isEmpty());
    QVERIFY(!QFile::exists(store->filePath()));

    // A null id gets a fresh one; an id already in use is a conflict.
    Profile noId = sailPointProfile();
    noId.id = QUuid();
    const Result<Profile> added = store->add(noId);
    QVERIFY(added.ok());
    QVERIFY(!added->id.isNull());
    Profile sameId = rsaProfile();
    sameId.id = added->id;
    QCOMPARE(store->add(sameId).error().kind(), ApiError::Kind::Conflict);

    // Updating an unknown profile fails.
    QCOMPARE(store->update(rsaProfile()).error().kind(), ApiError::Kind::NotFound);
}

void TestProfileStore::updatePersistsAndSignals()
{
    auto store = openStore();
    Profile p = store->add(sailPointProfile()).value();
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    p.clientId = QStringLiteral("c0ffee00-1111-2222-3333-444455556666");
    p.name = QStringLiteral("  Renamed  ");
    const Result<Profile> updated = store->update(p);
    QVERIFY(updated.ok());
    QCOMPARE(updated->name, QStringLiteral("Renamed"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(openStore()->find(QStringLiteral("Renamed"))->clientId, p.clientId);

    // A refused update changes nothing and says nothing.
    Profile bad = updated.value();
    bad.clientId.clear();
    QVERIFY(!store->update(bad).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(openStore()->profiles().first().clientId, p.clientId);
}

void TestProfileStore::providerChangeDropsUnusedSecrets()
{
    auto store = openStore();
    const Profile sp = store->add(sailPointProfile()).value();
    m_secrets->insert(sp.id, SecretName::ClientSecret, "old-client-secret");
    Profile hw = huaweiProfile(sp.name);
    hw.id = sp.id;
    QVERIFY(store->update(hw).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(sp.id, SecretName::ClientSecret), 5000);
    QCOMPARE(store->profiles().first().provider, ProviderKind::Huawei);
}

void TestProfileStore::removeDeletesSecrets()
{
    auto store = openStore();
    const Profile keep = store->add(sailPointProfile()).value();
    const Profile gone = store->add(huaweiProfile()).value();
    m_secrets->insert(keep.id, SecretName::ClientSecret, "keep");
    m_secrets->insert(gone.id, SecretName::SecretKey, "sk");
    m_secrets->insert(gone.id, SecretName::SecurityToken, "token");
    store->setLastUsedProfile(gone.id);

    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    const Result<Done> removed = removeProfile(*store, gone.id);
    QVERIFY2(removed.ok(), qPrintable(removed.error().message()));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_secrets->contains(gone.id, SecretName::SecretKey));
    QVERIFY(!m_secrets->contains(gone.id, SecretName::SecurityToken));
    QVERIFY(m_secrets->contains(keep.id, SecretName::ClientSecret));
    QCOMPARE(store->profiles().size(), 1);
    QVERIFY(!store->lastUsedProfile());

    auto reopened = openStore();
    QCOMPARE(reopened->profiles().size(), 1);
    QCOMPARE(reopened->profiles().first().id, keep.id);
    QVERIFY(!reopened->lastUsedProfile());

    QCOMPARE(removeProfile(*store, gone.id).error().kind(), ApiError::Kind::NotFound);
}

void TestProfileStore::removeWithoutKeychainStillRemoves()
{
    auto store = openStore();
    const Profile p = store->add(rsaProfile()).value();
    m_secrets->insert(p.id, SecretName::KeyFile, "{}");
    m_secrets->setUnavailable(QStringLiteral("No system keychain is available"));
    const Result<Done> removed = removeProfile(*store, p.id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind(), ApiError::Kind::Config);
    QVERIFY2(removed.error().message().contains(QLatin1String("keychain")),
        qPrintable(removed.error().message()));
    // The profile is gone; only the secret is left behind (reported above).
    QVERIFY(store->profiles().isEmpty());
    QVERIFY(openStore()->profiles().isEmpty());
}

void TestProfileStore::duplicateCopiesFieldsAndSecrets()
{
    auto store = openStore();
    const Profile source = store->add(huaweiProfile(QStringLiteral("Prod"))).value();
    m_secrets->insert(source.id, SecretName::SecretKey, "sk-value");
    m_secrets->insert(source.id, SecretName::SecurityToken, "token-value");

    const Result<Profile> copy = duplicateProfile(*store, source.id);
    QVERIFY2(copy.ok(), qPrintable(copy.error().message()));
    QVERIFY(copy->id != source.id);
    QCOMPARE(copy->name, QStringLiteral("Prod (copy)"));
    Profile expected = source;
    expected.id = copy->id;
    expected.name = copy->name;
    QCOMPARE(copy.value(), expected);
    QCOMPARE(store->profiles().size(), 2);
    QVERIFY(m_secrets->contains(copy->id, SecretName::SecretKey));
    QVERIFY(m_secrets->contains(copy->id, SecretName::SecurityToken));
    QVERIFY(openStore()->profile(copy->id));

    // The copies own their secrets: removing one keeps the other's.
    QVERIFY(removeProfile(*store, source.id).ok());
    QVERIFY(m_secrets->contains(copy->id, SecretName::SecretKey));

    const Result<Profile> second = duplicateProfile(*store, copy->id);
    QVERIFY(second.ok());
    QCOMPARE(second->name, QStringLiteral("Prod (copy) (copy)"));
    const Result<Profile> named = duplicateProfile(*store, copy->id, QStringLiteral("Staging"));
    QVERIFY(named.ok());
    QCOMPARE(named->name, QStringLiteral("Staging"));

    // A profile without stored secrets duplicates too.
    const Profile bare = store->add(sailPointProfile(QStringLiteral("Bare"))).value();
    const Result<Profile> bareCopy = duplicateProfile(*store, bare.id);
    QVERIFY(bareCopy.ok());
    QVERIFY(!m_secrets->contains(bareCopy->id, SecretName::ClientSecret));
    QCOMPARE(duplicateProfile(*store, bare.id)->name, QStringLiteral("Bare (copy 2)"));
}

void TestProfileStore::duplicateFailureLeavesNothing()
{
    auto store = openStore();
    const Profile source = store->add(sailPointProfile(QStringLiteral("Prod"))).value();
    const Profile other = store->add(rsaProfile(QStringLiteral("Taken"))).value();
    m_secrets->insert(source.id, SecretName::ClientSecret, "secret");
    const int secretsBefore = m_secrets->size();

    const Result<Profile> clash = duplicateProfile(*store, source.id, QStringLiteral("taken"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().kind(), ApiError::Kind::Config);
    QCOMPARE(store->profiles().size(), 2);
    QCOMPARE(m_secrets->size(), secretsBefore);

    m_secrets->setUnavailable(QStringLiteral("No system keychain is available"));
    const Result<Profile> noKeychain = duplicateProfile(*store, source.id);
    QVERIFY(!noKeychain.ok());
    QVERIFY(noKeychain.error().message().contains(QLatin1String("keychain")));
    QCOMPARE(store->profiles().size(), 2);
    QCOMPARE(openStore()->profiles().size(), 2);
    m_secrets->setUnavailable(QString());
    QCOMPARE(m_secrets->size(), secretsBefore);

    QCOMPARE(
        duplicateProfile(*store, QUuid::createUuid()).error().kind(), ApiError::Kind::NotFound);
    Q_UNUSED(other);
}

void TestProfileStore::lastUsedProfile()
{
    auto store = openStore();
    const Profile a = store->add(sailPointProfile(QStringLiteral("A"))).value();
    const Profile b = store->add(rsaProfile(QStringLiteral("B"))).value();
    store->setLastUsedProfile(b.id);
    QCOMPARE(store->lastUsedProfileName(), QStringLiteral("B"));
    // Unknown ids are ignored.
    store->setLastUsedProfile(QUuid::createUuid());
    QCOMPARE(store->lastUsedProfile()->id, b.id);

    auto reopened = openStore();
    QCOMPARE(reopened->lastUsedProfileName(), QStringLiteral("B"));
    // It follows renames, because it is kept by id.
    Profile renamed = b;
    renamed.name = QStringLiteral("B renamed");
    QVERIFY(reopened->update(renamed).ok());
    QCOMPARE(openStore()->lastUsedProfileName(), QStringLiteral("B renamed"));
    reopened->setLastUsedProfile(a.id);
    QCOMPARE(openStore()->lastUsedProfile()->id, a.id);
}

void TestProfileStore::migratesV0File()
{
    const QString fixture = testData(QStringLiteral("profiles-v0.ini"));
    QVERIFY2(!fixture.isEmpty(), "fixture profiles-v0.ini not found");
    const QByteArray original = readFile(fixture);
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("profiles.ini")), original));

    auto store = openStore();
    QVERIFY2(!store->openError().isError(), qPrintable(store->openError().message()));
    QCOMPARE(store->profiles().size(), 3);

    const Profile sp = store->find(QStringLiteral("Acme Production")).value();
    QCOMPARE(sp.provider, ProviderKind::SailPoint);
    QCOMPARE(sp.baseUrl, QUrl(QStringLiteral("https://acme.api.identitynow.com")));
    QCOMPARE(sp.clientId, QStringLiteral("b61429f5-203d-494c-94c3-04f54e17bc5c"));
    QCOMPARE(sp.rateLimit, (RateLimit{50, 10}));
    QVERIFY(sp.requireReason);

    const Profile hw = store->find(QStringLiteral("Huawei Singapore")).value();
    QCOMPARE(hw.provider, ProviderKind::Huawei);
    QCOMPARE(hw.region, QStringLiteral("ap-southeast-3"));
    QCOMPARE(hw.identityStoreId, QStringLiteral("d-1234567890"));
    // No rate limit in the file: the provider's default.
    QCOMPARE(hw.rateLimit, RateLimit::defaultFor(ProviderKind::Huawei));

    const Profile rsa = store->find(QStringLiteral("RSA Helpdesk")).value();
    QCOMPARE(rsa.provider, ProviderKind::SecurId);
    QCOMPARE(rsa.rsaKey.accessId, QStringLiteral("139f6495-e447-4a26-a765-5c01b6b152d5"));
    QCOMPARE(rsa.rsaKey.adminRestApiUrl,
        QStringLiteral("https://example.access.securid.com/AdminInterface/restapi/v1"));
    QCOMPARE(rsa.rsaKey.customerName, QStringLiteral("Example Co"));
    QCOMPARE(rsa.rsaKey.description, QStringLiteral("helpdesk console"));
    QCOMPARE(rsa.rateLimit, (RateLimit{2, 1}));
    QVERIFY(rsa.readOnly);
    QCOMPARE(store->lastUsedProfileName(), QStringLiteral("RSA Helpdesk"));

    // Rewritten in the current schema, with the original kept as a backup.
    QSettings file(store->filePath(), QSettings::IniFormat);
    QCOMPARE(
        file.value(QStringLiteral("schemaVersion")).toInt(), ProfileStore::currentSchemaVersion);
    file.beginGroup(QStringLiteral("profiles/") + rsa.id.toString(QUuid::WithoutBraces));
    QCOMPARE(file.value(QStringLiteral("provider")).toString(), QStringLiteral("rsa"));
    QVERIFY(!file.contains(QStringLiteral("rateLimit")));
    QVERIFY(file.childGroups().isEmpty()); // keyFile/ is gone
    file.endGroup();
    QCOMPARE(readFile(store->filePath() + QStringLiteral(".v0.bak")), original);

    // Opening again reads the migrated file the same way, without another migration.
    QFile::remove(store->filePath() + QStringLiteral(".v0.bak"));
    auto again = openStore();
    QCOMPARE(again->profiles(), store->profiles());
    QVERIFY(!QFile::exists(store->filePath() + QStringLiteral(".v0.bak")));
}

void TestProfileStore::loadsV1FileUntouched()
{
    const QString fixture = testData(QStringLiteral("profiles-v1.ini"));
    QVERIFY2(!fixture.isEmpty(), "fixture profiles-v1.ini not found");
    const QByteArray original = readFile(fixture);
    const QString path = m_dir->filePath(QStringLiteral("profiles.ini"));
    QVERIFY(writeFile(path, original));

    auto store = openStore();
    QVERIFY(!store->openError().isError());
    QCOMPARE(store->profiles().size(), 2);
    const Profile hw = store->find(QStringLiteral("Sandbox Huawei")).value();
    QCOMPARE(hw.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:38111")));
    QVERIFY(hw.temporaryCredentials);
    QCOMPARE(hw.rateLimit, (RateLimit{20, 2}));
    QCOMPARE(hw.validate().size(), 0);
    const Profile sp = store->find(QStringLiteral("Sandbox SailPoint")).value();
    QCOMPARE(sp.caBundlePath, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
    QCOMPARE(readFile(path), original);
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1.bak")));
}

void TestProfileStore::newerSchemaIsReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("profiles.ini"));
    const QByteArray future = "[General]\nschemaVersion=99\n\n[profiles]\n"
                              "0f8fad5b-d9cb-469f-a165-70867728950e\\name=From the future\n"
                              "0f8fad5b-d9cb-469f-a165-70867728950e\\provider=rsa\n"
                              "0f8fad5b-d9cb-469f-a165-70867728950e\\hologram=yes\n";
    QVERIFY(writeFile(path, future));

    auto store = openStore();
    QVERIFY(store->openError().isError());
    QVERIFY2(store->openError().message().contains(QLatin1String("newer")),
        qPrintable(store->openError().message()));
    QCOMPARE(store->profiles().size(), 1);
    QCOMPARE(store->profiles().first().name, QStringLiteral("From the future"));

    const Result<Profile> added = store->add(sailPointProfile());
    QVERIFY(!added.ok());
    QCOMPARE(added.error().message(), store->openError().message());
    QCOMPARE(removeProfile(*store, store->profiles().first().id).error().message(),
        store->openError().message());
    store->setLastUsedProfile(store->profiles().first().id);
    QCOMPARE(readFile(path), future);
}

void TestProfileStore::skipsBrokenGroups()
{
    const QByteArray content = "[General]\nschemaVersion=1\n\n[profiles]\n"
                               "not-a-uuid\\name=Broken\nnot-a-uuid\\provider=sailpoint\n"
                               "0f8fad5b-d9cb-469f-a165-70867728950e\\name=Okta\n"
                               "0f8fad5b-d9cb-469f-a165-70867728950e\\provider=okta\n"
                               "1f8fad5b-d9cb-469f-a165-70867728950e\\name=Good\n"
                               "1f8fad5b-d9cb-469f-a165-70867728950e\\provider=sailpoint\n";
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("profiles.ini")), content));
    auto store = openStore();
    QCOMPARE(store->profiles().size(), 1);
    QCOMPARE(store->profiles().first().name, QStringLiteral("Good"));
    QCOMPARE(store->profiles().first().rateLimit, RateLimit::defaultFor(ProviderKind::SailPoint));
}

void TestProfileStore::reloadSeesOtherWriters()
{
    auto gui = openStore();
    auto cli = openStore();
    QSignalSpy changed(gui.get(), &ProfileStore::profilesChanged);
    QVERIFY(cli->add(rsaProfile()).ok());
    gui->reload();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(gui->profiles(), cli->profiles());
    gui->reload();
    QCOMPARE(changed.size(), 1); // nothing new, no signal
}

void TestProfileStore::noSecretInConfigFolder()
{
    // Everything that writes, with secrets flowing through the store and the environment.
    MemoryCredentialStore keychain;
    EnvCredentialStore credentials(&keychain);
    ProfileStore store(&credentials, m_dir->path());

    QTemporaryDir keyDir; // the key file lives elsewhere, like a download
    QVERIFY(keyDir.isValid());
    const QByteArray pem = generateRsaPkcs1Pem();
    const QByteArray keyFileContent = keyFileJson(pem);
    const QString keyPath = keyDir.filePath(QStringLiteral("acme.key"));
    QVERIFY(writeFile(keyPath, keyFileContent));
    const Result<RsaKeyFile> keyFile = RsaKeyFile::load(keyPath);
    QVERIFY(keyFile.ok());

    Profile rsa = rsaProfile();
    keyFile->applyTo(&rsa);
    const Profile sp = store.add(sailPointProfile()).value();
    const Profile hw = store.add(huaweiProfile()).value();
    QVERIFY(store.add(rsa).ok());

    const QByteArray clientSecret = "sp-CLIENT-secret-4f9a1c";
    const QByteArray secretKey = "hw-SK-9b8c7d6e5f4a3b2c1d0e";
    const QByteArray securityToken = "hw-STS-token-a1b2c3d4e5f6";
    const QByteArray envSecret = "env-only-secret-77aa";
    const auto write = [&credentials](
                           const QUuid &id, const QString &name, const QByteArray &value) {
        Waiter<Done> waiter;
        credentials.writeSecret(id, name, value, waiter.context(), waiter.callback());
        return waiter.wait() && waiter.result().ok();
    };
    QVERIFY(write(sp.id, SecretName::ClientSecret, clientSecret));
    QVERIFY(write(hw.id, SecretName::SecretKey, secretKey));
    QVERIFY(write(hw.id, SecretName::SecurityToken, securityToken));
    QVERIFY(write(rsa.id, SecretName::KeyFile, keyFile->content));

    // A run that takes the SailPoint secret from the environment.
    qputenv(EnvCredentialStore::secretVariable, envSecret);
    credentials.setActiveProfile(sp);
    Waiter<QByteArray> read;
    credentials.readSecret(sp.id, SecretName::ClientSecret, read.context(), read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result().value(), envSecret);
    QVERIFY(write(sp.id, SecretName::ClientSecret, envSecret)); // skipped, never stored
    store.setLastUsedProfile(sp.id);
    QVERIFY(duplicateProfile(store, hw.id).ok());
    QVERIFY(duplicateProfile(store, rsa.id).ok());
    Profile updated = store.find(sp.name).value();
    updated.readOnly = !updated.readOnly;
    QVERIFY(store.update(updated).ok());
    QVERIFY(removeProfile(store, sp.id).ok());
    qunsetenv(EnvCredentialStore::secretVariable);

    QVERIFY(!keychain.contains(sp.id, SecretName::ClientSecret));
    QVERIFY(keychain.contains(rsa.id, SecretName::KeyFile));

    // Grep every byte of every file under the config folder.
    QList<QByteArray> needles{clientSecret, secretKey, securityToken, envSecret};
    for (const QByteArray &line : pem.split('\n')) {
        if (line.size() > 32 && !line.startsWith("-----"))
            needles.append(line);
    }
    const QList<QByteArray> plain = needles;
    for (const QByteArray &needle : plain) {
        needles.append(needle.toBase64());
        needles.append(needle.toHex());
    }
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readFile(path);
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(path));
        QVERIFY2(!bytes.contains("PRIVATE KEY"), qPrintable(path));
    }
    QVERIFY(files >= 1);
    // The non-secret metadata is there, so the grep looked at the right file.
    QVERIFY(readFile(store.filePath()).contains("7d1a7a0e-93c4-4b0b-9a57-2f51c3e0aa10"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
