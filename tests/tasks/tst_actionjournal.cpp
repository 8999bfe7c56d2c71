// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "audit/auditverifier.h"
#include "core/clock.h"
#include "tasks/actionjournal.h"
#include "tasks/journaltestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

class TestActionJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stateNamesRoundTrip();
    void stateMachine_data();
    void stateMachine();
    void opensWithWalAndSchemaVersion();
    void existingOnlyNeedsAJournal();
    void refusesJournalOfNewerSchema();
    void recordsBatchTransitionsAndEntries();
    void rejectsStepNotAllowedFromStateOnDisk();
    void rejectsActionOwnedByAnotherRunner();
    void reassignsOnlyUnfinishedActionsOfProfile();
    void answersQueries();
    void keepsEverythingAcrossReopen();
    void twoConnectionsShareOneChain();
    void operatorNameComesFromEnvironment();
};

void TestActionJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActionJournal::stateNamesRoundTrip()
{
    for (int s = int(ActionState::Planned); s <= int(ActionState::Refused); ++s) {
        const auto state = ActionState(s);
        const QString name = actionStateName(state);
        QVERIFY(!name.isEmpty());
        QCOMPARE(actionStateFromName(name), std::optional<ActionState>(state));
        QVERIFY(!actionStateTitle(state).isEmpty());
    }
    QCOMPARE(actionStateFromName(QStringLiteral("bogus")), std::nullopt);
    QCOMPARE(actionStateName(ActionState::ReconciledNotApplied),
        QStringLiteral("reconciled_not_applied"));
}

void TestActionJournal::stateMachine_data()
{
    QTest::addColumn<ActionState>("from");
    QTest::addColumn<ActionState>("to");
    QTest::addColumn<bool>("allowed");
    using S = ActionState;
    QTest::newRow("planned-sending") << S::Planned << S::Sending << true;
    QTest::newRow("planned-skipped") << S::Planned << S::Skipped << true;
    QTest::newRow("planned-cancelled") << S::Planned << S::Cancelled << true;
    QTest::newRow("planned-confirmed") << S::Planned << S::Confirmed << false;
    QTest::newRow("sending-confirmed") << S::Sending << S::Confirmed << true;
    QTest::newRow("sending-accepted") << S::Sending << S::Accepted << true;
    QTest::newRow("sending-unknown") << S::Sending << S::Unknown << true;
    QTest::newRow("sending-cancelled") << S::Sending << S::Cancelled << false;
    QTest::newRow("sending-sending") << S::Sending << S::Sending << false;
    QTest::newRow("accepted-succeeded") << S::Accepted << S::Succeeded << true;
    QTest::newRow("accepted-warning") << S::Accepted << S::Warning << true;
    QTest::newRow("accepted-failed") << S::Accepted << S::Failed << true;
    QTest::newRow("accepted-unknown") << S::Accepted << S::Unknown << true;
    QTest::newRow("accepted-sending") << S::Accepted << S::Sending << false;
    QTest::newRow("unknown-reconciled") << S::Unknown << S::ReconciledSucceeded << true;
    QTest::newRow("unknown-notapplied") << S::Unknown << S::ReconciledNotApplied << true;
    QTest::newRow("unknown-sending") << S::Unknown << S::Sending << false;
    QTest::newRow("notapplied-sending") << S::ReconciledNotApplied << S::Sending << true;
    QTest::newRow("failed-planned") << S::Failed << S::Planned << true;
    QTest::newRow("confirmed-planned") << S::Confirmed << S::Planned << false;
    QTest::newRow("cancelled-sending") << S::Cancelled << S::Sending << false;
    QTest::newRow("refused-planned") << S::Refused << S::Planned << false;
}

void TestActionJournal::stateMachine()
{
    QFETCH(ActionState, from);
    QFETCH(ActionState, to);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedTransition(from, to), allowed);
}

void TestActionJournal::opensWithWalAndSchemaVersion()
{
    QTemporaryDir dir;
    ActionJournal journal;
    const auto opened = journal.open(dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
    QVERIFY(journal.isOpen());
    QCOMPARE(journal.filePath(), dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(QFileInfo::exists(journal.filePath()));
    QCOMPARE(journal.schemaVersion(), ActionJournal::currentSchemaVersion);

    RawDatabase raw(journal.filePath());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);

    // Opening again migrates nothing and keeps one version row.
    ActionJournal second;
    QVERIFY(second.open(dir.path()).ok());
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
}

void TestActionJournal::existingOnlyNeedsAJournal()
{
    QTemporaryDir dir;
    ActionJournal journal;
    const auto opened = journal.open(dir.path(), ActionJournal::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind(), ApiError::Kind::Config);
    QVERIFY(!journal.isOpen());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("journal.sqlite"))));
}

void TestActionJournal::refusesJournalOfNewerSchema()
{
    QTemporaryDir dir;
    {
        ActionJournal journal;
        QVERIFY(journal.open(dir.path()).ok());
    }
    {
        RawDatabase raw(dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    ActionJournal journal;
    const auto opened = journal.open(dir.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message().contains(QLatin1String("newer")),
        qPrintable(opened.error().message()));
    QVERIFY(!journal.isOpen());
}

void TestActionJournal::recordsBatchTransitionsAndEntries()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2025, 3, 4), QTime(10, 0), QTimeZone::utc()));
    ActionJournal journal(&clock);
    QVERIFY(journal.open(dir.path()).ok());
    QSignalSpy recorded(&journal, &ActionJournal::actionRecorded);
    QSignalSpy batchAdded(&journal, &ActionJournal::batchAdded);

    const BatchRecord batch = makeBatch();
    QVector<ActionRecord> actions{makeAction(batch, 1), makeAction(batch, 2), makeAction(batch, 3)};
    actions[2].state = ActionState::Skipped;
    actions[2].note = QStringLiteral("already disabled");
    QVERIFY(journal.addBatch(batch, actions).ok());
    QCOMPARE(batchAdded.count(), 1);
    QCOMPARE(recorded.count(), 3);
    QCOMPARE(actions[0].created, clock.utcNow());
    QCOMPARE(journal.entryCount().value(), 3);

    clock.advance(1500);
    ActionRecord &a = actions[0];
    a.state = ActionState::Sending;
    a.attempts = 1;
    QVERIFY(journal.record(a).ok());
    QCOMPARE(a.updated, clock.utcNow());

    clock.advance(800);
    a.state = ActionState::Failed;
    a.error = ApiError(ApiError::Kind::Forbidden, QStringLiteral("No permission"), 403);
    a.error.setProviderCode(QStringLiteral("403 Forbidden")).setRequestId(QStringLiteral("trk-42"));
    a.requestId = QStringLiteral("trk-42");
    QVERIFY(journal.record(a).ok());
    QCOMPARE(recorded.count(), 5);
    QCOMPARE(recorded.last().first().value<ActionRecord>().state, ActionState::Failed);

    const auto back = journal.action(a.id);
    QVERIFY(back.ok() && back.value().has_value());
    const ActionRecord &r = *back.value();
    QCOMPARE(r.state, ActionState::Failed);
    QCOMPARE(r.batchId, batch.id);
    QCOMPARE(r.profileId, batch.profileId);
    QCOMPARE(r.profileName, batch.profileName);
    QCOMPARE(r.userId, QStringLiteral("user-1"));
    QCOMPARE(r.login, QStringLiteral("login1"));
    QCOMPARE(r.email, QStringLiteral("user1@example.com"));
    QCOMPARE(r.displayName, QStringLiteral("User Number 1"));
    QCOMPARE(r.action, UserAction::Disable);
    QCOMPARE(r.operatorName, QStringLiteral("helpdesk1"));
    QCOMPARE(r.reason, QStringLiteral("INC-1234, leaver"));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(r.error.httpStatus(), 403);
    QCOMPARE(r.error.providerCode(), QStringLiteral("403 Forbidden"));
    QCOMPARE(r.error.requestId(), QStringLiteral("trk-42"));
    QCOMPARE(r.error.message(), QStringLiteral("No permission"));
    QCOMPARE(r.created, actions[1].created);
    QCOMPARE(r.updated, clock.utcNow());

    // The trail holds every transition in order, chained.
    QStringList states;
    QByteArray prev = AuditEntry::genesisHash();
    QVERIFY(journal
                .forEachEntry(0,
                    [&](const AuditEntry &e) {
                        if (e.actionId == a.id.toString(QUuid::WithoutBraces))
                            states += e.state;
                        if (e.prevHash != prev || e.computeHash() != e.hash)
                            return false;
                        prev = e.hash;
                        return true;
                    })
                .ok());
    QCOMPARE(states,
        (QStringList{
            QStringLiteral("planned"), QStringLiteral("sending"), QStringLiteral("failed")}));
    QCOMPARE(journal.chainHead().value().hash, prev);
    QCOMPARE(journal.chainHead().value().seq, 5);
}

void TestActionJournal::rejectsStepNotAllowedFromStateOnDisk()
{
    QTemporaryDir dir;
    ActionJournal journal;
    QVERIFY(journal.open(dir.path()).ok());
    const BatchRecord batch = makeBatch();
    QVector<ActionRecord> actions{makeAction(batch, 1)};
    QVERIFY(journal.addBatch(batch, actions).ok());

    ActionRecord a = actions[0];
    a.state = ActionState::Confirmed; // never sent
    const auto result = journal.record(a);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::Conflict);
    QCOMPARE(journal.entryCount().value(), 1);
    QCOMPARE(journal.action(a.id).value()->state, ActionState::Planned);

    // A stale in-memory copy cannot replay a step already taken.
    a.state = ActionState::Sending;
    QVERIFY(journal.record(a).ok());
    ActionRecord stale = actions[0];
    stale.state = ActionState::Sending;
    QVERIFY(!journal.record(stale).ok());
    QCOMPARE(journal.entryCount().value(), 2);

    // A new action must start in an initial state.
    QVector<ActionRecord> bad{makeAction(batch, 2)};
    bad[0].state = ActionState::Sending;
    QVERIFY(!journal.addBatch(makeBatch(), bad).ok());
    QCOMPARE(journal.entryCount().value(), 2);
    QCOMPARE(journal.batches().value().size(), 1);
}

void TestActionJournal::rejectsActionOwnedByAnotherRunner()
{
    QTemporaryDir dir;
    ActionJournal journal;
    QVERIFY(journal.open(dir.path()).ok());
    const BatchRecord batch = makeBatch();
    QVector<ActionRecord> actions{makeAction(batch, 1, QStringLiteral("runner-a"))};
    QVERIFY(journal.addBatch(batch, actions).ok());

    ActionRecord other = actions[0];
    other.owner = QStringLiteral("runner-b");
    other.state = ActionState::Sending;
    const auto result = journal.record(other);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ApiError::Kind::Conflict);

    QCOMPARE(
        journal.reassign(QStringLiteral("runner-a"), QStringLiteral("runner-b"), batch.profileId)
            .value(),
        1);
    QVERIFY(journal.record(other).ok());
}

void TestActionJournal::reassignsOnlyUnfinishedActionsOfProfile()
{
    QTemporaryDir dir;
    ActionJournal journal;
    QVERIFY(journal.open(dir.path()).ok());
    const QString dead = QStringLiteral("dead-runner");
    const BatchRecord batch = makeBatch();
    QVector<ActionRecord> actions{
        makeAction(batch, 1, dead), makeAction(batch, 2, dead), makeAction(batch, 3, dead)};
    actions[2].state = ActionState::Skipped;
    QVERIFY(journal.addBatch(batch, actions).ok());
    const BatchRecord otherProfile = makeBatch();
    QVector<ActionRecord> others{makeAction(otherProfile, 4, dead)};
    QVERIFY(journal.addBatch(otherProfile, others).ok());

    QCOMPARE(journal.reassign(dead, QStringLiteral("me"), batch.profileId).value(), 2);
    QCOMPARE(journal.action(actions[0].id).value()->owner, QStringLiteral("me"));
    QVERIFY(journal.action(actions[2].id).value()->owner.isEmpty()); // finished: nobody's
    QCOMPARE(journal.action(others[0].id).value()->owner, dead); // other profile
}

void TestActionJournal::answersQueries()
{
    QTemporaryDir dir;
    ManualClock clock;
    ActionJournal journal(&clock);
    QVERIFY(journal.open(dir.path()).ok());

    const QUuid profile = QUuid::createUuid();
    const BatchRecord first = makeBatch(profile);
    QVector<ActionRecord> a{
        makeAction(first, 1), makeAction(first, 2), makeAction(first, 3), makeAction(first, 4)};
    QVERIFY(journal.addBatch(first, a).ok());
    clock.advance(10);
    const BatchRecord second = makeBatch(profile, UserAction::Enable);
    QVector<ActionRecord> b{makeAction(second, 1), makeAction(second, 5)};
    QVERIFY(journal.addBatch(second, b).ok());
    const BatchRecord elsewhere = makeBatch();
    QVector<ActionRecord> c{makeAction(elsewhere, 1)};
    QVERIFY(journal.addBatch(elsewhere, c).ok());

    // First batch: 1 confirmed, 2 failed, 3 unknown, 4 planned.
    for (ActionRecord *x : {&a[0], &a[1], &a[2]}) {
        x->state = ActionState::Sending;
        QVERIFY(journal.record(*x).ok());
    }
    a[0].state = ActionState::Confirmed;
    a[1].state = ActionState::Failed;
    a[2].state = ActionState::Unknown;
    QVERIFY(journal.record(a[0]).ok());
    QVERIFY(journal.record(a[1]).ok());
    QVERIFY(journal.record(a[2]).ok());
    // The second batch's user-5 is cancelled.
    b[1].state = ActionState::Cancelled;
    QVERIFY(journal.record(b[1]).ok());

    const auto inBatch = journal.actionsInBatch(first.id).value();
    QCOMPARE(inBatch.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(inBatch[i].id, a[i].id); // batch order

    const auto unfinished = journal.unfinishedActions(profile).value();
    QCOMPARE(unfinished.size(), 3); // a3 unknown, a4 planned, b1 planned
    QCOMPARE(unfinished[0].id, a[2].id);
    QCOMPARE(unfinished[1].id, a[3].id);
    QCOMPARE(unfinished[2].id, b[0].id);
    QCOMPARE(journal.unfinishedActions().value().size(), 4); // all profiles

    const auto busy = journal.usersWithUnfinishedActions(profile).value();
    QCOMPARE(busy,
        (QSet<QString>{
            QStringLiteral("user-3"), QStringLiteral("user-4"), QStringLiteral("user-1")}));

    const auto recent = journal.recentActionsForUser(profile, QStringLiteral("user-1"), 5).value();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent[0].id, b[0].id); // newest first
    QCOMPARE(recent[1].id, a[0].id);
    QCOMPARE(journal.recentActionsForUser(profile, QStringLiteral("user-1"), 1).value().size(), 1);

    const auto all = journal.allActions().value();
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.first().id, a[0].id);
    const auto lastTwo = journal.allActions(2).value();
    QCOMPARE(lastTwo.size(), 2);
    QCOMPARE(lastTwo[0].id, b[1].id);
    QCOMPARE(lastTwo[1].id, c[0].id);

    const auto batches = journal.batches().value();
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches[0].id, elsewhere.id);
    QCOMPARE(batches[1].action, UserAction::Enable);
    QVERIFY(journal.setBatchCancelled(first.id).ok());
    QVERIFY(journal.batch(first.id).value()->cancelled);
    QVERIFY(!journal.batch(second.id).value()->cancelled);
    QVERIFY(!journal.batch(QUuid::createUuid()).value().has_value());

    const BatchSummary summary = journal.batchSummary(first.id).value();
    QCOMPARE(summary.total, 4);
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.unknown, 1);
    QCOMPARE(summary.pending, 1);
    QCOMPARE(summary.done(), 3);
    const BatchSummary two = journal.batchSummary(second.id).value();
    QCOMPARE(two.cancelled, 1);
    QCOMPARE(two.pending, 1);
}

void TestActionJournal::keepsEverythingAcrossReopen()
{
    QTemporaryDir dir;
    const BatchRecord batch = makeBatch();
    QVector<ActionRecord> actions{makeAction(batch, 1)};
    {
        ActionJournal journal;
        QVERIFY(journal.open(dir.path()).ok());
        QVERIFY(journal.addBatch(batch, actions).ok());
        actions[0].state = ActionState::Sending;
        actions[0].attempts = 1;
        QVERIFY(journal.record(actions[0]).ok());
        actions[0].state = ActionState::Accepted;
        actions[0].taskId = QStringLiteral("task-9");
        QVERIFY(journal.record(actions[0]).ok());
    }
    ActionJournal journal;
    QVERIFY(journal.open(dir.path(), ActionJournal::OpenMode::ExistingOnly).ok());
    const auto unfinished = journal.unfinishedActions().value();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished[0].state, ActionState::Accepted);
    QCOMPARE(unfinished[0].taskId, QStringLiteral("task-9"));
    QCOMPARE(journal.entryCount().value(), 3);
    const auto report = AuditVerifier(journal).verify();
    QVERIFY(report.ok());
    QVERIFY(report->intact());
    QVERIFY(report->anchorChecked);
}

void TestActionJournal::twoConnectionsShareOneChain()
{
    QTemporaryDir dir;
    ActionJournal gui;
    ActionJournal cli;
    QVERIFY(gui.open(dir.path()).ok());
    QVERIFY(cli.open(dir.path()).ok());
    const BatchRecord one = makeBatch();
    const BatchRecord two = makeBatch();
    QVector<ActionRecord> a;
    QVector<ActionRecord> b;
    for (int i = 0; i < 5; ++i) {
        a.append(makeAction(one, i));
        b.append(makeAction(two, i));
    }
    QVERIFY(gui.addBatch(one, a).ok());
    QVERIFY(cli.addBatch(two, b).ok());
    for (int i = 0; i < 5; ++i) {
        a[i].state = ActionState::Sending;
        b[i].state = ActionState::Sending;
        QVERIFY(gui.record(a[i]).ok());
        QVERIFY(cli.record(b[i]).ok());
    }
    QCOMPARE(gui.entryCount().value(), 20);
    QCOMPARE(cli.chainHead().value(), gui.chainHead().value());
    const auto report = AuditVerifier(cli).verify();
    QVERIFY(report.ok());
    QVERIFY2(report->intact(),
        qPrintable(report->findings.isEmpty() ? QString() : report->findings.first().message));
    QCOMPARE(report->entries, 20);
}

void TestActionJournal::operatorNameComesFromEnvironment()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    qputenv("USER", "alice.helpdesk");
    QCOMPARE(currentOperatorName(), QStringLiteral("alice.helpdesk"));
    qunsetenv("USER");
    qputenv("USERNAME", "bob");
    QCOMPARE(currentOperatorName(), QStringLiteral("bob"));
    qunsetenv("USERNAME");
    const QByteArray logName = qgetenv("LOGNAME");
    qunsetenv("LOGNAME");
    QVERIFY(!currentOperatorName().isEmpty()); // the home folder's name
    if (!user.isNull())
        qputenv("USER", user);
    if (!userName.isNull())
        qputenv("USERNAME", userName);
    if (!logName.isNull())
        qputenv("LOGNAME", logName);
}

QTEST_GUILESS_MAIN(TestActionJournal)
#include "tst_actionjournal.moc"
