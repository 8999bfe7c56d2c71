// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace Gatehouse {

// A fixed-window request limit: `requests` per `seconds`. Unset (0/0) means unlimited.
struct SandboxRateLimit
{
    int requests = 0;
    int seconds = 0;

    bool isSet() const { return requests > 0 && seconds > 0; }
    // "100/10"; empty for unset.
    QString toString() const;
    // Parses "N/S" (N >= 1, S >= 1). On failure returns false and sets `error`.
    static bool parse(const QString &text, SandboxRateLimit *limit, QString *error);
};

// How the sandbox is started. Everything except port, users, seed and keyFilePath can also
// be changed while it runs, through POST /_sandbox/config and /_sandbox/faults.
struct SandboxOptions
{
    quint16 port = 0; // 0 picks a free port
    int users = 10000; // 0 .. 1,000,000
    quint64 seed = 1; // the directory is deterministic from it
    SandboxRateLimit rate; // per credential (and per API version for SailPoint)
    int taskSeconds = 2; // how long a SailPoint task runs before it completes
    int tokenSeconds = 749; // SailPoint access token lifetime
    QString faults; // fault spec, see FaultSpec
    QString keyFilePath; // RSA admin API key file; empty = a temporary folder of the host

    static constexpr int maxUsers = 1000000;
    static constexpr int maxTaskSeconds = 86400;
    static constexpr int maxTokenSeconds = 86400;

    // An error text naming the bad option, or empty.
    QString validate() const;
    QJsonObject toJson() const;
};

} // namespace Gatehouse
