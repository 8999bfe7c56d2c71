// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "tasks/taskdurations.h"

using namespace Gatehouse;

// When the task monitor polls a new task first, from how long the provider's recent tasks ran.
class TestTaskDurations : public QObject
{
    Q_OBJECT

private slots:
    void guessUntilATaskWasSeen();
    void runningTasksPushTheFirstPollOut();
    void pollsWhenThreeInFourTasksHadEnded();
    void keepsOnlyRecentTasks();
    void fastTasksArePolledSoonSlowOnesAtTheCap();
};

void TestTaskDurations::guessUntilATaskWasSeen()
{
    TaskDurations durations;
    QCOMPARE(durations.firstPollMs(1000, 30000), 1000);
    durations.add(-1); // unknown durations are not counted
    QCOMPARE(durations.count(), 0);
    QCOMPARE(durations.firstPollMs(1000, 30000), 1000);
    durations.add(5000);
    QCOMPARE(durations.firstPollMs(1000, 30000), 5500); // + a tenth
}

void TestTaskDurations::runningTasksPushTheFirstPollOut()
{
    TaskDurations durations;
    durations.sawRunning(1000); // a task accepted with the others was still running at 1 s
    QCOMPARE(durations.firstPollMs(1000, 30000), 2250);
    durations.sawRunning(600); // an earlier sighting says less
    QCOMPARE(durations.firstPollMs(1000, 30000), 2250);
    durations.sawRunning(2250);
    QCOMPARE(durations.firstPollMs(1000, 30000), 4950);
    // Once a task has ended, its duration counts, not the sightings before it.
    durations.add(3000);
    QCOMPARE(durations.firstPollMs(1000, 30000), 3300);
}

void TestTaskDurations::pollsWhenThreeInFourTasksHadEnded()
{
    TaskDurations durations;
    for (int ms : {2000, 2100, 1900, 2050, 9000, 2000, 2020, 1980})
        durations.add(ms);
    // Sorted: 1900 1980 2000 2000 2020 2050 2100 9000; the one at 3/4 is 2100, whose tenth
    // is below the 250 ms margin. The outlier (9000) does not drag the first poll out.
    QCOMPARE(durations.firstPollMs(500, 30000), 2350);
}

void TestTaskDurations::keepsOnlyRecentTasks()
{
    TaskDurations durations;
    for (int i = 0; i < TaskDurations::kept; ++i)
        durations.add(20000);
    QCOMPARE(durations.firstPollMs(1000, 60000), 22000);
    // The provider got faster: once the slow ones are out of the window, so is the first poll.
    for (int i = 0; i < TaskDurations::kept; ++i)
        durations.add(1000);
    QCOMPARE(durations.count(), TaskDurations::kept);
    QCOMPARE(durations.firstPollMs(500, 60000), 1250);
}

void TestTaskDurations::fastTasksArePolledSoonSlowOnesAtTheCap()
{
    TaskDurations fast;
    for (int i = 0; i < 4; ++i)
        fast.add(10);
    QCOMPARE(fast.firstPollMs(2000, 30000), 260); // below the first guess: learnt
    TaskDurations slow;
    for (int i = 0; i < 4; ++i)
        slow.add(600000);
    QCOMPARE(slow.firstPollMs(2000, 30000), 30000);
    TaskDurations seen;
    seen.sawRunning(100); // a sighting never brings the first poll before the first guess
    QCOMPARE(seen.firstPollMs(2000, 30000), 2000);
}

QTEST_GUILESS_MAIN(TestTaskDurations)
#include "tst_taskdurations.moc"
