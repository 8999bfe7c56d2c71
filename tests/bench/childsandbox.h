// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include "providers/providerconfig.h"

namespace Bench {

// The provider sandbox as `gatehouse-cli sandbox serve` in a child process: a server on its own
// process and core, like a real provider on another host, so that the client measured in the
// bench shares nothing with it but the loopback connection. Control endpoints (/_sandbox/...)
// are called blocking.
class ChildSandbox
{
public:
    // serveArguments: e.g. {"--users", "100000", "--task-seconds", "2"}.
    explicit ChildSandbox(QStringList serveArguments);
    ~ChildSandbox();

    // Starts the child and waits for its ready line; false with a warning on stderr on failure.
    bool start();
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    // A SailPoint profile's configuration for the sandbox's first client (no rate limit).
    Gatehouse::ProviderConfig sailPointConfig() const;
    QByteArray sailPointClientId() const;
    QByteArray sailPointClientSecret() const;

    // POST /_sandbox/config, e.g. {"rate": "100/10"} ({"rate": null} lifts it).
    bool configure(const QJsonObject &settings);
    bool resetCounters();
    // POST /_sandbox/faults: the fault spec of `gatehouse-cli sandbox serve --faults`.
    bool setFaults(const QString &spec);
    // Every user back to the seeded state, no tasks, rate windows and counters cleared.
    bool reset();
    // GET on the sandbox; an empty object on failure.
    QJsonObject getJson(const QString &pathAndQuery);

private:
    bool post(const QString &path, const QByteArray &body);

    QStringList m_arguments;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QJsonObject m_info;
    QUrl m_baseUrl;
};

// The executables the bench measures or drives (paths fixed at build time).
QString cliProgram();
QString guiProgram();
QString minimalWindowProgram();

} // namespace Bench
