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

// One option of --help and its description, the descriptions aligned in one column.
QString optionLine(const char *syntax, const QString &description)
{
    return QStringLiteral("  %1 %2\n").arg(QLatin1String(syntax), -18).arg(description);
}

// The command synopsis is syntax, the same in every language; headings and descriptions are
// translated (context "CliMain", shared by main()).
QString helpText()
{
    QString text;
    //: %1 is the command line synopsis, shown as it is
    text += QCoreApplication::translate("CliMain", "Usage: %1")
                .arg(QLatin1String("gatehouse-cli [--config-dir DIR] COMMAND ..."))
        + QLatin1String("\n\n");
    //: Heading of the list of commands in --help
    text += QCoreApplication::translate("CliMain", "Commands:") + QLatin1Char('\n');
    text += QLatin1String(
        "  sandbox serve [--port N] [--users N] [--seed N] [--rate N/S] [--task-seconds N] "
        "[--faults SPEC]\n"
        "  profiles list|show NAME|add NAME --provider sailpoint|huawei|rsa ...|remove NAME|test "
        "NAME\n"
        "  users list   --profile NAME [--query TEXT] [--field F] [--sort F] [--all] [--limit N] "
        "[--format table|json|csv]\n"
        "  users show   --profile NAME ID\n"
        "  users disable|enable|unlock --profile NAME [--reason TEXT] [--wait] (ID... | "
        "--from-file FILE|-)\n"
        "  tasks list [--format table|json|csv]     tasks watch\n"
        "  audit export [--format csv|json]         audit verify\n\n");
    //: Heading of the list of options in --help
    text += QCoreApplication::translate("CliMain", "Options:") + QLatin1Char('\n');
    text += optionLine("--config-dir DIR",
        //: --help: what the option --config-dir DIR does
        QCoreApplication::translate("CliMain", "keep profiles, journal and settings in DIR"));
    text += optionLine("--timeout SECONDS",
        //: --help: what the option --timeout SECONDS does
        QCoreApplication::translate(
            "CliMain", "a request without an answer for this long times out (default 15)"));
    text += optionLine("--version",
        //: --help: what the option --version does
        QCoreApplication::translate("CliMain", "print the version"));
    text += optionLine("--help",
        //: --help: what the option --help does
        QCoreApplication::translate("CliMain", "print this help"));
    text += QLatin1Char('\n')
        //: Last paragraph of --help; %1 is an environment variable's name. Break lines
        //: before 100 columns.
        + QCoreApplication::translate("CliMain",
            "Secrets come from the OS keychain; for automation, %1 supplies the secret of the\n"
            "profile in use for one run. Exit codes: 0 success, 1 provider or action failure, 2 "
            "usage error.")
              .arg(QLatin1String("GATEHOUSE_SECRET"))
        + QLatin1Char('\n');
    return text;
}

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
            out << helpText();
            return ExitOk;
        }
        if (option == QLatin1String("--timeout") && !args.isEmpty()) {
            bool ok = false;
            timeoutSeconds = args.takeFirst().toInt(&ok);
            if (!ok || timeoutSeconds <= 0) {
                err << QCoreApplication::translate(
                    "CliMain", "usage error: --timeout needs a number of seconds")
                    << '\n';
                return ExitUsage;
            }
        } else if (option == QLatin1String("--config-dir") && !args.isEmpty()) {
            configDir = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--config-dir="))) {
            configDir = option.mid(int(qstrlen("--config-dir=")));
        } else {
            //: %1 is the option given
            err << QCoreApplication::translate("CliMain", "usage error: unknown option %1")
                       .arg(option)
                << '\n'
                << helpText();
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        err << helpText();
        return ExitUsage;
    }
    const QString commandName = args.takeFirst();
    if (commandName == QLatin1String("sandbox"))
        return runSandboxCommand(args); // needs no profiles or config folder

    CliContext context(configDir);
    context.setTransferTimeoutMs(timeoutSeconds * 1000);
    std::unique_ptr<Command> command = makeCommand(commandName, &context);
    if (!command) {
        //: %1 is the command word given
        err << QCoreApplication::translate("CliMain", "usage error: unknown command '%1'")
                   .arg(commandName)
            << '\n'
            << helpText();
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
