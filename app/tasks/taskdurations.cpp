// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskdurations.h"

#include <algorithm>

namespace Gatehouse {

namespace {

qint64 withMargin(qint64 ms)
{
    return ms + std::max<qint64>(250, ms / 10);
}

} // namespace

void TaskDurations::add(qint64 durationMs)
{
    if (durationMs < 0)
        return;
    m_runningAgeMs = 0; // the durations speak now
    if (m_recent.size() < kept) {
        m_recent.append(durationMs);
    } else {
        m_recent[m_next] = durationMs;
        m_next = (m_next + 1) % kept;
    }
}

void TaskDurations::sawRunning(qint64 ageMs)
{
    m_runningAgeMs = std::max(m_runningAgeMs, ageMs);
}

int TaskDurations::firstPollMs(int unknownMs, int capMs) const
{
    qint64 poll = 0;
    if (!m_recent.isEmpty()) {
        QVector<qint64> sorted = m_recent;
        const auto threeInFour = sorted.begin() + (sorted.size() * 3) / 4;
        std::nth_element(sorted.begin(), threeInFour, sorted.end());
        poll = withMargin(*threeInFour);
    }
    if (m_runningAgeMs > 0)
        poll = std::max({poll, withMargin(2 * m_runningAgeMs), qint64(unknownMs)});
    if (poll == 0)
        poll = unknownMs;
    return int(std::min<qint64>(poll, capMs));
}

} // namespace Gatehouse
