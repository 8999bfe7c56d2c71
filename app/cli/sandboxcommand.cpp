// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sandboxcommand.h"

#include <algorithm>
#include <csignal>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include "cli/displaywidth.h"
#include "sandbox/sandboxhost.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Gatehouse {

namespace {

constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// Gives the command's own texts a translation context.
struct SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};

QString usage()
{
    // The synopsis is syntax, the same in every language; its continuation lines line up
    // under the first option whatever width the translated "Usage:" has.
    const QString command = QStringLiteral("gatehouse-cli sandbox serve ");
    const QStringList options{QStringLiteral("[--port N] [--users N] [--seed N] [--rate N/S]"),
        QStringLiteral("[--task-seconds N] [--token-seconds N]"),
        QStringLiteral("[--faults SPEC] [--key-file PATH]")};
    //: %1 is the command line synopsis, shown as it is
    const QString first = SandboxCommand::tr("Usage: %1").arg(command + options.first());
    const QString indent(
        std::max(0, displayWidth(first) - displayWidth(options.first())), QLatin1Char(' '));
    QString text = first + QLatin1Char('\n');
    for (qsizetype i = 1; i < options.size(); ++i)
        text += indent + options.at(i) + QLatin1Char('\n');
    return text
        + SandboxCommand::tr("Serves the SailPoint, Huawei and RSA simulators on 127.0.0.1 until "
                             "stopped; prints one JSON line with the base URL and credentials "
                             "once it listens.")
        + QLatin1Char('\n');
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    //: %1 explains what is wrong with the command line
    err << SandboxCommand::tr("usage error: %1").arg(message) << '\n' << usage();
    return exitUsage;
}

bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
BOOL WINAPI onConsoleEvent(DWORD)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
#endif

// Quits the event loop on SIGTERM/SIGINT (Ctrl+C on Windows) so the sandbox shuts down
// cleanly: connections closed, thread stopped, temporary key file removed.
void installQuitOnSignals(QObject *context)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#elif defined(Q_OS_WIN)
    Q_UNUSED(context);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    Q_UNUSED(context);
#endif
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("help")) {
        if (args.isEmpty())
            return usageError(SandboxCommand::tr("missing subcommand"));
        QTextStream(stdout) << usage();
        return exitOk;
    }
    const QString sub = args.takeFirst();
    if (sub != QLatin1String("serve"))
        return usageError(SandboxCommand::tr("unknown sandbox subcommand '%1'").arg(sub));

    SandboxOptions options;
    while (!args.isEmpty()) {
        QString option = args.takeFirst();
        QString value;
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (option.startsWith(QLatin1String("--")) && eq > 0) {
            value = option.mid(eq + 1);
            option = option.left(eq);
        } else if (option == QLatin1String("--help")) {
            QTextStream(stdout) << usage();
            return exitOk;
        } else {
            if (args.isEmpty())
                return usageError(SandboxCommand::tr("%1 needs a value").arg(option));
            value = args.takeFirst();
        }
        qint64 n = 0;
        if (option == QLatin1String("--port")) {
            if (!parseNumber(value, 0, 65535, &n))
                return usageError(
                    SandboxCommand::tr("--port must be 0-65535, got '%1'").arg(value));
            options.port = quint16(n);
        } else if (option == QLatin1String("--users")) {
            if (!parseNumber(value, 0, SandboxOptions::maxUsers, &n))
                return usageError(SandboxCommand::tr("--users must be 0-%1, got '%2'")
                                      .arg(SandboxOptions::maxUsers)
                                      .arg(value));
            options.users = int(n);
        } else if (option == QLatin1String("--seed")) {
            bool ok = false;
            options.seed = value.toULongLong(&ok);
            if (!ok)
                return usageError(
                    SandboxCommand::tr("--seed must be a number, got '%1'").arg(value));
        } else if (option == QLatin1String("--rate")) {
            QString error;
            if (!SandboxRateLimit::parse(value, &options.rate, &error))
                return usageError(error);
        } else if (option == QLatin1String("--task-seconds")) {
            if (!parseNumber(value, 0, SandboxOptions::maxTaskSeconds, &n))
                return usageError(SandboxCommand::tr("--task-seconds must be 0-%1, got '%2'")
                                      .arg(SandboxOptions::maxTaskSeconds)
                                      .arg(value));
            options.taskSeconds = int(n);
        } else if (option == QLatin1String("--token-seconds")) {
            if (!parseNumber(value, 1, SandboxOptions::maxTokenSeconds, &n))
                return usageError(SandboxCommand::tr("--token-seconds must be 1-%1, got '%2'")
                                      .arg(SandboxOptions::maxTokenSeconds)
                                      .arg(value));
            options.tokenSeconds = int(n);
        } else if (option == QLatin1String("--faults")) {
            options.faults = value;
        } else if (option == QLatin1String("--key-file")) {
            if (value.isEmpty())
                return usageError(SandboxCommand::tr("--key-file needs a path"));
            options.keyFilePath = value;
        } else {
            return usageError(SandboxCommand::tr("unknown option %1").arg(option));
        }
    }
    const QString problem = options.validate();
    if (!problem.isEmpty())
        return usageError(problem);

    SandboxHost host(options);
    const auto started = host.start();
    if (!started) {
        //: %1 is why the sandbox could not start, e.g. the port is taken
        QTextStream(stderr) << SandboxCommand::tr("error: %1").arg(started.error().message())
                            << '\n';
        return exitFailure;
    }
    QObject guard;
    installQuitOnSignals(&guard);
    {
        QTextStream out(stdout);
        out << QJsonDocument(host.readyInfo()).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    }
    QCoreApplication::exec();
    host.stop();
    return exitOk;
}

} // namespace Gatehouse
