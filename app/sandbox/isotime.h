// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Gatehouse::Sandbox {

// Fast UTC timestamp formatting for hand-written JSON (QDateTime is too slow per row).
namespace IsoTime {

// "2019-03-04T10:11:12Z"
void appendSeconds(QByteArray &out, qint64 epochSeconds);
// "2019-03-04T10:11:12.345Z"
void appendMillis(QByteArray &out, qint64 epochMs);
QByteArray fromMillis(qint64 epochMs);
QByteArray fromSeconds(qint64 epochSeconds);
// Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM)" (RFC 3339); false when malformed.
bool parse(QByteArrayView text, qint64 *epochMs);

} // namespace IsoTime

} // namespace Gatehouse::Sandbox
