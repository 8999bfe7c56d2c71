// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <map>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/clock.h"
#include "net/apirequest.h"

namespace Gatehouse {

// The request budget of one profile, e.g. SailPoint's 100 requests per 10 s.
//
// A token bucket whose tokens come back exactly one window after they were spent (a sliding
// window log): at most `limit` requests leave in ANY interval of `window`, so a provider that
// counts in fixed windows never sees more than its limit, whatever the alignment. A plain
// refilling bucket could send up to twice the limit across a window boundary.
//
// Requests are grouped in buckets (SailPoint counts each API version separately). Within a
// bucket, user work goes first; background work (task polling) only runs when no user work is
// waiting, and never takes more than half of a window, so user work arriving later always
// finds budget -- except in a bucket declared background-only, which nothing user-initiated
// uses (SailPoint's beta API carries only task polling): there it may take the whole window.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    // limit <= 0 means unlimited.
    explicit RateLimiter(int limit = 0, int windowMs = 10000, const Clock *clock = Clock::system(),
        QObject *parent = nullptr);

    void setLimit(int limit, int windowMs);
    int limit() const { return m_limit; }
    int windowMs() const { return m_windowMs; }

    // Calls `granted` (with `context` alive) once a request of `bucket` may leave. Returns a
    // ticket for cancel().
    quint64 acquire(const QString &bucket, ApiRequest::Priority priority, QObject *context,
        std::function<void()> granted);
    void cancel(quint64 ticket);

    // Lets background work use all of `bucket`'s budget. Keeping half of each window for user
    // work that never comes would only halve the rate of, say, task polling in a bulk action.
    void setBackgroundOnly(const QString &bucket);

    // The provider answered 429: nothing of this bucket leaves for `ms`.
    void pause(const QString &bucket, qint64 ms);

    // Requests of `bucket` that left within the last window (for tests and the status bar).
    int sentInWindow(const QString &bucket) const;

signals:
    // The first waiting user request is held back for `ms` (0: nothing is held back).
    void waiting(qint64 ms);

private:
    struct Waiter
    {
        quint64 ticket = 0;
        QPointer<QObject> context;
        std::function<void()> granted;
    };
    struct Bucket
    {
        std::deque<qint64> sent; // send times within the window, oldest first
        std::deque<qint64> backgroundSent;
        qint64 pausedUntil = 0;
        bool backgroundOnly = false;
        std::deque<Waiter> user;
        std::deque<Waiter> background;
    };

    void pump();
    // Grants what may go now; returns ms until the bucket can grant again (-1: nothing waits).
    qint64 pumpBucket(Bucket &bucket, qint64 now);
    qint64 effectiveWindow() const;

    const Clock *m_clock;
    int m_limit;
    int m_windowMs;
    quint64 m_nextTicket = 1;
    qint64 m_lastWaitReported = 0;
    bool m_pumping = false;
    std::map<QString, Bucket> m_buckets; // node-based: grants may add buckets mid-iteration
    QTimer m_timer;
};

} // namespace Gatehouse
