// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Gatehouse::RetryPolicy {

// Milliseconds to wait from a Retry-After value: delta-seconds or an HTTP-date. -1 when the
// value is absent or unreadable.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

// Exponential backoff with +-50 % jitter: base * 2^attempt, capped. attempt starts at 0.
qint64 backoffMs(int attempt, qint64 baseMs, qint64 capMs);

// 5xx answers that say "try again" for reads (500 too: SailPoint's "500.0 Internal Fault").
bool isTransientStatus(int httpStatus);

} // namespace Gatehouse::RetryPolicy
