// SPDX-License-Identifier: GPL-3.0-or-later
// Memory per loaded user row: RSS growth / rows, with and without the text itself, measured
// in child processes so that each figure starts from a clean heap.
#include <cstdio>
#include <memory>

#include <QJsonObject>

#include "benchcase.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "processmemory.h"
#include "syntheticusers.h"

using namespace Gatehouse;

namespace {

constexpr int chunk = 10000;

qint64 textBytesOf(const UserRecord &user)
{
    return 2
        * qint64(user.id.size() + user.login.size() + user.displayName.size() + user.email.size()
            + user.source.size());
}

QJsonObject answer(qint64 rows, qint64 growth, qint64 textBytes)
{
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("rssGrowth"), growth},
        {QStringLiteral("textBytes"), textBytes}};
}

// "model" = UserTableModel alone; "model+filter" with a UserFilterProxyModel attached (what
// the app holds, a filter applied); "naive" = QVector<UserRecord> (raw attributes empty).
QJsonObject probeMemory(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    const int rows = arguments.value(1).toInt();
    if (rows <= 0)
        return {};
    Bench::SyntheticUsers users;

    if (what == QLatin1String("naive")) {
        Bench::trimHeap();
        const qint64 before = Bench::residentBytes();
        QVector<UserRecord> all;
        qint64 textBytes = 0;
        for (int loaded = 0; loaded < rows; loaded += chunk) {
            const QVector<UserRecord> part = users.next(std::min(chunk, rows - loaded));
            for (const UserRecord &user : part) {
                textBytes += textBytesOf(user);
                all.append(user);
            }
        }
        all.squeeze();
        Bench::trimHeap();
        return answer(rows, Bench::residentBytes() - before, textBytes);
    }

    auto model = std::make_unique<UserTableModel>();
    std::unique_ptr<UserFilterProxyModel> proxy;
    if (what == QLatin1String("model+filter")) {
        proxy = std::make_unique<UserFilterProxyModel>();
        proxy->setSourceModel(model.get());
    }
    Bench::trimHeap();
    const qint64 before = Bench::residentBytes();
    for (int loaded = 0; loaded < rows; loaded += chunk)
        model->appendUsers(users.next(std::min(chunk, rows - loaded)));
    if (proxy) {
        // A typical state: some typing happened, sorted by name.
        proxy->sort(UserTableModel::DisplayNameColumn);
        for (const char *text : {"m", "ma", "mar", "mari", "maria"})
            proxy->setFilterText(QString::fromLatin1(text));
    }
    Bench::trimHeap();
    return answer(rows, Bench::residentBytes() - before, model->store().textBytes());
}

const bool probeRegistered = Bench::registerProbe({QStringLiteral("memory"), probeMemory});

void runMemoryCase(Bench::Context &context)
{
    if (Bench::residentBytes() < 0) {
        std::fprintf(stderr, "memory case skipped: no RSS reading on this platform\n");
        return;
    }
    const int rows = context.sizes({1000000}, {20000}).value(0);
    const QString size = Bench::formatSize(rows);
    const auto measure = [&](const char *what) {
        const QJsonObject result = context.runProbe(
            QStringLiteral("memory"), {QString::fromLatin1(what), QString::number(rows)});
        const double perRow = result.value(QStringLiteral("rssGrowth")).toDouble() / rows;
        const double textPerRow = result.value(QStringLiteral("textBytes")).toDouble() / rows;
        return std::make_pair(perRow, textPerRow);
    };
    const auto [naive, naiveText] =
        context.baselines() ? measure("naive") : std::make_pair(double(NAN), double(NAN));
    const auto [model, modelText] = measure("model");
    const auto [filtered, filteredText] = measure("model+filter");

    Bench::Result text;
    text.caseName = QStringLiteral("memory per row");
    text.size = size;
    text.metric = QStringLiteral("the strings themselves (UTF-16)");
    text.unit = QStringLiteral("B");
    text.value = modelText;
    context.report(text);

    Bench::Result total;
    total.caseName = text.caseName;
    total.size = size;
    total.unit = QStringLiteral("B");
    total.metric = QStringLiteral("model+filter, RSS growth incl. strings");
    total.value = filtered;
    total.baseline = naive;
    context.report(total);

    Bench::Result overhead = total;
    overhead.metric = QStringLiteral("model+filter, beyond the strings");
    overhead.value = filtered - filteredText;
    overhead.baseline = naive - naiveText;
    // The target is for a million rows; small quick-mode runs are dominated by fixed costs.
    if (!context.quick())
        overhead.target = Bench::Target::atMost(300, QStringLiteral("<= 300 B"));
    context.report(overhead);

    Bench::Result modelOnly = overhead;
    modelOnly.metric = QStringLiteral("model alone, beyond the strings");
    modelOnly.value = model - modelText;
    modelOnly.target = Bench::Target::none();
    context.report(modelOnly);
}

const bool caseRegistered = Bench::registerCase({QStringLiteral("memory"),
    QStringLiteral("memory per loaded user row (RSS growth / rows), with and without the "
                   "strings; baseline QVector<UserRecord>"),
    runMemoryCase, 20});

} // namespace
