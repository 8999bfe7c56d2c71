// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "audit/auditverifier.h"
#include "providers/providerfactory.h"
#include "support/providertestutil.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "tasks/taskmonitor.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

QString sandboxName(ProviderKind kind)
{
    return providerKindName(kind); // "sailpoint", "huawei", "rsa"
}

// Every action's trail starts in an initial state and only takes allowed steps.
QString trailProblems(ActionJournal &journal)
{
    QHash<QString, QString> last;
    QStringList problems;
    journal.forEachEntry(0, [&](const AuditEntry &e) {
        const auto state = actionStateFromName(e.state);
        if (!state) {
            problems += QStringLiteral("%1: bad state %2").arg(e.seq).arg(e.state);
            return true;
        }
        const auto previous = last.constFind(e.actionId);
        if (previous == last.constEnd()) {
            if (!isInitialState(*state))
                problems += QStringLiteral("%1: starts in %2").arg(e.seq).arg(e.state);
        } else if (!isAllowedTransition(*actionStateFromName(*previous), *state)) {
            problems += QStringLiteral("%1: %2 -> %3").arg(e.seq).arg(*previous, e.state);
        }
        last.insert(e.actionId, e.state);
        return true;
    });
    return problems.join(QLatin1Char('\n'));
}

} // namespace

// The runner against the sandbox over real HTTP: bulk actions under 429 storms, 5xx, resets,
// hangs and slow responses end with every user accounted for and changed exactly once (the
// sandbox's per-user counters say so), and polling stays within the profile's rate budget.
class TestBulkActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bulkDisableUnderFaultsChangesEachUserOnce_data();
    void bulkDisableUnderFaultsChangesEachUserOnce();
    void pollingStaysWithinTheRateBudget();
    void pollingLearnsHowLongTasksTake();

private:
    struct Run
    {
        std::unique_ptr<ActionJournal> journal;
        std::unique_ptr<IdentityProvider> provider;
        std::unique_ptr<ActionRunner> runner;
        Profile profile;
    };
    Run makeRun(const ProviderConfig &config);
    QVector<BatchUser> enabledUsers(ProviderKind kind, int count);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 3000;
        options.taskSeconds = 1;
        return options;
    }()};
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBulkActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestBulkActions::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QJsonValue()}}));
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestBulkActions::cleanup()
{
    m_dir.reset();
}

TestBulkActions::Run TestBulkActions::makeRun(const ProviderConfig &config)
{
    Run run;
    run.journal = std::make_unique<ActionJournal>();
    const auto opened = run.journal->open(m_dir->path());
    if (!opened)
        qFatal("journal: %s", qPrintable(opened.error().message()));
    const auto created = createProvider(config, &m_nam, nullptr);
    if (!created)
        qFatal("provider: %s", qPrintable(created.error().summary()));
    run.provider.reset(created.value());
    run.profile =
        Profile::create(config.kind, QStringLiteral("Sandbox ") + sandboxName(config.kind));
    run.runner = std::make_unique<ActionRunner>(run.journal.get());
    RunnerSettings settings;
    settings.settleDelayMs = 3000; // the sandbox's tasks take 1 s
    run.runner->setSettings(settings);
    TaskMonitorSettings polling;
    polling.firstPollMs = 1000;
    polling.maxPollMs = 4000;
    run.runner->setTaskMonitorSettings(polling);
    const auto added = run.runner->addProfile(run.profile, run.provider.get());
    if (!added)
        qFatal("runner: %s", qPrintable(added.error().message()));
    return run;
}

QVector<BatchUser> TestBulkActions::enabledUsers(ProviderKind kind, int count)
{
    // RSA users marked for deletion or synchronised from a directory refuse changes (409);
    // take plain ones.
    const QJsonObject listing = m_sandbox.users(sandboxName(kind), {}, false,
        QStringLiteral("state=enabled&limit=%1")
            .arg(kind == ProviderKind::SecurId ? count * 2 : count));
    QVector<BatchUser> users;
    for (const QJsonValue &value : listing.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = value.toObject();
        if (u.value(QLatin1String("markDeleted")).toBool()
            || u.value(QLatin1String("syncDisabled")).toBool())
            continue;
        BatchUser user;
        user.id = u.value(QLatin1String("id")).toString();
        user.login = u.value(QLatin1String("login")).toString();
        user.email = u.value(QLatin1String("email")).toString();
        user.displayName = u.value(QLatin1String("displayName")).toString();
        // Half as the table knows them (sent at once), half unknown (read first).
        if (users.size() % 2 == 0)
            user.knownState = UserRecord::State::Enabled;
        users.append(user);
        if (users.size() == count)
            break;
    }
    return users;
}

void TestBulkActions::bulkDisableUnderFaultsChangesEachUserOnce_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("count");
    QTest::newRow("sailpoint 500") << ProviderKind::SailPoint << 500;
    QTest::newRow("huawei 150") << ProviderKind::Huawei << 150;
    QTest::newRow("rsa 150") << ProviderKind::SecurId << 150;
}

void TestBulkActions::bulkDisableUnderFaultsChangesEachUserOnce()
{
    QFETCH(ProviderKind, kind);
    QFETCH(int, count);
    const QVector<BatchUser> users = enabledUsers(kind, count);
    QCOMPARE(users.size(), count);

    ProviderConfig config = sandboxConfig(m_sandbox, kind);
    config.transferTimeoutMs = 3000; // hangs become timeouts quickly
    Run run = makeRun(config);
    // A 429 storm at the start and now and then, 5xx before processing, resets and hangs
    // after processing, 5xx on reads, slow answers.
    QString error;
    QVERIFY2(m_sandbox.setFaults(QStringLiteral("429,count=24,retry=1;"
                                                "status=503,method=POST|PUT,count=12;"
                                                "reset,phase=after,method=POST|PUT,count=8;"
                                                "hang,phase=after,method=POST|PUT,count=3;"
                                                "status=502,method=GET,count=10;"
                                                "slow=400,p=0.05;"
                                                "429,p=0.02,retry=1"),
                 &error),
        qPrintable(error));

    QSignalSpy finished(run.runner.get(), &ActionRunner::batchFinished);
    QSignalSpy confirmed(run.runner.get(), &ActionRunner::userStateConfirmed);
    BatchRequest request;
    request.profileId = run.profile.id;
    request.action = UserAction::Disable;
    request.reason = QStringLiteral("INC-500 bulk leavers");
    request.users = users;
    const auto batch = run.runner->submit(request);
    QVERIFY2(batch.ok(), qPrintable(batch.error().summary()));
    QVERIFY(finished.wait(240000));

    // Every action ends known: done, or (rarely, when both the first request and its one
    // resend were refused unprocessed) failed with nothing applied.
    const auto firstSummary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(firstSummary.total, count);
    QCOMPARE(firstSummary.unknown, 0);
    QCOMPARE(firstSummary.pending, 0);
    QCOMPARE(firstSummary.succeeded + firstSummary.failed, count);
    QStringList failedIds;
    const QVector<ActionRecord> firstRound = run.journal->actionsInBatch(batch.value()).value();
    for (const ActionRecord &a : firstRound) {
        if (a.state == ActionState::Failed) {
            QVERIFY2(a.resent, qPrintable(a.error.summary()));
            failedIds += a.userId;
        }
    }
    if (!failedIds.isEmpty()) {
        const QJsonArray rows =
            m_sandbox.users(sandboxName(kind), failedIds).value(QLatin1String("users")).toArray();
        for (const QJsonValue &row : rows) {
            QCOMPARE(
                row.toObject().value(QLatin1String("state")).toString(), QStringLiteral("enabled"));
            QCOMPARE(row.toObject().value(QLatin1String("changeRequests")).toInt(), 0);
        }
        // The operator retries the failed ones once the provider behaves.
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(run.runner->retryFailed(batch.value()).value(), int(failedIds.size()));
        QVERIFY(finished.wait(120000));
    }
    const auto summary = finished.last().at(1).value<BatchSummary>();
    const auto actions = run.journal->actionsInBatch(batch.value()).value();
    QStringList notDone;
    for (const ActionRecord &a : actions) {
        if (outcomeBucket(a.state) != OutcomeBucket::Succeeded)
            notDone += a.userId + QLatin1Char(' ') + actionStateName(a.state) + QLatin1Char(' ')
                + a.error.summary();
    }
    QVERIFY2(notDone.isEmpty(), qPrintable(notDone.join(QLatin1Char('\n'))));
    QCOMPARE(summary.total, count);
    QCOMPARE(summary.succeeded, count);
    QCOMPARE(confirmed.count(), count);

    // The sandbox's own account: each user disabled, by exactly one processed request, and
    // nobody else touched.
    QStringList ids;
    for (const BatchUser &u : users)
        ids += u.id;
    const QString account =
        m_sandbox.changedOnceProblems(sandboxName(kind), ids, QStringLiteral("disabled"));
    QVERIFY2(account.isEmpty(), qPrintable(account));
    const QJsonObject stats = m_sandbox.stats();
    // The faults really happened.
    const QJsonObject faults = stats.value(QLatin1String("faults")).toObject();
    const QString faultText = QString::fromUtf8(QJsonDocument(faults).toJson());
    QVERIFY2(faults.value(QLatin1String("429")).toInt() >= 24, qPrintable(faultText));
    QVERIFY2(faults.value(QLatin1String("status")).toInt() >= 12, qPrintable(faultText));
    QVERIFY2(faults.value(QLatin1String("reset")).toInt() == 8, qPrintable(faultText));
    QVERIFY2(faults.value(QLatin1String("hang")).toInt() == 3, qPrintable(faultText));

    // Some actions went the long way round, and every trail is a legal path.
    int reconciled = 0;
    for (const ActionRecord &a : actions) {
        if (a.state == ActionState::ReconciledSucceeded || a.resent)
            ++reconciled;
    }
    QVERIFY2(reconciled >= 3, qPrintable(QString::number(reconciled)));
    const QString problems = trailProblems(*run.journal);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const auto report = AuditVerifier(*run.journal).verify();
    QVERIFY(report.ok());
    QVERIFY(report->intact());
}

void TestBulkActions::pollingStaysWithinTheRateBudget()
{
    // The sandbox enforces 20 requests per 2 s per API version, and so does the profile: the
    // bulk's actions and the task polling share the budget without a single 429.
    QVERIFY(m_sandbox.configure(QJsonObject{{QStringLiteral("rate"), QStringLiteral("20/2")}}));
    const int count = 60;
    const QVector<BatchUser> users = enabledUsers(ProviderKind::SailPoint, count);
    ProviderConfig config = sandboxConfig(m_sandbox, ProviderKind::SailPoint);
    config.rateLimit = 20;
    config.rateWindowMs = 2000;
    Run run = makeRun(config);
    QVERIFY(m_sandbox.resetCounters());

    QSignalSpy finished(run.runner.get(), &ActionRunner::batchFinished);
    BatchRequest request;
    request.profileId = run.profile.id;
    request.action = UserAction::Disable;
    request.reason = QStringLiteral("INC-60");
    request.users = users;
    const auto batch = run.runner->submit(request);
    QVERIFY(batch.ok());
    QVERIFY(finished.wait(240000));
    const auto summary = finished.first().at(1).value<BatchSummary>();
    QCOMPARE(summary.succeeded, count);

    const QJsonObject stats = m_sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("rateLimited")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("usersWithDuplicateChanges")).toInt(), 0);
    // Polling took only what it needed: a handful of polls per task, not a busy loop.
    const int polls = run.runner->taskMonitor()->pollCount();
    QVERIFY2(polls >= count && polls <= count * 4, qPrintable(QString::number(polls)));
}

void TestBulkActions::pollingLearnsHowLongTasksTake()
{
    // The sandbox's tasks run 1 s. A monitor told to poll after 200 ms wastes polls on the
    // first tasks (fewer than twice a task: the first ones seen running hold their siblings
    // back); once it has seen how long tasks run, each later task is polled once.
    const QVector<BatchUser> users = enabledUsers(ProviderKind::SailPoint, 26);
    Run run = makeRun(sandboxConfig(m_sandbox, ProviderKind::SailPoint));
    TaskMonitorSettings polling = run.runner->taskMonitor()->settings();
    polling.firstPollMs = 200;
    run.runner->setTaskMonitorSettings(polling);
    QSignalSpy finished(run.runner.get(), &ActionRunner::batchFinished);
    const auto disable = [&](const QVector<BatchUser> &batchUsers) {
        BatchRequest request;
        request.profileId = run.profile.id;
        request.action = UserAction::Disable;
        request.reason = QStringLiteral("INC-26");
        request.users = batchUsers;
        const int pollsBefore = run.runner->taskMonitor()->pollCount();
        const int batchesBefore = int(finished.count());
        const auto batch = run.runner->submit(request);
        if (!batch.ok())
            return -1;
        if (!QTest::qWaitFor([&] { return finished.count() > batchesBefore; }, 60000))
            return -1;
        if (finished.last().at(1).value<BatchSummary>().succeeded != batchUsers.size())
            return -1;
        return run.runner->taskMonitor()->pollCount() - pollsBefore;
    };

    const int learningPolls = disable(users.mid(0, 6));
    QVERIFY2(learningPolls > 6, qPrintable(QString::number(learningPolls)));
    const int learntPolls = disable(users.mid(6));
    qInfo() << "polls while learning" << learningPolls << "then" << learntPolls;
    QVERIFY2(learntPolls >= 20 && learntPolls <= 22, qPrintable(QString::number(learntPolls)));
}

QTEST_GUILESS_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
