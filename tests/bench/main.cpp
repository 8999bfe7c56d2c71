// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-bench: measures the performance targets of issue #6, each against a baseline
// measured in the same run. Cases register themselves (benchcase.h); add a file per group.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

#include "benchcase.h"
#include "core/version.h"

namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QJsonObject machine()
{
    return QJsonObject{
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("threads"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("gatehouse"), QStringLiteral(GATEHOUSE_VERSION)},
        {QStringLiteral("build"), QStringLiteral(GATEHOUSE_BENCH_BUILD_TYPE)},
    };
}

QString cell(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

void printTable(const QList<Bench::Result> &results)
{
    const QStringList header = {QStringLiteral("case"), QStringLiteral("size"),
        QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("baseline"),
        QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("pass")};
    QList<QStringList> rows;
    for (const Bench::Result &r : results) {
        const double ratio = r.ratio();
        const std::optional<bool> pass = r.pass();
        rows.append({r.caseName, r.size, r.metric, Bench::formatValue(r.value, r.unit),
            std::isnan(r.baseline) ? QStringLiteral("-") : Bench::formatValue(r.baseline, r.unit),
            std::isnan(ratio) ? QStringLiteral("-")
                              : QStringLiteral("%1x").arg(ratio, 0, 'f', ratio < 10 ? 2 : 1),
            r.target.text.isEmpty() ? QStringLiteral("-") : r.target.text,
            pass ? (*pass ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("-")});
    }
    QList<int> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        int width = int(header.at(c).size());
        for (const QStringList &row : rows)
            width = std::max(width, int(row.at(c).size()));
        widths.append(width);
    }
    const auto printRow = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells.append(cell(row.at(c), widths.at(c), c >= 3 && c <= 5));
        std::printf("| %s |\n", qPrintable(cells.join(QStringLiteral(" | "))));
    };
    printRow(header);
    QStringList rule;
    for (const int width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    std::printf("|-%s-|\n", qPrintable(rule.join(QStringLiteral("-|-"))));
    for (const QStringList &row : rows)
        printRow(row);
}

} // namespace

int main(int argc, char *argv[])
{
    // Models use QIcon and friends: a GUI application, on the offscreen platform by default.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Gatehouse against its performance targets (issue #6), each with a baseline "
        "measured in the same run."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"), QStringLiteral("Small sizes, for CI: proves the bench runs."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the cases."));
    const QCommandLineOption only(QStringLiteral("case"),
        QStringLiteral("Run only this case (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Print per-step details on stderr."));
    const QCommandLineOption sizes(QStringLiteral("size"),
        QStringLiteral("Run at this many rows instead (repeatable)."), QStringLiteral("rows"));
    const QCommandLineOption noBaseline(
        QStringLiteral("no-baseline"), QStringLiteral("Skip the baselines (faster, no ratios)."));
    const QCommandLineOption strict(
        QStringLiteral("strict"), QStringLiteral("Exit with 1 when a target is missed."));
    const QCommandLineOption probe(QStringLiteral("probe"),
        QStringLiteral("Internal: run a measurement probe."), QStringLiteral("name"));
    parser.addOptions({quick, json, list, only, verbose, sizes, noBaseline, strict, probe});
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("Probe arguments."));
    parser.process(app);

    if (parser.isSet(probe)) {
        for (const Bench::Probe &p : Bench::probes()) {
            if (p.name == parser.value(probe)) {
                const QJsonObject result = p.run(parser.positionalArguments());
                std::printf(
                    "%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
                return result.isEmpty() ? 1 : 0;
            }
        }
        return 2;
    }

    QList<Bench::Case> cases = Bench::cases();
    std::stable_sort(cases.begin(), cases.end(),
        [](const Bench::Case &a, const Bench::Case &b) { return a.order < b.order; });
    if (parser.isSet(list)) {
        for (const Bench::Case &c : cases)
            std::printf("%-12s %s\n", qPrintable(c.name), qPrintable(c.description));
        return 0;
    }
    const QStringList selected = parser.values(only);
    // The network cases drive the real runner: its per-action info lines only with --verbose.
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("gatehouse.*.info=false"));

#ifndef NDEBUG
    std::fprintf(stderr, "note: not a Release build; numbers are not representative\n");
#endif
    Bench::Context context(
        parser.isSet(quick), parser.isSet(verbose), QCoreApplication::applicationFilePath());
    QList<int> chosenSizes;
    for (const QString &value : parser.values(sizes)) {
        if (value.toInt() > 0)
            chosenSizes.append(value.toInt());
    }
    context.setSizes(chosenSizes);
    context.setBaselines(!parser.isSet(noBaseline));
    for (const Bench::Case &c : cases) {
        if (!selected.isEmpty() && !selected.contains(c.name))
            continue;
        std::fprintf(stderr, "%s\n", qPrintable(c.description));
        c.run(context);
    }

    bool allPass = true;
    for (const Bench::Result &r : context.results())
        allPass = allPass && r.pass().value_or(true);
    if (parser.isSet(json)) {
        QJsonArray results;
        for (const Bench::Result &r : context.results())
            results.append(r.toJson());
        const QJsonObject document{{QStringLiteral("machine"), machine()},
            {QStringLiteral("quick"), parser.isSet(quick)}, {QStringLiteral("results"), results},
            {QStringLiteral("allTargetsMet"), allPass}};
        std::printf("%s", QJsonDocument(document).toJson(QJsonDocument::Indented).constData());
    } else {
        const QJsonObject m = machine();
        std::printf("Machine: %s, %d threads, %s, Qt %s, %s build%s\n\n",
            qPrintable(m.value(QStringLiteral("cpu")).toString()),
            m.value(QStringLiteral("threads")).toInt(),
            qPrintable(m.value(QStringLiteral("os")).toString()),
            qPrintable(m.value(QStringLiteral("qt")).toString()),
            qPrintable(m.value(QStringLiteral("build")).toString()),
            parser.isSet(quick) ? ", quick mode" : "");
        printTable(context.results());
    }
    return parser.isSet(strict) && !allPass ? 1 : 0;
}
