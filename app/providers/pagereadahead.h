// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "net/apiclient.h"

namespace Gatehouse {

class PendingCall;

// One page request sent before its caller asked for it (UserQuery::readAhead), so that the
// provider prepares the next page while the caller handles this one: listing everything
// then takes the longer of the two times per page, not their sum. Holds one page at most,
// named by a key (the query and the page's offset); forgets it when another is started,
// when it is taken, or when nobody took it within a minute (the caller stopped).
class PageReadAhead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageReadAhead)

public:
    explicit PageReadAhead(QObject *parent = nullptr);
    ~PageReadAhead() override;

    void start(const QString &key, ApiCall *call);
    // When the page `key` was started: `deliver` gets its answer with `context` as the
    // receiver (queued, if it is already here) and the returned call can abort it.
    // nullptr when no such page was started.
    PendingCall *take(const QString &key, QObject *context,
        const std::function<void(const ApiResult &)> &deliver);
    void clear();
    bool holds(const QString &key) const { return !m_key.isEmpty() && m_key == key; }

private:
    QString m_key;
    QPointer<ApiCall> m_call; // in flight
    std::optional<ApiResult> m_result; // arrived, not yet taken
    QTimer m_expiry;
};

} // namespace Gatehouse
