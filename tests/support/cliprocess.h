// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Gatehouse::Test {

// One run of the real gatehouse-cli binary (path from $GATEHOUSE_CLI, set by CTest).
struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QString stdoutText() const { return QString::fromUtf8(out); }
    QString stderrText() const { return QString::fromUtf8(err); }
};

class CliProcess
{
public:
    // configDir is passed as --config-dir to every run.
    explicit CliProcess(const QString &configDir);
    static QString binary();

    // Extra environment for the following runs (e.g. GATEHOUSE_SECRET).
    void setEnv(const QString &name, const QString &value);
    void unsetEnv(const QString &name);

    CliRun run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000) const;

private:
    QString m_configDir;
    QProcessEnvironment m_env;
};

} // namespace Gatehouse::Test
