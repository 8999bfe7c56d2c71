// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace Gatehouse {

// How long a provider's recent asynchronous tasks ran (completed - created, as the provider
// reports them), so the first poll of a task can come when tasks like it are usually done.
// A poll that finds a task still running costs as much of the rate budget as one that finds
// it finished; during a bulk run polls and actions arrive at the same rate, so every wasted
// poll delays the end of the batch. Before any task ended, a task seen still running at some
// age says its siblings (accepted about together) will not be done before then either.
class TaskDurations
{
public:
    static constexpr int kept = 32; // the most recent durations

    void add(qint64 durationMs);
    // A poll found a task still running this long after it was accepted.
    void sawRunning(qint64 ageMs);
    int count() const { return int(m_recent.size()); }

    // When to poll a task first, counted from its acceptance: when three in four of the
    // recent tasks had ended, plus a margin (a tenth, at least 250 ms: clocks and timers are
    // not exact); while no task has ended since one was seen running, twice that age plus
    // the margin (at least unknownMs); unknownMs while nothing is known. At most capMs.
    int firstPollMs(int unknownMs, int capMs) const;

private:
    QVector<qint64> m_recent; // a ring of the last `kept`
    int m_next = 0;
    qint64 m_runningAgeMs = 0; // since the last task that ended
};

} // namespace Gatehouse
