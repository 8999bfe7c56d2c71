// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include "sandbox/sandboxoptions.h"

namespace Gatehouse::Sandbox {

// Fixed-window rate limiting per key (a credential, plus the API version for SailPoint):
// at most N requests in each window of S seconds. A key's window opens with its first request
// and the next one with the first request after it ends, so a client that spreads its
// requests evenly is never refused.
class FixedWindowLimiter final
{
public:
    void setLimit(const SandboxRateLimit &limit);
    const SandboxRateLimit &limit() const { return m_limit; }

    // Counts one request for `key` at `nowMs`. Returns 0 when allowed, otherwise the
    // Retry-After in whole seconds (at least 1) until the window resets.
    int acquire(const QByteArray &key, qint64 nowMs);
    void clear();

private:
    struct Window
    {
        qint64 startMs = -1;
        int used = 0;
    };
    SandboxRateLimit m_limit;
    QHash<QByteArray, Window> m_windows;
};

} // namespace Gatehouse::Sandbox
