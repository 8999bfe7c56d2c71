// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cliprocess.h"

#include <QEventLoop>
#include <QTimer>

namespace Gatehouse::Test {

CliProcess::CliProcess(const QString &configDir)
    : m_configDir(configDir)
    , m_env(QProcessEnvironment::systemEnvironment())
{
    // No keychain in tests: point D-Bus nowhere so keychain calls fail at once, cleanly.
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/gatehouse-test-bus"));
    m_env.remove(QStringLiteral("GATEHOUSE_SECRET"));
    m_env.remove(QStringLiteral("http_proxy"));
    m_env.remove(QStringLiteral("https_proxy"));
    m_env.remove(QStringLiteral("HTTP_PROXY"));
    m_env.remove(QStringLiteral("HTTPS_PROXY"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString CliProcess::binary()
{
    return qEnvironmentVariable("GATEHOUSE_CLI");
}

void CliProcess::setEnv(const QString &name, const QString &value)
{
    m_env.insert(name, value);
}

void CliProcess::unsetEnv(const QString &name)
{
    m_env.remove(name);
}

CliRun CliProcess::run(const QStringList &args, const QByteArray &input, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(binary(), QStringList{QStringLiteral("--config-dir"), m_configDir} + args);
    CliRun result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // An event loop rather than waitForFinished(): servers living in the test's own thread
    // (a fake proxy, say) must keep answering while the CLI runs.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    result.finished = process.state() == QProcess::NotRunning;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Gatehouse::Test
