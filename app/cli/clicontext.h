// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTextStream>

#include "core/apierror.h"

namespace Gatehouse {

class CredentialStore;
class EnvCredentialStore;
class ProfileStore;

// Exit codes of gatehouse-cli (DESIGN.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

enum class OutputFormat
{
    Table,
    Json,
    Csv
};

// What every command shares: the config folder, the one network manager, the profile and
// credential stores, stdout/stderr. Secrets come from the keychain, or for this run only from
// GATEHOUSE_SECRET (EnvCredentialStore).
class CliContext final : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(const QString &configDir, QObject *parent = nullptr);
    ~CliContext() override;

    // Empty = the platform's config folder.
    const QString &configDir() const { return m_configDir; }
    // Where journal.sqlite lives: --config-dir, else the app data folder.
    QString journalDirectory() const;
    // --timeout: seconds without an answer before a request counts as timed out (0: default).
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    QNetworkAccessManager *network() { return &m_network; }
    ProfileStore *profiles();
    EnvCredentialStore *credentials();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "error: <summary>" (with the provider's request id) and any details to stderr;
    // returns the exit code for it.
    int fail(const ApiError &error);
    // Prints "usage error: <message>" and a hint to --help to stderr; returns the exit code.
    // message: translated text, or a command synopsis (syntax is not translated).
    int usage(const QString &message);

    static bool parseFormat(const QString &text, OutputFormat *format);

private:
    QString m_configDir;
    int m_transferTimeoutMs = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<EnvCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    QTextStream m_out;
    QTextStream m_err;
};

// A command that may run asynchronously; emits finished() exactly once.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CliContext *context)
        : QObject(context)
        , m_context(context)
    { }
    // args: what follows the command word.
    virtual void start(const QStringList &args) = 0;

signals:
    void finished(int exitCode);

protected:
    // Ends the command on the next event loop turn.
    void finish(int exitCode);
    CliContext *m_context;
};

} // namespace Gatehouse
