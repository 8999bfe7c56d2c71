// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "net/apiclient.h"

namespace Gatehouse {

class PendingCall;

// Page requests sent before their caller asked for them (UserQuery::readAhead), so that the
// provider's answer time overlaps with the caller handling the previous page: listing
// everything then takes about the longer of the two per page, not their sum. Holds the pages
// of one listing (named by its query) by offset; forgets them when another listing starts,
// or when nobody took one for a minute (the caller stopped).
class PageReadAhead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageReadAhead)

public:
    static constexpr int depth = 2; // pages in flight ahead of the caller, at most

    explicit PageReadAhead(QObject *parent = nullptr);
    ~PageReadAhead() override;

    // The listing the next calls are about; another one drops what is held.
    void use(const QString &listing);
    const QString &listing() const { return m_listing; }
    int held() const { return int(m_pages.size()); }
    bool holds(qint64 offset) const { return m_pages.count(offset) > 0; }
    // The listing's total, once its first page said it (-1: unknown).
    void setTotal(qint64 total) { m_total = total; }
    qint64 total() const { return m_total; }

    void start(qint64 offset, ApiCall *call);
    // When the page at `offset` was started: `deliver` gets its answer with `context` as the
    // receiver (queued, if it is already here) and the returned call can abort it.
    // nullptr when no such page was started.
    PendingCall *take(
        qint64 offset, QObject *context, const std::function<void(const ApiResult &)> &deliver);
    void clear();

private:
    struct Page
    {
        QPointer<ApiCall> call; // in flight
        std::optional<ApiResult> result; // arrived, not yet taken
    };
    void drop(Page &page);

    QString m_listing;
    qint64 m_total = -1;
    std::map<qint64, Page> m_pages;
    QTimer m_expiry;
};

} // namespace Gatehouse
