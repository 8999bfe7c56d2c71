// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "core/logging.h"
#include "core/version.h"
#include "gui/providersessions.h"
#include "gui/sandboxdemo.h"
#include "models/usertablemodel.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "resources/gatehouseresources.h"
#include "resources/translations.h"
#include "sandbox/sandboxhost.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"

using namespace Gatehouse;

namespace {

constexpr int smokeTimeoutMs = 60000;

// Reports the first paint of the window (for --smoke and the cold-start benchmark).
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(const QElapsedTimer &clock, std::function<void(qint64)> done)
        : m_clock(clock)
        , m_done(std::move(done))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            const qint64 ms = m_clock.elapsed();
            auto done = std::move(m_done);
            m_done = nullptr;
            // After this paint has finished.
            QTimer::singleShot(0, watched, [done, ms]() { done(ms); });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    std::function<void(qint64)> m_done;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startClock;
    startClock.start();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "gatehouse " << GATEHOUSE_VERSION << '\n';
            return 0;
        }
    }

    QApplication app(argc, argv);
    // The same names as gatehouse-cli: both use one config folder and one journal.
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    // Wayland matches the window to the .desktop file (and its icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(GATEHOUSE_APP_ID));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    initGatehouseResources();
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(iconPath(Icon::App)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Identity access console for helpdesk staff."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "main", "Start the built-in provider sandbox and open three demo profiles."));
    const QCommandLineOption usersOption(QStringLiteral("sandbox-users"),
        QCoreApplication::translate("main", "Users in the sandbox directory (default 10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption configOption(QStringLiteral("config-dir"),
        QCoreApplication::translate("main", "Keep profiles, journal and settings in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
        QCoreApplication::translate("main",
            "Open, load the first page, print the time to the first shown window and exit."));
    parser.addOptions({sandboxOption, usersOption, configOption, smokeOption});
    parser.process(app);
    const bool sandboxMode = parser.isSet(sandboxOption);
    const bool smoke = parser.isSet(smokeOption);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // --config-dir holds everything; the sandbox defaults to a throw-away folder.
    QString configDir = parser.value(configOption);
    std::unique_ptr<QTemporaryDir> sandboxDir;
    if (configDir.isEmpty() && sandboxMode) {
        sandboxDir = std::make_unique<QTemporaryDir>();
        if (!sandboxDir->isValid()) {
            err << "gatehouse: cannot create a temporary folder: " << sandboxDir->errorString()
                << '\n';
            return 1;
        }
        configDir = sandboxDir->path();
    }
    if (!configDir.isEmpty()) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, configDir);
    }

    std::unique_ptr<SandboxHost> sandbox;
    std::unique_ptr<CredentialStore> credentials;
    if (sandboxMode) {
        bool ok = false;
        SandboxOptions options;
        options.users = parser.value(usersOption).toInt(&ok);
        if (!ok || options.users < 0 || options.users > SandboxOptions::maxUsers) {
            err << "gatehouse: --sandbox-users takes 0 to " << SandboxOptions::maxUsers << '\n';
            return 2;
        }
        sandbox = std::make_unique<SandboxHost>(options);
        const Result<Done> started = sandbox->start();
        if (!started) {
            err << "gatehouse: the sandbox did not start: " << started.error().message() << '\n';
            return 1;
        }
        // Made-up sandbox credentials never reach the user's keychain.
        credentials = std::make_unique<MemoryCredentialStore>();
    } else {
        credentials = std::make_unique<KeychainCredentialStore>();
    }

    ProfileStore profiles(credentials.get(), configDir);
    if (profiles.openError().isError())
        err << "gatehouse: " << profiles.openError().summary() << '\n';
    if (sandbox) {
        const auto installed = SandboxDemo::install(sandbox->readyInfo(), &profiles,
            static_cast<MemoryCredentialStore *>(credentials.get()));
        if (!installed) {
            err << "gatehouse: " << installed.error().summary() << '\n';
            return 1;
        }
    }

    QNetworkAccessManager network;
    ActionJournal journal;
    std::unique_ptr<ActionRunner> runner;
    const Result<Done> opened = journal.open(configDir);
    if (opened)
        runner = std::make_unique<ActionRunner>(&journal);
    else
        err << "gatehouse: actions are unavailable: " << opened.error().summary() << '\n';
    ProviderSessions sessions(&profiles, &network, runner.get());
    Appearance appearance;
    appearance.restore();

    UiServices services;
    services.profiles = &profiles;
    services.sessions = &sessions;
    services.journal = opened ? &journal : nullptr;
    services.runner = runner.get();
    services.network = &network;
    services.appearance = &appearance;
    services.sandbox = sandboxMode;
    MainWindow window(services);

    // --smoke: the time to the first painted window, then wait for the first page.
    // These outlive the event loop: the smoke handlers below refer to them.
    std::unique_ptr<FirstPaintWatcher> watcher;
    int smokeExit = 0;
    bool painted = false;
    bool pageDone = window.currentProfileId().isNull();
    if (smoke) {
        const auto finishIfDone = [&]() {
            if (painted && pageDone)
                QCoreApplication::exit(smokeExit);
        };
        // The handlers run after this block: they copy the local lambdas.
        watcher = std::make_unique<FirstPaintWatcher>(startClock, [&, finishIfDone](qint64 ms) {
            out << "first window shown after " << ms << " ms" << Qt::endl;
            painted = true;
            finishIfDone();
        });
        window.installEventFilter(watcher.get());
        const auto pageFinished = [&, finishIfDone](int code) {
            if (pageDone)
                return;
            pageDone = true;
            smokeExit = code;
            finishIfDone();
        };
        QObject::connect(window.userModel(), &UserTableModel::pageLoaded, &window,
            [pageFinished]() { pageFinished(0); });
        QObject::connect(window.userModel(), &UserTableModel::pageLoadFailed, &window,
            [&, pageFinished](const ApiError &error) {
                err << "gatehouse: loading the first page failed: " << error.summary() << '\n';
                pageFinished(1);
            });
        QObject::connect(&window, &MainWindow::profileOpened, &window,
            [&, pageFinished](const QUuid &, const ApiError &error) {
                if (error.isError()) {
                    err << "gatehouse: " << error.summary() << '\n';
                    pageFinished(1);
                } else if (window.provider() && !window.provider()->capabilities().canBrowse) {
                    pageFinished(0); // search-only: there is no first page
                }
            });
        QTimer::singleShot(smokeTimeoutMs, &window, [&]() {
            err << "gatehouse: --smoke timed out\n";
            QCoreApplication::exit(3);
        });
    }

    window.show();
    if (runner)
        sessions.resumeUnfinished();
    const int code = app.exec();
    // Providers go before the runner that uses them; the window before both.
    window.hide();
    return code;
}
