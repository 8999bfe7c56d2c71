// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace Gatehouse {

// Time source injected into everything that schedules or stamps: rate limiters, token
// caches, JWT claims, retry backoff. Tests substitute a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds since an arbitrary start; never goes back.
    virtual qint64 monotonicMs() const = 0;
    // Wall-clock time in UTC.
    virtual QDateTime utcNow() const = 0;

    // The process-wide real clock.
    static Clock *system();
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 monotonicMs() const override;
    QDateTime utcNow() const override;

private:
    QElapsedTimer m_timer;
};

// A clock that only moves when told to (unit tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc());
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override { return m_start.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
};

} // namespace Gatehouse
