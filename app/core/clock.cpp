// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

namespace Gatehouse {

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::monotonicMs() const
{
    return m_timer.elapsed();
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start.toUTC())
{ }

} // namespace Gatehouse
