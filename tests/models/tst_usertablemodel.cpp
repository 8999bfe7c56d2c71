// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include "inmemorypagingprovider.h"
#include "models/usertablemodel.h"
#include "testusers.h"

using namespace Gatehouse;

namespace {

constexpr int waitMs = 5000;

QVector<UserRecord> numberedUsers(int count, int first = 0)
{
    QVector<UserRecord> users;
    for (int i = first; i < first + count; ++i)
        users.append(TestUsers::make(QStringLiteral("id-%1").arg(i),
            QStringLiteral("User %1").arg(i), QStringLiteral("user%1").arg(i),
            QStringLiteral("user%1@example.com").arg(i), QStringLiteral("Workday")));
    return users;
}

} // namespace

class TestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndHeaders();
    void appendUsersShowsEveryColumnAndRole();
    void appendUsersRefreshesKnownIds();
    void idLookupAndUserAt();
    void applyStateEmitsOneRowWithStateRoles();
    void applyStateIgnoresUnknownIdsAndNoChange();
    void setPendingEmitsPendingRoles();
    void stateIconComesFromTheProvider();
    void stateRankOrdersStates();

    void pagesArriveOneAtATimeAsTheViewAsks();
    void loadAllFetchesEveryPageWithProgress();
    void cancelLoadingStopsAndResumesAtTheSamePage();
    void pageFailureKeepsErrorUntilRetry();
    void loadAllStopsAtAFailure();
    void newQueryResetsAndIgnoresOldReplies();
    void searchOnlyProviderWaitsForQueryText();
    void destroyingTheModelAbortsItsCall();

private:
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUserTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserTableModel::init()
{
    m_model = std::make_unique<UserTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestUserTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestUserTableModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), int(UserTableModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->headerData(UserTableModel::DisplayNameColumn, Qt::Horizontal).toString(),
        QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(UserTableModel::EmailColumn, Qt::Horizontal).toString(),
        QStringLiteral("E-mail"));
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(!m_model->headerData(UserTableModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(m_model->roleNames().contains(UserTableModel::IdRole));
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
}

void TestUserTableModel::appendUsersShowsEveryColumnAndRole()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    UserRecord maria = TestUsers::make(QStringLiteral("2c9180835d2e5168015d32f890ca1581"),
        QStringLiteral("Maria García"), QStringLiteral("mgarcia"),
        QStringLiteral("maria.garcia@example.com"), QStringLiteral("Active Directory"),
        UserRecord::State::Disabled, true);
    maria.modified = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    maria.raw.insert(QStringLiteral("dropped"), true);
    UserRecord lee = TestUsers::make(QStringLiteral("u2"), QStringLiteral("Lee"),
        QStringLiteral("lee"), QString(), QString(), UserRecord::State::Enabled, false);
    lee.modified = QDateTime();
    m_model->appendUsers({maria, lee});

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);

    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    QCOMPARE(cell(0, UserTableModel::DisplayNameColumn).toString(), maria.displayName);
    QCOMPARE(cell(0, UserTableModel::LoginColumn).toString(), maria.login);
    QCOMPARE(cell(0, UserTableModel::EmailColumn).toString(), maria.email);
    QCOMPARE(cell(0, UserTableModel::StateColumn).toString(), QStringLiteral("Disabled, locked"));
    QCOMPARE(cell(0, UserTableModel::SourceColumn).toString(), maria.source);
    QVERIFY(!cell(0, UserTableModel::ModifiedColumn).toString().isEmpty());

    QCOMPARE(cell(0, UserTableModel::ModifiedColumn, UserTableModel::SortRole).toDateTime(),
        maria.modified);
    QCOMPARE(cell(0, UserTableModel::StateColumn, UserTableModel::SortRole).toInt(),
        UserTableModel::stateRank(UserRecord::State::Disabled, true));
    QCOMPARE(cell(0, UserTableModel::DisplayNameColumn, UserTableModel::SortRole).toString(),
        maria.displayName);
    QCOMPARE(cell(0, UserTableModel::ModifiedColumn, UserTableModel::ExportRole).toString(),
        QStringLiteral("2024-05-06T07:08:09Z"));
    QCOMPARE(cell(0, UserTableModel::StateColumn, UserTableModel::ExportRole).toString(),
        QStringLiteral("disabled"));
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        QCOMPARE(cell(0, column, UserTableModel::IdRole).toString(), maria.id);
        QCOMPARE(
            cell(0, column, UserTableModel::StateRole).toInt(), int(UserRecord::State::Disabled));
        QCOMPARE(cell(0, column, UserTableModel::LockedRole).toBool(), true);
        QCOMPARE(cell(0, column, UserTableModel::PendingRole).toBool(), false);
        QCOMPARE(m_model->flags(m_model->index(0, column)),
            Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    }
    QCOMPARE(cell(0, UserTableModel::EmailColumn, Qt::ToolTipRole).toString(), maria.email);
    QVERIFY(!cell(0, UserTableModel::StateColumn, Qt::DecorationRole).isValid());

    // Missing values stay empty rather than inventing text.
    QCOMPARE(cell(1, UserTableModel::EmailColumn).toString(), QString());
    QCOMPARE(cell(1, UserTableModel::ModifiedColumn).toString(), QString());
    QVERIFY(
        !cell(1, UserTableModel::ModifiedColumn, UserTableModel::SortRole).toDateTime().isValid());
    QCOMPARE(cell(1, UserTableModel::StateColumn).toString(), QStringLiteral("Enabled"));
}

void TestUserTableModel::appendUsersRefreshesKnownIds()
{
    m_model->appendUsers(numberedUsers(5));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVector<UserRecord> page = numberedUsers(3, 3); // ids 3, 4 known; 5 new
    page[0].displayName = QStringLiteral("Renamed Three");
    page.append(page[2]); // a duplicate inside the batch
    page.last().displayName = QStringLiteral("Five again");
    m_model->appendUsers(page);

    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    // Row 4 was sent unchanged: only row 3 changed among the visible rows.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);
    QCOMPARE(m_model->userAt(3).displayName, QStringLiteral("Renamed Three"));
    QCOMPARE(m_model->userAt(5).displayName, QStringLiteral("Five again"));
    QCOMPARE(m_model->rowOfId(QStringLiteral("id-5")), 5);

    // A user without id cannot be acted on: ignored.
    QTest::ignoreMessage(QtWarningMsg, "ignored a user without id");
    m_model->appendUsers({TestUsers::make(QString(), QStringLiteral("Nobody"), {}, {}, {})});
    QCOMPARE(m_model->rowCount(), 6);
}

void TestUserTableModel::idLookupAndUserAt()
{
    QRandomGenerator random(7);
    const QVector<UserRecord> users = TestUsers::random(random, 3000);
    m_tester.reset(); // checking every cell after a 3000-row insert is slow and proves nothing new
    m_model->appendUsers(users);
    QCOMPARE(m_model->rowCount(), users.size());
    for (int row = 0; row < users.size(); row += 7) {
        const UserRecord &expected = users.at(row);
        QCOMPARE(m_model->rowOfId(expected.id), row);
        QCOMPARE(m_model->idAt(row), expected.id);
        const UserRecord actual = m_model->userAt(row);
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.login, expected.login);
        QCOMPARE(actual.displayName, expected.displayName);
        QCOMPARE(actual.email, expected.email);
        QCOMPARE(actual.source, expected.source);
        QCOMPARE(actual.state, expected.state);
        QCOMPARE(actual.locked, expected.locked);
        QCOMPARE(actual.modified, expected.modified);
        QVERIFY(actual.raw.isEmpty());
    }
    QCOMPARE(m_model->rowOfId(QStringLiteral("u999999")), -1);
    QCOMPARE(m_model->idAt(-1), QString());
    QCOMPARE(m_model->userAt(users.size()).id, QString());

    // The store counts the text it holds as UTF-16, each row with its source name.
    qint64 textBytes = 0;
    for (const UserRecord &user : users)
        textBytes += 2
            * (user.id.size() + user.login.size() + user.displayName.size() + user.email.size()
                + user.source.size());
    QCOMPARE(m_model->store().textBytes(), textBytes);
}

void TestUserTableModel::applyStateEmitsOneRowWithStateRoles()
{
    m_model->appendUsers(numberedUsers(4));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->applyState(QStringLiteral("id-2"), UserRecord::State::Disabled, false));

    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(2, 0));
    QCOMPARE(bottomRight, m_model->index(2, UserTableModel::ColumnCount - 1));
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QCOMPARE(roles, UserTableModel::stateRoles());
    QVERIFY(roles.contains(UserTableModel::StateRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(!roles.contains(UserTableModel::PendingRole));

    QCOMPARE(m_model->data(m_model->index(2, UserTableModel::StateColumn)).toString(),
        QStringLiteral("Disabled"));
    QCOMPARE(m_model->data(m_model->index(2, 0), UserTableModel::StateRole).toInt(),
        int(UserRecord::State::Disabled));
    QCOMPARE(m_model->userAt(1).state, UserRecord::State::Enabled);

    QVERIFY(m_model->applyState(QStringLiteral("id-2"), UserRecord::State::Disabled, true));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->data(m_model->index(2, 0), UserTableModel::LockedRole).toBool(), true);
}

void TestUserTableModel::applyStateIgnoresUnknownIdsAndNoChange()
{
    m_model->appendUsers(numberedUsers(2));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->applyState(QStringLiteral("nope"), UserRecord::State::Disabled, false));
    QVERIFY(!m_model->setPending(QStringLiteral("nope"), true));
    QVERIFY(m_model->applyState(QStringLiteral("id-1"), UserRecord::State::Enabled, false));
    QVERIFY(m_model->setPending(QStringLiteral("id-1"), false));
    QCOMPARE(changed.count(), 0);
}

void TestUserTableModel::setPendingEmitsPendingRoles()
{
    m_model->appendUsers(numberedUsers(3));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setPending(QStringLiteral("id-0"), true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), UserTableModel::pendingRoles());
    QCOMPARE(m_model->data(m_model->index(0, 3), UserTableModel::PendingRole).toBool(), true);
    QVERIFY(m_model->data(m_model->index(0, UserTableModel::StateColumn), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("waiting")));
    // Pending is not a state change: the state text stays what the provider said.
    QCOMPARE(m_model->data(m_model->index(0, UserTableModel::StateColumn)).toString(),
        QStringLiteral("Enabled"));
    QVERIFY(m_model->setPending(QStringLiteral("id-0"), false));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->data(m_model->index(0, 3), UserTableModel::PendingRole).toBool(), false);
}

void TestUserTableModel::stateIconComesFromTheProvider()
{
    m_model->appendUsers(numberedUsers(2));
    m_model->setPending(QStringLiteral("id-1"), true);
    QList<std::tuple<UserRecord::State, bool, bool>> asked;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStateIconProvider([&asked](UserRecord::State state, bool locked, bool pending) {
        asked.append({state, locked, pending});
        return QIcon();
    });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
    asked.clear();
    const QVariant icon =
        m_model->data(m_model->index(1, UserTableModel::StateColumn), Qt::DecorationRole);
    QVERIFY(icon.canConvert<QIcon>());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first(), std::make_tuple(UserRecord::State::Enabled, false, true));
    // Only the state column has an icon.
    QVERIFY(!m_model->data(m_model->index(1, UserTableModel::LoginColumn), Qt::DecorationRole)
                 .isValid());
}

void TestUserTableModel::stateRankOrdersStates()
{
    using S = UserRecord::State;
    QVERIFY(
        UserTableModel::stateRank(S::Enabled, false) < UserTableModel::stateRank(S::Enabled, true));
    QVERIFY(UserTableModel::stateRank(S::Enabled, true)
        < UserTableModel::stateRank(S::Disabled, false));
    QVERIFY(UserTableModel::stateRank(S::Disabled, true)
        < UserTableModel::stateRank(S::Unknown, false));
}

// The tester calls fetchMore() whenever the model changes and canFetchMore() says yes, as a
// view scrolled to the bottom does; holding the provider's answers lets the test step through
// the pages one by one.
void TestUserTableModel::pagesArriveOneAtATimeAsTheViewAsks()
{
    InMemoryPagingProvider provider(numberedUsers(25), 10);
    provider.setHeld(true);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy progress(m_model.get(), &UserTableModel::progress);
    UserQuery query;
    query.wantTotal = true;
    m_model->setSource(&provider, query);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(provider.listCalls(), 1);
    QVERIFY(provider.lastQuery().wantTotal);
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex())); // the first page is in flight
    m_model->fetchMore(QModelIndex()); // ignored
    QCOMPARE(provider.listCalls(), 1);

    provider.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 10, waitMs);
    QCOMPARE(m_model->totalCount(), 25);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.last().at(0).toLongLong(), 10);
    QCOMPARE(progress.last().at(1).toLongLong(), 25);
    // The "view" asked for the next page as soon as the rows arrived: one request in flight.
    QCOMPARE(provider.listCalls(), 2);
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));

    provider.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 20, waitMs);
    QCOMPARE(provider.listCalls(), 3);
    provider.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 25, waitMs);
    QCOMPARE(provider.listCalls(), 3);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->hasMorePages());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QCOMPARE(provider.requestedTokens(),
        (QList<QString>{QString(), QStringLiteral("10"), QStringLiteral("20")}));
    QCOMPARE(m_model->idAt(24), QStringLiteral("id-24"));
}

void TestUserTableModel::loadAllFetchesEveryPageWithProgress()
{
    InMemoryPagingProvider provider(numberedUsers(95), 10);
    provider.setReportsTotal(false);
    QSignalSpy loading(m_model.get(), &UserTableModel::loadingChanged);
    QSignalSpy progress(m_model.get(), &UserTableModel::progress);
    QSignalSpy pages(m_model.get(), &UserTableModel::pageLoaded);
    m_model->setSource(&provider, UserQuery());
    m_model->loadAll();
    QVERIFY(m_model->isLoadingAll());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);

    QCOMPARE(m_model->rowCount(), 95);
    QCOMPARE(provider.listCalls(), 10);
    QCOMPARE(pages.count(), 10);
    QCOMPARE(progress.count(), 10);
    QCOMPARE(progress.at(3).at(0).toLongLong(), 40);
    QCOMPARE(progress.last().at(0).toLongLong(), 95);
    QCOMPARE(progress.last().at(1).toLongLong(), -1);
    QCOMPARE(m_model->totalCount(), -1);
    // One loading period from the first page to the last.
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QVERIFY(!m_model->isLoadingAll());
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(m_model->idAt(94), QStringLiteral("id-94"));
}

void TestUserTableModel::cancelLoadingStopsAndResumesAtTheSamePage()
{
    InMemoryPagingProvider provider(numberedUsers(50), 10);
    provider.setHeld(true);
    QSignalSpy loading(m_model.get(), &UserTableModel::loadingChanged);
    m_model->setSource(&provider, UserQuery());
    m_model->loadAll();
    provider.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 10, waitMs);
    QCOMPARE(provider.listCalls(), 2); // the second page is held in flight

    m_model->cancelLoading();
    QCOMPARE(provider.abortedCalls(), 1);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->isLoadingAll());
    QCOMPARE(loading.last().at(0).toBool(), false);
    // Idle with a next page: a view may fetch more again.
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    provider.release(); // the aborted call delivers nothing
    QTest::qWait(0);
    QCOMPARE(m_model->rowCount(), 10);

    provider.setHeld(false);
    m_model->fetchMore(QModelIndex());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 50, waitMs);
    // The dropped page was asked for again, from the same token.
    QCOMPARE(provider.requestedTokens().mid(1, 2),
        (QList<QString>{QStringLiteral("10"), QStringLiteral("10")}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);
}

void TestUserTableModel::pageFailureKeepsErrorUntilRetry()
{
    InMemoryPagingProvider provider(numberedUsers(30), 10);
    provider.setHeld(true);
    QSignalSpy failed(m_model.get(), &UserTableModel::pageLoadFailed);
    QSignalSpy loading(m_model.get(), &UserTableModel::loadingChanged);
    m_model->setSource(&provider, UserQuery());
    provider.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 10, waitMs);
    QCOMPARE(provider.listCalls(), 2);

    ApiError error(ApiError::Kind::Server, QStringLiteral("The service is unavailable"), 503);
    error.setRequestId(QStringLiteral("req-42"));
    provider.failNextPages(1, error);
    provider.release();
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(failed.count(), 1);
    const auto reported = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(reported.kind(), ApiError::Kind::Server);
    QCOMPARE(reported.requestId(), QStringLiteral("req-42"));
    QCOMPARE(m_model->lastError().requestId(), QStringLiteral("req-42"));
    QCOMPARE(m_model->lastError().httpStatus(), 503);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(m_model->rowCount(), 10);
    // No silent retry loop from views sitting at the bottom: retrying is the user's call.
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(m_model->hasMorePages());

    m_model->retry();
    QCOMPARE(provider.listCalls(), 3);
    QCOMPARE(provider.requestedTokens().last(), QStringLiteral("10"));
    provider.setHeld(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 30, waitMs);
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(failed.count(), 1);
}

void TestUserTableModel::loadAllStopsAtAFailure()
{
    InMemoryPagingProvider provider(numberedUsers(30), 10);
    provider.setHeld(true);
    QSignalSpy failed(m_model.get(), &UserTableModel::pageLoadFailed);
    m_model->setSource(&provider, UserQuery());
    m_model->loadAll();
    provider.failNextPages(1, ApiError(ApiError::Kind::Timeout, QStringLiteral("timed out")));
    provider.release();
    QVERIFY(failed.wait(waitMs));
    QVERIFY(!m_model->isLoadingAll());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(provider.listCalls(), 1);
    // loadAll() after a failure starts over from the failed page.
    provider.setHeld(false);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 30, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);
}

void TestUserTableModel::newQueryResetsAndIgnoresOldReplies()
{
    QVector<UserRecord> users = numberedUsers(30);
    users[7].displayName = QStringLiteral("Maria Garcia");
    users[21].displayName = QStringLiteral("Mario Garcia");
    InMemoryPagingProvider provider(users, 10);
    provider.setHeld(true);
    m_model->setSource(&provider, UserQuery());
    QCOMPARE(provider.listCalls(), 1);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    UserQuery search;
    search.text = QStringLiteral("garcia");
    m_model->setSource(&provider, search);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(provider.abortedCalls(), 1);
    QCOMPARE(m_model->query().text, search.text);
    provider.setHeld(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), waitMs);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->idAt(0), QStringLiteral("id-7"));
    QCOMPARE(m_model->idAt(1), QStringLiteral("id-21"));
    QCOMPARE(provider.lastQuery().text, search.text);

    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->provider(), nullptr);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
}

void TestUserTableModel::searchOnlyProviderWaitsForQueryText()
{
    InMemoryPagingProvider provider(numberedUsers(5), 10);
    provider.setCanBrowse(false);
    m_model->setSource(&provider, UserQuery());
    QCOMPARE(provider.listCalls(), 0);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    m_model->loadAll();
    QCOMPARE(provider.listCalls(), 0);

    UserQuery query;
    query.text = QStringLiteral("User 3");
    m_model->setSource(&provider, query);
    QCOMPARE(provider.listCalls(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, waitMs);
}

void TestUserTableModel::destroyingTheModelAbortsItsCall()
{
    InMemoryPagingProvider provider(numberedUsers(5), 10);
    provider.setHeld(true);
    m_model->setSource(&provider, UserQuery());
    m_tester.reset();
    m_model.reset();
    QCOMPARE(provider.abortedCalls(), 1);
    provider.release();
    QTest::qWait(0);
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
