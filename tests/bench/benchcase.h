// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The bench's case registry and its results. A case measures something, its baseline in the
// same run, and reports rows of the result table; a probe is a measurement run in a child
// process (so that its memory is its own) and answers one JSON object.
namespace Bench {

// What a result row must reach.
struct Target
{
    enum class Kind
    {
        None,
        ValueAtMost,
        ValueAtLeast,
        RatioAtLeast,
        ValueAtMostAndRatioAtLeast
    };
    Kind kind = Kind::None;
    double value = 0;
    double ratio = 0;
    QString text; // shown in the table, e.g. "<= 16 ms, >= 10x"

    static Target none() { return {}; }
    static Target atMost(double value, const QString &text);
    static Target atLeast(double value, const QString &text);
    static Target ratioAtLeast(double ratio, const QString &text);
    static Target atMostAndRatioAtLeast(double value, double ratio, const QString &text);
};

struct Result
{
    QString caseName;
    QString size;
    QString metric;
    QString unit; // "ms", "B", "rows/s", ...
    double value = NAN;
    double baseline = NAN; // NAN when the case has no baseline
    // How many times better than the baseline: baseline / value when lower is better.
    bool higherIsBetter = false;
    Target target;

    double ratio() const;
    std::optional<bool> pass() const;
    QJsonObject toJson() const;
};

class Context
{
public:
    Context(bool quick, bool verbose, QString program);
    // Developer options: other sizes than the cases' own, and skipping the baselines.
    void setSizes(const QList<int> &sizes) { m_sizes = sizes; }
    void setBaselines(bool run) { m_baselines = run; }
    bool baselines() const { return m_baselines; }

    bool quick() const { return m_quick; }
    // Print per-step details on stderr.
    bool verbose() const { return m_verbose; }
    // The sizes to run: the full list, or the quick list (CI).
    QList<int> sizes(const QList<int> &full, const QList<int> &quick) const;
    void report(const Result &result);
    const QList<Result> &results() const { return m_results; }
    // Runs a probe in a child process of this executable and returns its JSON answer
    // (empty on failure, with a warning on stderr).
    QJsonObject runProbe(const QString &probe, const QStringList &arguments) const;

private:
    bool m_quick;
    bool m_verbose;
    bool m_baselines = true;
    QList<int> m_sizes;
    QString m_program;
    QList<Result> m_results;
};

struct Case
{
    QString name;
    QString description;
    std::function<void(Context &)> run;
    int order = 100; // cases run and print in this order
};

struct Probe
{
    QString name;
    std::function<QJsonObject(const QStringList &arguments)> run;
};

// Registration happens from static initialisers in each case file:
//   static const bool registered = Bench::registerCase({...});
bool registerCase(const Case &benchCase);
bool registerProbe(const Probe &probe);
const QList<Case> &cases();
const QList<Probe> &probes();

// Helpers for the cases.
double median(QList<double> values);
QString formatSize(int rows); // 10k, 1M
QString formatValue(double value, const QString &unit);

} // namespace Bench
