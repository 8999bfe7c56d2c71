// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the README screenshots from the real window against the sandbox:
//   gatehouse_screenshots OUTDIR [--dark]
// Run it on a real display or under Xvfb (QT_QPA_PLATFORM=xcb) for system fonts and
// anti-aliasing; it writes main-window.png, task-monitor.png and profiles-dialog.png.
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "gui/providersessions.h"
#include "gui/sandboxdemo.h"
#include "models/tasklistmodel.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "resources/gatehouseresources.h"
#include "sandbox/sandboxhost.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "ui/appearance.h"
#include "ui/confirmactiondialog.h"
#include "ui/mainwindow.h"
#include "ui/profilesdialog.h"
#include "ui/taskmonitorpane.h"
#include "ui/userdetailpane.h"
#include "ui/usertableview.h"

using namespace Gatehouse;

namespace {

bool wait(const std::function<bool()> &condition, int ms = 20000)
{
    return QTest::qWaitFor(condition, ms);
}

void post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkReply *reply = network.post(QNetworkRequest(url), body);
    wait([reply]() { return reply->isFinished(); });
    reply->deleteLater();
}

bool save(QWidget *widget, const QString &path)
{
    const QPixmap shot = widget->grab();
    const bool ok = shot.save(path, "PNG");
    qInfo("%s %s (%dx%d)", ok ? "wrote" : "FAILED", qPrintable(path), shot.width(), shot.height());
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-screenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        qWarning("usage: gatehouse_screenshots OUTDIR [--dark]");
        return 2;
    }
    const QDir out(args.at(1));
    const bool dark = args.contains(QStringLiteral("--dark"));
    QTemporaryDir config;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
    initGatehouseResources();
    QApplication::setWindowIcon(QIcon(iconPath(Icon::App)));
    Appearance appearance;
    appearance.setScheme(dark ? Appearance::Scheme::Dark : Appearance::Scheme::Light);

    SandboxOptions options;
    options.users = 10000;
    options.taskSeconds = 4;
    SandboxHost sandbox(options);
    if (!sandbox.start())
        return 1;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    ProfileStore profiles(&credentials, config.path());
    if (!SandboxDemo::install(sandbox.readyInfo(), &profiles, &credentials))
        return 1;
    ActionJournal journal;
    if (!journal.open(config.path()))
        return 1;
    ActionRunner runner(&journal);
    ProviderSessions sessions(&profiles, &network, &runner);
    UiServices services{&profiles, &sessions, &journal, &runner, &network, &appearance, true};
    MainWindow window(services);
    window.resize(1440, 880);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    // In front, as an operator sees it (no background notifications).
    window.activateWindow();
    UserTableModel *users = window.userModel();
    if (!wait([users]() { return users->rowCount() > 0; }))
        return 1;

    // A batch in the monitor: most succeed, one is refused by the provider.
    const auto pick = [&](int count, UserRecord::State state) {
        QVector<int> rows;
        for (int row = 0; row < users->rowCount() && rows.size() < count; ++row) {
            const UserRecord user = users->userAt(row);
            if (user.state == state && !user.locked)
                rows.append(row);
        }
        return rows;
    };
    const QVector<int> batch = pick(6, UserRecord::State::Enabled);
    const UserRecord refused = users->userAt(batch.value(2));
    post(network, sandbox.url(QStringLiteral("/_sandbox/faults")),
        QStringLiteral("status=403,method=POST,path=/v3/accounts/%1/disable")
            .arg(refused.id)
            .toUtf8());
    QTableView *view = window.userView();
    view->clearSelection();
    for (const int row : batch) {
        const int shown = window.filterModel()->proxyRow(row);
        view->selectionModel()->select(window.filterModel()->index(shown, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    window.requestAction(UserAction::Disable);
    ConfirmActionDialog *confirm = window.confirmation();
    if (!confirm)
        return 1;
    confirm->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
        ->setText(QStringLiteral("INC-20417 leavers, March"));
    confirm->accept();
    TaskListModel *tasks = window.taskModel();
    wait([tasks]() {
        int settled = 0;
        for (int row = 0; row < tasks->rowCount(); ++row)
            settled += tasks->actionAt(row).state != ActionState::Planned
                && tasks->actionAt(row).state != ActionState::Sending;
        return settled == tasks->rowCount() && tasks->rowCount() > 0;
    });
    // One more, still running on the provider when the picture is taken.
    wait([tasks]() {
        for (int row = 0; row < tasks->rowCount(); ++row) {
            if (tasks->actionAt(row).state == ActionState::Accepted)
                return false;
        }
        return true;
    });
    const QVector<int> unlock = pick(1, UserRecord::State::Disabled);
    view->selectRow(window.filterModel()->proxyRow(unlock.value(0)));
    window.requestAction(UserAction::Enable);
    if (ConfirmActionDialog *again = window.confirmation()) {
        again->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
            ->setText(QStringLiteral("INC-20433 returns from leave"));
        again->accept();
    }
    wait([tasks]() {
        return tasks->rowCount() > 0 && tasks->actionAt(0).state == ActionState::Accepted;
    });

    // The detail pane on one user, freshly read.
    view->selectRow(window.filterModel()->proxyRow(batch.value(0)) + 1);
    QTest::qWait(300);
    wait([&window]() { return !window.detailPane()->isReading(); });
    QTest::qWait(200);
    save(&window, out.filePath(QStringLiteral("main-window.png")));

    // The task monitor on its own, the failed action selected.
    auto *monitorDock = window.findChild<QDockWidget *>(QStringLiteral("taskMonitorDock"));
    window.resizeDocks({monitorDock}, {330}, Qt::Vertical);
    for (int row = 0; row < tasks->rowCount(); ++row) {
        if (tasks->actionAt(row).state == ActionState::Failed) {
            window.taskMonitor()->view()->selectRow(row);
            break;
        }
    }
    QTest::qWait(300);
    save(monitorDock, out.filePath(QStringLiteral("task-monitor.png")));

    // The profiles dialog after a successful connection test.
    window.showProfilesDialog();
    auto *dialog = window.findChild<ProfilesDialog *>(QStringLiteral("profilesDialog"));
    if (!dialog)
        return 1;
    dialog->resize(940, 640);
    bool tested = false;
    QObject::connect(dialog, &ProfilesDialog::testFinished, dialog, [&tested]() { tested = true; });
    dialog->testConnection();
    wait([&tested]() { return tested; });
    QTest::qWait(300);
    save(dialog, out.filePath(QStringLiteral("profiles-dialog.png")));
    if (!args.contains(QStringLiteral("--all"))) {
        dialog->close();
        return 0;
    }
    // A new Huawei profile half typed: the checks as you type.
    dialog->startNewProfile(ProviderKind::Huawei);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Acme Huawei"));
    dialog->findChild<QLineEdit *>(QStringLiteral("storeIdEdit"))
        ->setText(QStringLiteral("d-12345"));
    dialog->findChild<QLineEdit *>(QStringLiteral("accessKeyEdit"))
        ->setText(QStringLiteral("HPUAXXXXXXXXXXXX"));
    QTest::qWait(300);
    save(dialog, out.filePath(QStringLiteral("state-profile-validation.png")));
    dialog->revert();
    dialog->close();

    // More states, for reviewing the look (not in the README).
    window.requestAction(UserAction::Disable);
    if (ConfirmActionDialog *ask = window.confirmation()) {
        QTest::qWait(200);
        save(ask, out.filePath(QStringLiteral("state-confirm.png")));
        ask->reject();
    }
    view->selectAll();
    window.requestAction(UserAction::Disable);
    if (ConfirmActionDialog *ask = window.confirmation()) {
        QTest::qWait(200);
        save(ask, out.filePath(QStringLiteral("state-confirm-large.png")));
        ask->reject();
    }
    post(network, sandbox.url(QStringLiteral("/_sandbox/faults")),
        QByteArrayLiteral("status=403,method=GET,path=/v3/accounts"));
    window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    wait([users]() { return users->lastError().isError(); }, 5000);
    QTest::qWait(1000);
    save(&window, out.filePath(QStringLiteral("state-list-error.png")));
    post(network, sandbox.url(QStringLiteral("/_sandbox/faults")), QByteArray());

    for (const Profile &profile : profiles.profiles()) {
        if (profile.provider == ProviderKind::SecurId)
            window.selectProfile(profile.id);
    }
    QTest::qWait(1500);
    save(&window, out.filePath(QStringLiteral("state-rsa-prompt.png")));
    for (const Profile &profile : profiles.profiles()) {
        if (profile.provider == ProviderKind::Huawei)
            window.selectProfile(profile.id);
    }
    QTest::qWait(1500);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("zzz-nobody"));
    QTest::qWait(300);
    save(&window, out.filePath(QStringLiteral("state-no-match.png")));
    window.showAboutDialog();
    QTest::qWait(300);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String("aboutDialog") && top->isVisible())
            save(top, out.filePath(QStringLiteral("state-about.png")));
    }
    return 0;
}
