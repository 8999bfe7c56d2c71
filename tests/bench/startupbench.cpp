// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the console (`gatehouse`) to its first shown window, and its idle memory, on
// the offscreen platform with an empty config folder; baseline an empty QMainWindow
// (gatehouse-bench-window) measured the same way.
#include <cmath>
#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include "benchcase.h"
#include "childsandbox.h"

namespace {

constexpr int runTimeoutMs = 120000;

struct Start
{
    double wallMs = NAN; // from starting the process to the line on its stdout
    double ownMs = NAN; // what the program says (from the start of its main())
};

// Runs `program --smoke --config-dir <fresh empty folder> [extra]` and times the line
// "first window shown after N ms" from the moment the process is started.
Start timeFirstWindow(const QString &program, const QStringList &extra = {})
{
    static const QRegularExpression shown(QStringLiteral("first window shown after (\\d+) ms"));
    QTemporaryDir config;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Start start;
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    process.start(program,
        QStringList{QStringLiteral("--smoke"), QStringLiteral("--config-dir"), config.path()}
            + extra);
    while (process.waitForReadyRead(runTimeoutMs)) {
        output += process.readAllStandardOutput();
        const QRegularExpressionMatch match = shown.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            start.wallMs = double(clock.nsecsElapsed()) / 1e6;
            start.ownMs = match.captured(1).toDouble();
            break;
        }
    }
    if (!process.waitForFinished(runTimeoutMs))
        process.kill();
    process.waitForFinished();
    if (std::isnan(start.wallMs))
        std::fprintf(stderr, "%s showed no window\n", qPrintable(program));
    return start;
}

// Resident memory of a process in bytes (VmRSS), or -1.
qint64 residentBytesOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Starts `program` (no --smoke: it stays open) and reads its RSS once it has shown its window
// and gone idle: after settleMs, when two readings 500 ms apart differ by less than 1 %.
qint64 idleResidentBytes(const QString &program, int settleMs)
{
    QTemporaryDir config;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, QStringList{QStringLiteral("--config-dir"), config.path()});
    if (!process.waitForStarted(runTimeoutMs))
        return -1;
    QThread::msleep(settleMs);
    qint64 previous = residentBytesOf(process.processId());
    qint64 rss = -1;
    for (int reading = 0; reading < 20 && process.state() == QProcess::Running; ++reading) {
        QThread::msleep(500);
        rss = residentBytesOf(process.processId());
        if (rss > 0 && std::abs(rss - previous) < previous / 100)
            break;
        previous = rss;
    }
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    return rss;
}

void runStartupCase(Bench::Context &context)
{
    const QString app = Bench::guiProgram();
    const QString minimal = Bench::minimalWindowProgram();
    const int runs = context.quick() ? 2 : 9;
    // One untimed start each first: the measured starts are then all from the page cache.
    timeFirstWindow(app);
    if (context.baselines())
        timeFirstWindow(minimal);
    QList<double> appWall, appOwn, minimalWall, minimalOwn;
    for (int run = 0; run < runs; ++run) {
        const Start a = timeFirstWindow(app);
        appWall.append(a.wallMs);
        appOwn.append(a.ownMs);
        if (!context.baselines())
            continue;
        const Start m = timeFirstWindow(minimal);
        minimalWall.append(m.wallMs);
        minimalOwn.append(m.ownMs);
    }

    Bench::Result wall;
    wall.caseName = QStringLiteral("startup (offscreen)");
    wall.size = QStringLiteral("empty");
    wall.metric = QStringLiteral("first window shown, from process start (median of %1)").arg(runs);
    wall.unit = QStringLiteral("ms");
    wall.value = Bench::median(appWall);
    wall.baseline = Bench::median(minimalWall);
    wall.target = Bench::Target::atMost(300, QStringLiteral("<= 300 ms"));
    context.report(wall);

    Bench::Result own = wall;
    own.metric = QStringLiteral("the same, from main() (the program's own clock)");
    own.value = Bench::median(appOwn);
    own.baseline = Bench::median(minimalOwn);
    own.target = Bench::Target::none();
    context.report(own);

    // Idle memory: well after the window was shown (3x the start-up time, at least 1 s).
    const int settleMs = std::max(1000, int(3 * wall.value));
    Bench::Result memory = wall;
    memory.metric = QStringLiteral("idle memory (VmRSS, 1 MB = 10^6 B)");
    memory.unit = QStringLiteral("MB");
    memory.value = double(idleResidentBytes(app, settleMs)) / 1e6;
    memory.baseline =
        context.baselines() ? double(idleResidentBytes(minimal, settleMs)) / 1e6 : double(NAN);
    memory.target = Bench::Target::atMost(80, QStringLiteral("<= 80 MB"));
    context.report(memory);

    // For information: --sandbox starts the sandbox (10,000 users, an RSA key) in-process
    // and opens three demo profiles before the window shows.
    QList<double> sandboxWall;
    for (int run = 0; run < (context.quick() ? 1 : 3); ++run)
        sandboxWall.append(timeFirstWindow(app, {QStringLiteral("--sandbox")}).wallMs);
    Bench::Result sandbox = wall;
    sandbox.size = QStringLiteral("--sandbox");
    sandbox.metric = QStringLiteral("first window shown, from process start (median of %1)")
                         .arg(sandboxWall.size());
    sandbox.value = Bench::median(sandboxWall);
    sandbox.baseline = NAN;
    sandbox.target = Bench::Target::none();
    context.report(sandbox);
}

const bool registered = Bench::registerCase({QStringLiteral("startup"),
    QStringLiteral("cold start of gatehouse to the first shown window (offscreen, empty config) "
                   "and its idle memory; baseline an empty QMainWindow"),
    runStartupCase, 50});

} // namespace
