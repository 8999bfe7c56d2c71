// SPDX-License-Identifier: GPL-3.0-or-later
// Listing SailPoint accounts from the sandbox through the real provider client, page by page:
// without a rate limit (accounts/s, against plain QNetworkAccessManager + QJsonDocument) and
// with the sandbox and the profile at SailPoint's 100 requests per 10 s (against the bound the
// rate limit sets).
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include "benchcase.h"
#include "childsandbox.h"
#include "providers/identityprovider.h"
#include "providers/providerfactory.h"
#include "providers/sailpoint/sailpointprovider.h"

using namespace Gatehouse;

namespace {

constexpr int pageSize = SailPointProvider::pageSize;
constexpr int listTimeoutMs = 30 * 60 * 1000;

struct ListRun
{
    double seconds = NAN;
    qint64 accounts = 0;
    int pages = 0;
};

// Runs `step` (which calls `next` until done, then `finish`) in an event loop, timed.
ListRun timedLoop(const std::function<void(QEventLoop &, ListRun &)> &begin)
{
    ListRun run;
    QEventLoop loop;
    QTimer::singleShot(listTimeoutMs, &loop, [&loop] {
        std::fprintf(stderr, "listing timed out\n");
        loop.exit(1);
    });
    QElapsedTimer timer;
    timer.start();
    begin(loop, run);
    const int code = loop.exec();
    if (code == 0)
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

// The real client: createProvider() + listUsers() page by page, as UserTableModel::loadAll()
// and `users list --all` do (the next page is asked for once the previous one arrived and was
// mapped, with UserQuery::readAhead: the provider fetches it meanwhile). The pages are dropped
// after counting: the model's own cost per page is the filter case's "load pages".
ListRun listWithProvider(const ProviderConfig &config, int maxPages, bool readAhead = true)
{
    QNetworkAccessManager nam;
    const Result<IdentityProvider *> created = createProvider(config, &nam, nullptr);
    if (!created) {
        std::fprintf(stderr, "provider: %s\n", qPrintable(created.error().summary()));
        return {};
    }
    const std::unique_ptr<IdentityProvider> provider(created.value());
    QObject context;
    QString token;
    UserQuery everything;
    everything.wantTotal = true; // as the model and the CLI ask
    everything.readAhead = readAhead;
    std::function<void(QEventLoop &, ListRun &)> next = [&](QEventLoop &loop, ListRun &run) {
        provider->listUsers(everything, token, &context, [&, next](const Result<UserPage> &page) {
            if (!page) {
                std::fprintf(stderr, "listing failed: %s\n", qPrintable(page.error().summary()));
                loop.exit(1);
                return;
            }
            run.accounts += page->users.size();
            ++run.pages;
            token = page->nextPageToken;
            if (token.isEmpty() || run.pages >= maxPages)
                loop.exit(0);
            else
                next(loop, run);
        });
    };
    return timedLoop(next);
}

// The baseline: the same requests with a plain QNetworkAccessManager and a QJsonDocument parse
// of each page; no mapping, no rate limiter, no signer (one token fetched by hand first).
ListRun listPlain(const Bench::ChildSandbox &sandbox, int maxPages)
{
    QNetworkAccessManager nam;
    QByteArray bearer;
    const QString base = sandbox.baseUrl().toString();
    std::function<void(QEventLoop &, ListRun &)> fetchPage = [&](QEventLoop &loop, ListRun &run) {
        QNetworkRequest request(QUrl(base
            + QStringLiteral("/v3/accounts?limit=%1&offset=%2").arg(pageSize).arg(run.accounts)));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", bearer);
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, fetchPage] {
            reply->deleteLater();
            const QJsonDocument page = QJsonDocument::fromJson(reply->readAll());
            if (reply->error() != QNetworkReply::NoError || !page.isArray()) {
                std::fprintf(
                    stderr, "plain listing failed: %s\n", qPrintable(reply->errorString()));
                loop.exit(1);
                return;
            }
            const qsizetype count = page.array().size();
            run.accounts += count;
            ++run.pages;
            if (count < pageSize || run.pages >= maxPages)
                loop.exit(0);
            else
                fetchPage(loop, run);
        });
    };
    return timedLoop([&](QEventLoop &loop, ListRun &run) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(
            QStringLiteral("client_id"), QString::fromUtf8(sandbox.sailPointClientId()));
        form.addQueryItem(
            QStringLiteral("client_secret"), QString::fromUtf8(sandbox.sailPointClientSecret()));
        QNetworkRequest request(QUrl(base + QStringLiteral("/oauth/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            const QJsonObject token = QJsonDocument::fromJson(reply->readAll()).object();
            bearer = "Bearer " + token.value(QLatin1String("access_token")).toString().toUtf8();
            fetchPage(loop, run);
        });
    });
}

void reportRateLimited(Bench::Context &context, const QString &caseName, const QString &size,
    Bench::ChildSandbox &sandbox)
{
    Bench::Result limited;
    limited.caseName = caseName;
    limited.size = size;
    limited.metric = QStringLiteral("429 answers from the sandbox");
    limited.unit = QString();
    limited.value = sandbox.getJson(QStringLiteral("/_sandbox/stats"))
                        .value(QLatin1String("rateLimited"))
                        .toDouble(NAN);
    context.report(limited);
}

void runListCase(Bench::Context &context)
{
    const int accounts = context.sizes({100000}, {5000}).value(0);
    const int pages = (accounts + pageSize - 1) / pageSize;
    Bench::ChildSandbox sandbox({QStringLiteral("--users"), QString::number(accounts)});
    if (!sandbox.start())
        return;
    const ProviderConfig config = sandbox.sailPointConfig();

    // Warm both paths up (the sandbox's first answers), then alternate them.
    listWithProvider(config, 4);
    listPlain(sandbox, 4);
    const int passes = context.quick() ? 1 : 5;
    QList<double> client, clientPage, plain, plainPage;
    for (int pass = 0; pass < passes; ++pass) {
        const ListRun run = listWithProvider(config, pages);
        if (run.accounts != accounts)
            std::fprintf(stderr, "listed %lld accounts, expected %d\n", run.accounts, accounts);
        client.append(double(run.accounts) / run.seconds);
        clientPage.append(run.seconds * 1000 / run.pages);
        if (!context.baselines())
            continue;
        const ListRun base = listPlain(sandbox, pages);
        plain.append(double(base.accounts) / base.seconds);
        plainPage.append(base.seconds * 1000 / base.pages);
    }

    Bench::Result rate;
    rate.caseName = QStringLiteral("list (SailPoint client)");
    rate.size = Bench::formatSize(accounts);
    rate.metric = QStringLiteral("accounts/s end to end, no rate limit");
    rate.unit = QStringLiteral("/s");
    rate.value = Bench::median(client);
    rate.baseline = Bench::median(plain);
    rate.higherIsBetter = true;
    if (!context.quick())
        rate.target = Bench::Target::atLeast(50000, QStringLiteral(">= 50,000/s"));
    context.report(rate);

    Bench::Result page = rate;
    page.metric = QStringLiteral("time per 250-account page");
    page.unit = QStringLiteral("ms");
    page.value = Bench::median(clientPage);
    page.baseline = Bench::median(plainPage);
    page.higherIsBetter = false;
    page.target = Bench::Target::none();
    context.report(page);

    // Over a real network every page waits for the provider; reading ahead overlaps that
    // wait with handling the previous page. 25 ms per answer (the sandbox's slow fault).
    const int slowPages = context.quick() ? 8 : 100;
    if (!sandbox.setFaults(QStringLiteral("slow=25")))
        return;
    const ListRun ahead = listWithProvider(config, slowPages, true);
    const ListRun oneByOne =
        context.baselines() ? listWithProvider(config, slowPages, false) : ListRun();
    sandbox.setFaults(QString());
    Bench::Result latency = rate;
    latency.size = Bench::formatSize(slowPages * pageSize);
    latency.metric = QStringLiteral("accounts/s, 25 ms per answer (baseline: no read-ahead)");
    latency.value = double(ahead.accounts) / ahead.seconds;
    latency.baseline = double(oneByOne.accounts) / oneByOne.seconds;
    latency.target = Bench::Target::none();
    context.report(latency);
}

// SailPoint's limit (100 requests per 10 s) on both sides. The sandbox counts fixed windows:
// one opens with the first request and lasts the window; the next opens with the first request
// after it. A perfect client sends the first `limit` requests at t = 0 and each following
// `limit` one window later, so the last window opens at (ceil(pages / limit) - 1) * window;
// the bound adds what fetching the pages of that last window takes without a limit (measured
// here, the same count of pages through the same client).
void runListRatedCase(Bench::Context &context)
{
    const bool quick = context.quick();
    const int limit = quick ? 10 : 100;
    const int windowSeconds = quick ? 1 : 10;
    const int pages = quick ? 20 : 400;
    const int windows = (pages + limit - 1) / limit;
    const int lastWindowPages = pages - (windows - 1) * limit;
    Bench::ChildSandbox sandbox({QStringLiteral("--users"), QString::number(pages * pageSize)});
    if (!sandbox.start())
        return;
    ProviderConfig config = sandbox.sailPointConfig();
    listWithProvider(config, 4);
    QList<double> tail;
    for (int pass = 0; pass < (quick ? 1 : 3); ++pass)
        tail.append(listWithProvider(config, lastWindowPages).seconds);
    const double bound = (windows - 1) * windowSeconds + Bench::median(tail);

    const QString rate = QStringLiteral("%1/%2").arg(limit).arg(windowSeconds);
    if (!sandbox.configure(QJsonObject{{QStringLiteral("rate"), rate}}) || !sandbox.resetCounters())
        return;
    config.rateLimit = limit;
    config.rateWindowMs = windowSeconds * 1000;
    const ListRun run = listWithProvider(config, pages);

    const QString size = Bench::formatSize(pages * pageSize);
    Bench::Result time;
    time.caseName = QStringLiteral("list at %1 s").arg(rate);
    time.size = size;
    time.metric = QStringLiteral("%1 pages, time (baseline: the bound)").arg(pages);
    time.unit = QStringLiteral("s");
    time.value = run.seconds;
    time.baseline = bound;
    context.report(time);

    Bench::Result share = time;
    share.metric = QStringLiteral("share of the rate limit's bound");
    share.unit = QStringLiteral("%");
    share.value = bound / run.seconds * 100;
    share.baseline = NAN;
    if (!quick)
        share.target = Bench::Target::atLeast(95, QStringLiteral(">= 95 %"));
    context.report(share);
    reportRateLimited(context, time.caseName, size, sandbox);
}

const bool listRegistered = Bench::registerCase({QStringLiteral("list"),
    QStringLiteral("listing 100k SailPoint accounts from the sandbox (child process) through the "
                   "real provider client; baseline plain QNetworkAccessManager + QJsonDocument"),
    runListCase, 30});

const bool listRatedRegistered = Bench::registerCase({QStringLiteral("list-rated"),
    QStringLiteral("the same 400 pages with the sandbox and the profile at 100 requests / 10 s; "
                   "baseline the rate limit's bound"),
    runListRatedCase, 31});

} // namespace
