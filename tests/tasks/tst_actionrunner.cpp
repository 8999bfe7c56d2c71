// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audit/auditverifier.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "tasks/fakeprovider.h"
#include "tasks/journaltestutil.h"
#include "tasks/taskmonitor.h"

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

constexpr int waitMs = 30000;

Profile makeProfile(ProviderKind kind)
{
    Profile profile = Profile::create(kind, QStringLiteral("Test %1").arg(providerKindName(kind)));
    return profile;
}

// The states one action went through, from the audit trail.
QStringList trailOf(ActionJournal &journal, const QUuid &actionId)
{
    QStringList states;
    const QString id = actionId.toString(QUuid::WithoutBraces);
    journal.forEachEntry(0, [&](const AuditEntry &e) {
        if (e.actionId == id)
            states += e.state;
        return true;
    });
    return states;
}

QStringList names(std::initializer_list<ActionState> states)
{
    QStringList list;
    for (ActionState s : states)
        list += actionStateName(s);
    return list;
}

} // namespace

class TestActionRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void confirmsSynchronousActionsJournalingEachStep();
    void skipsUsersAlreadyInTargetState();
    void refusesWhatTheProfileForbids_data();
    void refusesWhatTheProfileForbids();
    void boundsRequestsInFlight();
    void followsAsynchronousTasks_data();
    void followsAsynchronousTasks();
    void reconcilesUnknownOutcomeThatWasApplied();
    void resendsOnceWhenReadBackShowsNotApplied();
    void failsAfterTheOneResend();
    void failedActionsCanBeRetried();
    void cancelStopsWhatWasNotSent();
    void skipsUsersWithAnOpenAction();
    void resumesWhatACrashedRunnerLeft();
    void leavesActionsOfALiveRunnerAlone();
    void staysUnknownWhenTheStateCannotBeRead();
    void readsAgainBeforeSendingAfterATransientError();

private:
    struct Setup
    {
        std::unique_ptr<ActionJournal> journal;
        std::unique_ptr<FakeProvider> provider;
        std::unique_ptr<ActionRunner> runner;
        Profile profile;
    };
    Setup make(ProviderKind kind = ProviderKind::Huawei, int users = 5);
    BatchRequest batchFor(const Setup &s, UserAction action, int users) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestActionRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActionRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestActionRunner::cleanup()
{
    m_dir.reset();
}

TestActionRunner::Setup TestActionRunner::make(ProviderKind kind, int users)
{
    Setup s;
    s.journal = std::make_unique<ActionJournal>();
    const auto opened = s.journal->open(m_dir->path());
    if (!opened)
        qFatal("cannot open journal: %s", qPrintable(opened.error().message()));
    s.provider = std::make_unique<FakeProvider>(kind);
    s.provider->setAsync(kind == ProviderKind::SailPoint);
    for (int i = 0; i < users; ++i)
        s.provider->addUser(QStringLiteral("u%1").arg(i), UserRecord::State::Enabled);
    s.profile = makeProfile(kind);
    s.runner = std::make_unique<ActionRunner>(s.journal.get());
    RunnerSettings settings;
    settings.settleDelayMs = 50;
    settings.reconcileRetryMs = 20;
    s.runner->setSettings(settings);
    TaskMonitorSettings polling;
    polling.firstPollMs = 10;
    polling.maxPollMs = 40;
    polling.readBackTimeoutMs = 2000;
    s.runner->setTaskMonitorSettings(polling);
    const auto added = s.runner->addProfile(s.profile, s.provider.get());
    if (!added)
        qFatal("cannot add profile: %s", qPrintable(added.error().message()));
    return s;
}

BatchRequest TestActionRunner::batchFor(const Setup &s, UserAction action, int users) const
{
    BatchRequest request;
    request.profileId = s.profile.id;
    request.action = action;
    request.reason = QStringLiteral("INC-7");
    request.operatorName = QStringLiteral("tester");
    for (int i = 0; i < users; ++i) {
        const UserRecord user = s.provider->user(QStringLiteral("u%1").arg(i));
        BatchUser b;
        b.id = user.id;
        b.login = user.login;
        b.email = user.email;
        b.displayName = user.displayName;
        request.users.append(b);
    }
    return request;
}

void TestActionRunner::confirmsSynchronousActionsJournalingEachStep()
{
    Setup s = make(ProviderKind::Huawei, 5);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    QSignalSpy progress(s.runner.get(), &ActionRunner::batchProgress);
    QSignalSpy confirmed(s.runner.get(), &ActionRunner::userStateConfirmed);
    QSignalSpy changed(s.runner.get(), &ActionRunner::actionChanged);
    QSignalSpy idle(s.runner.get(), &ActionRunner::idle);

    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 5));
    QVERIFY2(batch.ok(), qPrintable(batch.error().message()));
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toUuid(), batch.value());
    const auto summary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(summary.total, 5);
    QCOMPARE(summary.succeeded, 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    QCOMPARE(progress.last().at(2).toInt(), 5);
    QCOMPARE(confirmed.count(), 5);
    QCOMPARE(confirmed.first().first().value<UserStateChange>().state, UserRecord::State::Disabled);
    QCOMPARE(idle.count(), 1);
    QVERIFY(!s.runner->isBusy());
    QCOMPARE(changed.count(), 5 * 3); // planned, sending, confirmed

    const QVector<ActionRecord> actions = s.journal->actionsInBatch(batch.value()).value();
    for (const ActionRecord &a : actions) {
        QCOMPARE(a.state, ActionState::Confirmed);
        QCOMPARE(a.attempts, 1);
        QCOMPARE(a.operatorName, QStringLiteral("tester"));
        QCOMPARE(a.reason, QStringLiteral("INC-7"));
        QVERIFY(!a.requestId.isEmpty());
        QVERIFY(a.owner.isEmpty());
        QCOMPARE(trailOf(*s.journal, a.id),
            names({ActionState::Planned, ActionState::Sending, ActionState::Confirmed}));
        QCOMPARE(s.provider->sends(a.userId), 1);
        QCOMPARE(s.provider->user(a.userId).state, UserRecord::State::Disabled);
    }
    QVERIFY(AuditVerifier(*s.journal).verify().value().intact());
}

void TestActionRunner::skipsUsersAlreadyInTargetState()
{
    Setup s = make(ProviderKind::Huawei, 4);
    s.provider->addUser(QStringLiteral("u1"), UserRecord::State::Disabled);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    BatchRequest request = batchFor(s, UserAction::Disable, 4);
    // u2: the table already shows it disabled, so it is neither read nor sent.
    request.users[2].knownState = UserRecord::State::Disabled;
    // u3: the table shows it enabled, so it is sent without a read first.
    request.users[3].knownState = UserRecord::State::Enabled;
    request.users.append(request.users[0]); // a duplicate is one action
    const auto batch = s.runner->submit(request);
    QVERIFY(batch.ok());
    QVERIFY(finished.wait(waitMs));
    const auto summary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(summary.total, 4);
    QCOMPARE(summary.succeeded, 2);
    QCOMPARE(summary.skipped, 2);
    QCOMPARE(s.provider->sends(QStringLiteral("u1")), 0); // read first: already disabled
    QCOMPARE(s.provider->sends(QStringLiteral("u2")), 0);
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 1);
    QCOMPARE(s.provider->sends(QStringLiteral("u3")), 1);
    QCOMPARE(s.provider->reads(), 2); // u0 and u1
    QCOMPARE(s.provider->user(QStringLiteral("u2")).state, UserRecord::State::Enabled);
}

void TestActionRunner::refusesWhatTheProfileForbids_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("requireReason");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("action");
    QTest::newRow("read-only") << true << false << QStringLiteral("INC-1")
                               << int(UserAction::Disable);
    QTest::newRow("no reason") << false << true << QStringLiteral("  ") << int(UserAction::Disable);
    QTest::newRow("unlock on huawei")
        << false << false << QStringLiteral("INC-1") << int(UserAction::Unlock);
}

void TestActionRunner::refusesWhatTheProfileForbids()
{
    QFETCH(bool, readOnly);
    QFETCH(bool, requireReason);
    QFETCH(QString, reason);
    QFETCH(int, action);
    Setup s = make(ProviderKind::Huawei, 2);
    s.profile.readOnly = readOnly;
    s.profile.requireReason = requireReason;
    QVERIFY(s.runner->addProfile(s.profile, s.provider.get()).ok());
    BatchRequest request = batchFor(s, UserAction(action), 2);
    request.reason = reason;
    const auto batch = s.runner->submit(request);
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().kind(), ApiError::Kind::Config);
    QCOMPARE(s.provider->totalSends(), 0);
    QCOMPARE(s.provider->reads(), 0);
    const auto all = s.journal->allActions().value();
    QCOMPARE(all.size(), 2);
    for (const ActionRecord &a : all) {
        QCOMPARE(a.state, ActionState::Refused);
        QCOMPARE(a.error.message(), batch.error().message());
    }
    QVERIFY(!s.runner->isBusy());
}

void TestActionRunner::boundsRequestsInFlight()
{
    Setup s = make(ProviderKind::Huawei, 20);
    s.provider->setDelayMs(5);
    RunnerSettings settings = s.runner->settings();
    settings.maxInFlight = 3;
    s.runner->setSettings(settings);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    QVERIFY(s.runner->submit(batchFor(s, UserAction::Disable, 20)).ok());
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.first().at(1).value<BatchSummary>().succeeded, 20);
    QCOMPARE(s.provider->maxConcurrent(), 3);
    QCOMPARE(s.provider->totalSends(), 20);
}

void TestActionRunner::followsAsynchronousTasks_data()
{
    QTest::addColumn<TaskStatus::State>("end");
    QTest::addColumn<ActionState>("expected");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("success") << TaskStatus::State::Succeeded << ActionState::Succeeded << true;
    QTest::newRow("warning") << TaskStatus::State::Warning << ActionState::Warning << true;
    QTest::newRow("error") << TaskStatus::State::Failed << ActionState::Failed << false;
    QTest::newRow("temporary error")
        << TaskStatus::State::TempError << ActionState::Succeeded << true;
    QTest::newRow("unresolvable id")
        << TaskStatus::State::Unresolvable << ActionState::Succeeded << true;
}

void TestActionRunner::followsAsynchronousTasks()
{
    QFETCH(TaskStatus::State, end);
    QFETCH(ActionState, expected);
    QFETCH(bool, disabled);
    Setup s = make(ProviderKind::SailPoint, 1);
    s.provider->scriptTask(QStringLiteral("u0"), 3, end, QStringLiteral("provider says so"));
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    QSignalSpy confirmed(s.runner.get(), &ActionRunner::userStateConfirmed);
    QSignalSpy progress(s.runner->taskMonitor(), &TaskMonitor::taskProgress);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 1));
    QVERIFY(batch.ok());
    QVERIFY(finished.wait(waitMs));
    const ActionRecord a = s.journal->actionsInBatch(batch.value()).value().first();
    QCOMPARE(a.state, expected);
    QVERIFY(!a.taskId.isEmpty());
    QCOMPARE(trailOf(*s.journal, a.id).mid(0, 3),
        names({ActionState::Planned, ActionState::Sending, ActionState::Accepted}));
    // Three "running" answers, and the temporary error counts as one more.
    QCOMPARE(progress.count(), end == TaskStatus::State::TempError ? 4 : 3);
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 1);
    QCOMPARE(s.provider->user(QStringLiteral("u0")).state == UserRecord::State::Disabled, disabled);
    QCOMPARE(confirmed.count(), disabled ? 1 : 0);
    if (expected == ActionState::Failed) {
        QCOMPARE(a.error.message(), QStringLiteral("provider says so"));
        QCOMPARE(a.error.providerCode(), QStringLiteral("ERROR"));
    }
    if (expected == ActionState::Warning)
        QCOMPARE(a.note, QStringLiteral("provider says so"));
}

void TestActionRunner::reconcilesUnknownOutcomeThatWasApplied()
{
    Setup s = make(ProviderKind::Huawei, 1);
    s.provider->loseAnswers(QStringLiteral("u0"), {FakeProvider::Lost::Applied});
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 1));
    QVERIFY(finished.wait(waitMs));
    const ActionRecord a = s.journal->actionsInBatch(batch.value()).value().first();
    QCOMPARE(a.state, ActionState::ReconciledSucceeded);
    QCOMPARE(trailOf(*s.journal, a.id),
        names({ActionState::Planned, ActionState::Sending, ActionState::Unknown,
            ActionState::ReconciledSucceeded}));
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 1);
    QCOMPARE(s.provider->applied(QStringLiteral("u0")), 1);
    QCOMPARE(finished.first().at(1).value<BatchSummary>().succeeded, 1);
}

void TestActionRunner::resendsOnceWhenReadBackShowsNotApplied()
{
    Setup s = make(ProviderKind::Huawei, 1);
    s.provider->loseAnswers(QStringLiteral("u0"), {FakeProvider::Lost::NotApplied});
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 1));
    QVERIFY(finished.wait(waitMs));
    const ActionRecord a = s.journal->actionsInBatch(batch.value()).value().first();
    QCOMPARE(a.state, ActionState::Confirmed);
    QCOMPARE(a.attempts, 2);
    QVERIFY(a.resent);
    QCOMPARE(trailOf(*s.journal, a.id),
        names({ActionState::Planned, ActionState::Sending, ActionState::Unknown,
            ActionState::ReconciledNotApplied, ActionState::Sending, ActionState::Confirmed}));
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 2);
    QCOMPARE(s.provider->applied(QStringLiteral("u0")), 1);
}

void TestActionRunner::failsAfterTheOneResend()
{
    Setup s = make(ProviderKind::Huawei, 1);
    s.provider->loseAnswers(
        QStringLiteral("u0"), {FakeProvider::Lost::NotApplied, FakeProvider::Lost::NotApplied});
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 1));
    QVERIFY(finished.wait(waitMs));
    const ActionRecord a = s.journal->actionsInBatch(batch.value()).value().first();
    QCOMPARE(a.state, ActionState::Failed);
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 2);
    QCOMPARE(s.provider->applied(QStringLiteral("u0")), 0);
    QCOMPARE(finished.first().at(1).value<BatchSummary>().failed, 1);
}

void TestActionRunner::failedActionsCanBeRetried()
{
    Setup s = make(ProviderKind::Huawei, 3);
    ApiError forbidden(ApiError::Kind::Forbidden, QStringLiteral("No permission"), 403);
    forbidden.setRequestId(QStringLiteral("trk-1"));
    s.provider->failNextSend(QStringLiteral("u1"), forbidden);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 3));
    QVERIFY(finished.wait(waitMs));
    auto summary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.succeeded, 2);
    ActionRecord failed;
    const QVector<ActionRecord> actions = s.journal->actionsInBatch(batch.value()).value();
    for (const ActionRecord &a : actions) {
        if (a.userId == QLatin1String("u1"))
            failed = a;
    }
    QCOMPARE(failed.state, ActionState::Failed);
    QCOMPARE(failed.error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(failed.requestId, QStringLiteral("trk-1"));

    QCOMPARE(s.runner->retryFailed(batch.value()).value(), 1);
    QVERIFY(finished.wait(waitMs));
    summary = finished.last().at(1).value<BatchSummary>();
    QCOMPARE(summary.succeeded, 3);
    const ActionRecord retried = s.journal->action(failed.id).value().value();
    QCOMPARE(retried.state, ActionState::Confirmed);
    QCOMPARE(retried.attempts, 2);
    QCOMPARE(s.provider->sends(QStringLiteral("u1")), 2);
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 1); // only the failed one again
    QCOMPARE(trailOf(*s.journal, failed.id),
        names({ActionState::Planned, ActionState::Sending, ActionState::Failed,
            ActionState::Planned, ActionState::Sending, ActionState::Confirmed}));
    QCOMPARE(s.runner->retryFailed(batch.value()).value(), 0);
}

void TestActionRunner::cancelStopsWhatWasNotSent()
{
    Setup s = make(ProviderKind::SailPoint, 10);
    s.provider->setDelayMs(20);
    RunnerSettings settings = s.runner->settings();
    settings.maxInFlight = 1;
    s.runner->setSettings(settings);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    QSignalSpy changed(s.runner.get(), &ActionRunner::actionChanged);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 10));
    QVERIFY(batch.ok());
    // Wait until the first action was accepted, then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.begin(), changed.end(),
                                 [](const QList<QVariant> &args) {
                                     return args.first().value<ActionRecord>().state
                                         == ActionState::Accepted;
                                 }),
        waitMs);
    const int cancelled = s.runner->cancelBatch(batch.value()).value();
    QVERIFY(cancelled >= 8);
    QVERIFY(finished.wait(waitMs));
    const auto summary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(summary.cancelled, cancelled);
    QCOMPARE(summary.succeeded, 10 - cancelled);
    QCOMPARE(s.provider->totalSends(), 10 - cancelled);
    const QVector<ActionRecord> actions = s.journal->actionsInBatch(batch.value()).value();
    for (const ActionRecord &a : actions) {
        if (a.state == ActionState::Cancelled)
            QCOMPARE(s.provider->sends(a.userId), 0);
        else
            QCOMPARE(a.state, ActionState::Succeeded); // followed to its end
    }
    QVERIFY(s.journal->batch(batch.value()).value()->cancelled);
}

void TestActionRunner::skipsUsersWithAnOpenAction()
{
    Setup s = make(ProviderKind::SailPoint, 2);
    s.provider->scriptTask(QStringLiteral("u0"), 5, TaskStatus::State::Succeeded);
    s.provider->scriptTask(QStringLiteral("u1"), 5, TaskStatus::State::Succeeded);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto first = s.runner->submit(batchFor(s, UserAction::Disable, 2));
    QVERIFY(first.ok());
    QTRY_COMPARE_WITH_TIMEOUT(s.provider->totalSends(), 2, waitMs);
    const auto second = s.runner->submit(batchFor(s, UserAction::Disable, 2));
    QVERIFY(second.ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, waitMs);
    const auto summary = s.journal->batchSummary(second.value()).value();
    QCOMPARE(summary.skipped, 2);
    QCOMPARE(s.provider->totalSends(), 2);
}

void TestActionRunner::resumesWhatACrashedRunnerLeft()
{
    // A journal as a killed runner leaves it: one action in each unfinished state, owned by a
    // runner whose lock is gone.
    const QString deadOwner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Profile profile = makeProfile(ProviderKind::SailPoint);
    QVector<ActionRecord> actions;
    {
        ActionJournal journal;
        QVERIFY(journal.open(m_dir->path()).ok());
        BatchRecord batch = makeBatch(profile.id);
        batch.provider = ProviderKind::SailPoint;
        for (int i = 0; i < 6; ++i) {
            ActionRecord a = makeAction(batch, i, deadOwner);
            a.userId = QStringLiteral("u%1").arg(i);
            actions.append(a);
        }
        QVERIFY(journal.addBatch(batch, actions).ok());
        auto step = [&](ActionRecord &a, std::initializer_list<ActionState> states) {
            for (ActionState st : states) {
                a.state = st;
                if (st == ActionState::Sending)
                    a.attempts += 1;
                if (st == ActionState::Accepted)
                    a.taskId = QStringLiteral("task-unknown-to-provider");
                QVERIFY(journal.record(a).ok());
            }
        };
        // u0 planned; u1 sending (never reached the provider); u2 sending (reached it);
        // u3 unknown (reached it); u4 accepted; u5 reconciled_not_applied.
        step(actions[1], {ActionState::Sending});
        step(actions[2], {ActionState::Sending});
        step(actions[3], {ActionState::Sending, ActionState::Unknown});
        step(actions[4], {ActionState::Sending, ActionState::Accepted});
        step(actions[5],
            {ActionState::Sending, ActionState::Unknown, ActionState::ReconciledNotApplied});
    }

    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path()).ok());
    FakeProvider provider(ProviderKind::SailPoint);
    provider.setAsync(true);
    for (int i = 0; i < 6; ++i)
        provider.addUser(QStringLiteral("u%1").arg(i), UserRecord::State::Enabled);
    // What reached the provider before the crash.
    provider.addUser(QStringLiteral("u2"), UserRecord::State::Disabled);
    provider.addUser(QStringLiteral("u3"), UserRecord::State::Disabled);
    provider.addUser(QStringLiteral("u4"), UserRecord::State::Disabled);
    ActionRunner runner(&journal);
    RunnerSettings settings;
    settings.settleDelayMs = 30;
    runner.setSettings(settings);
    TaskMonitorSettings polling;
    polling.firstPollMs = 10;
    runner.setTaskMonitorSettings(polling);
    QVERIFY(runner.addProfile(profile, &provider).ok());
    QSignalSpy finished(&runner, &ActionRunner::batchFinished);
    QCOMPARE(runner.resumeUnfinished(profile.id).value(), 6);
    QVERIFY(finished.wait(waitMs));

    auto stateOf = [&](int i) { return journal.action(actions[i].id).value()->state; };
    QCOMPARE(stateOf(0), ActionState::Succeeded); // sent now
    QCOMPARE(stateOf(1), ActionState::Succeeded); // read back: not applied, so sent now
    QCOMPARE(stateOf(2), ActionState::ReconciledSucceeded);
    QCOMPARE(stateOf(3), ActionState::ReconciledSucceeded);
    QCOMPARE(stateOf(4), ActionState::Succeeded); // followed by reading the account
    QCOMPARE(stateOf(5), ActionState::Succeeded); // the one resend
    QCOMPARE(provider.sends(QStringLiteral("u0")), 1);
    QCOMPARE(provider.sends(QStringLiteral("u1")), 1);
    QCOMPARE(provider.sends(QStringLiteral("u2")), 0);
    QCOMPARE(provider.sends(QStringLiteral("u3")), 0);
    QCOMPARE(provider.sends(QStringLiteral("u4")), 0);
    QCOMPARE(provider.sends(QStringLiteral("u5")), 1);
    QCOMPARE(trailOf(journal, actions[1].id).mid(1),
        names({ActionState::Sending, ActionState::Unknown, ActionState::ReconciledNotApplied,
            ActionState::Sending, ActionState::Accepted, ActionState::Succeeded}));
    QVERIFY(journal.unfinishedActions().value().isEmpty());
    // Resuming again finds nothing.
    QCOMPARE(runner.resumeUnfinished(profile.id).value(), 0);
}

void TestActionRunner::leavesActionsOfALiveRunnerAlone()
{
    Setup s = make(ProviderKind::SailPoint, 2);
    s.provider->scriptTask(QStringLiteral("u0"), 50, TaskStatus::State::Succeeded);
    s.provider->scriptTask(QStringLiteral("u1"), 50, TaskStatus::State::Succeeded);
    QVERIFY(s.runner->submit(batchFor(s, UserAction::Disable, 2)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(s.runner->taskMonitor()->followedCount(), 2, waitMs);

    // A second process (here: a second journal connection and runner) starts meanwhile.
    ActionJournal other;
    QVERIFY(other.open(m_dir->path()).ok());
    ActionRunner second(&other);
    QVERIFY(second.addProfile(s.profile, s.provider.get()).ok());
    QVERIFY(second.instanceId() != s.runner->instanceId());
    QCOMPARE(second.resumeUnfinished(s.profile.id).value(), 0);
    QVERIFY(!second.isBusy());
}

void TestActionRunner::staysUnknownWhenTheStateCannotBeRead()
{
    Setup s = make(ProviderKind::Huawei, 1);
    s.provider->loseAnswers(QStringLiteral("u0"), {FakeProvider::Lost::Applied});
    s.provider->failReads(
        QStringLiteral("u0"), ApiError(ApiError::Kind::Server, QStringLiteral("down"), 503), 100);
    RunnerSettings settings = s.runner->settings();
    settings.maxReconcileReads = 3;
    settings.readBeforeSend = false;
    s.runner->setSettings(settings);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 1));
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(finished.first().at(1).value<BatchSummary>().unknown, 1);
    QCOMPARE(s.provider->reads(), 3);
    const ActionRecord a = s.journal->actionsInBatch(batch.value()).value().first();
    QCOMPARE(a.state, ActionState::Unknown);

    // Once the provider answers again, a retry reconciles it without sending.
    s.provider->failReads(QStringLiteral("u0"), ApiError(), 0);
    QCOMPARE(s.runner->retryFailed(batch.value()).value(), 1);
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(s.journal->action(a.id).value()->state, ActionState::ReconciledSucceeded);
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 1);
}

void TestActionRunner::readsAgainBeforeSendingAfterATransientError()
{
    Setup s = make(ProviderKind::Huawei, 2);
    s.provider->failReads(
        QStringLiteral("u0"), ApiError(ApiError::Kind::Timeout, QStringLiteral("slow")), 2);
    s.provider->failReads(
        QStringLiteral("u1"), ApiError(ApiError::Kind::Forbidden, QStringLiteral("no"), 403), 1);
    QSignalSpy finished(s.runner.get(), &ActionRunner::batchFinished);
    const auto batch = s.runner->submit(batchFor(s, UserAction::Disable, 2));
    QVERIFY(finished.wait(waitMs));
    const auto summary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failed, 1); // 403 is not worth asking again
    QCOMPARE(s.provider->sends(QStringLiteral("u0")), 1);
    QCOMPARE(s.provider->sends(QStringLiteral("u1")), 0);
    QCOMPARE(s.provider->reads(), 4);
}

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_actionrunner.moc"
