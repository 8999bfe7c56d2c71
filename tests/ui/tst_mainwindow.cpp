// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include "core/version.h"
#include "gui/providersessions.h"
#include "gui/sandboxdemo.h"
#include "models/tasklistmodel.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "support/sandboxfixture.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/confirmactiondialog.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/taskmonitorpane.h"
#include "ui/userdetailpane.h"
#include "ui/usertableview.h"

using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::ApiError)

namespace {

constexpr int sandboxUsers = 2000;
constexpr int pageMs = 10000;
constexpr int taskMs = 30000;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void opensProfileAndLoadsFirstPage();
    void scrollingToTheEndFetchesTheNextPage();
    void typingFiltersLoadedRowsLocally();
    void enterSearchesTheProvider();
    void selectingShowsDetailsReadFromProvider();
    void disableWithReasonChangesRowOnlyAfterConfirmation();
    void largeBatchNeedsTypedCountAndReason();
    void readOnlyProfileDisablesActions();
    void listingErrorShowsBannerWithRequestId();
    void actionErrorShowsInMonitorWithRequestId();
    void searchOnlyProfileShowsSearchPrompt();
    void loadAllShowsProgressAndCanBeCancelled();
    void exportWritesVisibleRows();
    void columnLayoutIsRememberedPerProvider();
    void notifiesWhenBatchFinishesInBackground();
    void modelsPassModelTester();
    void cancelBatchCancelsUnsentActions();
    void pendingRowsStayPendingAcrossProfileSwitch();
    void rateLimitWaitsShowInStatusBar();
    void controlsHaveAccessibleNamesAndTabOrder();
    void aboutDialogShowsVersion();
    void appearanceSwitchesPalette();
    void toolbarShowsActionTextsWithoutMnemonics();
    void summariesUseTheTranslationsPunctuation();

private:
    // Sandbox control endpoint (no auth).
    void setFaults(const QString &spec);
    // One seeded user of the sandbox, by position in its directory.
    QJsonObject sandboxUserAt(const QString &provider, int offset);
    bool waitForRows();
    void selectSourceRow(int sourceRow);
    int findSourceRow(UserRecord::State state) const;
    Profile profileNamed(const QString &name) const;
    void switchTo(const QString &name);
    ConfirmActionDialog *waitForConfirmation();

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ActionJournal> m_journal;
    std::unique_ptr<ActionRunner> m_runner;
    std::unique_ptr<ProviderSessions> m_sessions;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    SandboxOptions options;
    options.users = sandboxUsers;
    options.taskSeconds = 1;
    m_sandbox = std::make_unique<Test::SandboxFixture>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestMainWindow::cleanupTestCase()
{
    m_network.reset();
    m_sandbox.reset();
}

void TestMainWindow::init()
{
    QVERIFY(m_sandbox->reset());
    QVERIFY(m_sandbox->clearFaults());
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_store = std::make_unique<ProfileStore>(m_credentials.get(), m_dir->path());
    const auto installed =
        SandboxDemo::install(m_sandbox->info(), m_store.get(), m_credentials.get());
    QVERIFY2(installed.ok(), qPrintable(installed.error().summary()));
    m_journal = std::make_unique<ActionJournal>();
    QVERIFY(m_journal->open(m_dir->path()).ok());
    m_runner = std::make_unique<ActionRunner>(m_journal.get());
    m_sessions = std::make_unique<ProviderSessions>(m_store.get(), m_network.get(), m_runner.get());
    UiServices services;
    services.profiles = m_store.get();
    services.sessions = m_sessions.get();
    services.journal = m_journal.get();
    services.runner = m_runner.get();
    services.network = m_network.get();
    services.sandbox = true;
    m_window = std::make_unique<MainWindow>(services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_sessions.reset();
    m_runner.reset();
    m_journal.reset();
    m_store.reset();
    m_credentials.reset();
    m_dir.reset();
}

void TestMainWindow::setFaults(const QString &spec)
{
    QString error;
    const bool ok = spec.isEmpty() ? m_sandbox->clearFaults() : m_sandbox->setFaults(spec, &error);
    if (!ok)
        qWarning() << "setting faults failed:" << spec << error;
}

QJsonObject TestMainWindow::sandboxUserAt(const QString &provider, int offset)
{
    return m_sandbox->users(provider, {}, false, QStringLiteral("offset=%1&limit=1").arg(offset))
        .value(QLatin1String("users"))
        .toArray()
        .at(0)
        .toObject();
}

bool TestMainWindow::waitForRows()
{
    UserTableModel *users = m_window->userModel();
    return QTest::qWaitFor(
        [users]() { return users->rowCount() > 0 && !users->isLoading(); }, pageMs);
}

void TestMainWindow::selectSourceRow(int sourceRow)
{
    const int row = m_window->filterModel()->proxyRow(sourceRow);
    QVERIFY(row >= 0);
    QTableView *view = m_window->userView();
    view->setFocus();
    view->selectionModel()->select(m_window->filterModel()->index(row, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setCurrentIndex(m_window->filterModel()->index(row, 0));
}

int TestMainWindow::findSourceRow(UserRecord::State state) const
{
    const UserTableModel *users = m_window->userModel();
    for (int row = 0; row < users->rowCount(); ++row) {
        const UserRecord user = users->userAt(row);
        if (user.state == state && !user.locked)
            return row;
    }
    return -1;
}

Profile TestMainWindow::profileNamed(const QString &name) const
{
    const Result<Profile> found = m_store->find(name);
    return found ? found.value() : Profile();
}

void TestMainWindow::switchTo(const QString &name)
{
    QSignalSpy opened(m_window.get(), &MainWindow::profileOpened);
    m_window->selectProfile(profileNamed(name).id);
    QVERIFY(opened.wait(pageMs));
}

ConfirmActionDialog *TestMainWindow::waitForConfirmation()
{
    if (!QTest::qWaitFor([this]() { return m_window->confirmation() != nullptr; }, 2000))
        return nullptr;
    return m_window->confirmation();
}

void TestMainWindow::opensProfileAndLoadsFirstPage()
{
    QVERIFY(waitForRows());
    QCOMPARE(m_window->currentProfile().name, QStringLiteral("Sandbox SailPoint"));
    QCOMPARE(m_window->connection(), MainWindow::Connection::Connected);
    // One SailPoint page (250), the total from X-Total-Count.
    QCOMPARE(m_window->userModel()->rowCount(), 250);
    QCOMPARE(m_window->userModel()->totalCount(), qint64(sandboxUsers));
    const QString loaded = m_window->findChild<QLabel *>(QStringLiteral("statusLoaded"))->text();
    QVERIFY2(loaded.contains(QStringLiteral("250")) && loaded.contains(QStringLiteral("2,000")),
        qPrintable(loaded));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusConnection"))
                ->text()
                .contains(QStringLiteral("Connected")));
    QVERIFY(!m_window->userView()->isEmptyStateVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sandbox SailPoint")));
}

void TestMainWindow::scrollingToTheEndFetchesTheNextPage()
{
    QVERIFY(waitForRows());
    UserTableModel *users = m_window->userModel();
    QCOMPARE(users->rowCount(), 250);
    QSignalSpy loaded(users, &UserTableModel::pageLoaded);
    m_window->userView()->scrollToBottom();
    QVERIFY(loaded.wait(pageMs));
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 500, pageMs);
    QVERIFY(users->hasMorePages());
}

void TestMainWindow::typingFiltersLoadedRowsLocally()
{
    QVERIFY(waitForRows());
    UserTableModel *users = m_window->userModel();
    const UserRecord sample = users->userAt(7);
    const QString term = sample.login.left(4);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QSignalSpy resets(users, &QAbstractItemModel::modelReset);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, term);
    UserFilterProxyModel *proxy = m_window->filterModel();
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < users->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const UserRecord user = users->userAt(proxy->sourceRow(row));
        const QString text = QStringList{user.displayName, user.login, user.email, user.source}
                                 .join(QLatin1Char(' '))
                                 .toCaseFolded();
        QVERIFY2(text.contains(term.toCaseFolded()), qPrintable(text));
    }
    // Local: no new query went to the provider.
    QCOMPARE(resets.size(), 0);
    QVERIFY(users->query().text.isEmpty());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusLoaded"))
                ->text()
                .contains(QStringLiteral("shown")));
    // Nothing matches: the empty state says so and suggests Enter.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzqqxxnomatch"));
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(m_window->userView()->isEmptyStateVisible());
    QVERIFY(m_window->userView()->emptyStateTitle().contains(QStringLiteral("zzqqxxnomatch")));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(proxy->rowCount(), users->rowCount());
}

void TestMainWindow::enterSearchesTheProvider()
{
    QVERIFY(waitForRows());
    UserTableModel *users = m_window->userModel();
    // A user beyond the first page: only the provider can find it.
    const QJsonObject target = sandboxUserAt(QStringLiteral("sailpoint"), 1500);
    const QString name = target.value(QLatin1String("nativeIdentity")).toString();
    QVERIFY(!name.isEmpty());
    QCOMPARE(users->rowOfId(target.value(QLatin1String("id")).toString()), -1);

    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, name);
    QSignalSpy loaded(users, &UserTableModel::pageLoaded);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(loaded.wait(pageMs));
    QCOMPARE(users->query().text, name);
    QVERIFY(search->text().isEmpty());
    QVERIFY(users->rowOfId(target.value(QLatin1String("id")).toString()) >= 0);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("queryBar"))->isVisible());

    // "Show all users" browses again.
    QSignalSpy browse(users, &UserTableModel::pageLoaded);
    m_window->findChild<QToolButton *>(QStringLiteral("showAllButton"))->click();
    QVERIFY(browse.wait(pageMs));
    QVERIFY(users->query().text.isEmpty());
    QCOMPARE(users->rowCount(), 250);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("queryBar"))->isVisible());
}

void TestMainWindow::selectingShowsDetailsReadFromProvider()
{
    QVERIFY(waitForRows());
    UserDetailPane *detail = m_window->detailPane();
    QSignalSpy read(detail, &UserDetailPane::userRead);
    selectSourceRow(3);
    QVERIFY(read.wait(pageMs));
    QVERIFY(!read.first().first().value<ApiError>().isError());
    const UserRecord row = m_window->userModel()->userAt(3);
    QCOMPARE(detail->userId(), row.id);
    // Every attribute of the re-read, not the compact row.
    QVERIFY(!detail->user().raw.isEmpty());
    QVERIFY(detail->findChild<QLabel *>(QStringLiteral("detailId"))->text() == row.id);
    auto *copy = detail->findChild<QToolButton *>(QStringLiteral("detailIdCopy"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), row.id);
}

void TestMainWindow::disableWithReasonChangesRowOnlyAfterConfirmation()
{
    Profile profile = profileNamed(QStringLiteral("Sandbox SailPoint"));
    profile.requireReason = true;
    QVERIFY(m_store->update(profile).ok());
    QVERIFY(QTest::qWaitFor([this]() { return m_window->currentProfile().requireReason; }, 2000));
    QVERIFY(waitForRows());
    UserTableModel *users = m_window->userModel();
    const int source = findSourceRow(UserRecord::State::Enabled);
    QVERIFY(source >= 0);
    const UserRecord user = users->userAt(source);
    selectSourceRow(source);

    // The row may change state only once the provider confirmed it: at that moment the
    // journal (written before the runner reports anything) holds a confirmed outcome.
    int confirmations = 0;
    bool changedEarly = false;
    connect(m_runner.get(), &ActionRunner::userStateConfirmed, this,
        [&](const UserStateChange &change) {
            if (change.userId == user.id)
                ++confirmations;
        });
    connect(users, &QAbstractItemModel::dataChanged, this, [&]() {
        const int row = users->rowOfId(user.id);
        if (row < 0 || users->userAt(row).state != UserRecord::State::Disabled)
            return;
        const auto last = m_journal->recentActionsForUser(profile.id, user.id, 1);
        if (!last || last->isEmpty()
            || outcomeBucket(last->first().state) != OutcomeBucket::Succeeded)
            changedEarly = true;
    });

    QTest::keyClick(m_window->userView(), Qt::Key_D, Qt::ControlModifier);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->userCount(), 1);
    QVERIFY(!dialog->canConfirm()); // the reason is required
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
        QStringLiteral("INC-4711 leaver"));
    QSignalSpy submitted(m_window.get(), &MainWindow::batchSubmitted);
    ok->click();
    QCOMPARE(submitted.size(), 1);

    // Pending at once, still enabled.
    QVERIFY(users->index(users->rowOfId(user.id), 0).data(UserTableModel::PendingRole).toBool());
    QCOMPARE(users->userAt(users->rowOfId(user.id)).state, UserRecord::State::Enabled);

    // The monitor shows the SailPoint task running, then finished.
    TaskListModel *tasks = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        tasks->rowCount() == 1 && tasks->actionAt(0).state == ActionState::Accepted, taskMs);
    QVERIFY(!tasks->actionAt(0).taskId.isEmpty());
    QVERIFY(tasks->index(0, TaskListModel::MessageColumn)
                .data()
                .toString()
                .contains(tasks->actionAt(0).taskId));
    QTRY_COMPARE_WITH_TIMEOUT(tasks->actionAt(0).state, ActionState::Succeeded, taskMs);
    QCOMPARE(tasks->actionAt(0).reason, QStringLiteral("INC-4711 leaver"));

    QTRY_COMPARE_WITH_TIMEOUT(
        users->userAt(users->rowOfId(user.id)).state, UserRecord::State::Disabled, taskMs);
    QVERIFY(confirmations > 0);
    QVERIFY(!changedEarly);
    QTRY_VERIFY_WITH_TIMEOUT(
        !users->index(users->rowOfId(user.id), 0).data(UserTableModel::PendingRole).toBool(),
        taskMs);
    // The provider agrees, and got exactly one change.
    const QJsonObject remote = m_sandbox->user(QStringLiteral("sailpoint"), user.id);
    QCOMPARE(remote.value(QLatin1String("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(remote.value(QLatin1String("changeRequests")).toInt(), 1);
}

void TestMainWindow::largeBatchNeedsTypedCountAndReason()
{
    QVERIFY(waitForRows());
    QTableView *view = m_window->userView();
    view->setFocus();
    view->selectAll();
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->userCount(), 250);
    QVERIFY(dialog->needsTypedCount());
    QVERIFY(!dialog->canConfirm());
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("countEdit")), QStringLiteral("250"));
    QVERIFY(dialog->canConfirm());
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->confirmation() == nullptr, 2000);
    QCOMPARE(m_window->taskModel()->rowCount(), 0);
}

void TestMainWindow::readOnlyProfileDisablesActions()
{
    QVERIFY(waitForRows());
    auto *disable = m_window->findChild<QAction *>(QStringLiteral("disableAction"));
    auto *enable = m_window->findChild<QAction *>(QStringLiteral("enableAction"));
    selectSourceRow(0);
    QVERIFY(disable->isEnabled());
    QVERIFY(enable->isEnabled());

    Profile profile = m_window->currentProfile();
    profile.readOnly = true;
    QVERIFY(m_store->update(profile).ok());
    QVERIFY(waitForRows());
    selectSourceRow(0);
    QVERIFY(m_window->currentProfile().readOnly);
    QVERIFY(!disable->isEnabled());
    QVERIFY(!enable->isEnabled());
    QTest::keyClick(m_window->userView(), Qt::Key_D, Qt::ControlModifier);
    m_window->requestAction(UserAction::Disable);
    QTest::qWait(50);
    QVERIFY(m_window->confirmation() == nullptr);
    QCOMPARE(m_window->taskModel()->rowCount(), 0);
}

void TestMainWindow::listingErrorShowsBannerWithRequestId()
{
    QVERIFY(waitForRows());
    setFaults(QStringLiteral("status=403,method=GET,path=/v3/accounts,provider=sailpoint"));
    QSignalSpy failed(m_window->userModel(), &UserTableModel::pageLoadFailed);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(failed.wait(pageMs));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    QVERIFY(!error.requestId().isEmpty());

    auto *banner = m_window->findChild<ErrorBanner *>(QStringLiteral("listBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QVERIFY2(banner->text().contains(error.requestId()), qPrintable(banner->text()));
    banner->findChild<QToolButton *>(QStringLiteral("bannerCopyButton"))->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(error.requestId()));
    QVERIFY(QApplication::activeModalWidget() == nullptr); // never a blocking dialog
    QCOMPARE(m_window->connection(), MainWindow::Connection::Failed);

    setFaults(QString());
    QSignalSpy loaded(m_window->userModel(), &UserTableModel::pageLoaded);
    banner->findChild<QToolButton *>(QStringLiteral("bannerRetryButton"))->click();
    QVERIFY(loaded.wait(pageMs));
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->userModel()->rowCount(), 250);
    QCOMPARE(m_window->connection(), MainWindow::Connection::Connected);
}

void TestMainWindow::actionErrorShowsInMonitorWithRequestId()
{
    QVERIFY(waitForRows());
    const int source = findSourceRow(UserRecord::State::Enabled);
    QVERIFY(source >= 0);
    const UserRecord user = m_window->userModel()->userAt(source);
    setFaults(QStringLiteral("status=403,method=POST,path=/v3/accounts/*/disable"));
    selectSourceRow(source);
    m_window->requestAction(UserAction::Disable);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();

    TaskListModel *tasks = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        tasks->rowCount() == 1 && tasks->actionAt(0).state == ActionState::Failed, taskMs);
    const QString requestId = tasks->index(0, TaskListModel::RequestIdColumn).data().toString();
    QVERIFY(!requestId.isEmpty());
    QVERIFY(tasks->index(0, TaskListModel::MessageColumn).data().toString().contains(requestId));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // Shown in the monitor: filter to failures, select, copy.
    TaskMonitorPane *monitor = m_window->taskMonitor();
    QVERIFY(monitor->isVisible());
    monitor->setFilter(TaskMonitorPane::Filter::Failed);
    QCOMPARE(monitor->view()->model()->rowCount(), 1);
    monitor->view()->selectRow(0);
    monitor->copyDetails();
    QVERIFY(QGuiApplication::clipboard()->text().contains(requestId));
    // The row keeps its state; it is no longer pending.
    UserTableModel *users = m_window->userModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        !users->index(users->rowOfId(user.id), 0).data(UserTableModel::PendingRole).toBool(),
        taskMs);
    QCOMPARE(users->userAt(users->rowOfId(user.id)).state, UserRecord::State::Enabled);

    // Retry failed, with the fault gone: succeeds.
    setFaults(QString());
    monitor->setFilter(TaskMonitorPane::Filter::All);
    monitor->view()->selectRow(0);
    auto *retry = monitor->findChild<QToolButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isEnabled());
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        users->userAt(users->rowOfId(user.id)).state, UserRecord::State::Disabled, taskMs);
}

void TestMainWindow::searchOnlyProfileShowsSearchPrompt()
{
    QVERIFY(waitForRows());
    switchTo(QStringLiteral("Sandbox RSA SecurID"));
    UserTableModel *users = m_window->userModel();
    QCOMPARE(users->rowCount(), 0);
    QVERIFY(!users->isLoading());
    QVERIFY(m_window->userView()->isEmptyStateVisible());
    QVERIFY2(m_window->userView()->emptyStateTitle().contains(QStringLiteral("Search")),
        qPrintable(m_window->userView()->emptyStateTitle()));

    const QJsonObject target = sandboxUserAt(QStringLiteral("rsa"), 42);
    const QString email = target.value(QLatin1String("email")).toString();
    QVERIFY(!email.isEmpty());
    QSignalSpy loaded(users, &UserTableModel::pageLoaded);
    m_window->searchProvider(email);
    QVERIFY(loaded.wait(pageMs));
    QCOMPARE(users->rowCount(), 1);
    QCOMPARE(users->userAt(0).email, email);
    QVERIFY(!m_window->userView()->isEmptyStateVisible());
}

void TestMainWindow::loadAllShowsProgressAndCanBeCancelled()
{
    QVERIFY(waitForRows());
    UserTableModel *users = m_window->userModel();
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    auto *loadAll = m_window->findChild<QAction *>(QStringLiteral("loadAllAction"));
    QVERIFY(loadAll->isEnabled());

    // Slow pages, so that there is time to cancel.
    setFaults(QStringLiteral("slow=400,method=GET,path=/v3/accounts"));
    loadAll->trigger();
    QVERIFY(users->isLoadingAll());
    QVERIFY(progress->isVisible());
    auto *stop = m_window->findChild<QToolButton *>(QStringLiteral("stopLoadingButton"));
    QVERIFY(stop->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(users->rowCount() >= 500, pageMs);
    QVERIFY(stop->isEnabled());
    stop->click();
    QVERIFY(!users->isLoading());
    QVERIFY(!users->isLoadingAll());
    QVERIFY(!progress->isVisible());
    const int stopped = users->rowCount();
    QVERIFY(stopped < sandboxUsers);

    setFaults(QString());
    loadAll->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), sandboxUsers, 4 * pageMs);
    QTRY_VERIFY_WITH_TIMEOUT(!users->hasMorePages(), pageMs);
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), pageMs);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusLoaded"))
                ->text()
                .contains(QStringLiteral("2,000 of 2,000")));
}

void TestMainWindow::exportWritesVisibleRows()
{
    QVERIFY(waitForRows());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, m_window->userModel()->userAt(5).displayName.left(3));
    const int shown = m_window->filterModel()->rowCount();
    QVERIFY(shown > 0 && shown < 250);
    m_window->userView()->horizontalHeader()->setSectionHidden(UserTableModel::SourceColumn, true);
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    const Result<int> written = m_window->exportCsv(path);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), shown);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 2); // header, rows, the empty rest after the last CRLF
    const QByteArray header = lines.first().trimmed();
    QVERIFY2(header.startsWith("Name,Login,E-mail,State,"), header.constData());
    QVERIFY(!header.contains("Source"));
    const UserRecord first = m_window->userModel()->userAt(m_window->filterModel()->sourceRow(0));
    QVERIFY(lines.at(1).contains(first.email.toUtf8()));
}

void TestMainWindow::columnLayoutIsRememberedPerProvider()
{
    QVERIFY(waitForRows());
    QHeaderView *header = m_window->userView()->horizontalHeader();
    header->setSectionHidden(UserTableModel::ModifiedColumn, true);
    switchTo(QStringLiteral("Sandbox Huawei Cloud"));
    QVERIFY(waitForRows());
    QVERIFY(!header->isSectionHidden(UserTableModel::ModifiedColumn));
    header->setSectionHidden(UserTableModel::EmailColumn, true);
    switchTo(QStringLiteral("Sandbox SailPoint"));
    QVERIFY(header->isSectionHidden(UserTableModel::ModifiedColumn));
    QVERIFY(!header->isSectionHidden(UserTableModel::EmailColumn));
    switchTo(QStringLiteral("Sandbox Huawei Cloud"));
    QVERIFY(header->isSectionHidden(UserTableModel::EmailColumn));
}

void TestMainWindow::notifiesWhenBatchFinishesInBackground()
{
    QVERIFY(waitForRows());
    // Another window takes the focus: Gatehouse is in the background.
    QWidget other;
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.activateWindow();
    QTRY_VERIFY(!m_window->isActiveWindow());

    const int source = findSourceRow(UserRecord::State::Disabled);
    QVERIFY(source >= 0);
    selectSourceRow(source);
    QSignalSpy notified(m_window.get(), &MainWindow::notified);
    m_window->requestAction(UserAction::Enable);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    other.activateWindow();
    QVERIFY(notified.wait(taskMs));
    QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("1 succeeded")));
    // No system tray offscreen: the message waits in the window.
    auto *notice = m_window->findChild<ErrorBanner *>(QStringLiteral("noticeBanner"));
    QVERIFY(notice->isVisibleTo(m_window.get()));
    QCOMPARE(notice->level(), ErrorBanner::Level::Info);
    QCOMPARE(notice->details(),
        notified.first().at(0).toString() + QStringLiteral(": ")
            + notified.first().at(1).toString());
}

void TestMainWindow::modelsPassModelTester()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester tasks(m_window->taskModel(), Mode::QtTest);
    QVERIFY(waitForRows());
    const int source = findSourceRow(UserRecord::State::Enabled);
    selectSourceRow(source);
    m_window->requestAction(UserAction::Disable);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    TaskListModel *model = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() == 1 && isFinalState(model->actionAt(0).state), taskMs);
}

void TestMainWindow::cancelBatchCancelsUnsentActions()
{
    QVERIFY(waitForRows());
    // Slow sends: most of the batch is still queued when it is cancelled.
    setFaults(QStringLiteral("slow=1500,method=POST,path=/v3/accounts/*/disable"));
    QTableView *view = m_window->userView();
    view->setFocus();
    int picked = 0;
    UserTableModel *users = m_window->userModel();
    for (int row = 0; row < users->rowCount() && picked < 12; ++row) {
        if (users->userAt(row).state != UserRecord::State::Enabled)
            continue;
        view->selectionModel()->select(
            m_window->filterModel()->index(m_window->filterModel()->proxyRow(row), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ++picked;
    }
    QCOMPARE(picked, 12);
    m_window->requestAction(UserAction::Disable);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    TaskListModel *tasks = m_window->taskModel();
    QCOMPARE(tasks->rowCount(), 12);
    TaskMonitorPane *monitor = m_window->taskMonitor();
    auto *cancel = monitor->findChild<QToolButton *>(QStringLiteral("cancelBatchButton"));
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
    cancel->click();
    // What was not sent is cancelled; what was sent is followed to its end.
    QTRY_VERIFY_WITH_TIMEOUT(
        [tasks]() {
            for (int row = 0; row < tasks->rowCount(); ++row) {
                if (!isFinalState(tasks->actionAt(row).state))
                    return false;
            }
            return true;
        }(),
        taskMs);
    int cancelled = 0;
    for (int row = 0; row < tasks->rowCount(); ++row)
        cancelled += tasks->actionAt(row).state == ActionState::Cancelled;
    QVERIFY2(cancelled >= 4, qPrintable(QString::number(cancelled)));
    QVERIFY(cancelled < 12);
    QVERIFY(m_window->findChild<ErrorBanner *>(QStringLiteral("monitorBanner"))->isVisible());
    // Cancelled users are not pending any more and kept their state.
    for (int row = 0; row < tasks->rowCount(); ++row) {
        const ActionRecord &action = tasks->actionAt(row);
        if (action.state != ActionState::Cancelled)
            continue;
        const int source = users->rowOfId(action.userId);
        QVERIFY(!users->index(source, 0).data(UserTableModel::PendingRole).toBool());
        QCOMPARE(users->userAt(source).state, UserRecord::State::Enabled);
    }
}

void TestMainWindow::pendingRowsStayPendingAcrossProfileSwitch()
{
    QVERIFY(waitForRows());
    // Sends take a while: the action is still open when the operator comes back.
    setFaults(QStringLiteral("slow=3000,method=POST,path=/v3/accounts/*/disable"));
    const int source = findSourceRow(UserRecord::State::Enabled);
    const QString id = m_window->userModel()->userAt(source).id;
    selectSourceRow(source);
    m_window->requestAction(UserAction::Disable);
    ConfirmActionDialog *dialog = waitForConfirmation();
    QVERIFY(dialog);
    dialog->accept();
    switchTo(QStringLiteral("Sandbox Huawei Cloud"));
    QVERIFY(waitForRows());
    switchTo(QStringLiteral("Sandbox SailPoint"));
    QVERIFY(waitForRows());
    UserTableModel *users = m_window->userModel();
    QVERIFY(users->rowOfId(id) >= 0);
    QVERIFY(users->index(users->rowOfId(id), 0).data(UserTableModel::PendingRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(
        users->userAt(users->rowOfId(id)).state, UserRecord::State::Disabled, taskMs);
    QVERIFY(!users->index(users->rowOfId(id), 0).data(UserTableModel::PendingRole).toBool());
}

void TestMainWindow::rateLimitWaitsShowInStatusBar()
{
    QVERIFY(waitForRows());
    Profile profile = m_window->currentProfile();
    profile.rateLimit = RateLimit{1, 2}; // one request per 2 s
    QVERIFY(m_store->update(profile).ok());
    QVERIFY(waitForRows());
    auto *rate = m_window->findChild<QLabel *>(QStringLiteral("statusRateLimit"));
    QVERIFY(!rate->isVisible());
    m_window->findChild<QAction *>(QStringLiteral("loadAllAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(rate->isVisible(), pageMs);
    QVERIFY2(rate->text().contains(QStringLiteral("Rate limit")), qPrintable(rate->text()));
    m_window->findChild<QAction *>(QStringLiteral("stopLoadingAction"))->trigger();
}

void TestMainWindow::controlsHaveAccessibleNamesAndTabOrder()
{
    QVERIFY(waitForRows());
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        if (!input || widget->accessibleName().isEmpty() == false)
            continue;
        // Inner widgets of a combo box or a view are named through their owner.
        bool inner = false;
        for (QWidget *up = widget->parentWidget(); up && !inner; up = up->parentWidget())
            inner = qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractItemView *>(up)
                || QByteArray(up->metaObject()->className()).startsWith("QComboBox");
        if (inner)
            continue;
        if (widget->objectName() == QLatin1String("qt_spinbox_lineedit"))
            continue;
        QFAIL(qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                             .arg(widget->objectName(),
                                 QString::fromLatin1(widget->metaObject()->className()))));
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(m_window.get()))
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty()
                    || !button->toolTip().isEmpty()
                    || button->objectName().startsWith(QLatin1String("qt_")),
                qPrintable(button->objectName() + QLatin1Char(' ')
                    + QString::fromLatin1(button->metaObject()->className()) + QLatin1Char(' ')
                    + button->parentWidget()->objectName()));
    }
    // Tab goes from the profile switcher to the search field, on to the table.
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    combo->setFocus();
    QCOMPARE(
        combo->nextInFocusChain(), m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit")));
    QWidget *stateFilter = m_window->findChild<QComboBox *>(QStringLiteral("stateFilterCombo"));
    QCOMPARE(stateFilter->nextInFocusChain(), m_window->userView());
}

void TestMainWindow::aboutDialogShowsVersion()
{
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()));
    QVERIFY(about->versionText().contains(QStringLiteral(GATEHOUSE_VERSION)));
    about->close();
}

void TestMainWindow::appearanceSwitchesPalette()
{
    Appearance appearance;
    appearance.setScheme(Appearance::Scheme::Dark);
    QVERIFY(appearance.isDark());
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(
        QSettings().value(QStringLiteral("ui/colorScheme")).toString(), QStringLiteral("dark"));
    appearance.setScheme(Appearance::Scheme::Light);
    QVERIFY(!appearance.isDark());
    appearance.setScheme(Appearance::Scheme::System);
    Appearance restored;
    restored.restore();
    QCOMPARE(restored.scheme(), Appearance::Scheme::System);
}

void TestMainWindow::toolbarShowsActionTextsWithoutMnemonics()
{
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    const auto button = [bar](QAction *action) {
        return qobject_cast<QToolButton *>(bar->widgetForAction(action));
    };
    auto *disable = m_window->findChild<QAction *>(QStringLiteral("disableAction"));
    const QString key = disable->shortcut().toString(QKeySequence::NativeText);
    QCOMPARE(button(disable)->text(), QStringLiteral("Disable"));
    QCOMPARE(button(disable)->toolTip(), QStringLiteral("Disable (%1)").arg(key));

    // Chinese marks the mnemonic in brackets after the text: the menu shows "禁用(D)" with
    // the D underlined, the toolbar neither the bracket nor the letter.
    disable->setText(QStringLiteral("禁用(&D)"));
    QCOMPARE(button(disable)->text(), QStringLiteral("禁用"));
    QCOMPARE(button(disable)->toolTip(), QStringLiteral("禁用 (%1)").arg(key));
    QCOMPARE(disable->text(), QStringLiteral("禁用(&D)"));

    auto *profiles = m_window->findChild<QAction *>(QStringLiteral("manageProfilesAction"));
    profiles->setText(QStringLiteral("管理配置文件(&M)…"));
    QCOMPARE(button(profiles)->text(), QStringLiteral("管理配置文件…"));
    auto *monitor = m_window->findChild<QAction *>(QStringLiteral("showMonitorAction"));
    monitor->setText(QStringLiteral("任务监视器(&T)"));
    QCOMPARE(button(monitor)->text(), QStringLiteral("任务监视器"));
    // Load All has a tooltip of its own, which stays.
    auto *loadAll = m_window->findChild<QAction *>(QStringLiteral("loadAllAction"));
    const QString loadAllTip = loadAll->toolTip();
    loadAll->setText(QStringLiteral("全部加载(&L)"));
    QCOMPARE(button(loadAll)->text(), QStringLiteral("全部加载"));
    QCOMPARE(button(loadAll)->toolTip(), loadAllTip);
    // The status bar's stop button shows only an icon: its tooltip is the text.
    m_window->findChild<QAction *>(QStringLiteral("stopLoadingAction"))
        ->setText(QStringLiteral("停止加载(&S)"));
    QCOMPARE(m_window->findChild<QToolButton *>(QStringLiteral("stopLoadingButton"))->toolTip(),
        QStringLiteral("停止加载"));
}

void TestMainWindow::summariesUseTheTranslationsPunctuation()
{
    BatchSummary summary;
    summary.total = 4;
    summary.succeeded = 2;
    summary.failed = 1;
    summary.pending = 1;
    QCOMPARE(TaskMonitorPane::countsText(summary),
        QStringLiteral("1 in progress, 2 succeeded, 1 failed"));

    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral("gatehouse_zh_CN"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const QString translated = TaskMonitorPane::countsText(summary);
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(translated, QStringLiteral("1 项进行中，2 项成功，1 项失败"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
