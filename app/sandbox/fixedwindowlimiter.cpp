// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/fixedwindowlimiter.h"

namespace Gatehouse::Sandbox {

void FixedWindowLimiter::setLimit(const SandboxRateLimit &limit)
{
    m_limit = limit;
    m_windows.clear();
}

int FixedWindowLimiter::acquire(const QByteArray &key, qint64 nowMs)
{
    if (!m_limit.isSet())
        return 0;
    const qint64 windowMs = qint64(m_limit.seconds) * 1000;
    Window &w = m_windows[key];
    if (w.startMs < 0 || nowMs >= w.startMs + windowMs) {
        w.startMs = nowMs;
        w.used = 0;
    }
    if (w.used < m_limit.requests) {
        ++w.used;
        return 0;
    }
    const qint64 remainingMs = w.startMs + windowMs - nowMs;
    return int(qMax<qint64>(1, (remainingMs + 999) / 1000));
}

void FixedWindowLimiter::clear()
{
    m_windows.clear();
}

} // namespace Gatehouse::Sandbox
