// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include <cstdio>

#include <QTimer>

#include "profiles/envcredentialstore.h"
#include "profiles/keychaincredentialstore.h"
#include "profiles/profilestore.h"
#include "tasks/actionjournal.h"

namespace Gatehouse {

CliContext::CliContext(const QString &configDir, QObject *parent)
    : QObject(parent)
    , m_configDir(configDir)
    , m_out(stdout)
    , m_err(stderr)
{ }

CliContext::~CliContext() = default;

QString CliContext::journalDirectory() const
{
    return m_configDir.isEmpty() ? ActionJournal::defaultDirectory() : m_configDir;
}

EnvCredentialStore *CliContext::credentials()
{
    if (!m_credentials) {
        m_keychain = std::make_unique<KeychainCredentialStore>();
        m_credentials = std::make_unique<EnvCredentialStore>(m_keychain.get());
    }
    return m_credentials.get();
}

ProfileStore *CliContext::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(credentials(), m_configDir);
    return m_profiles.get();
}

int CliContext::fail(const ApiError &error)
{
    if (error.details().isEmpty()) {
        //: %1 is the error's one-line summary
        m_err << tr("error: %1").arg(error.summary()) << '\n';
    } else {
        //: %1 is the error's one-line summary, %2 details for the provider's support, on a
        //: second line indented under the summary
        m_err << tr("error: %1\n       %2").arg(error.summary(), error.details()) << '\n';
    }
    m_err.flush();
    return ExitFailure;
}

int CliContext::usage(const QString &message)
{
    //: %1 says what is wrong with the command line
    m_err << tr("usage error: %1").arg(message) << '\n'
          << tr("Run 'gatehouse-cli --help' for the commands.") << '\n';
    m_err.flush();
    return ExitUsage;
}

bool CliContext::parseFormat(const QString &text, OutputFormat *format)
{
    if (text == QLatin1String("table"))
        *format = OutputFormat::Table;
    else if (text == QLatin1String("json"))
        *format = OutputFormat::Json;
    else if (text == QLatin1String("csv"))
        *format = OutputFormat::Csv;
    else
        return false;
    return true;
}

void Command::finish(int exitCode)
{
    m_context->out().flush();
    m_context->err().flush();
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace Gatehouse
