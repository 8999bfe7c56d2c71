// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcase.h"

#include <algorithm>
#include <cstdio>

#include <QJsonDocument>
#include <QProcess>

namespace Bench {

namespace {

QList<Case> &caseList()
{
    static QList<Case> list;
    return list;
}

QList<Probe> &probeList()
{
    static QList<Probe> list;
    return list;
}

} // namespace

Target Target::atMost(double value, const QString &text)
{
    return {Kind::ValueAtMost, value, 0, text};
}

Target Target::atLeast(double value, const QString &text)
{
    return {Kind::ValueAtLeast, value, 0, text};
}

Target Target::ratioAtLeast(double ratio, const QString &text)
{
    return {Kind::RatioAtLeast, 0, ratio, text};
}

Target Target::atMostAndRatioAtLeast(double value, double ratio, const QString &text)
{
    return {Kind::ValueAtMostAndRatioAtLeast, value, ratio, text};
}

double Result::ratio() const
{
    if (std::isnan(baseline) || std::isnan(value) || value <= 0 || baseline <= 0)
        return NAN;
    return higherIsBetter ? value / baseline : baseline / value;
}

std::optional<bool> Result::pass() const
{
    const double r = ratio();
    switch (target.kind) {
    case Target::Kind::None:
        return std::nullopt;
    case Target::Kind::ValueAtMost:
        return value <= target.value;
    case Target::Kind::ValueAtLeast:
        return value >= target.value;
    case Target::Kind::RatioAtLeast:
        if (std::isnan(r))
            return std::nullopt; // no baseline measured
        return r >= target.ratio;
    case Target::Kind::ValueAtMostAndRatioAtLeast:
        if (std::isnan(r))
            return std::nullopt;
        return value <= target.value && r >= target.ratio;
    }
    return std::nullopt;
}

QJsonObject Result::toJson() const
{
    QJsonObject object{{QStringLiteral("case"), caseName}, {QStringLiteral("size"), size},
        {QStringLiteral("metric"), metric}, {QStringLiteral("unit"), unit},
        {QStringLiteral("value"), value}};
    if (!std::isnan(baseline))
        object.insert(QStringLiteral("baseline"), baseline);
    if (!std::isnan(ratio()))
        object.insert(QStringLiteral("ratio"), ratio());
    if (!target.text.isEmpty())
        object.insert(QStringLiteral("target"), target.text);
    if (const std::optional<bool> ok = pass())
        object.insert(QStringLiteral("pass"), *ok);
    return object;
}

Context::Context(bool quick, bool verbose, QString program)
    : m_quick(quick)
    , m_verbose(verbose)
    , m_program(std::move(program))
{ }

QList<int> Context::sizes(const QList<int> &full, const QList<int> &quick) const
{
    if (!m_sizes.isEmpty())
        return m_sizes;
    return m_quick ? quick : full;
}

void Context::report(const Result &result)
{
    m_results.append(result);
    // Progress on stderr, so a long run shows life and stdout stays the table or JSON.
    std::fprintf(stderr, "  %s %s %s: %s\n", qPrintable(result.caseName), qPrintable(result.size),
        qPrintable(result.metric), qPrintable(formatValue(result.value, result.unit)));
}

QJsonObject Context::runProbe(const QString &probe, const QStringList &arguments) const
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(m_program, QStringList{QStringLiteral("--probe"), probe} + arguments);
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        std::fprintf(stderr, "probe %s failed\n", qPrintable(probe));
        return {};
    }
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

bool registerCase(const Case &benchCase)
{
    caseList().append(benchCase);
    return true;
}

bool registerProbe(const Probe &probe)
{
    probeList().append(probe);
    return true;
}

const QList<Case> &cases()
{
    return caseList();
}

const QList<Probe> &probes()
{
    return probeList();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QString formatSize(int rows)
{
    if (rows >= 1000000 && rows % 1000000 == 0)
        return QStringLiteral("%1M").arg(rows / 1000000);
    if (rows >= 1000 && rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}

QString formatValue(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    // Counts (no unit) are whole numbers.
    if (unit.isEmpty() && value == std::floor(value))
        return QString::number(qint64(value));
    const int decimals = value >= 100 ? 0 : (value >= 10 ? 1 : 2);
    const QString number = QString::number(value, 'f', decimals);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

} // namespace Bench
