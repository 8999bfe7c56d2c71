// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/profilelistmodel.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "profiles/profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

class TestProfileListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsStoreWithoutReset();
    void renameMovesRowAndKeepsPersistentIndex();
    void rolesDescribeProfile();

private:
    QStringList names(const ProfileListModel &model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_store = std::make_unique<ProfileStore>(m_credentials.get(), m_dir->path());
}

void TestProfileListModel::cleanup()
{
    m_store.reset();
    m_credentials.reset();
    m_dir.reset();
}

QStringList TestProfileListModel::names(const ProfileListModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data().toString());
    return result;
}

void TestProfileListModel::followsStoreWithoutReset()
{
    QVERIFY(m_store->add(sailPointProfile(QStringLiteral("Bravo"))).ok());
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(names(model), QStringList{QStringLiteral("Bravo")});

    const Result<Profile> alpha = m_store->add(huaweiProfile(QStringLiteral("alpha")));
    QVERIFY(alpha.ok());
    QVERIFY(m_store->add(rsaProfile(QStringLiteral("Charlie"))).ok());
    QCOMPARE(names(model),
        (QStringList{QStringLiteral("alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(inserted.size(), 2);

    bool removedDone = false;
    m_store->remove(alpha->id, this, [&removedDone](const Result<Done> &) { removedDone = true; });
    QCOMPARE(names(model), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QCOMPARE(removed.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(removedDone, 5000);
    QCOMPARE(resets.size(), 0);
}

void TestProfileListModel::renameMovesRowAndKeepsPersistentIndex()
{
    Result<Profile> first = m_store->add(sailPointProfile(QStringLiteral("Alpha")));
    QVERIFY(first.ok());
    QVERIFY(m_store->add(huaweiProfile(QStringLiteral("Mike"))).ok());
    QVERIFY(m_store->add(rsaProfile(QStringLiteral("Zulu"))).ok());
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QPersistentModelIndex alpha = model.index(0);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Profile renamed = first.value();
    renamed.name = QStringLiteral("Yankee");
    QVERIFY(m_store->update(renamed).ok());

    QCOMPARE(names(model),
        (QStringList{QStringLiteral("Mike"), QStringLiteral("Yankee"), QStringLiteral("Zulu")}));
    QVERIFY(alpha.isValid());
    QCOMPARE(alpha.row(), 1);
    QCOMPARE(alpha.data().toString(), QStringLiteral("Yankee"));
    QCOMPARE(alpha.data(ProfileListModel::IdRole).toUuid(), first->id);
    QVERIFY(moved.size() >= 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowOf(first->id), 1);
    QCOMPARE(model.idAt(1), first->id);
    QCOMPARE(model.idAt(7), QUuid());
}

void TestProfileListModel::rolesDescribeProfile()
{
    Profile readOnly = huaweiProfile(QStringLiteral("Huawei"));
    readOnly.readOnly = true;
    readOnly.requireReason = true;
    QVERIFY(m_store->add(readOnly).ok());
    ProfileListModel model(m_store.get());
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(ProfileListModel::ProviderRole).toInt(), int(ProviderKind::Huawei));
    QCOMPARE(index.data(ProfileListModel::ProviderTitleRole).toString(),
        providerKindTitle(ProviderKind::Huawei));
    QCOMPARE(index.data(ProfileListModel::ReadOnlyRole).toBool(), true);
    QCOMPARE(index.data(ProfileListModel::RequireReasonRole).toBool(), true);
    QCOMPARE(index.data(ProfileListModel::EndpointRole).toString(),
        readOnly.effectiveBaseUrl().toString());
    QVERIFY(
        index.data(Qt::ToolTipRole).toString().contains(providerKindTitle(ProviderKind::Huawei)));
    QVERIFY(model.roleNames().contains(ProfileListModel::IdRole));
}

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
