// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting the user table by a column (a header click), through UserFilterProxyModel, against a
// stock QSortFilterProxyModel sorting on the same model's SortRole, case-insensitively.
#include <functional>

#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include "benchcase.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "syntheticusers.h"

using namespace Gatehouse;

namespace {

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void runSortCase(Bench::Context &context)
{
    for (const int size : context.sizes({10000, 100000, 1000000}, {2000, 10000})) {
        UserTableModel model;
        Bench::SyntheticUsers users;
        for (int loaded = 0; loaded < size; loaded += 10000)
            model.appendUsers(users.next(std::min(10000, size - loaded)));

        const int passes = context.quick() ? 2 : 3;
        QList<double> first;
        QList<double> toggle;
        for (int pass = 0; pass < passes; ++pass) {
            UserFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            first.append(timeMs([&] { proxy.sort(UserTableModel::DisplayNameColumn); }));
            toggle.append(timeMs(
                [&] { proxy.sort(UserTableModel::DisplayNameColumn, Qt::DescendingOrder); }));
        }
        QList<double> stockFirst;
        QList<double> stockToggle;
        const int stockPasses = !context.baselines() ? 0 : (size >= 1000000 ? 1 : passes);
        for (int pass = 0; pass < stockPasses; ++pass) {
            QSortFilterProxyModel proxy;
            proxy.setSortRole(UserTableModel::SortRole);
            proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
            proxy.setSourceModel(&model);
            stockFirst.append(timeMs([&] { proxy.sort(UserTableModel::DisplayNameColumn); }));
            stockToggle.append(timeMs(
                [&] { proxy.sort(UserTableModel::DisplayNameColumn, Qt::DescendingOrder); }));
        }

        Bench::Result sort;
        sort.caseName = QStringLiteral("sort by name");
        sort.size = Bench::formatSize(size);
        sort.metric = QStringLiteral("first click");
        sort.unit = QStringLiteral("ms");
        sort.value = Bench::median(first);
        sort.baseline = Bench::median(stockFirst);
        context.report(sort);

        Bench::Result reverse = sort;
        reverse.metric = QStringLiteral("reverse order");
        reverse.value = Bench::median(toggle);
        reverse.baseline = Bench::median(stockToggle);
        context.report(reverse);

        // Pages arriving while the view is sorted: each new row lands in its place.
        UserFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(UserTableModel::LoginColumn);
        const int pages = context.quick() ? 4 : 20;
        const double loading = timeMs([&] {
            for (int page = 0; page < pages; ++page)
                model.appendUsers(users.next(250));
        });
        Bench::Result arrivals;
        arrivals.caseName = QStringLiteral("load pages (sorted)");
        arrivals.size = Bench::formatSize(size);
        arrivals.metric = QStringLiteral("time per 250-row page");
        arrivals.unit = QStringLiteral("ms");
        arrivals.value = loading / pages;
        context.report(arrivals);
    }
}

const bool registered = Bench::registerCase({QStringLiteral("sort"),
    QStringLiteral("sorting 10k/100k/1M users by name, and pages arriving while sorted: "
                   "UserFilterProxyModel vs QSortFilterProxyModel on SortRole"),
    runSortCase, 15});

} // namespace
