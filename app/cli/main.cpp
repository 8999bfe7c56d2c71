// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include "cli/auditcommand.h"
#include "cli/clicontext.h"
#include "cli/profilescommand.h"
#include "cli/sandboxcommand.h"
#include "cli/taskscommand.h"
#include "cli/userscommand.h"
#include "core/version.h"
#include "resources/translations.h"

using namespace Gatehouse;

namespace {

const char helpText[] = R"(Usage: gatehouse-cli [--config-dir DIR] COMMAND ...

Commands:
  sandbox serve [--port N] [--users N] [--seed N] [--rate N/S] [--task-seconds N] [--faults SPEC]
  profiles list|show NAME|add NAME --provider sailpoint|huawei|rsa ...|remove NAME|test NAME
  users list   --profile NAME [--query TEXT] [--field F] [--sort F] [--all] [--limit N] [--format table|json|csv]
  users show   --profile NAME ID
  users disable|enable|unlock --profile NAME [--reason TEXT] [--wait] (ID... | --from-file FILE|-)
  tasks list [--format table|json|csv]     tasks watch
  audit export [--format csv|json]         audit verify

Options:
  --config-dir DIR   keep profiles, journal and settings in DIR
  --timeout SECONDS  a request without an answer for this long times out (default 15)
  --version          print the version
  --help             print this help

Secrets come from the OS keychain; for automation, GATEHOUSE_SECRET supplies the secret of the
profile in use for one run. Exit codes: 0 success, 1 provider or action failure, 2 usage error.
)";

std::unique_ptr<Command> makeCommand(const QString &name, CliContext *context)
{
    if (name == QLatin1String("profiles"))
        return std::make_unique<ProfilesCommand>(context);
    if (name == QLatin1String("users"))
        return std::make_unique<UsersCommand>(context);
    if (name == QLatin1String("tasks"))
        return std::make_unique<TasksCommand>(context);
    if (name == QLatin1String("audit"))
        return std::make_unique<AuditCommand>(context);
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    installTranslations(app);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // stdout is for results and stderr for errors: informational logging stays off unless
    // asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.info=false"));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString configDir;
    int timeoutSeconds = 0;
    QTextStream out(stdout);
    QTextStream err(stderr);
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "gatehouse-cli " << GATEHOUSE_VERSION << '\n';
            return ExitOk;
        }
        if (option == QLatin1String("--help")) {
            out << helpText;
            return ExitOk;
        }
        if (option == QLatin1String("--timeout") && !args.isEmpty()) {
            bool ok = false;
            timeoutSeconds = args.takeFirst().toInt(&ok);
            if (!ok || timeoutSeconds <= 0) {
                err << "usage error: --timeout needs a number of seconds\n";
                return ExitUsage;
            }
        } else if (option == QLatin1String("--config-dir") && !args.isEmpty()) {
            configDir = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--config-dir="))) {
            configDir = option.mid(int(qstrlen("--config-dir=")));
        } else {
            err << "usage error: unknown option " << option << "\n" << helpText;
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        err << helpText;
        return ExitUsage;
    }
    const QString commandName = args.takeFirst();
    if (commandName == QLatin1String("sandbox"))
        return runSandboxCommand(args); // needs no profiles or config folder

    CliContext context(configDir);
    context.setTransferTimeoutMs(timeoutSeconds * 1000);
    std::unique_ptr<Command> command = makeCommand(commandName, &context);
    if (!command) {
        err << "usage error: unknown command '" << commandName << "'\n" << helpText;
        return ExitUsage;
    }
    int exitCode = ExitFailure;
    QObject::connect(command.get(), &Command::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    command->start(args);
    app.exec();
    return exitCode;
}
