// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include "core/result.h"
#include "profiles/profile.h"
#include "providers/identityprovider.h"
#include "ui/uiservices.h"

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace Gatehouse {

struct ActionRecord;
struct BatchSummary;
struct UserStateChange;
class ConfirmActionDialog;
class ErrorBanner;
class ProfileListModel;
class ProfilesDialog;
class TaskListModel;
class TaskMonitorPane;
class UserDetailPane;
class UserFilterProxyModel;
class UserTableModel;
class UserTableView;

// The console: profile switcher, search (Enter asks the provider, typing filters the loaded
// rows), the user table, the detail pane, the task monitor and a status bar with the
// connection, rate-limit waits and how many users are loaded. Actions go through a
// confirmation dialog to the ActionRunner; a row changes state only when the provider
// confirmed it. Failures show where they happened, never as a blocking dialog.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Connection
    {
        NoProfile,
        Connecting,
        Connected,
        Failed
    };

    explicit MainWindow(const UiServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserTableModel *userModel() const { return m_users; }
    UserFilterProxyModel *filterModel() const { return m_proxy; }
    TaskListModel *taskModel() const { return m_tasks; }
    UserTableView *userView() const { return m_table; }
    TaskMonitorPane *taskMonitor() const { return m_monitor; }
    UserDetailPane *detailPane() const { return m_detail; }

    QUuid currentProfileId() const { return m_profileId; }
    const Profile &currentProfile() const { return m_profile; }
    Connection connection() const { return m_connection; }
    IdentityProvider *provider() const { return m_provider; }

    // Switches to a profile (as the profile switcher does).
    void selectProfile(const QUuid &id);
    // What Enter in the search field does: the provider-side search (empty: browse again).
    void searchProvider(const QString &text);
    // Asks for confirmation of the action on the selected users (no-op when not allowed).
    void requestAction(UserAction action);
    // The confirmation dialog on screen, if any.
    ConfirmActionDialog *confirmation() const;
    // Writes the rows the table shows (filter and order as shown, visible columns) as CSV.
    Result<int> exportCsv(const QString &path) const;
    void showProfilesDialog();
    void showAboutDialog();

signals:
    // The profile's provider is open (error kind None) or could not be opened.
    void profileOpened(const QUuid &profileId, const Gatehouse::ApiError &error);
    // A batch was accepted by the runner.
    void batchSubmitted(const QUuid &batchId);
    // A notification was shown (tray or in-window) because the window was in the background.
    void notified(const QString &title, const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createModels();
    void createActions();
    void createToolBar();
    void createCentral();
    void createDocks();
    void createStatusBar();
    void createMenus();
    void connectServices();
    void restoreWindowState();

    void openProfile(const QUuid &id, bool force = false);
    void onProviderOpened(const QUuid &id, const Result<IdentityProvider *> &result);
    void onProviderClosing(const QUuid &id);
    void onProfilesChanged();
    void configureSearch();
    void setConnection(Connection connection, const QString &detail = QString());
    void refresh();
    void loadAll();
    void cancelLoading();
    void clearProviderSearch();
    void onEscape();

    void onSelectionChanged();
    void showDetail();
    void updateActions();
    // Selected rows of the proxy, ascending.
    std::vector<int> selectedRows() const;
    int selectedRowCount() const;
    QVector<UserRecord> selectedUsers() const;
    void copySelectedIds();
    void submitBatch(UserAction action, const QVector<UserRecord> &users, const QString &reason);
    void onActionChanged(const ActionRecord &action);
    void onUserStateConfirmed(const UserStateChange &change);
    void onBatchFinished(const QUuid &batchId, const BatchSummary &summary);
    void notify(const QString &title, const QString &text);
    void updateMonitorTitle();
    void showStatus(const QString &text, int timeoutMs);

    void onPageLoaded();
    void onPageLoadFailed(const ApiError &error);
    void updateLoadStatus();
    void updateEmptyState();
    void onRateLimitWait(const QUuid &profileId, int waitMs);
    void chooseExportFile();
    void saveTableLayout();
    QString layoutKey() const;

    UiServices m_services;
    ProfileListModel *m_profileModel = nullptr;
    UserTableModel *m_users = nullptr;
    UserFilterProxyModel *m_proxy = nullptr;
    TaskListModel *m_tasks = nullptr;

    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_searchField = nullptr;
    QComboBox *m_stateFilter = nullptr;
    ErrorBanner *m_banner = nullptr;
    ErrorBanner *m_notice = nullptr; // notifications when no tray is available
    QWidget *m_queryBar = nullptr;
    QLabel *m_queryLabel = nullptr;
    UserTableView *m_table = nullptr;
    UserDetailPane *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    TaskMonitorPane *m_monitor = nullptr;
    QDockWidget *m_monitorDock = nullptr;
    QLabel *m_statusProfile = nullptr;
    QLabel *m_statusConnection = nullptr;
    QLabel *m_statusRate = nullptr;
    QLabel *m_statusLoaded = nullptr;
    QLabel *m_statusMessage = nullptr;
    QTimer *m_statusMessageTimer = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QToolButton *m_stopLoading = nullptr;
    QTimer *m_detailTimer = nullptr;
    QTimer *m_rateTimer = nullptr;
    QTimer *m_monitorTitleTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QAction *m_manageProfilesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_unlockAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_escapeAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_monitorAction = nullptr;

    QUuid m_profileId;
    Profile m_profile;
    QPointer<IdentityProvider> m_provider;
    ProviderCapabilities m_capabilities;
    Connection m_connection = Connection::NoProfile;
    QString m_connectionDetail;
    QString m_layoutKey; // the provider whose column layout the table shows
    QPointer<ConfirmActionDialog> m_confirmation;
    QPointer<ProfilesDialog> m_profilesDialog;
    bool m_switching = false; // the switcher is being set programmatically
};

} // namespace Gatehouse
