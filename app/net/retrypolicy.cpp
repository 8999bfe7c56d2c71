// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/retrypolicy.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Gatehouse::RetryPolicy {

qint64 retryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : qint64(std::ceil(seconds * 1000.0));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, nowUtc.msecsTo(at));
}

qint64 backoffMs(int attempt, qint64 baseMs, qint64 capMs)
{
    const qint64 raw = baseMs * (qint64(1) << std::min(attempt, 20));
    const qint64 capped = std::min(raw, capMs);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    return std::max<qint64>(1, qint64(double(capped) * jitter));
}

bool isTransientStatus(int httpStatus)
{
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

} // namespace Gatehouse::RetryPolicy
