// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "cli/clitestutil.h"
#include "support/cliprocess.h"
#include "support/sandboxfixture.h"
#include "tasks/actionjournal.h"
#include "tasks/journaltestutil.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;
using namespace Gatehouse::TestUtil;

namespace {

constexpr int runTimeoutMs = 240000;

} // namespace

// gatehouse-cli killed with SIGKILL at random moments of a bulk disable, then started again,
// finishes the batch with nothing lost and nothing sent twice; `tasks watch` takes over what a
// killed run left; `tasks list` shows the journal.
class TestCliTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void killedBulkRunFinishesOnRestart();
    void watchFinishesWhatAKilledRunLeft();
    void listsActionsInEachFormat();
    void watchWithNothingToDo();

private:
    QStringList enabledIds(int count);
    QString writeIds(const QStringList &ids);
    QStringList disableArgs(const QString &idsFile) const;
    // Starts the CLI; returns when it ended or was killed once the journal holds killAt
    // entries (killAt < 0: never). Returns true when it was killed while running.
    bool runAndMaybeKill(const QStringList &args, qint64 killAt, CliRun *result);
    qint64 journalEntries();
    void checkEachDisabledOnce(const QStringList &ids);

    SandboxFixture m_sandbox{[] {
        SandboxOptions options;
        options.users = 2000;
        options.taskSeconds = 1;
        return options;
    }()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliProcess> m_cli;
    QString m_secret;
};

void TestCliTasks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestCliTasks::init()
{
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    m_cli = std::make_unique<CliProcess>(m_dir->path());
    const auto secrets =
        addSandboxProfiles(*m_cli, m_sandbox, {QStringLiteral("--rate"), QStringLiteral("1000/1")});
    m_secret = secrets.value(QStringLiteral("sp"));
    m_cli->setEnv(QStringLiteral("GATEHOUSE_SECRET"), m_secret);
}

void TestCliTasks::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

QStringList TestCliTasks::enabledIds(int count)
{
    const QJsonObject listing = m_sandbox.users(QStringLiteral("sailpoint"), {}, false,
        QStringLiteral("state=enabled&limit=%1").arg(count));
    QStringList ids;
    for (const QJsonValue &u : listing.value(QLatin1String("users")).toArray())
        ids += u.toObject().value(QLatin1String("id")).toString();
    return ids;
}

QString TestCliTasks::writeIds(const QStringList &ids)
{
    const QString path = m_dir->filePath(QStringLiteral("ids.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(ids.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

QStringList TestCliTasks::disableArgs(const QString &idsFile) const
{
    return {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--profile"),
        QStringLiteral("sp"), QStringLiteral("--from-file"), idsFile, QStringLiteral("--reason"),
        QStringLiteral("INC-4242 leavers"), QStringLiteral("--wait"),
        QStringLiteral("--settle-seconds"), QStringLiteral("3"), QStringLiteral("--format"),
        QStringLiteral("json")};
}

qint64 TestCliTasks::journalEntries()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    if (!QFile::exists(path))
        return 0;
    RawDatabase raw(path);
    return raw.value(QStringLiteral("SELECT COUNT(*) FROM entries")).toLongLong();
}

bool TestCliTasks::runAndMaybeKill(const QStringList &args, qint64 killAt, CliRun *result)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_SECRET"), m_secret);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/gatehouse-test-bus"));
    process.setProcessEnvironment(env);
    process.start(
        CliProcess::binary(), QStringList{QStringLiteral("--config-dir"), m_dir->path()} + args);
    if (!process.waitForStarted(10000))
        return false;
    bool killed = false;
    QElapsedTimer elapsed;
    elapsed.start();
    // Poll the journal the CLI writes (a condition, not a sleep) and kill it the moment it
    // holds killAt entries, wherever in its work that falls.
    while (process.state() != QProcess::NotRunning && elapsed.elapsed() < runTimeoutMs) {
        if (killAt >= 0 && journalEntries() >= killAt) {
            process.kill(); // SIGKILL: no chance to tidy up
            killed = true;
            break;
        }
        process.waitForFinished(killAt >= 0 ? 20 : 500);
    }
    if (process.state() != QProcess::NotRunning) {
        if (!killed)
            process.kill();
        process.waitForFinished(10000);
    }
    result->finished = !killed && process.exitStatus() == QProcess::NormalExit;
    result->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    return killed;
}

void TestCliTasks::checkEachDisabledOnce(const QStringList &ids)
{
    const QString problems =
        m_sandbox.changedOnceProblems(QStringLiteral("sailpoint"), ids, QStringLiteral("disabled"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // Nothing is left unfinished, every user has a successful action, the trail is intact.
    ActionJournal journal;
    QVERIFY(journal.open(m_dir->path(), ActionJournal::OpenMode::ExistingOnly).ok());
    QVERIFY(journal.unfinishedActions().value().isEmpty());
    QSet<QString> done;
    const QVector<ActionRecord> all = journal.allActions().value();
    for (const ActionRecord &a : all) {
        if (outcomeBucket(a.state) == OutcomeBucket::Succeeded)
            done.insert(a.userId);
    }
    for (const QString &id : ids)
        QVERIFY2(done.contains(id), qPrintable(id));
    const CliRun verify = m_cli->run({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
}

void TestCliTasks::killedBulkRunFinishesOnRestart()
{
    const QStringList ids = enabledIds(150);
    QCOMPARE(ids.size(), 150);
    const QString file = writeIds(ids);

    // Kill at random moments: after a random number of journal entries each time, the first
    // one during start-up.
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int kills = 0;
    int runs = 0;
    bool resumedSeen = false;
    CliRun last;
    for (int round = 0; round < 6; ++round) {
        const qint64 now = journalEntries();
        const qint64 killAt = round == 0 ? 0 : now + random.bounded(1, 120);
        CliRun run;
        ++runs;
        if (runAndMaybeKill(disableArgs(file), killAt, &run)) {
            ++kills;
        } else {
            last = run;
            break;
        }
        if (run.stderrText().contains(QLatin1String("resuming")))
            resumedSeen = true;
    }
    if (!last.finished) {
        // The run that is allowed to finish.
        ++runs;
        QVERIFY(!runAndMaybeKill(disableArgs(file), -1, &last));
    }
    QVERIFY2(
        last.finished && last.exitCode == 0, qPrintable(last.stderrText() + last.stdoutText()));
    resumedSeen = resumedSeen || last.stderrText().contains(QLatin1String("resuming"));
    QVERIFY2(kills >= 2, qPrintable(QString::number(kills)));
    QVERIFY(resumedSeen);
    qInfo() << "runs" << runs << "kills" << kills;

    const QJsonObject summary =
        QJsonDocument::fromJson(last.out).object().value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("unknown")).toInt(), 0);
    checkEachDisabledOnce(ids);
}

void TestCliTasks::watchFinishesWhatAKilledRunLeft()
{
    const QStringList ids = enabledIds(40);
    const QString file = writeIds(ids);
    CliRun run;
    // Killed once it has written about a third of its transitions (40 planned first).
    QVERIFY(runAndMaybeKill(disableArgs(file), 40 + 30, &run));

    const CliRun watch = m_cli->run({QStringLiteral("tasks"), QStringLiteral("watch"),
                                        QStringLiteral("--settle-seconds"), QStringLiteral("3")},
        {}, runTimeoutMs);
    QVERIFY2(
        watch.finished && watch.exitCode == 0, qPrintable(watch.stderrText() + watch.stdoutText()));
    QVERIFY2(
        watch.stderrText().contains(QLatin1String("resuming")), qPrintable(watch.stderrText()));
    QVERIFY2(
        watch.stdoutText().contains(QLatin1String("succeeded")), qPrintable(watch.stdoutText()));
    QVERIFY(watch.stdoutText().contains(QLatin1String("Watched")));
    checkEachDisabledOnce(ids);

    // JSON lines, one transition each.
    const CliRun again = m_cli->run({QStringLiteral("tasks"), QStringLiteral("watch"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.trimmed().isEmpty()); // nothing unfinished, nothing to show
}

void TestCliTasks::listsActionsInEachFormat()
{
    const QStringList ids = enabledIds(5);
    QStringList args{QStringLiteral("users"), QStringLiteral("disable"),
        QStringLiteral("--profile"), QStringLiteral("sp"), QStringLiteral("--reason"),
        QStringLiteral("INC-5, list"), QStringLiteral("--wait")};
    args += ids;
    const CliRun disabled = m_cli->run(args);
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.stderrText()));

    const CliRun json = m_cli->run({QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray actions =
        QJsonDocument::fromJson(json.out).object().value(QLatin1String("actions")).toArray();
    QCOMPARE(actions.size(), 5);
    QSet<QString> listed;
    for (const QJsonValue &value : actions) {
        const QJsonObject a = value.toObject();
        listed.insert(a.value(QLatin1String("userId")).toString());
        QCOMPARE(a.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(a.value(QLatin1String("action")).toString(), QStringLiteral("disable"));
        QCOMPARE(a.value(QLatin1String("reason")).toString(), QStringLiteral("INC-5, list"));
        QCOMPARE(a.value(QLatin1String("profile")).toString(), QStringLiteral("sp"));
        QVERIFY(!a.value(QLatin1String("taskId")).toString().isEmpty());
        QVERIFY(a.value(QLatin1String("error")).isNull());
        QCOMPARE(a.value(QLatin1String("attempts")).toInt(), 1);
    }
    QCOMPARE(listed, QSet<QString>(ids.cbegin(), ids.cend()));

    const CliRun csv = m_cli->run({QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith(QLatin1String("updated,actionId,batchId")));
    QVERIFY(lines.at(1).contains(QLatin1String("\"INC-5, list\"")));

    const CliRun table = m_cli->run({QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.stdoutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    QVERIFY(table.stdoutText().contains(QLatin1String("STATE")));

    const CliRun unfinished = m_cli->run({QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--unfinished"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(unfinished.out)
                 .object()
                 .value(QLatin1String("actions"))
                 .toArray()
                 .size(),
        0);
    const CliRun bad = m_cli->run({QStringLiteral("tasks"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("many")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliTasks::watchWithNothingToDo()
{
    QTemporaryDir empty;
    CliProcess cli(empty.path());
    const CliRun run = cli.run({QStringLiteral("tasks"), QStringLiteral("watch")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.stdoutText().contains(QLatin1String("Nothing to watch")));
}

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_clitasks.moc"
