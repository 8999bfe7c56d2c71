// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk disable of SailPoint users through the real ActionRunner (journal, rate limiter, task
// monitor) against the sandbox, both at SailPoint's 100 requests per 10 s: the time until the
// last task is known to be done, against the bound the rate limit sets, and the sandbox's own
// account of what happened (nothing lost, nothing sent twice, no 429).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include "benchcase.h"
#include "childsandbox.h"
#include "profiles/profile.h"
#include "providers/identityprovider.h"
#include "providers/providerfactory.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "tasks/taskmonitor.h"

using namespace Gatehouse;

namespace {

constexpr int bulkTimeoutMs = 20 * 60 * 1000;

struct BulkSetup
{
    int users = 1000;
    int limit = 100; // requests per window, per API version (SailPoint: v3 and beta apart)
    int windowSeconds = 10;
    int taskSeconds = 2; // how long a sandbox task runs
};

struct BulkRun
{
    double seconds = NAN; // submit() to the batch's end (every task polled to its end)
    double lastAccepted = NAN; // the actions' side of it
    int succeeded = 0;
    int disabledOnce = 0; // targeted, disabled, by exactly one change request
    int sentTwice = 0; // targeted, more than one change request
    int strangers = 0; // touched without being targeted
    int duplicates = 0; // the sandbox's usersWithDuplicateChanges
    int rateLimited = 0; // 429 answers
    int polls = 0; // task-status polls (and read-backs) of the task monitor
};

// Enabled SailPoint users, as the user table knows them (state known: no read before sending).
QVector<BatchUser> enabledUsers(Bench::ChildSandbox &sandbox, int count)
{
    const QJsonObject listing = sandbox.getJson(
        QStringLiteral("/_sandbox/users?provider=sailpoint&state=enabled&limit=%1").arg(count));
    QVector<BatchUser> users;
    for (const QJsonValue &value : listing.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = value.toObject();
        BatchUser user;
        user.id = u.value(QLatin1String("id")).toString();
        user.login = u.value(QLatin1String("login")).toString();
        user.email = u.value(QLatin1String("email")).toString();
        user.displayName = u.value(QLatin1String("displayName")).toString();
        user.knownState = UserRecord::State::Enabled;
        user.knownLocked = u.value(QLatin1String("locked")).toBool();
        users.append(user);
    }
    return users;
}

// Per window of `limit` actions: when the first and the last were accepted, and done.
void printTimeline(const QList<double> &accepts, const QList<double> &settles, int limit)
{
    for (qsizetype i = 0; i < accepts.size(); i += limit) {
        const qsizetype last = std::min(accepts.size(), i + limit) - 1;
        std::fprintf(stderr, "  actions %lld-%lld accepted %.2f-%.2f s, done %.2f-%.2f s\n",
            qint64(i), qint64(last), accepts.at(i), accepts.at(last), settles.value(i, NAN),
            settles.value(std::min(last, settles.size() - 1), NAN));
    }
}

// One bulk disable through a fresh provider, journal and runner (default settings, as the
// console makes them; firstPollMs >= 0 overrides the task monitor's first poll), from a freshly
// reset sandbox.
BulkRun runBulk(Bench::ChildSandbox &sandbox, const BulkSetup &setup, int firstPollMs, bool verbose)
{
    BulkRun run;
    if (!sandbox.reset())
        return run;
    const QVector<BatchUser> users = enabledUsers(sandbox, setup.users);
    if (users.size() != setup.users) {
        std::fprintf(stderr, "the sandbox has %lld enabled users, not %d\n", qint64(users.size()),
            setup.users);
        return run;
    }
    ProviderConfig config = sandbox.sailPointConfig();
    config.rateLimit = setup.limit; // the profile's limiter at the sandbox's limit
    config.rateWindowMs = setup.windowSeconds * 1000;
    QNetworkAccessManager nam;
    const Result<IdentityProvider *> created = createProvider(config, &nam, nullptr);
    if (!created) {
        std::fprintf(stderr, "provider: %s\n", qPrintable(created.error().summary()));
        return run;
    }
    const std::unique_ptr<IdentityProvider> provider(created.value());
    QTemporaryDir dir;
    ActionJournal journal;
    if (const Result<Done> opened = journal.open(dir.path()); !opened) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(opened.error().summary()));
        return run;
    }
    ActionRunner runner(&journal);
    if (firstPollMs >= 0) {
        TaskMonitorSettings polling = runner.taskMonitor()->settings();
        polling.firstPollMs = firstPollMs;
        runner.setTaskMonitorSettings(polling);
    }
    const Profile profile = Profile::create(ProviderKind::SailPoint, QStringLiteral("Bench"));
    if (const Result<Done> added = runner.addProfile(profile, provider.get()); !added) {
        std::fprintf(stderr, "runner: %s\n", qPrintable(added.error().summary()));
        return run;
    }

    BatchRequest request;
    request.profileId = profile.id;
    request.action = UserAction::Disable;
    request.reason = QStringLiteral("BENCH-1 bulk leavers");
    request.users = users;
    QEventLoop loop;
    QObject::connect(&runner, &ActionRunner::batchFinished, &loop,
        [&](const QUuid &, const BatchSummary &summary) {
            run.succeeded = summary.succeeded;
            loop.exit(0);
        });
    QTimer::singleShot(bulkTimeoutMs, &loop, [&loop] { loop.exit(1); });
    QElapsedTimer timer;
    QList<double> accepts;
    QList<double> settles;
    QObject::connect(&runner, &ActionRunner::actionChanged, &loop, [&](const ActionRecord &action) {
        if (action.state == ActionState::Accepted)
            accepts.append(double(timer.nsecsElapsed()) / 1e9);
        else if (action.state == ActionState::Succeeded)
            settles.append(double(timer.nsecsElapsed()) / 1e9);
    });
    timer.start();
    if (const Result<QUuid> batch = runner.submit(request); !batch) {
        std::fprintf(stderr, "submit: %s\n", qPrintable(batch.error().summary()));
        return run;
    }
    if (loop.exec() != 0) {
        std::fprintf(stderr, "the bulk did not finish in time\n");
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.lastAccepted = accepts.isEmpty() ? NAN : accepts.constLast();
    run.polls = runner.taskMonitor()->pollCount();
    if (verbose)
        printTimeline(accepts, settles, setup.limit);

    // The sandbox's own account: every targeted user disabled by exactly one request.
    QSet<QString> targeted;
    for (const BatchUser &u : users)
        targeted.insert(u.id);
    const QJsonArray touched =
        sandbox
            .getJson(QStringLiteral("/_sandbox/users?provider=sailpoint&touched=1&limit=%1")
                         .arg(setup.users * 2))
            .value(QLatin1String("users"))
            .toArray();
    for (const QJsonValue &value : touched) {
        const QJsonObject u = value.toObject();
        const int changes = u.value(QLatin1String("changeRequests")).toInt();
        if (!targeted.contains(u.value(QLatin1String("id")).toString()))
            ++run.strangers;
        else if (changes > 1)
            ++run.sentTwice;
        else if (changes == 1
            && u.value(QLatin1String("state")).toString() == QLatin1String("disabled"))
            ++run.disabledOnce;
    }
    const QJsonObject stats = sandbox.getJson(QStringLiteral("/_sandbox/stats"));
    run.duplicates = stats.value(QLatin1String("usersWithDuplicateChanges")).toInt();
    run.rateLimited = stats.value(QLatin1String("rateLimited")).toInt();
    return run;
}

void runBulkCase(Bench::Context &context)
{
    BulkSetup setup;
    if (context.quick())
        setup = BulkSetup{20, 10, 1, 1};
    const QString rate = QStringLiteral("%1/%2").arg(setup.limit).arg(setup.windowSeconds);
    Bench::ChildSandbox sandbox({QStringLiteral("--users"),
        QString::number(std::max(5000, setup.users * 2)), QStringLiteral("--task-seconds"),
        QString::number(setup.taskSeconds), QStringLiteral("--rate"), rate});
    if (!sandbox.start())
        return;

    // The bound: the sandbox's windows open with the first request after the last one ended,
    // so a perfect client sends `limit` actions at t = 0 and each following `limit` one window
    // later (the last ones at (ceil(users / limit) - 1) * window); the last task then runs
    // taskSeconds and is polled once, the moment it ends.
    const int windows = (setup.users + setup.limit - 1) / setup.limit;
    const double actionsBound = (windows - 1) * setup.windowSeconds;
    const double bound = actionsBound + setup.taskSeconds;
    const QString caseName = QStringLiteral("bulk disable at %1 s").arg(rate);
    const QString size = QString::number(setup.users);

    const auto report = [&](const QString &metric, const QString &unit, double value,
                            double baseline, const Bench::Target &target) {
        Bench::Result r;
        r.caseName = caseName;
        r.size = size;
        r.metric = metric;
        r.unit = unit;
        r.value = value;
        r.baseline = baseline;
        r.target = target;
        context.report(r);
    };
    const Bench::Target zero = Bench::Target::atMost(0, QStringLiteral("0"));

    const BulkRun run = runBulk(sandbox, setup, -1, context.verbose());
    report(QStringLiteral("time to the last task done (baseline: the bound)"), QStringLiteral("s"),
        run.seconds, bound, {});
    report(QStringLiteral("last action accepted (baseline: its bound)"), QStringLiteral("s"),
        run.lastAccepted, actionsBound, {});
    report(QStringLiteral("share of the rate limit's bound"), QStringLiteral("%"),
        bound / run.seconds * 100, NAN,
        context.quick() ? Bench::Target{} : Bench::Target::atLeast(95, QStringLiteral(">= 95 %")));
    report(QStringLiteral("succeeded (journal)"), QString(), run.succeeded, NAN, {});
    report(QStringLiteral("lost (not disabled by exactly one request)"), QString(),
        setup.users - run.disabledOnce - run.sentTwice, NAN, zero);
    report(QStringLiteral("sent twice (changeRequests > 1, duplicates)"), QString(),
        std::max(run.sentTwice, run.duplicates), NAN, zero);
    report(QStringLiteral("other users touched"), QString(), run.strangers, NAN, zero);
    report(QStringLiteral("429 answers from the sandbox"), QString(), run.rateLimited, NAN, zero);
    report(QStringLiteral("task-status polls per task"), QStringLiteral("x"),
        double(run.polls) / setup.users, NAN, {});

    // What-if, for the analysis (README): a task monitor whose earliest first poll is half
    // the sandbox's task time (1 s here, the default before 2 s), so its first tasks are
    // polled while still running before it learns how long they take. The poll budget (beta)
    // equals the action budget (v3) and the run uses all of both, so each poll that finds a
    // task running pushes a poll out of its window, to the end of the batch.
    const int firstPollMs = setup.taskSeconds * 500;
    const BulkRun eager = runBulk(sandbox, setup, firstPollMs, context.verbose());
    const QString whatIf =
        QStringLiteral("what-if earliest first poll %1 s: ").arg(firstPollMs / 1000.0, 0, 'f', 1);
    report(whatIf + QStringLiteral("time (baseline: the bound)"), QStringLiteral("s"),
        eager.seconds, bound, {});
    report(whatIf + QStringLiteral("share of the bound"), QStringLiteral("%"),
        bound / eager.seconds * 100, NAN, {});
    report(whatIf + QStringLiteral("polls per task"), QStringLiteral("x"),
        double(eager.polls) / setup.users, NAN, {});
}

const bool registered = Bench::registerCase({QStringLiteral("bulk"),
    QStringLiteral("bulk disable of 1,000 SailPoint users through the ActionRunner, sandbox and "
                   "profile at 100 requests / 10 s, tasks polled to the end; baseline the bound"),
    runBulkCase, 40});

} // namespace
