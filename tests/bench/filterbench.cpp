// SPDX-License-Identifier: GPL-3.0-or-later
// Filter-as-you-type through the real UserTableModel + UserFilterProxyModel, against a stock
// QSortFilterProxyModel (fixed string, case-insensitive, all columns) over the same model.
#include <cstdio>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include "benchcase.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "syntheticusers.h"

using namespace Gatehouse;

namespace {

// What a helpdesk operator types looking for "Maria Garcia", changing their mind twice.
const QStringList &typingSequence()
{
    static const QStringList sequence = {
        QStringLiteral("m"),
        QStringLiteral("ma"),
        QStringLiteral("mar"),
        QStringLiteral("mari"),
        QStringLiteral("maria"),
        QStringLiteral("maria "),
        QStringLiteral("maria g"),
        QStringLiteral("maria ga"),
        QStringLiteral("maria gar"),
        QStringLiteral("maria ga"),
        QStringLiteral("maria g"),
        QStringLiteral("maria "),
        QStringLiteral("maria"),
        QStringLiteral("mari"),
        QStringLiteral("mar"),
        QStringLiteral("mart"),
        QStringLiteral("marti"),
        QStringLiteral("martin"),
        QStringLiteral("martin s"),
        QString(),
    };
    return sequence;
}

// Milliseconds per keystroke of one pass over the sequence. `apply` sets the filter text.
QList<double> typeSequence(const std::function<void(const QString &)> &apply)
{
    QList<double> times;
    QElapsedTimer timer;
    for (const QString &text : typingSequence()) {
        timer.start();
        apply(text);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

// Per keystroke, the median over the passes; then the median and the worst keystroke.
std::pair<double, double> summarize(
    const Bench::Context &context, const char *label, const QList<QList<double>> &passes)
{
    QList<double> perKeystroke;
    for (qsizetype k = 0; k < typingSequence().size(); ++k) {
        QList<double> samples;
        for (const QList<double> &pass : passes)
            samples.append(pass.at(k));
        perKeystroke.append(Bench::median(samples));
        if (context.verbose())
            std::fprintf(stderr, "    %s \"%s\": %.3f ms\n", label,
                qPrintable(typingSequence().at(k)), perKeystroke.last());
    }
    return {
        Bench::median(perKeystroke), *std::max_element(perKeystroke.begin(), perKeystroke.end())};
}

// A view's selection keeps persistent indexes alive, which a filter must carry over.
void selectFirstRow(QItemSelectionModel &selection)
{
    QAbstractItemModel *model = selection.model();
    if (model->rowCount() > 0)
        selection.setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void runFilterCase(Bench::Context &context)
{
    for (const int size : context.sizes({10000, 100000, 1000000}, {2000, 10000})) {
        UserTableModel model;
        {
            // Page-sized appends, like a loadAll(), through a proxy that indexes incrementally.
            UserFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            Bench::SyntheticUsers users;
            QElapsedTimer timer;
            qint64 appendNs = 0;
            for (int loaded = 0; loaded < size; loaded += 250) {
                const QVector<UserRecord> page = users.next(std::min(250, size - loaded));
                timer.start();
                model.appendUsers(page);
                appendNs += timer.nsecsElapsed();
            }
            Bench::Result load;
            load.caseName = QStringLiteral("load pages (model+filter)");
            load.size = Bench::formatSize(size);
            load.metric = QStringLiteral("time per 250-row page");
            load.unit = QStringLiteral("ms");
            load.value = double(appendNs) / 1e6 / (double(size) / 250.0);
            context.report(load);
        }

        const int ourPasses = context.quick() ? 3 : 5;
        QList<QList<double>> ours;
        for (int pass = 0; pass < ourPasses; ++pass) {
            // A fresh proxy per pass: no result cached from an earlier pass.
            UserFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            QItemSelectionModel selection(&proxy);
            selectFirstRow(selection);
            ours.append(typeSequence([&](const QString &text) { proxy.setFilterText(text); }));
        }

        // The stock proxy is slow at a million rows: fewer passes there.
        const int stockPasses =
            !context.baselines() ? 0 : (size >= 1000000 ? 1 : (size >= 100000 ? 2 : 3));
        QList<QList<double>> stock;
        for (int pass = 0; pass < stockPasses; ++pass) {
            QSortFilterProxyModel proxy;
            proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
            proxy.setFilterKeyColumn(-1);
            proxy.setSourceModel(&model);
            QItemSelectionModel selection(&proxy);
            selectFirstRow(selection);
            stock.append(
                typeSequence([&](const QString &text) { proxy.setFilterFixedString(text); }));
        }

        const auto [ourMedian, ourWorst] = summarize(context, "ours", ours);
        const auto [stockMedian, stockWorst] = stock.isEmpty()
            ? std::make_pair(double(NAN), double(NAN))
            : summarize(context, "stock", stock);
        Bench::Result median;
        median.caseName = QStringLiteral("filter-as-you-type");
        median.size = Bench::formatSize(size);
        median.metric = QStringLiteral("median per keystroke");
        median.unit = QStringLiteral("ms");
        median.value = ourMedian;
        median.baseline = stockMedian;
        median.target = size >= 1000000
            ? Bench::Target::atMostAndRatioAtLeast(16, 10, QStringLiteral("<= 16 ms, >= 10x"))
            : Bench::Target::ratioAtLeast(10, QStringLiteral(">= 10x"));
        context.report(median);

        Bench::Result worst = median;
        worst.metric = QStringLiteral("worst keystroke");
        worst.value = ourWorst;
        worst.baseline = stockWorst;
        worst.target = Bench::Target::none();
        context.report(worst);
    }
}

const bool registered = Bench::registerCase({QStringLiteral("filter"),
    QStringLiteral("filter-as-you-type over 10k/100k/1M users: UserFilterProxyModel vs "
                   "QSortFilterProxyModel (fixed string, case-insensitive, all columns)"),
    runFilterCase, 10});

} // namespace
