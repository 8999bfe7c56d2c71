// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include <algorithm>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/logging.h"
#include "gui/providersessions.h"
#include "models/profilelistmodel.h"
#include "models/tasklistmodel.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "profiles/profilestore.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "ui/aboutdialog.h"
#include "ui/actiontexts.h"
#include "ui/appearance.h"
#include "ui/confirmactiondialog.h"
#include "ui/errorbanner.h"
#include "ui/profilesdialog.h"
#include "ui/taskmonitorpane.h"
#include "ui/uiicons.h"
#include "ui/uistyle.h"
#include "ui/userdetailpane.h"
#include "ui/usertableview.h"

namespace Gatehouse {

namespace {

const QString geometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString stateKey = QStringLiteral("ui/mainWindow/state");
constexpr int detailDelayMs = 150;

// A label for a provider's search field name.
QString searchFieldLabel(const QString &field)
{
    if (field.isEmpty())
        return MainWindow::tr("Any name");
    if (field == QLatin1String("name"))
        return MainWindow::tr("Account name");
    if (field == QLatin1String("nativeIdentity"))
        return MainWindow::tr("Native identity");
    if (field == QLatin1String("identity.name"))
        return MainWindow::tr("Identity name");
    if (field == QLatin1String("id"))
        return MainWindow::tr("Account id");
    if (field == QLatin1String("identityId"))
        return MainWindow::tr("Identity id");
    if (field == QLatin1String("sourceId"))
        return MainWindow::tr("Source id");
    if (field == QLatin1String("user_name") || field == QLatin1String("username"))
        return MainWindow::tr("User name");
    if (field == QLatin1String("email"))
        return MainWindow::tr("E-mail");
    return field;
}

// A CSV cell: quoted when needed; a leading formula character is neutralised so that a
// directory value cannot run as a spreadsheet formula.
QString csvCell(QString value)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStart.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString userLabel(const UserRecord &user)
{
    if (user.displayName.isEmpty())
        return user.login.isEmpty() ? user.id : user.login;
    if (user.login.isEmpty() || user.login == user.displayName)
        return user.displayName;
    //: A user in lists: "Jane Doe (jdoe)"
    return MainWindow::tr("%1 (%2)").arg(user.displayName, user.login);
}

} // namespace

MainWindow::MainWindow(const UiServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gatehouse"));
    setUnifiedTitleAndToolBarOnMac(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    resize(1280, 800);

    createModels();
    createActions();
    createCentral();
    createDocks();
    createToolBar();
    createStatusBar();
    createMenus();
    connectServices();
    restoreWindowState();

    // Tab order: switcher, search, table, details, monitor.
    setTabOrder(m_profileCombo, m_searchEdit);
    setTabOrder(m_searchEdit, m_searchField);
    setTabOrder(m_searchField, m_stateFilter);
    setTabOrder(m_stateFilter, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_monitor);

    std::optional<Profile> last =
        m_services.profiles ? m_services.profiles->lastUsedProfile() : std::nullopt;
    QUuid first = last ? last->id : m_profileModel->idAt(0);
    if (!first.isNull())
        selectProfile(first);
    else
        setConnection(Connection::NoProfile);
    updateActions();
    updateLoadStatus();
    updateEmptyState();
}

MainWindow::~MainWindow()
{
    // The children outlive this class's part of the object: nothing they emit while they go
    // (a model reset, for one) may reach MainWindow's slots.
    for (QObject *model : {static_cast<QObject *>(m_users), static_cast<QObject *>(m_proxy),
             static_cast<QObject *>(m_tasks), static_cast<QObject *>(m_profileModel)})
        model->disconnect(this);
    if (QItemSelectionModel *selection = m_table->selectionModel())
        selection->disconnect(this);
    // The model must not call into a provider the sessions delete after us.
    m_users->setSource(nullptr, UserQuery());
}

void MainWindow::createModels()
{
    m_profileModel = new ProfileListModel(m_services.profiles, this);
    m_users = new UserTableModel(this);
    m_users->setStateIconProvider(&UiIcons::userState);
    m_proxy = new UserFilterProxyModel(this);
    m_proxy->setSourceModel(m_users);
    m_tasks = new TaskListModel(this);
    m_tasks->setStateIconProvider(&UiIcons::actionState);
    if (m_services.journal) {
        const ApiError error = m_tasks->setJournal(m_services.journal);
        if (error.isError())
            qCWarning(lcUi) << "task monitor:" << error.summary();
    }
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QIcon &icon, const QKeySequence &key,
                          const char *name) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        ActionTexts::follow(action);
        addAction(action);
        return action;
    };
    m_manageProfilesAction = make(tr("&Manage Profiles…"), UiIcons::icon(Icon::Profiles),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "manageProfilesAction");
    m_findAction = make(tr("&Find"), UiIcons::icon(Icon::Search), QKeySequence::Find, "findAction");
    m_refreshAction =
        make(tr("&Refresh"), UiIcons::icon(Icon::Refresh), QKeySequence::Refresh, "refreshAction");
    m_loadAllAction = make(tr("&Load All"), UiIcons::icon(Icon::Filter),
        QKeySequence(Qt::CTRL | Qt::Key_L), "loadAllAction");
    m_loadAllAction->setToolTip(tr("Load every page of the current list (Ctrl+L)"));
    m_stopAction =
        make(tr("&Stop Loading"), UiIcons::icon(Icon::Cancel), QKeySequence(), "stopLoadingAction");
    m_disableAction = make(tr("&Disable"), UiIcons::icon(Icon::Disable),
        QKeySequence(Qt::CTRL | Qt::Key_D), "disableAction");
    m_enableAction = make(tr("&Enable"), UiIcons::icon(Icon::Enable),
        QKeySequence(Qt::CTRL | Qt::Key_E), "enableAction");
    m_unlockAction = make(tr("&Unlock"), UiIcons::icon(Icon::Unlock),
        QKeySequence(Qt::CTRL | Qt::Key_U), "unlockAction");
    m_copyIdAction = make(tr("&Copy Id"), UiIcons::icon(Icon::Copy),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), "copyIdAction");
    m_exportAction = make(tr("&Export Visible Rows…"), UiIcons::icon(Icon::ExportCsv),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "exportAction");
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setToolTip(
        tr("Export the rows shown, as filtered and sorted, to CSV (Ctrl+Shift+E)"));
    m_aboutAction =
        make(tr("&About Gatehouse"), UiIcons::icon(Icon::About), QKeySequence(), "aboutAction");
    m_quitAction = make(tr("&Quit"), QIcon(), QKeySequence::Quit, "quitAction");
    m_escapeAction = make(QString(), QIcon(), QKeySequence(Qt::Key_Escape), "escapeAction");

    connect(m_manageProfilesAction, &QAction::triggered, this, &MainWindow::showProfilesDialog);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_loadAllAction, &QAction::triggered, this, &MainWindow::loadAll);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::cancelLoading);
    connect(m_disableAction, &QAction::triggered, this,
        [this]() { requestAction(UserAction::Disable); });
    connect(
        m_enableAction, &QAction::triggered, this, [this]() { requestAction(UserAction::Enable); });
    connect(
        m_unlockAction, &QAction::triggered, this, [this]() { requestAction(UserAction::Unlock); });
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_escapeAction, &QAction::triggered, this, &MainWindow::onEscape);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));

    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("The profile (tenant) to work on"));
    m_profileCombo->setModel(m_profileModel);
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (!m_switching)
            openProfile(m_profileModel->idAt(row));
    });
    auto *profileLabel = new QLabel(tr("&Profile:"), bar);
    profileLabel->setBuddy(m_profileCombo);
    profileLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(profileLabel);
    bar->addWidget(m_profileCombo);
    bar->addAction(m_manageProfilesAction);
    bar->addSeparator();

    bar->addSeparator();
    bar->addAction(m_disableAction);
    bar->addAction(m_enableAction);
    bar->addAction(m_unlockAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_loadAllAction);
    bar->addAction(m_exportAction);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_monitorAction);
}

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *searchBar = new QWidget(central);
    searchBar->setObjectName(QStringLiteral("searchBar"));
    auto *searchLayout = new QHBoxLayout(searchBar);
    searchLayout->setContentsMargins(8, 6, 8, 6);
    searchLayout->setSpacing(6);
    m_searchEdit = new QLineEdit(searchBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    QAction *searchIcon =
        m_searchEdit->addAction(UiIcons::icon(Icon::Search), QLineEdit::LeadingPosition);
    searchIcon->setText(tr("Search the provider"));
    connect(
        searchIcon, &QAction::triggered, this, [this]() { searchProvider(m_searchEdit->text()); });
    m_searchEdit->setToolTip(tr("Typing filters the loaded users at once; Enter searches the "
                                "provider (Ctrl+F)"));
    m_searchEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateLoadStatus();
        updateEmptyState();
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this,
        [this]() { searchProvider(m_searchEdit->text()); });
    searchLayout->addWidget(m_searchEdit, 1);

    m_searchField = new QComboBox(searchBar);
    m_searchField->setObjectName(QStringLiteral("searchFieldCombo"));
    m_searchField->setAccessibleName(tr("Search the provider by"));
    m_searchField->setToolTip(tr("What Enter searches at the provider"));
    searchLayout->addWidget(m_searchField);

    m_stateFilter = new QComboBox(searchBar);
    m_stateFilter->setObjectName(QStringLiteral("stateFilterCombo"));
    m_stateFilter->setAccessibleName(tr("Show users by state"));
    m_stateFilter->addItem(tr("All states"), int(UserFilterProxyModel::StateFilter::Any));
    m_stateFilter->addItem(UiIcons::icon(Icon::StateEnabled), tr("Enabled"),
        int(UserFilterProxyModel::StateFilter::Enabled));
    m_stateFilter->addItem(UiIcons::icon(Icon::StateDisabled), tr("Disabled"),
        int(UserFilterProxyModel::StateFilter::Disabled));
    m_stateFilter->addItem(UiIcons::icon(Icon::StateLocked), tr("Locked"),
        int(UserFilterProxyModel::StateFilter::Locked));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setStateFilter(
            UserFilterProxyModel::StateFilter(m_stateFilter->currentData().toInt()));
        updateLoadStatus();
        updateEmptyState();
    });
    searchLayout->addWidget(m_stateFilter);

    m_notice = new ErrorBanner(central);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));
    m_banner = new ErrorBanner(central);
    m_banner->setObjectName(QStringLiteral("listBanner"));
    connect(m_banner, &ErrorBanner::retryRequested, this, [this]() {
        if (m_connection == Connection::Failed)
            openProfile(m_profileId, true);
        else
            m_users->retry();
    });

    m_queryBar = new QWidget(central);
    m_queryBar->setObjectName(QStringLiteral("queryBar"));
    m_queryLabel = new QLabel(m_queryBar);
    m_queryLabel->setObjectName(QStringLiteral("queryLabel"));
    auto *showAll = new QToolButton(m_queryBar);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    showAll->setText(tr("Show all users"));
    showAll->setAccessibleName(tr("Leave the provider search"));
    showAll->setAutoRaise(true);
    showAll->setIcon(UiIcons::icon(Icon::Cancel));
    showAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(showAll, &QToolButton::clicked, this, &MainWindow::clearProviderSearch);
    auto *queryLayout = new QHBoxLayout(m_queryBar);
    queryLayout->setContentsMargins(10, 4, 6, 4);
    queryLayout->addWidget(m_queryLabel, 1);
    queryLayout->addWidget(showAll);
    m_queryBar->hide();

    m_table = new UserTableView(central);
    m_table->setModel(m_proxy);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->addAction(m_disableAction);
    m_table->addAction(m_enableAction);
    m_table->addAction(m_unlockAction);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_copyIdAction);
    m_table->addAction(m_refreshAction);
    connect(
        m_table, &UserTableView::emptyStateButtonClicked, this, &MainWindow::showProfilesDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onSelectionChanged);
    // A reset clears the selection without selectionChanged.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this]() {
        if (m_detailDock)
            m_detailDock->show();
    });

    layout->addWidget(searchBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_banner);
    layout->addWidget(m_queryBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_monitorTitleTimer = new QTimer(this);
    m_monitorTitleTimer->setSingleShot(true);
    m_monitorTitleTimer->setInterval(200);
    connect(m_monitorTitleTimer, &QTimer::timeout, this, &MainWindow::updateMonitorTitle);

    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(detailDelayMs);
    connect(m_detailTimer, &QTimer::timeout, this, &MainWindow::showDetail);
}

void MainWindow::createDocks()
{
    m_detail = new UserDetailPane(m_services.journal, this);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
        | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);

    m_monitor = new TaskMonitorPane(m_tasks, m_services.runner, m_services.journal, this);
    m_monitorDock = new QDockWidget(tr("Task Monitor"), this);
    m_monitorDock->setObjectName(QStringLiteral("taskMonitorDock"));
    m_monitorDock->setWidget(m_monitor);
    addDockWidget(Qt::BottomDockWidgetArea, m_monitorDock);
    resizeDocks({m_detailDock}, {380}, Qt::Horizontal);

    // Own actions rather than the docks' toggle actions: those take the dock's title, which
    // counts the actions in progress.
    const auto dockAction = [this](QDockWidget *dock, const QString &text, const QIcon &icon,
                                const QKeySequence &key, const char *name) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(key);
        ActionTexts::follow(action);
        connect(action, &QAction::triggered, dock, &QDockWidget::setVisible);
        connect(dock->toggleViewAction(), &QAction::toggled, action, &QAction::setChecked);
        addAction(action);
        return action;
    };
    m_detailsAction = dockAction(m_detailDock, tr("&Details"), QIcon(),
        QKeySequence(Qt::CTRL | Qt::Key_I), "showDetailsAction");
    m_monitorAction = dockAction(m_monitorDock, tr("&Task Monitor"),
        UiIcons::icon(Icon::TaskMonitor), QKeySequence(Qt::CTRL | Qt::Key_T), "showMonitorAction");
    resizeDocks({m_monitorDock}, {220}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_statusProfile = new QLabel(bar);
    m_statusProfile->setObjectName(QStringLiteral("statusProfile"));
    m_statusConnection = new QLabel(bar);
    m_statusConnection->setObjectName(QStringLiteral("statusConnection"));
    m_statusConnection->setAccessibleName(tr("Connection state"));
    m_statusRate = new QLabel(bar);
    m_statusRate->setObjectName(QStringLiteral("statusRateLimit"));
    m_statusRate->setAccessibleName(tr("Rate limit"));
    m_statusRate->hide();
    m_loadProgress = new QProgressBar(bar);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setAccessibleName(tr("Loading progress"));
    m_loadProgress->setMaximumWidth(160);
    m_loadProgress->setMaximumHeight(fontMetrics().height());
    m_loadProgress->setTextVisible(false);
    m_loadProgress->hide();
    m_stopLoading = new QToolButton(bar);
    m_stopLoading->setObjectName(QStringLiteral("stopLoadingButton"));
    m_stopLoading->setDefaultAction(m_stopAction);
    m_stopLoading->setAutoRaise(true);
    m_stopLoading->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_stopLoading->hide();
    m_statusLoaded = new QLabel(bar);
    m_statusLoaded->setObjectName(QStringLiteral("statusLoaded"));
    m_statusLoaded->setAccessibleName(tr("Users loaded"));

    m_statusMessage = new QLabel(bar);
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_statusMessage->setContentsMargins(12, 0, 0, 0);
    m_statusMessageTimer = new QTimer(this);
    m_statusMessageTimer->setSingleShot(true);
    connect(m_statusMessageTimer, &QTimer::timeout, m_statusMessage, &QLabel::clear);

    bar->addWidget(m_statusProfile);
    bar->addWidget(m_statusConnection);
    bar->addWidget(m_statusRate);
    bar->addWidget(m_statusMessage, 1);
    bar->addPermanentWidget(m_loadProgress);
    bar->addPermanentWidget(m_stopLoading);
    bar->addPermanentWidget(m_statusLoaded);

    m_rateTimer = new QTimer(this);
    m_rateTimer->setSingleShot(true);
    connect(m_rateTimer, &QTimer::timeout, m_statusRate, &QLabel::hide);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_manageProfilesAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *users = menuBar()->addMenu(tr("&Users"));
    users->addAction(m_findAction);
    users->addAction(m_refreshAction);
    users->addAction(m_loadAllAction);
    users->addAction(m_stopAction);
    users->addSeparator();
    users->addAction(m_disableAction);
    users->addAction(m_enableAction);
    users->addAction(m_unlockAction);
    users->addSeparator();
    users->addAction(m_copyIdAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_detailsAction);
    view->addAction(m_monitorAction);
    QMenu *columns = view->addMenu(UiIcons::icon(Icon::Columns), tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns]() {
        columns->clear();
        const QList<QAction *> actions = m_table->columnActions();
        for (int column = 0; column < actions.size(); ++column) {
            const QSignalBlocker blocker(actions.at(column));
            actions.at(column)->setChecked(!m_table->horizontalHeader()->isSectionHidden(column));
            columns->addAction(actions.at(column));
        }
        columns->addSeparator();
        columns->addAction(tr("Reset Columns"), m_table, &UserTableView::resetLayout);
    });
    if (m_services.appearance) {
        QMenu *appearance = view->addMenu(tr("&Appearance"));
        auto *group = new QActionGroup(appearance);
        const std::pair<Appearance::Scheme, QString> schemes[] = {
            {Appearance::Scheme::System, tr("Follow the &System")},
            {Appearance::Scheme::Light, tr("&Light")},
            {Appearance::Scheme::Dark, tr("&Dark")},
        };
        for (const auto &[scheme, text] : schemes) {
            QAction *choice = appearance->addAction(text);
            choice->setCheckable(true);
            choice->setChecked(m_services.appearance->scheme() == scheme);
            group->addAction(choice);
            const Appearance::Scheme picked = scheme;
            connect(choice, &QAction::triggered, this,
                [this, picked]() { m_services.appearance->setScheme(picked); });
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::connectServices()
{
    if (m_services.profiles)
        connect(m_services.profiles, &ProfileStore::profilesChanged, this,
            &MainWindow::onProfilesChanged);
    if (m_services.sessions) {
        connect(m_services.sessions, &ProviderSessions::providerClosing, this,
            [this](const QUuid &id) { onProviderClosing(id); });
        connect(m_services.sessions, &ProviderSessions::rateLimitWait, this,
            &MainWindow::onRateLimitWait);
        connect(m_services.sessions, &ProviderSessions::actionsResumed, this,
            [this](const QUuid &, int count) {
                showStatus(
                    (count == 1 ? tr("An unfinished action from an earlier run was resumed.")
                                : tr("%n unfinished actions from an earlier run were resumed.",
                                    nullptr, count)),
                    8000);
                m_monitorDock->show();
            });
    }
    if (m_services.runner) {
        connect(
            m_services.runner, &ActionRunner::actionChanged, this, &MainWindow::onActionChanged);
        connect(m_services.runner, &ActionRunner::userStateConfirmed, this,
            &MainWindow::onUserStateConfirmed);
        connect(
            m_services.runner, &ActionRunner::batchFinished, this, &MainWindow::onBatchFinished);
    }
    connect(m_users, &UserTableModel::loadingChanged, this, [this]() {
        updateLoadStatus();
        updateEmptyState();
        updateActions();
    });
    connect(m_users, &UserTableModel::progress, this, &MainWindow::updateLoadStatus);
    connect(m_users, &UserTableModel::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_users, &UserTableModel::pageLoadFailed, this, &MainWindow::onPageLoadFailed);
    connect(m_proxy, &UserFilterProxyModel::shownRowsChanged, this, [this]() {
        updateLoadStatus();
        updateEmptyState();
    });
    connect(m_profileModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_tasks, signal, m_monitorTitleTimer, qOverload<>(&QTimer::start));
    connect(m_tasks, &QAbstractItemModel::dataChanged, m_monitorTitleTimer,
        qOverload<>(&QTimer::start));
    connect(
        m_tasks, &QAbstractItemModel::modelReset, m_monitorTitleTimer, qOverload<>(&QTimer::start));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

QString MainWindow::layoutKey() const
{
    return m_provider ? providerKindName(m_provider->kind()) : QString();
}

void MainWindow::saveTableLayout()
{
    if (!m_layoutKey.isEmpty())
        m_table->saveLayout(m_layoutKey);
}

void MainWindow::selectProfile(const QUuid &id)
{
    const int row = m_profileModel->rowOf(id);
    if (row < 0)
        return;
    m_switching = true;
    m_profileCombo->setCurrentIndex(row);
    m_switching = false;
    openProfile(id);
}

void MainWindow::openProfile(const QUuid &id, bool force)
{
    if (id == m_profileId && !force && (m_provider || m_connection == Connection::Connecting))
        return;
    saveTableLayout();
    m_detailTimer->stop();
    m_detail->clear();
    m_banner->dismiss();
    m_users->setSource(nullptr, UserQuery());
    m_provider = nullptr;
    m_capabilities = ProviderCapabilities();
    m_queryBar->hide();
    m_profileId = id;
    const std::optional<Profile> profile =
        m_services.profiles ? m_services.profiles->profile(id) : std::nullopt;
    if (!profile) {
        m_profileId = QUuid();
        m_profile = Profile();
        setConnection(Connection::NoProfile);
        updateActions();
        updateEmptyState();
        return;
    }
    m_profile = *profile;
    m_services.profiles->setLastUsedProfile(id);
    const int row = m_profileModel->rowOf(id);
    if (row != m_profileCombo->currentIndex()) {
        m_switching = true;
        m_profileCombo->setCurrentIndex(row);
        m_switching = false;
    }
    //: Window title: "Acme tenant – Gatehouse"
    setWindowTitle(m_services.sandbox ? tr("%1 – Gatehouse (sandbox)").arg(m_profile.name)
                                      : tr("%1 – Gatehouse").arg(m_profile.name));
    m_statusProfile->setText(
        tr("%1 · %2").arg(m_profile.name, providerKindTitle(m_profile.provider)));
    setConnection(Connection::Connecting);
    configureSearch();
    updateActions();
    updateEmptyState();
    if (!m_services.sessions) {
        onProviderOpened(
            id, ApiError(ApiError::Kind::Config, tr("No provider sessions are available.")));
        return;
    }
    m_services.sessions->open(id, this, [this, id](const Result<IdentityProvider *> &result) {
        if (id == m_profileId)
            onProviderOpened(id, result);
    });
}

void MainWindow::onProviderOpened(const QUuid &id, const Result<IdentityProvider *> &result)
{
    if (!result) {
        setConnection(Connection::Failed, result.error().message());
        m_banner->showError(
            tr("Could not open the profile “%1”").arg(m_profile.name), result.error(), true);
        updateActions();
        updateEmptyState();
        emit profileOpened(id, result.error());
        return;
    }
    m_provider = result.value();
    m_capabilities = m_provider->capabilities();
    configureSearch();
    const QString key = layoutKey();
    if (key != m_layoutKey) {
        m_table->restoreLayout(key);
        m_layoutKey = key;
    }
    setConnection(m_capabilities.canBrowse ? Connection::Connecting : Connection::Connected);
    UserQuery query;
    query.wantTotal = m_capabilities.reportsTotal;
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    m_users->setSource(m_provider, query);
    if (column >= 0)
        m_proxy->sort(column, m_table->horizontalHeader()->sortIndicatorOrder());
    updateActions();
    updateLoadStatus();
    updateEmptyState();
    emit profileOpened(id, ApiError());
}

void MainWindow::onProviderClosing(const QUuid &id)
{
    if (id != m_profileId)
        return;
    // The profile was edited: drop the old provider at once, open the new one later.
    m_users->setSource(nullptr, UserQuery());
    m_provider = nullptr;
    m_detail->clear();
    QTimer::singleShot(0, this, [this, id]() {
        if (id == m_profileId)
            openProfile(id, true);
    });
}

void MainWindow::onProfilesChanged()
{
    if (m_profileId.isNull()) {
        if (m_profileModel->rowCount() > 0)
            selectProfile(m_profileModel->idAt(0));
        updateEmptyState();
        return;
    }
    const std::optional<Profile> now = m_services.profiles->profile(m_profileId);
    if (!now) {
        // The current profile was deleted.
        m_profileId = QUuid();
        m_provider = nullptr;
        m_users->setSource(nullptr, UserQuery());
        const QUuid next = m_profileModel->idAt(0);
        if (next.isNull()) {
            m_profile = Profile();
            setConnection(Connection::NoProfile);
            setWindowTitle(tr("Gatehouse"));
            m_statusProfile->clear();
            updateActions();
            updateEmptyState();
        } else {
            selectProfile(next);
        }
        return;
    }
    // Renamed or switched read-only: the provider sessions reopen it when needed.
    m_profile = *now;
    m_statusProfile->setText(
        tr("%1 · %2").arg(m_profile.name, providerKindTitle(m_profile.provider)));
    updateActions();
}

void MainWindow::configureSearch()
{
    const QString hint = m_capabilities.searchHint.isEmpty()
        ? tr("Filter the loaded users; Enter searches the provider")
        : m_capabilities.searchHint;
    m_searchEdit->setPlaceholderText(hint);
    m_searchField->clear();
    for (const QString &field : std::as_const(m_capabilities.searchFields))
        m_searchField->addItem(searchFieldLabel(field), field);
    m_searchField->setVisible(m_capabilities.searchFields.size() > 1);
}

void MainWindow::setConnection(Connection connection, const QString &detail)
{
    m_connection = connection;
    m_connectionDetail = detail;
    const QPalette &pal = palette();
    QString text;
    QColor color = pal.color(QPalette::WindowText);
    switch (connection) {
    case Connection::NoProfile:
        text = tr("No profile");
        color = UiStyle::mutedText(pal);
        break;
    case Connection::Connecting:
        text = tr("Connecting…");
        color = UiStyle::mutedText(pal);
        break;
    case Connection::Connected:
        text = tr("Connected");
        color = UiStyle::successColor(pal);
        break;
    case Connection::Failed:
        text = tr("Not connected");
        color = UiStyle::errorColor(pal);
        break;
    }
    // The state after a dot in its colour.
    m_statusConnection->setText(
        UiStyle::coloured(QStringLiteral("● "), color) + text.toHtmlEscaped());
    m_statusConnection->setToolTip(detail);
}

void MainWindow::refresh()
{
    if (m_connection == Connection::Failed || (!m_provider && !m_profileId.isNull())) {
        openProfile(m_profileId, true);
        return;
    }
    if (!m_provider)
        return;
    m_banner->dismiss();
    m_users->setSource(m_provider, m_users->query());
    updateEmptyState();
}

void MainWindow::loadAll()
{
    m_users->loadAll();
    updateLoadStatus();
}

void MainWindow::cancelLoading()
{
    m_users->cancelLoading();
    updateLoadStatus();
    updateEmptyState();
}

void MainWindow::searchProvider(const QString &rawText)
{
    if (!m_provider)
        return;
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        clearProviderSearch();
        return;
    }
    UserQuery query;
    query.text = text;
    query.field = m_searchField->currentData().toString();
    query.wantTotal = m_capabilities.reportsTotal;
    m_banner->dismiss();
    m_users->setSource(m_provider, query);
    // The text now lives in the provider query; the field filters the results afresh.
    const QSignalBlocker blocker(m_searchEdit);
    m_searchEdit->clear();
    m_proxy->setFilterText(QString());
    //: Shown above the table after Enter: Provider search for “jane” (by E-mail)
    m_queryLabel->setText(m_searchField->count() > 1
            ? tr("Provider search for “%1” (by %2)").arg(text, m_searchField->currentText())
            : tr("Provider search for “%1”").arg(text));
    m_queryBar->show();
    updateLoadStatus();
    updateEmptyState();
}

void MainWindow::clearProviderSearch()
{
    m_queryBar->hide();
    if (!m_provider)
        return;
    UserQuery query;
    query.wantTotal = m_capabilities.reportsTotal;
    m_banner->dismiss();
    m_users->setSource(m_provider, query);
    updateLoadStatus();
    updateEmptyState();
}

void MainWindow::onEscape()
{
    if (m_users->isLoading() || m_users->isLoadingAll()) {
        cancelLoading();
    } else if (!m_searchEdit->text().isEmpty()) {
        m_searchEdit->clear();
    } else if (m_queryBar->isVisible()) {
        clearProviderSearch();
    }
}

std::vector<int> MainWindow::selectedRows() const
{
    // From the selection's ranges: no QModelIndex per row (a million rows may be selected).
    std::vector<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int MainWindow::selectedRowCount() const
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.size() == 1)
        return selection.first().height();
    return int(selectedRows().size());
}

QVector<UserRecord> MainWindow::selectedUsers() const
{
    QVector<UserRecord> users;
    const std::vector<int> rows = selectedRows();
    users.reserve(qsizetype(rows.size()));
    for (const int row : rows) {
        const int source = m_proxy->sourceRow(row);
        if (source >= 0)
            users.append(m_users->userAt(source));
    }
    return users;
}

void MainWindow::onSelectionChanged()
{
    updateActions();
    m_detailTimer->start();
}

void MainWindow::showDetail()
{
    const int count = selectedRowCount();
    if (count != 1) {
        m_detail->clear(count == 0 ? QString() : tr("%n users selected.", nullptr, count));
        return;
    }
    const int source = m_proxy->sourceRow(m_table->selectionModel()->selection().first().top());
    if (source < 0) {
        m_detail->clear();
        return;
    }
    const UserRecord user = m_users->userAt(source);
    if (user.id == m_detail->userId() && m_detail->isReading())
        return;
    m_detail->showUser(m_provider, m_profileId, user);
}

void MainWindow::updateActions()
{
    const bool selection = m_table->selectionModel()->hasSelection();
    const bool canAct = selection && m_provider && m_services.runner && !m_profile.readOnly;
    m_disableAction->setEnabled(canAct);
    m_enableAction->setEnabled(canAct);
    m_unlockAction->setEnabled(canAct && m_capabilities.canUnlock);
    m_unlockAction->setVisible(!m_provider || m_capabilities.canUnlock);
    const QString readOnly = tr("The profile “%1” is read-only.").arg(m_profile.name);
    for (QAction *action : {m_disableAction, m_enableAction, m_unlockAction})
        action->setStatusTip(m_profile.readOnly ? readOnly : QString());
    m_copyIdAction->setEnabled(selection);
    m_refreshAction->setEnabled(!m_profileId.isNull());
    m_loadAllAction->setEnabled(m_provider && m_users->hasMorePages() && !m_users->isLoadingAll());
    m_stopAction->setEnabled(m_users->isLoading() || m_users->isLoadingAll());
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
}

ConfirmActionDialog *MainWindow::confirmation() const
{
    return m_confirmation;
}

void MainWindow::requestAction(UserAction action)
{
    const QVector<UserRecord> users = selectedUsers();
    if (users.isEmpty() || !m_provider || !m_services.runner || m_profile.readOnly)
        return;
    if (action == UserAction::Unlock && !m_capabilities.canUnlock)
        return;
    if (m_confirmation)
        m_confirmation->close();
    QStringList labels;
    labels.reserve(users.size());
    for (const UserRecord &user : users)
        labels.append(userLabel(user));
    auto *dialog = new ConfirmActionDialog(action, m_profile, labels, this);
    dialog->setObjectName(QStringLiteral("confirmActionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid profileId = m_profileId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, users, profileId]() {
        if (profileId == m_profileId)
            submitBatch(action, users, dialog->reason());
    });
    m_confirmation = dialog;
    dialog->open();
}

void MainWindow::submitBatch(
    UserAction action, const QVector<UserRecord> &users, const QString &reason)
{
    BatchRequest request;
    request.profileId = m_profileId;
    request.action = action;
    request.reason = reason;
    request.users.reserve(users.size());
    for (const UserRecord &user : users)
        request.users.append(BatchUser::fromRecord(user));
    const Result<QUuid> batch = m_services.runner->submit(request);
    m_monitorDock->show();
    if (!batch) {
        m_banner->showError(tr("The action was refused"), batch.error());
        return;
    }
    for (const UserRecord &user : users)
        m_users->setPending(user.id, true);
    m_monitor->showBatch(batch.value());
    showStatus((users.size() == 1 ? tr("%1: one user queued.")
                                  : tr("%1: %n users queued.", nullptr, int(users.size())))
                   .arg(TaskListModel::actionTitle(action)),
        5000);
    emit batchSubmitted(batch.value());
}

void MainWindow::onActionChanged(const ActionRecord &action)
{
    if (action.profileId != m_profileId)
        return;
    m_users->setPending(action.userId, !isFinalState(action.state));
    if (action.userId == m_detail->userId())
        m_detail->refreshActions();
}

void MainWindow::onUserStateConfirmed(const UserStateChange &change)
{
    if (change.profileId != m_profileId)
        return;
    const int row = m_users->rowOfId(change.userId);
    if (row < 0)
        return;
    const UserRecord current = m_users->userAt(row);
    const UserRecord::State state =
        change.state == UserRecord::State::Unknown ? current.state : change.state;
    m_users->applyState(change.userId, state, change.locked.value_or(current.locked));
    if (change.userId == m_detail->userId())
        m_detailTimer->start();
}

void MainWindow::onBatchFinished(const QUuid &, const BatchSummary &summary)
{
    const QString text = TaskMonitorPane::countsText(summary);
    showStatus(tr("Batch finished: %1").arg(text), 8000);
    if (!isActiveWindow())
        notify(summary.failed > 0 ? tr("Gatehouse: a batch finished with failures")
                                  : tr("Gatehouse: a batch finished"),
            text);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    // A label of our own: QStatusBar::showMessage() would hide the profile and connection.
    m_statusMessage->setText(text);
    m_statusMessageTimer->start(timeoutMs);
}

void MainWindow::updateMonitorTitle()
{
    int running = 0;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        switch (outcomeBucket(m_tasks->actionAt(row).state)) {
        case OutcomeBucket::Pending:
        case OutcomeBucket::Unknown:
            ++running;
            break;
        default:
            break;
        }
    }
    m_monitorDock->setWindowTitle(running > 0
            //: Dock title while actions run: "Task Monitor – 3 in progress"
            ? tr("Task Monitor – %n in progress", nullptr, running)
            : tr("Task Monitor"));
}

void MainWindow::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(UiIcons::icon(Icon::App), this);
            m_tray->setToolTip(tr("Gatehouse"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    } else {
        //: A notification shown in the window: its title, then its text, as in
        //: "Gatehouse: a batch finished: 3 succeeded"
        m_notice->showMessage(ErrorBanner::Level::Info, tr("%1: %2").arg(title, text));
    }
    QApplication::alert(this);
    emit notified(title, text);
}

void MainWindow::onPageLoaded()
{
    if (m_connection != Connection::Connected)
        setConnection(Connection::Connected);
    // Rows that arrive while an action on them is still open (a batch started before a
    // profile switch, or resumed at start) show as pending too.
    if (m_services.journal) {
        const Result<QSet<QString>> open =
            m_services.journal->usersWithUnfinishedActions(m_profileId);
        if (open) {
            for (const QString &id : open.value())
                m_users->setPending(id, true);
        }
    }
    updateActions();
    updateLoadStatus();
    updateEmptyState();
}

void MainWindow::onPageLoadFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    if (m_users->rowCount() == 0)
        setConnection(Connection::Failed, error.summary());
    m_banner->showError(tr("Loading users failed"), error, true);
    updateActions();
    updateLoadStatus();
    updateEmptyState();
}

void MainWindow::updateLoadStatus()
{
    const qint64 loaded = m_users->rowCount();
    const qint64 total = m_users->totalCount();
    const int shown = m_proxy->rowCount();
    QLocale locale;
    QString text;
    if (total >= 0)
        //: Status bar: "1,000 of 10,000 loaded"
        text = tr("%1 of %2 loaded").arg(locale.toString(loaded), locale.toString(total));
    else if (m_users->hasMorePages() && !m_users->lastError().isError())
        text = tr("%1 loaded, more available").arg(locale.toString(loaded));
    else
        text = tr("%1 loaded").arg(locale.toString(loaded));
    if (shown != loaded)
        //: Status bar, filter active: "1,000 of 10,000 loaded · 12 shown"
        text += tr(" · %1 shown").arg(locale.toString(shown));
    m_statusLoaded->setText(text);

    // Between two pages of "Load all" no request is in flight, but loading goes on.
    const bool loading = m_users->isLoading() || m_users->isLoadingAll();
    m_loadProgress->setVisible(loading);
    m_stopLoading->setVisible(loading && m_users->isLoadingAll());
    if (loading) {
        if (total > 0 && m_users->isLoadingAll()) {
            // QProgressBar is int-based: scale to per mille.
            m_loadProgress->setRange(0, 1000);
            m_loadProgress->setValue(int(qMin<qint64>(1000, loaded * 1000 / total)));
        } else {
            m_loadProgress->setRange(0, 0);
        }
    }
    m_stopAction->setEnabled(loading);
    m_loadAllAction->setEnabled(m_provider && m_users->hasMorePages() && !m_users->isLoadingAll());
    m_exportAction->setEnabled(shown > 0);
}

void MainWindow::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_table->setEmptyState(QIcon(), QString(), QString());
        return;
    }
    if (m_profileModel->rowCount() == 0) {
        m_table->setEmptyState(UiIcons::icon(Icon::Profiles), tr("No profile yet"),
            tr("A profile connects Gatehouse to a SailPoint tenant, a Huawei Cloud identity "
               "store or an RSA SecurID tenant.\nTo try Gatehouse without credentials, start "
               "it with --sandbox."),
            tr("Manage Profiles…"));
        return;
    }
    if (m_connection == Connection::Failed && m_users->rowCount() == 0) {
        m_table->setEmptyState(UiIcons::icon(Icon::StateUnknown),
            m_provider ? tr("Users could not be loaded") : tr("The profile could not be opened"),
            m_connectionDetail, m_provider ? QString() : tr("Manage Profiles…"));
        return;
    }
    if (!m_provider) {
        m_table->setEmptyState(QIcon(), tr("Connecting to %1…").arg(m_profile.name), QString());
        return;
    }
    const QString query = m_users->query().text;
    if (!m_capabilities.canBrowse && query.isEmpty()) {
        m_table->setEmptyState(UiIcons::icon(Icon::Search),
            tr("Search %1").arg(providerKindTitle(m_provider->kind())),
            tr("This provider cannot list all users. Type an e-mail address or a user name in "
               "the search field and press Enter."));
        return;
    }
    if (m_users->isLoading() && m_users->rowCount() == 0) {
        m_table->setEmptyState(QIcon(), tr("Loading users…"), QString());
        return;
    }
    if (m_users->rowCount() > 0) {
        const QString filter = m_proxy->filterText().trimmed();
        m_table->setEmptyState(UiIcons::icon(Icon::Filter),
            filter.isEmpty() ? tr("No loaded user is in this state")
                             : tr("No loaded user matches “%1”").arg(filter),
            filter.isEmpty() ? QString()
                             : tr("Press Enter to search the provider for it instead."));
        return;
    }
    if (!query.isEmpty()) {
        m_table->setEmptyState(UiIcons::icon(Icon::Search),
            tr("No user matches “%1” at the provider").arg(query),
            tr("Check the spelling, or search by another field."));
        return;
    }
    m_table->setEmptyState(QIcon(), tr("No users"), QString());
}

void MainWindow::onRateLimitWait(const QUuid &profileId, int waitMs)
{
    if (profileId != m_profileId)
        return;
    if (waitMs <= 0) {
        m_statusRate->hide();
        m_rateTimer->stop();
        return;
    }
    //: Status bar: requests are held back by the profile's rate limit
    m_statusRate->setText(UiStyle::coloured(
        tr("Rate limit: waiting %1 s").arg(QLocale().toString(waitMs / 1000.0, 'f', 1)),
        UiStyle::warningColor(palette())));
    m_statusRate->show();
    m_rateTimer->start(waitMs + 500);
}

void MainWindow::copySelectedIds()
{
    QStringList ids;
    for (const UserRecord &user : selectedUsers())
        ids.append(user.id);
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::chooseExportFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Export visible rows"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("%1 users.csv").arg(m_profile.name));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<int> written = exportCsv(path);
        if (!written)
            m_banner->showError(tr("Exporting failed"), written.error());
        else
            showStatus(
                (written.value() == 1 ? tr("One user exported to %1")
                                      : tr("%n users exported to %1", nullptr, written.value()))
                    .arg(path),
                8000);
    });
    dialog->open();
}

Result<int> MainWindow::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ApiError(
            ApiError::Kind::Config, tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QHeaderView *header = m_table->horizontalHeader();
    QVector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QByteArray chunk;
    const auto appendLine = [&chunk](const QStringList &cells) {
        chunk += cells.join(QLatin1Char(',')).toUtf8();
        chunk += "\r\n";
    };
    QStringList cells;
    for (const int column : std::as_const(columns))
        cells.append(csvCell(m_proxy->headerData(column, Qt::Horizontal).toString()));
    appendLine(cells);
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        cells.clear();
        for (const int column : std::as_const(columns))
            cells.append(
                csvCell(m_proxy->index(row, column).data(UserTableModel::ExportRole).toString()));
        appendLine(cells);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    if (!file.commit())
        return ApiError(
            ApiError::Kind::Config, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

void MainWindow::showProfilesDialog()
{
    if (m_profilesDialog) {
        m_profilesDialog->raise();
        m_profilesDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfilesDialog(m_services.profiles, m_services.network, this);
    dialog->setObjectName(QStringLiteral("profilesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profileId.isNull())
        dialog->selectProfile(m_profileId);
    m_profilesDialog = dialog;
    dialog->open();
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveTableLayout();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_statusConnection)
        setConnection(m_connection, m_connectionDetail);
}

} // namespace Gatehouse
