// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>
#include <numeric>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

#include "models/userfilterproxymodel.h"
#include "models/userrowstore.h"
#include "models/usersearchindex.h"
#include "models/usertablemodel.h"
#include "testusers.h"

using namespace Gatehouse;
using State = UserRecord::State;
using StateFilter = UserFilterProxyModel::StateFilter;

namespace {

// The expected rows, computed the slow and obvious way from the source model's records.
QList<int> expectedRows(const UserTableModel &model, const QString &filter, StateFilter stateFilter,
    int sortColumn, Qt::SortOrder order)
{
    const UserSearchIndex::Terms terms = UserSearchIndex::terms(filter);
    QList<int> rows;
    std::vector<std::pair<std::string, qint64>> keys(size_t(model.rowCount()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const UserRecord user = model.userAt(row);
        const std::string name = UserSearchIndex::folded(user.displayName);
        const std::string login = UserSearchIndex::folded(user.login);
        const std::string email = UserSearchIndex::folded(user.email);
        const std::string source = UserSearchIndex::folded(user.source);
        const std::string text = name + '\n' + login + '\n' + email;
        const bool textOk = std::all_of(terms.begin(), terms.end(), [&](const std::string &t) {
            return text.find(t) != std::string::npos || source.find(t) != std::string::npos;
        });
        bool stateOk = true;
        switch (stateFilter) {
        case StateFilter::Any:
            break;
        case StateFilter::Enabled:
            stateOk = user.state == State::Enabled;
            break;
        case StateFilter::Disabled:
            stateOk = user.state == State::Disabled;
            break;
        case StateFilter::Locked:
            stateOk = user.locked;
            break;
        }
        if (textOk && stateOk)
            rows.append(row);
        auto &key = keys[size_t(row)];
        switch (sortColumn) {
        case UserTableModel::DisplayNameColumn:
            key = {name, 0};
            break;
        case UserTableModel::LoginColumn:
            key = {login, 0};
            break;
        case UserTableModel::EmailColumn:
            key = {email, 0};
            break;
        case UserTableModel::SourceColumn:
            key = {source, 0};
            break;
        case UserTableModel::StateColumn:
            key = {std::string(), UserTableModel::stateRank(user.state, user.locked)};
            break;
        case UserTableModel::ModifiedColumn:
            key = {std::string(),
                user.modified.isValid() ? user.modified.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::min()};
            break;
        default:
            break;
        }
    }
    if (sortColumn < 0)
        return rows;
    // Stable in both directions: equal keys keep the source order.
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? keys[size_t(a)] < keys[size_t(b)]
                                           : keys[size_t(b)] < keys[size_t(a)];
    });
    return rows;
}

QList<int> shownRows(const UserFilterProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
        if (rows.last() != proxy.sourceRow(row))
            return {-1};
    }
    return rows;
}

QStringList shownNames(const UserFilterProxyModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, UserTableModel::DisplayNameColumn).data().toString());
    return names;
}

} // namespace

class TestUserFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void foldingAndTerms_data();
    void foldingAndTerms();
    void narrowing();
    void matchesAnyFieldButNotAcrossFields_data();
    void matchesAnyFieldButNotAcrossFields();
    void unicodeCaseAndAccents_data();
    void unicodeCaseAndAccents();
    void stateFilter();
    void sortsEveryColumnStablyBothWays();
    void typingBackspacingAndClearing();
    void incrementalEqualsFullRefilter_data();
    void incrementalEqualsFullRefilter();
    void bulkScansMatchRowByRowChecks();
    void parallelScansOfTheIndexMatchRowChecks();
    void arrivingRowsAreFilteredAndPlaced();
    void manyArrivalsWhileSortedBecomeOneLayoutChange();
    void stateChangesMoveHideAndShowRows();
    void pendingIsForwardedWithItsRoles();
    void selectionSurvivesFilterAndSort();
    void mappingAndSelections();
    void sourceResetEmptiesTheProxy();
    void refusesOtherModels();

private:
    void addUsers(const QVector<UserRecord> &users) { m_model->appendUsers(users); }

    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<UserFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestUserFilterProxyModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserFilterProxyModel::init()
{
    m_model = std::make_unique<UserTableModel>();
    m_proxy = std::make_unique<UserFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestUserFilterProxyModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestUserFilterProxyModel::foldingAndTerms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("spaces") << QStringLiteral("  \t ") << QStringList();
    QTest::newRow("case") << QStringLiteral("MaRiA") << QStringList{QStringLiteral("maria")};
    QTest::newRow("two terms, longest first")
        << QStringLiteral("g  maria") << QStringList{QStringLiteral("maria"), QStringLiteral("g")};
    QTest::newRow("contained term dropped")
        << QStringLiteral("mar maria") << QStringList{QStringLiteral("maria")};
    QTest::newRow("duplicates dropped")
        << QStringLiteral("lee LEE") << QStringList{QStringLiteral("lee")};
    QTest::newRow("accents") << QStringLiteral("Zhāng José")
                             << QStringList{QStringLiteral("zhang"), QStringLiteral("jose")};
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringList{QStringLiteral("strasse")};
    QTest::newRow("capital sharp s")
        << QStringLiteral("STRAẞE") << QStringList{QStringLiteral("strasse")};
    QTest::newRow("full width") << QStringLiteral("ＭＡＲＩＡ")
                                << QStringList{QStringLiteral("maria")};
    QTest::newRow("cyrillic") << QStringLiteral("ИВАНОВ") << QStringList{QStringLiteral("иванов")};
    QTest::newRow("han unchanged") << QStringLiteral("张伟") << QStringList{QStringLiteral("张伟")};
    QTest::newRow("no-break space splits") << QStringLiteral(
        "maria\u00A0garcia") << QStringList{QStringLiteral("garcia"), QStringLiteral("maria")};
}

void TestUserFilterProxyModel::foldingAndTerms()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, terms);
    QStringList actual;
    for (const std::string &term : UserSearchIndex::terms(typed))
        actual.append(QString::fromStdString(term));
    QCOMPARE(actual, terms);
}

void TestUserFilterProxyModel::narrowing()
{
    const auto t = [](const char *typed) {
        return UserSearchIndex::terms(QString::fromUtf8(typed));
    };
    QVERIFY(UserSearchIndex::narrows(t("maria"), t("mar")));
    QVERIFY(UserSearchIndex::narrows(t("maria g"), t("maria")));
    QVERIFY(UserSearchIndex::narrows(t("maria g"), t("ria")));
    QVERIFY(UserSearchIndex::narrows(t("maria"), t("")));
    QVERIFY(!UserSearchIndex::narrows(t("mar"), t("maria")));
    QVERIFY(!UserSearchIndex::narrows(t("mart"), t("maria")));
    QVERIFY(!UserSearchIndex::narrows(t("maria"), t("maria g")));
}

void TestUserFilterProxyModel::matchesAnyFieldButNotAcrossFields_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << QString()
                          << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Bob Stone"),
                                 QStringLiteral("Carla Diaz")};
    QTest::newRow("display name") << QStringLiteral("stone")
                                  << QStringList{QStringLiteral("Bob Stone")};
    QTest::newRow("login") << QStringLiteral("bstone7") << QStringList{QStringLiteral("Bob Stone")};
    QTest::newRow("e-mail domain")
        << QStringLiteral("corp.example") << QStringList{QStringLiteral("Carla Diaz")};
    QTest::newRow("source") << QStringLiteral("workday")
                            << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Carla Diaz")};
    QTest::newRow("source and name")
        << QStringLiteral("workday ann") << QStringList{QStringLiteral("Ann Lee")};
    QTest::newRow("terms in different fields")
        << QStringLiteral("bob bstone7@") << QStringList{QStringLiteral("Bob Stone")};
    QTest::newRow("all terms must match") << QStringLiteral("bob carla") << QStringList();
    // "lee" ends the name and "leex" starts the login: "eel" would span both.
    QTest::newRow("not across fields") << QStringLiteral("eel") << QStringList();
    QTest::newRow("not across source") << QStringLiteral("diazwork") << QStringList();
    QTest::newRow("id is not searched") << QStringLiteral("id-2") << QStringList();
}

void TestUserFilterProxyModel::matchesAnyFieldButNotAcrossFields()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    addUsers(
        {TestUsers::make(QStringLiteral("id-1"), QStringLiteral("Ann Lee"), QStringLiteral("leex"),
             QStringLiteral("ann@example.com"), QStringLiteral("Workday")),
            TestUsers::make(QStringLiteral("id-2"), QStringLiteral("Bob Stone"),
                QStringLiteral("bstone7"), QStringLiteral("bstone7@example.com"),
                QStringLiteral("Okta")),
            TestUsers::make(QStringLiteral("id-3"), QStringLiteral("Carla Diaz"),
                QStringLiteral("cdiaz"), QStringLiteral("cdiaz@corp.example.org"),
                QStringLiteral("Workday"))});
    m_proxy->setFilterText(filter);
    QCOMPARE(m_proxy->filterText(), filter);
    QCOMPARE(shownNames(*m_proxy), names);
}

void TestUserFilterProxyModel::unicodeCaseAndAccents_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("plain ascii finds accented")
        << QStringLiteral("zhang") << QStringList{QStringLiteral("Zhāng Wěi")};
    QTest::newRow("upper case with accent")
        << QStringLiteral("ZHĀNG") << QStringList{QStringLiteral("Zhāng Wěi")};
    QTest::newRow("strasse finds Straße") << QStringLiteral(
        "strasse") << QStringList{QStringLiteral("Jürgen Straße"), QStringLiteral("Heinz Strasse")};
    QTest::newRow("ß finds ss") << QStringLiteral(
        "straß") << QStringList{QStringLiteral("Jürgen Straße"), QStringLiteral("Heinz Strasse")};
    QTest::newRow("umlaut") << QStringLiteral("jurgen")
                            << QStringList{QStringLiteral("Jürgen Straße")};
    QTest::newRow("cyrillic case")
        << QStringLiteral("ИВАН") << QStringList{QStringLiteral("Иван Иванов")};
    QTest::newRow("han") << QStringLiteral("张") << QStringList{QStringLiteral("张伟")};
    QTest::newRow("accented e-mail")
        << QStringLiteral("jose@") << QStringList{QStringLiteral("José Núñez")};
}

void TestUserFilterProxyModel::unicodeCaseAndAccents()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    addUsers({TestUsers::make(QStringLiteral("1"), QStringLiteral("Zhāng Wěi"),
                  QStringLiteral("zwei"), QStringLiteral("zwei@example.cn"), {}),
        TestUsers::make(QStringLiteral("2"), QStringLiteral("Jürgen Straße"),
            QStringLiteral("jstr"), QStringLiteral("js@example.de"), {}),
        TestUsers::make(QStringLiteral("3"), QStringLiteral("Heinz Strasse"),
            QStringLiteral("hstr"), QStringLiteral("hs@example.de"), {}),
        TestUsers::make(QStringLiteral("4"), QStringLiteral("Иван Иванов"),
            QStringLiteral("ivanov"), QStringLiteral("iv@example.ru"), {}),
        TestUsers::make(QStringLiteral("5"), QStringLiteral("张伟"), QStringLiteral("zw2"),
            QStringLiteral("zw2@example.cn"), {}),
        TestUsers::make(QStringLiteral("6"), QStringLiteral("José Núñez"), QStringLiteral("jnunez"),
            QStringLiteral("José@example.es"), {})});
    m_proxy->setFilterText(filter);
    QCOMPARE(shownNames(*m_proxy), names);
}

void TestUserFilterProxyModel::stateFilter()
{
    addUsers({TestUsers::make(
                  QStringLiteral("1"), QStringLiteral("Ann"), {}, {}, {}, State::Enabled, false),
        TestUsers::make(
            QStringLiteral("2"), QStringLiteral("Bob"), {}, {}, {}, State::Disabled, false),
        TestUsers::make(
            QStringLiteral("3"), QStringLiteral("Cid"), {}, {}, {}, State::Enabled, true),
        TestUsers::make(
            QStringLiteral("4"), QStringLiteral("Dan"), {}, {}, {}, State::Unknown, false),
        TestUsers::make(
            QStringLiteral("5"), QStringLiteral("Bea"), {}, {}, {}, State::Disabled, true)});
    QSignalSpy shown(m_proxy.get(), &UserFilterProxyModel::shownRowsChanged);
    m_proxy->setStateFilter(StateFilter::Enabled);
    QCOMPARE(m_proxy->stateFilter(), StateFilter::Enabled);
    QCOMPARE(shownNames(*m_proxy), (QStringList{QStringLiteral("Ann"), QStringLiteral("Cid")}));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.last().at(0).toInt(), 2);
    m_proxy->setStateFilter(StateFilter::Disabled);
    QCOMPARE(shownNames(*m_proxy), (QStringList{QStringLiteral("Bob"), QStringLiteral("Bea")}));
    m_proxy->setStateFilter(StateFilter::Locked);
    QCOMPARE(shownNames(*m_proxy), (QStringList{QStringLiteral("Cid"), QStringLiteral("Bea")}));
    m_proxy->setFilterText(QStringLiteral("b"));
    QCOMPARE(shownNames(*m_proxy), (QStringList{QStringLiteral("Bea")}));
    m_proxy->setStateFilter(StateFilter::Any);
    QCOMPARE(shownNames(*m_proxy), (QStringList{QStringLiteral("Bob"), QStringLiteral("Bea")}));
}

void TestUserFilterProxyModel::sortsEveryColumnStablyBothWays()
{
    QRandomGenerator random(11);
    m_proxyTester.reset(); // 400 rows x every signal: the tester's full walk adds nothing here
    m_modelTester.reset();
    addUsers(TestUsers::random(random, 400));
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(m_proxy->sortColumn(), column);
            QCOMPARE(m_proxy->sortOrder(), order);
            QCOMPARE(shownRows(*m_proxy),
                expectedRows(*m_model, QString(), StateFilter::Any, column, order));
            // With a filter too.
            m_proxy->setFilterText(QStringLiteral("mar"));
            QCOMPARE(shownRows(*m_proxy),
                expectedRows(*m_model, QStringLiteral("mar"), StateFilter::Any, column, order));
            m_proxy->setFilterText(QString());
        }
    }
    QVERIFY(layout.count() > 0);
    QCOMPARE(layout.last().at(1).value<QAbstractItemModel::LayoutChangeHint>(),
        QAbstractItemModel::NoLayoutChangeHint);
    m_proxy->sort(-1);
    QCOMPARE(shownRows(*m_proxy),
        expectedRows(*m_model, QString(), StateFilter::Any, -1, Qt::AscendingOrder));
    QCOMPARE(layout.last().at(1).value<QAbstractItemModel::LayoutChangeHint>(),
        QAbstractItemModel::VerticalSortHint);
}

void TestUserFilterProxyModel::typingBackspacingAndClearing()
{
    QRandomGenerator random(3);
    addUsers(TestUsers::random(random, 120));
    const QStringList typed = {
        QStringLiteral("m"),
        QStringLiteral("ma"),
        QStringLiteral("mar"),
        QStringLiteral("mari"),
        QStringLiteral("maria"),
        QStringLiteral("maria "),
        QStringLiteral("maria g"),
        QStringLiteral("maria "),
        QStringLiteral("maria"),
        QStringLiteral("mari"),
        QStringLiteral("mar"),
        QStringLiteral("mart"),
        QStringLiteral("ma"),
        QStringLiteral(""),
        QStringLiteral("  "),
    };
    for (const QString &text : typed) {
        m_proxy->setFilterText(text);
        QCOMPARE(shownRows(*m_proxy),
            expectedRows(*m_model, text, StateFilter::Any, -1, Qt::AscendingOrder));
    }
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void TestUserFilterProxyModel::incrementalEqualsFullRefilter_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

// Random sequences of typing, filters, sorting, arriving pages, refreshed and changing rows:
// after every step the proxy must show exactly what a from-scratch computation says.
void TestUserFilterProxyModel::incrementalEqualsFullRefilter()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    // The testers walk every cell on every signal; keep them on, the sizes are small.
    addUsers(TestUsers::random(random, 40));
    const QStringList words = {QStringLiteral("maria"), QStringLiteral("garcia"),
        QStringLiteral("lee"), QStringLiteral("zhang"), QStringLiteral("work"),
        QStringLiteral("strasse"), QStringLiteral("иван"), QStringLiteral("@example")};
    QString text;
    int nextId = 40;
    for (int step = 0; step < 120; ++step) {
        // Every shown row's persistent index (as a view's selection holds them) must follow
        // its row through whatever the step does, or become invalid when the row is hidden.
        QList<QPersistentModelIndex> persistent;
        QList<int> persistentSource;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            persistent.append(m_proxy->index(row, row % UserTableModel::ColumnCount));
            persistentSource.append(m_proxy->sourceRow(row));
        }
        const quint32 action = random.bounded(100);
        QString what;
        if (action < 30) {
            // Type the next letter of a word, or start a new word.
            const QString &word = words.at(int(random.bounded(words.size())));
            if (random.bounded(4) == 0 && !text.isEmpty())
                text += QLatin1Char(' ');
            text += word.at(int(random.bounded(word.size())));
            what = QStringLiteral("type");
        } else if (action < 45) {
            text.chop(1);
            what = QStringLiteral("backspace");
        } else if (action < 50) {
            text = random.bounded(2) ? QString() : words.at(int(random.bounded(words.size())));
            what = QStringLiteral("replace text");
        } else if (action < 58) {
            m_proxy->setStateFilter(StateFilter(random.bounded(4)));
            what = QStringLiteral("state filter");
        } else if (action < 66) {
            m_proxy->sort(int(random.bounded(UserTableModel::ColumnCount + 1)) - 1,
                random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            what = QStringLiteral("sort");
        } else if (action < 76) {
            QRandomGenerator pageRandom(random.generate());
            const int count = int(random.bounded(1, 30));
            QVector<UserRecord> page = TestUsers::random(pageRandom, count, nextId);
            nextId += count;
            // Pages may repeat users the model already has, with changes.
            if (random.bounded(2) == 0) {
                UserRecord again = m_model->userAt(int(random.bounded(m_model->rowCount())));
                again.displayName = QStringLiteral("Mariam Renamed");
                again.state = State::Disabled;
                page.append(again);
            }
            addUsers(page);
            what = QStringLiteral("page");
        } else if (action < 90) {
            const int row = int(random.bounded(m_model->rowCount()));
            m_model->applyState(
                m_model->idAt(row), State(random.bounded(3)), random.bounded(3) == 0);
            what = QStringLiteral("state change");
        } else if (action < 95) {
            m_model->setPending(
                m_model->idAt(int(random.bounded(m_model->rowCount()))), random.bounded(2));
            what = QStringLiteral("pending");
        } else {
            // A refresh of many rows at once (more than the proxy updates one by one).
            QVector<UserRecord> refreshed;
            for (int row = 0; row < m_model->rowCount(); row += 1 + int(random.bounded(2))) {
                UserRecord user = m_model->userAt(row);
                user.state = State(random.bounded(3));
                refreshed.append(user);
            }
            addUsers(refreshed);
            what = QStringLiteral("bulk refresh");
        }
        m_proxy->setFilterText(text);
        const QList<int> expected = expectedRows(
            *m_model, text, m_proxy->stateFilter(), m_proxy->sortColumn(), m_proxy->sortOrder());
        const QList<int> actual = shownRows(*m_proxy);
        if (actual != expected)
            qWarning() << "step" << step << what << "filter" << text << "sort"
                       << m_proxy->sortColumn() << m_proxy->sortOrder();
        QCOMPARE(actual, expected);
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const QPersistentModelIndex &index = persistent.at(i);
            if (expected.contains(persistentSource.at(i))) {
                QVERIFY(index.isValid());
                QCOMPARE(m_proxy->sourceRow(index.row()), persistentSource.at(i));
                QCOMPARE(index.column(), int(i % UserTableModel::ColumnCount));
            } else {
                QVERIFY(!index.isValid());
            }
        }
    }
}

// Above a few thousand rows the index scans its whole text buffer at once instead of row by
// row, and renamed rows may have their text moved out of order: same results either way.
void TestUserFilterProxyModel::bulkScansMatchRowByRowChecks()
{
    QRandomGenerator random(21);
    addUsers(TestUsers::random(random, 6000));
    // Renames: longer text moves to the end of the buffer, shorter text stays in place.
    for (int row = 0; row < 6000; row += 97) {
        UserRecord user = m_model->userAt(row);
        user.displayName =
            row % 2 ? user.displayName + QStringLiteral(" Marquez-Zapatero") : QStringLiteral("Al");
        m_model->appendUsers({user});
    }
    QVector<UserRecord> run; // a run of neighbours: one multi-row change
    for (int row = 3000; row < 3010; ++row) {
        UserRecord user = m_model->userAt(row);
        user.email = QStringLiteral("renamed.maria.quinn%1@zz.example").arg(row);
        run.append(user);
    }
    m_model->appendUsers(run);

    const QStringList filters = {
        QStringLiteral("m"),
        QStringLiteral("ma"),
        QStringLiteral("mar"),
        QStringLiteral("marq"),
        QStringLiteral("quinn"),
        QStringLiteral("x"),
        QStringLiteral("work"),
        QStringLiteral("wo ma"),
        QStringLiteral("@"),
        QStringLiteral("al"),
        QStringLiteral("zz"),
        QStringLiteral("иван"),
        QStringLiteral("ss"),
        QStringLiteral("e lee"),
        QStringLiteral("q"),
        QStringLiteral("zhang"),
        QStringLiteral("example"),
        QString(),
    };
    for (const int column : {-1, int(UserTableModel::LoginColumn)}) {
        m_proxy->sort(column, Qt::DescendingOrder);
        for (const QString &filter : filters) {
            m_proxy->setFilterText(filter);
            QCOMPARE(shownRows(*m_proxy),
                expectedRows(*m_model, filter, StateFilter::Any, column, Qt::DescendingOrder));
        }
    }
}

// The index on its own (no model, so no tester walking 250,000 rows on every signal): scans
// large enough to be split over threads find exactly the rows a row-by-row check finds.
void TestUserFilterProxyModel::parallelScansOfTheIndexMatchRowChecks()
{
    QRandomGenerator random(33);
    UserRowStore store;
    for (const UserRecord &user : TestUsers::random(random, 250000)) {
        int row = -1;
        QCOMPARE(store.upsert(user, &row), UserRowStore::Upsert::Added);
    }
    UserSearchIndex index;
    index.append(store, 0, store.size() - 1);
    // Some rows get longer text (moved to the end of the buffer), some shorter (in place).
    for (int row = 5; row < store.size(); row += 4999) {
        UserRecord user = store.record(row);
        user.displayName =
            row % 2 ? user.displayName + QStringLiteral(" Quetzal-Marquez") : QStringLiteral("Q");
        int same = -1;
        bool textChanged = false;
        QCOMPARE(store.upsert(user, &same, &textChanged), UserRowStore::Upsert::Updated);
        QVERIFY(textChanged);
        QVERIFY(index.refresh(store, row));
        QVERIFY(!index.refresh(store, row));
    }
    for (const char *typed : {"ma", "quetzal", "q", "work", "lee o'b", "@example", "zz", "ss"}) {
        const UserSearchIndex::Matcher matcher =
            index.matcher(UserSearchIndex::terms(QString::fromUtf8(typed)));
        std::vector<quint32> expected;
        for (int row = 0; row < store.size(); ++row) {
            if (index.matches(matcher, store, row))
                expected.push_back(quint32(row));
        }
        std::vector<quint32> scanned;
        index.filterRange(matcher, store, 0, store.size() - 1, &scanned);
        QCOMPARE(scanned, expected);
        // Narrowing from every row (dense) and from every other row.
        std::vector<quint32> all(size_t(store.size()));
        std::iota(all.begin(), all.end(), 0u);
        std::vector<quint32> narrowed;
        index.filter(matcher, store, all, &narrowed);
        QCOMPARE(narrowed, expected);
    }
}

void TestUserFilterProxyModel::arrivingRowsAreFilteredAndPlaced()
{
    addUsers({TestUsers::make(QStringLiteral("1"), QStringLiteral("Maria A"), {}, {}, {}),
        TestUsers::make(QStringLiteral("2"), QStringLiteral("Bob"), {}, {}, {}),
        TestUsers::make(QStringLiteral("3"), QStringLiteral("Maria C"), {}, {}, {})});
    m_proxy->setFilterText(QStringLiteral("maria"));
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);

    // Unsorted: matching newcomers are appended.
    addUsers({TestUsers::make(QStringLiteral("4"), QStringLiteral("Maria B"), {}, {}, {}),
        TestUsers::make(QStringLiteral("5"), QStringLiteral("Tom"), {}, {}, {})});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 2);
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{
            QStringLiteral("Maria A"), QStringLiteral("Maria C"), QStringLiteral("Maria B")}));

    // Sorted: each newcomer goes where it belongs, announced as an insert there.
    m_proxy->sort(UserTableModel::DisplayNameColumn, Qt::AscendingOrder);
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{
            QStringLiteral("Maria A"), QStringLiteral("Maria B"), QStringLiteral("Maria C")}));
    inserted.clear();
    layout.clear();
    addUsers({TestUsers::make(QStringLiteral("6"), QStringLiteral("Maria AB"), {}, {}, {}),
        TestUsers::make(QStringLiteral("7"), QStringLiteral("Maria 0"), {}, {}, {}),
        TestUsers::make(QStringLiteral("8"), QStringLiteral("Zed"), {}, {}, {})});
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // "Maria 0" first
    QCOMPARE(inserted.at(1).at(1).toInt(), 2); // "Maria AB" after "Maria A"
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{QStringLiteral("Maria 0"), QStringLiteral("Maria A"),
            QStringLiteral("Maria AB"), QStringLiteral("Maria B"), QStringLiteral("Maria C")}));
    m_proxy->sort(UserTableModel::DisplayNameColumn, Qt::DescendingOrder);
    QCOMPARE(shownNames(*m_proxy).first(), QStringLiteral("Maria C"));
    // Clearing the filter shows the rows that arrived while filtered out.
    m_proxy->setFilterText(QString());
    QCOMPARE(shownNames(*m_proxy).first(), QStringLiteral("Zed"));
    QCOMPARE(m_proxy->rowCount(), 8);
}

void TestUserFilterProxyModel::manyArrivalsWhileSortedBecomeOneLayoutChange()
{
    QRandomGenerator random(5);
    m_proxyTester.reset();
    m_modelTester.reset();
    addUsers(TestUsers::random(random, 200));
    m_proxy->sort(UserTableModel::LoginColumn, Qt::DescendingOrder);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    addUsers(TestUsers::random(random, 200, 200));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(shownRows(*m_proxy),
        expectedRows(*m_model, QString(), StateFilter::Any, UserTableModel::LoginColumn,
            Qt::DescendingOrder));
}

void TestUserFilterProxyModel::stateChangesMoveHideAndShowRows()
{
    addUsers({TestUsers::make(QStringLiteral("a"), QStringLiteral("Ann"), {}, {}, {}),
        TestUsers::make(QStringLiteral("b"), QStringLiteral("Bob"), {}, {}, {}),
        TestUsers::make(QStringLiteral("c"), QStringLiteral("Cid"), {}, {}, {})});
    m_proxy->setStateFilter(StateFilter::Enabled);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(m_proxy.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);

    // Disabled by the provider: leaves the "enabled" view.
    m_model->applyState(QStringLiteral("b"), State::Disabled, false);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 1);
    QCOMPARE(shownNames(*m_proxy), (QStringList{QStringLiteral("Ann"), QStringLiteral("Cid")}));
    // Enabled again: back in its place.
    m_model->applyState(QStringLiteral("b"), State::Enabled, false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cid")}));

    // Sorted by state: a change moves the row, then tells its new place what changed.
    m_proxy->setStateFilter(StateFilter::Any);
    m_proxy->sort(UserTableModel::StateColumn, Qt::AscendingOrder);
    changed.clear();
    m_model->applyState(QStringLiteral("a"), State::Disabled, false);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{QStringLiteral("Bob"), QStringLiteral("Cid"), QStringLiteral("Ann")}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.last().at(2).value<QList<int>>(), UserTableModel::stateRoles());
    // Stable: back to enabled, Ann goes before Bob again (source order among equals).
    m_model->applyState(QStringLiteral("a"), State::Enabled, false);
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cid")}));
    m_proxy->sort(UserTableModel::StateColumn, Qt::DescendingOrder);
    m_model->applyState(QStringLiteral("c"), State::Disabled, true);
    QCOMPARE(shownNames(*m_proxy),
        (QStringList{QStringLiteral("Cid"), QStringLiteral("Ann"), QStringLiteral("Bob")}));
}

void TestUserFilterProxyModel::pendingIsForwardedWithItsRoles()
{
    addUsers({TestUsers::make(QStringLiteral("a"), QStringLiteral("Ann"), {}, {}, {}),
        TestUsers::make(QStringLiteral("b"), QStringLiteral("Bob"), {}, {}, {})});
    m_proxy->sort(UserTableModel::DisplayNameColumn, Qt::DescendingOrder);
    QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    m_model->setPending(QStringLiteral("a"), true);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), m_proxy->index(1, 0));
    QCOMPARE(changed.last().at(1).value<QModelIndex>(),
        m_proxy->index(1, UserTableModel::ColumnCount - 1));
    QCOMPARE(changed.last().at(2).value<QList<int>>(), UserTableModel::pendingRoles());
    QCOMPARE(m_proxy->index(1, 0).data(UserTableModel::PendingRole).toBool(), true);
}

void TestUserFilterProxyModel::selectionSurvivesFilterAndSort()
{
    QRandomGenerator random(9);
    addUsers(TestUsers::random(random, 60));
    QItemSelectionModel selection(m_proxy.get());
    const int bobRow = 17;
    m_model->applyState(m_model->idAt(bobRow), State::Enabled, false);
    const QModelIndex current = m_proxy->mapFromSource(m_model->index(bobRow, 0));
    selection.setCurrentIndex(
        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString name = m_model->userAt(bobRow).displayName;
    const QString login = m_model->userAt(bobRow).login;

    // A filter that keeps the row: still current and selected, wherever it is now.
    m_proxy->setFilterText(login);
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
    QCOMPARE(m_proxy->mapToSource(selection.currentIndex()).row(), bobRow);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row(), QModelIndex()));
    m_proxy->sort(UserTableModel::EmailColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->mapToSource(selection.currentIndex()).row(), bobRow);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(m_proxy->mapToSource(selection.selectedRows().first()).row(), bobRow);

    // A filter that hides it: nothing selected, nothing stale.
    m_proxy->setFilterText(login + QStringLiteral("-nobody"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(selection.selectedRows().isEmpty());
    Q_UNUSED(name);
}

void TestUserFilterProxyModel::mappingAndSelections()
{
    QRandomGenerator random(13);
    addUsers(TestUsers::random(random, 50));
    m_proxy->setFilterText(QStringLiteral("a"));
    m_proxy->sort(UserTableModel::DisplayNameColumn, Qt::AscendingOrder);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex proxyIndex = m_proxy->index(row, 2);
        const QModelIndex sourceIndex = m_proxy->mapToSource(proxyIndex);
        QCOMPARE(sourceIndex.column(), 2);
        QCOMPARE(m_proxy->mapFromSource(sourceIndex), proxyIndex);
        QCOMPARE(m_proxy->proxyRow(sourceIndex.row()), row);
        QCOMPARE(proxyIndex.data(), sourceIndex.data());
        QCOMPARE(proxyIndex.data(UserTableModel::IdRole), sourceIndex.data(UserTableModel::IdRole));
    }
    const QList<int> hidden = [&] {
        QList<int> rows;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_proxy->proxyRow(row) < 0)
                rows.append(row);
        }
        return rows;
    }();
    for (int row : hidden)
        QVERIFY(!m_proxy->mapFromSource(m_model->index(row, 0)).isValid());
    QVERIFY(!m_proxy->mapToSource(QModelIndex()).isValid());
    QCOMPARE(m_proxy->sourceRow(-1), -1);
    QCOMPARE(m_proxy->sourceRow(m_proxy->rowCount()), -1);
    QCOMPARE(m_proxy->proxyRow(m_model->rowCount()), -1);

    // Selections map row by row and back.
    const QItemSelection selection(m_proxy->index(0, 0), m_proxy->index(4, 1));
    const QItemSelection source = m_proxy->mapSelectionToSource(selection);
    QSet<int> sourceRows;
    for (const QModelIndex &index : source.indexes()) {
        QVERIFY(index.column() <= 1);
        sourceRows.insert(index.row());
    }
    QCOMPARE(sourceRows.size(), 5);
    for (int row = 0; row < 5; ++row)
        QVERIFY(sourceRows.contains(m_proxy->sourceRow(row)));
    const QItemSelection back = m_proxy->mapSelectionFromSource(source);
    QCOMPARE(back.indexes().size(), 10);
    for (const QModelIndex &index : back.indexes())
        QVERIFY(index.row() <= 4 && index.column() <= 1);

    QCOMPARE(m_proxy->headerData(UserTableModel::EmailColumn, Qt::Horizontal),
        m_model->headerData(UserTableModel::EmailColumn, Qt::Horizontal));
    QCOMPARE(m_proxy->headerData(0, Qt::Vertical).toInt(), 1);
    QVERIFY(m_proxy->allocatedBytes() > 0);
}

void TestUserFilterProxyModel::sourceResetEmptiesTheProxy()
{
    QRandomGenerator random(17);
    addUsers(TestUsers::random(random, 30));
    m_proxy->setFilterText(QStringLiteral("e"));
    m_proxy->sort(UserTableModel::ModifiedColumn, Qt::DescendingOrder);
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 0);
    // Filter and sort stay as chosen for the new rows.
    addUsers(TestUsers::random(random, 30, 100));
    QCOMPARE(m_proxy->filterText(), QStringLiteral("e"));
    QCOMPARE(shownRows(*m_proxy),
        expectedRows(*m_model, QStringLiteral("e"), StateFilter::Any,
            UserTableModel::ModifiedColumn, Qt::DescendingOrder));
}

void TestUserFilterProxyModel::refusesOtherModels()
{
    QStandardItemModel other(3, 2);
    QTest::ignoreMessage(QtWarningMsg, "UserFilterProxyModel only works over a UserTableModel");
    m_proxy->setSourceModel(&other);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->columnCount(), 0);
    QCOMPARE(m_proxy->userModel(), nullptr);
    m_proxy->setSourceModel(m_model.get());
    QCOMPARE(m_proxy->userModel(), m_model.get());

    // The source going away leaves an empty proxy, not a dangling one.
    auto doomed = std::make_unique<UserTableModel>();
    doomed->appendUsers({TestUsers::make(QStringLiteral("x"), QStringLiteral("X"), {}, {}, {})});
    m_proxy->setSourceModel(doomed.get());
    QCOMPARE(m_proxy->rowCount(), 1);
    doomed.reset();
    QCOMPARE(m_proxy->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestUserFilterProxyModel)
#include "tst_userfilterproxymodel.moc"
