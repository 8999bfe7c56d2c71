// SPDX-License-Identifier: GPL-3.0-or-later
// UserTableModel + UserFilterProxyModel over the real provider clients, against the in-process
// sandbox over HTTP: paging as the console does it, and a failing page.
#include <memory>

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "providers/providerfactory.h"
#include "support/providertestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

constexpr int sandboxUsers = 1234;
constexpr int waitMs = 60000;

} // namespace

class TestUserTableModelSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadAll_data();
    void loadAll();
    void searchGoesToTheProvider();
    void failedPageKeepsTrackingIdAndRetries();

private:
    std::unique_ptr<IdentityProvider> provider(ProviderKind kind);
    void checkEveryRowOnce();

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = sandboxUsers;
        return options;
    }()};
    QNetworkAccessManager m_nam;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<UserFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

std::unique_ptr<IdentityProvider> TestUserTableModelSandbox::provider(ProviderKind kind)
{
    Result<IdentityProvider *> created =
        createProvider(sandboxConfig(m_sandbox, kind), &m_nam, nullptr);
    if (!created)
        qWarning() << created.error().summary();
    return std::unique_ptr<IdentityProvider>(created ? created.value() : nullptr);
}

void TestUserTableModelSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestUserTableModelSandbox::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.reset());
    m_model = std::make_unique<UserTableModel>();
    m_proxy = std::make_unique<UserFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestUserTableModelSandbox::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestUserTableModelSandbox::checkEveryRowOnce()
{
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->idAt(row);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_model->rowOfId(id), row);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), m_model->rowCount());
}

void TestUserTableModelSandbox::loadAll_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("sailpoint (offset paging, total)") << ProviderKind::SailPoint << 250;
    QTest::newRow("huawei (marker paging)") << ProviderKind::Huawei << 100;
}

void TestUserTableModelSandbox::loadAll()
{
    QFETCH(ProviderKind, kind);
    QFETCH(int, pageSize);
    const std::unique_ptr<IdentityProvider> client = provider(kind);
    QVERIFY(client);
    QCOMPARE(client->capabilities().pageSize, pageSize);
    QSignalSpy pages(m_model.get(), &UserTableModel::pageLoaded);
    QSignalSpy loading(m_model.get(), &UserTableModel::loadingChanged);
    m_proxy->sort(UserTableModel::DisplayNameColumn);
    m_proxy->setFilterText(QStringLiteral("a"));

    UserQuery query;
    query.wantTotal = true;
    m_model->setSource(client.get(), query);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);

    QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().summary()));
    QCOMPARE(m_model->rowCount(), sandboxUsers);
    QCOMPARE(pages.count(), (sandboxUsers + pageSize - 1) / pageSize);
    QCOMPARE(m_model->totalCount(), client->capabilities().reportsTotal ? sandboxUsers : -1);
    QVERIFY(!m_model->hasMorePages());
    QCOMPARE(loading.first().at(0).toBool(), true);
    QCOMPARE(loading.last().at(0).toBool(), false);
    checkEveryRowOnce();

    // The rows are the sandbox's users, as the provider mapped them.
    const QString providerName =
        kind == ProviderKind::SailPoint ? QStringLiteral("sailpoint") : QStringLiteral("huawei");
    for (int row = 0; row < m_model->rowCount(); row += 97) {
        const UserRecord user = m_model->userAt(row);
        const QJsonObject known = m_sandbox.user(providerName, user.id);
        QVERIFY2(!known.isEmpty(), qPrintable(user.id));
        QCOMPARE(user.displayName, known.value(QLatin1String("displayName")).toString());
    }

    // The filter proxy followed every page: sorted and filtered as if computed at the end.
    int expected = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const UserRecord user = m_model->userAt(row);
        const bool hasA = [&] {
            for (const QString &field : {user.displayName, user.login, user.email, user.source}) {
                if (UserSearchIndex::folded(field).find('a') != std::string::npos)
                    return true;
            }
            return false;
        }();
        expected += hasA ? 1 : 0;
    }
    QCOMPARE(m_proxy->rowCount(), expected);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const std::string previous = UserSearchIndex::folded(
            m_proxy->index(row - 1, UserTableModel::DisplayNameColumn).data().toString());
        const std::string current = UserSearchIndex::folded(
            m_proxy->index(row, UserTableModel::DisplayNameColumn).data().toString());
        QVERIFY(previous <= current);
    }
}

void TestUserTableModelSandbox::searchGoesToTheProvider()
{
    const std::unique_ptr<IdentityProvider> client = provider(ProviderKind::SailPoint);
    QVERIFY(client);
    // Everybody first, to pick a real name to search for.
    m_model->setSource(client.get(), UserQuery());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0 && !m_model->isLoading(), waitMs);
    const QString name = m_model->userAt(0).displayName;

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    UserQuery query;
    query.text = name;
    query.wantTotal = true;
    m_model->setSource(client.get(), query);
    QCOMPARE(reset.count(), 1);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);
    QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().summary()));
    QVERIFY(m_model->rowCount() >= 1);
    QVERIFY(m_model->rowCount() < sandboxUsers);
    QCOMPARE(m_model->totalCount(), m_model->rowCount());
    checkEveryRowOnce();
}

void TestUserTableModelSandbox::failedPageKeepsTrackingIdAndRetries()
{
    const std::unique_ptr<IdentityProvider> client = provider(ProviderKind::SailPoint);
    QVERIFY(client);
    // The second listing request is refused (no retry helps a 403). The tester, like a view at
    // the bottom of the table, asks for the second page as soon as the first arrives.
    QVERIFY(m_sandbox.setFaults(QStringLiteral(
        "status=403,every=2,count=1,provider=sailpoint,method=GET,path=/v3/accounts")));
    QSignalSpy failed(m_model.get(), &UserTableModel::pageLoadFailed);
    m_model->setSource(client.get(), UserQuery());
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY(!error.requestId().isEmpty()); // SailPoint's trackingId, for the operator to quote
    QCOMPARE(m_model->lastError().requestId(), error.requestId());
    QCOMPARE(m_model->rowCount(), 250);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));

    m_model->retry();
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(m_model->rowCount(), sandboxUsers);
    checkEveryRowOnce();
}

QTEST_GUILESS_MAIN(TestUserTableModelSandbox)
#include "tst_usertablemodelsandbox.moc"
