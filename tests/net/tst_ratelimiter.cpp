// SPDX-License-Identifier: GPL-3.0-or-later
#include <deque>
#include <vector>

#include <QElapsedTimer>
#include <QTest>

#include "net/ratelimiter.h"

using namespace Gatehouse;

// Properties of the profile budget: never more than `limit` in any window, user work first,
// polling never takes more than half (all of a background-only bucket), 429 pauses hold
// everything back.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void neverMoreThanLimitInAnyWindow();
    void bucketsAreIndependent();
    void userWorkGoesBeforeBackground();
    void backgroundTakesAtMostHalf();
    void backgroundOnlyBucketTakesTheWholeWindow();
    void pauseHoldsTheBucketBack();
    void cancelledAndDeadWaitersAreSkipped();
    void unlimitedGrantsAtOnce();
};

void TestRateLimiter::neverMoreThanLimitInAnyWindow()
{
    constexpr int limit = 4;
    constexpr int windowMs = 300;
    RateLimiter limiter(limit, windowMs);
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> grants;
    for (int i = 0; i < 13; ++i) {
        limiter.acquire(QStringLiteral("v3"), ApiRequest::Priority::User, this,
            [&] { grants.push_back(clock.elapsed()); });
    }
    QCOMPARE(int(grants.size()), limit); // the first window's worth goes at once
    QTRY_COMPARE_WITH_TIMEOUT(int(grants.size()), 13, 10000);
    // Any `limit + 1` consecutive grants span more than one window.
    for (std::size_t i = limit; i < grants.size(); ++i)
        QVERIFY2(grants[i] - grants[i - limit] >= windowMs,
            qPrintable(QStringLiteral("grant %1 came %2 ms after grant %3")
                           .arg(i)
                           .arg(grants[i] - grants[i - limit])
                           .arg(i - limit)));
}

void TestRateLimiter::bucketsAreIndependent()
{
    RateLimiter limiter(2, 60000);
    int v3 = 0;
    int beta = 0;
    for (int i = 0; i < 3; ++i) {
        limiter.acquire(QStringLiteral("v3"), ApiRequest::Priority::User, this, [&] { ++v3; });
        limiter.acquire(QStringLiteral("beta"), ApiRequest::Priority::User, this, [&] { ++beta; });
    }
    QCOMPARE(v3, 2);
    QCOMPARE(beta, 2);
    QCOMPARE(limiter.sentInWindow(QStringLiteral("v3")), 2);
}

void TestRateLimiter::userWorkGoesBeforeBackground()
{
    RateLimiter limiter(2, 250);
    QStringList order;
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this,
        [&] { order << QStringLiteral("u1"); });
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this,
        [&] { order << QStringLiteral("u2"); });
    // The window is full: everything below waits, and users overtake the earlier poll.
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::Background, this,
        [&] { order << QStringLiteral("bg"); });
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this,
        [&] { order << QStringLiteral("u3"); });
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this,
        [&] { order << QStringLiteral("u4"); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 5000);
    QCOMPARE(order,
        (QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
            QStringLiteral("u4"), QStringLiteral("bg")}));
}

void TestRateLimiter::backgroundTakesAtMostHalf()
{
    RateLimiter limiter(10, 60000);
    int polls = 0;
    for (int i = 0; i < 10; ++i)
        limiter.acquire(
            QStringLiteral("beta"), ApiRequest::Priority::Background, this, [&] { ++polls; });
    QCOMPARE(polls, 5);
    int users = 0;
    for (int i = 0; i < 5; ++i)
        limiter.acquire(QStringLiteral("beta"), ApiRequest::Priority::User, this, [&] { ++users; });
    QCOMPARE(users, 5); // the other half was left for user work
}

void TestRateLimiter::backgroundOnlyBucketTakesTheWholeWindow()
{
    RateLimiter limiter(10, 60000);
    limiter.setBackgroundOnly(QStringLiteral("beta"));
    int polls = 0;
    int otherPolls = 0;
    for (int i = 0; i < 12; ++i) {
        limiter.acquire(
            QStringLiteral("beta"), ApiRequest::Priority::Background, this, [&] { ++polls; });
        limiter.acquire(
            QStringLiteral("v3"), ApiRequest::Priority::Background, this, [&] { ++otherPolls; });
    }
    QCOMPARE(polls, 10); // the whole limit, never more
    QCOMPARE(limiter.sentInWindow(QStringLiteral("beta")), 10);
    QCOMPARE(otherPolls, 5); // other buckets keep half for user work
}

void TestRateLimiter::pauseHoldsTheBucketBack()
{
    RateLimiter limiter(100, 10000);
    limiter.pause(QStringLiteral("v3"), 300);
    QElapsedTimer clock;
    clock.start();
    qint64 grantedAt = -1;
    int other = 0;
    limiter.acquire(QStringLiteral("v3"), ApiRequest::Priority::User, this,
        [&] { grantedAt = clock.elapsed(); });
    limiter.acquire(QStringLiteral("beta"), ApiRequest::Priority::User, this, [&] { ++other; });
    QCOMPARE(other, 1); // another bucket is not affected
    QCOMPARE(grantedAt, qint64(-1));
    QTRY_VERIFY_WITH_TIMEOUT(grantedAt >= 0, 5000);
    QVERIFY2(grantedAt >= 290, qPrintable(QString::number(grantedAt)));
}

void TestRateLimiter::cancelledAndDeadWaitersAreSkipped()
{
    RateLimiter limiter(1, 200);
    int first = 0;
    int cancelled = 0;
    int dead = 0;
    int last = 0;
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this, [&] { ++first; });
    const quint64 ticket = limiter.acquire(
        QStringLiteral("b"), ApiRequest::Priority::User, this, [&] { ++cancelled; });
    auto *context = new QObject;
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, context, [&] { ++dead; });
    limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this, [&] { ++last; });
    limiter.cancel(ticket);
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(last, 1, 5000);
    QCOMPARE(first, 1);
    QCOMPARE(cancelled, 0);
    QCOMPARE(dead, 0);
}

void TestRateLimiter::unlimitedGrantsAtOnce()
{
    RateLimiter limiter(0, 1000);
    int granted = 0;
    for (int i = 0; i < 1000; ++i)
        limiter.acquire(QStringLiteral("b"), ApiRequest::Priority::User, this, [&] { ++granted; });
    QCOMPARE(granted, 1000);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
