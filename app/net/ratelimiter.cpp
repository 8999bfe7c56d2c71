// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ratelimiter.h"

#include <algorithm>

#include "core/logging.h"

namespace Gatehouse {

RateLimiter::RateLimiter(int limit, int windowMs, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_limit(limit)
    , m_windowMs(std::max(1, windowMs))
{
    m_timer.setSingleShot(true);
    // The wake-up is the moment budget comes back. A coarse timer may fire 5 % late: half a
    // second of every 10-second window lost while requests wait.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

void RateLimiter::setLimit(int limit, int windowMs)
{
    m_limit = limit;
    m_windowMs = std::max(1, windowMs);
    pump();
}

quint64 RateLimiter::acquire(const QString &bucketName, ApiRequest::Priority priority,
    QObject *context, std::function<void()> granted)
{
    const quint64 ticket = m_nextTicket++;
    Bucket &bucket = m_buckets[bucketName];
    Waiter waiter{ticket, context, std::move(granted)};
    if (priority == ApiRequest::Priority::User)
        bucket.user.push_back(std::move(waiter));
    else
        bucket.background.push_back(std::move(waiter));
    pump();
    return ticket;
}

void RateLimiter::cancel(quint64 ticket)
{
    for (auto &[name, bucket] : m_buckets) {
        for (auto *queue : {&bucket.user, &bucket.background}) {
            queue->erase(std::remove_if(queue->begin(), queue->end(),
                             [ticket](const Waiter &w) { return w.ticket == ticket; }),
                queue->end());
        }
    }
}

void RateLimiter::setBackgroundOnly(const QString &bucketName)
{
    m_buckets[bucketName].backgroundOnly = true;
    pump();
}

void RateLimiter::pause(const QString &bucketName, qint64 ms)
{
    Bucket &bucket = m_buckets[bucketName];
    bucket.pausedUntil = std::max(bucket.pausedUntil, m_clock->monotonicMs() + ms);
    qCInfo(lcNet) << "rate limit: bucket" << bucketName << "paused for" << ms << "ms";
    pump();
}

int RateLimiter::sentInWindow(const QString &bucketName) const
{
    const auto it = m_buckets.find(bucketName);
    if (it == m_buckets.end())
        return 0;
    const qint64 since = m_clock->monotonicMs() - effectiveWindow();
    const std::deque<qint64> &sent = it->second.sent;
    return int(std::count_if(sent.cbegin(), sent.cend(), [since](qint64 t) { return t > since; }));
}

qint64 RateLimiter::effectiveWindow() const
{
    // The provider counts arrivals, we count departures: a small margin absorbs the jitter
    // between the two so a request never lands in a window that is already full.
    return m_windowMs + std::max<qint64>(200, m_windowMs / 50);
}

void RateLimiter::pump()
{
    // Granting runs callbacks that may acquire again; they are picked up by the loop below.
    if (m_pumping)
        return;
    m_pumping = true;
    qint64 nextWake = -1;
    qint64 userWait = 0;
    bool progress = true;
    while (progress) {
        progress = false;
        nextWake = -1;
        userWait = 0;
        const qint64 now = m_clock->monotonicMs();
        for (auto &[name, bucket] : m_buckets) {
            const std::size_t before = bucket.user.size() + bucket.background.size();
            const qint64 wake = pumpBucket(bucket, now);
            if (bucket.user.size() + bucket.background.size() != before)
                progress = true;
            if (wake >= 0) {
                nextWake = nextWake < 0 ? wake : std::min(nextWake, wake);
                if (!bucket.user.empty())
                    userWait = std::max(userWait, wake);
            }
        }
    }
    m_pumping = false;

    if (nextWake >= 0)
        m_timer.start(int(std::max<qint64>(1, nextWake)));
    else
        m_timer.stop();
    if (userWait != m_lastWaitReported) {
        m_lastWaitReported = userWait;
        emit waiting(userWait);
    }
}

qint64 RateLimiter::pumpBucket(Bucket &bucket, qint64 now)
{
    const qint64 window = effectiveWindow();
    const auto expire = [now, window](std::deque<qint64> &times) {
        while (!times.empty() && times.front() <= now - window)
            times.pop_front();
    };
    expire(bucket.sent);
    expire(bucket.backgroundSent);

    const auto popLive = [](std::deque<Waiter> &queue) -> Waiter {
        while (!queue.empty()) {
            Waiter w = std::move(queue.front());
            queue.pop_front();
            if (w.context)
                return w;
        }
        return Waiter{};
    };
    const auto grant = [&](std::deque<Waiter> &queue, bool background) -> bool {
        Waiter w = popLive(queue);
        if (!w.context)
            return false;
        bucket.sent.push_back(now);
        if (background)
            bucket.backgroundSent.push_back(now);
        w.granted();
        return true;
    };

    if (now < bucket.pausedUntil)
        return bucket.user.empty() && bucket.background.empty() ? -1 : bucket.pausedUntil - now;

    const bool unlimited = m_limit <= 0;
    // One grant per call: the callback may have changed the queues; pump() loops.
    if (!bucket.user.empty()) {
        if (unlimited || int(bucket.sent.size()) < m_limit) {
            grant(bucket.user, false);
            return bucket.user.empty() && bucket.background.empty() ? -1 : 0;
        }
        return bucket.sent.front() + window - now;
    }
    if (!bucket.background.empty()) {
        const int backgroundShare = bucket.backgroundOnly ? m_limit : std::max(1, m_limit / 2);
        if (unlimited
            || (int(bucket.sent.size()) < m_limit
                && int(bucket.backgroundSent.size()) < backgroundShare)) {
            grant(bucket.background, true);
            return bucket.background.empty() ? -1 : 0;
        }
        const qint64 fullAt = int(bucket.sent.size()) >= m_limit ? bucket.sent.front()
                                                                 : bucket.backgroundSent.front();
        return fullAt + window - now;
    }
    return -1;
}

} // namespace Gatehouse
