// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "core/result.h"

class QIODevice;

namespace Gatehouse {

class ActionJournal;
struct AuditEntry;

// Writes the audit trail, oldest entry first, as CSV (RFC 4180: a header row, CRLF line ends,
// fields with commas, quotes or line breaks quoted, quotes doubled) or as a JSON array of
// objects, one per line. Both use the field names of fieldNames(); in JSON, seq, attempt and
// error_status are numbers and everything else is a string. Timestamps are ISO 8601 UTC with
// milliseconds. The trail holds no secrets, so neither does the export. Values are written
// exactly as journaled (no spreadsheet formula escaping: the export must match the trail).
class AuditExporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    enum class Format
    {
        Csv,
        Json
    };

    explicit AuditExporter(const ActionJournal &journal);

    // Returns how many entries were written.
    Result<qint64> write(QIODevice *out, Format format) const;

    static std::optional<Format> formatFromName(const QString &name); // "csv", "json"
    // seq, timestamp, actionId, batchId, profileId, profileName, provider, userId, login,
    // email, displayName, action, operator, reason, state, attempt, requestId, taskId,
    // errorKind, errorStatus, errorCode, errorMessage, note, prevHash, hash
    static const QStringList &fieldNames();
    static QStringList fieldValues(const AuditEntry &entry);
    // One CSV field, quoted when it has to be.
    static QString csvField(const QString &value);

private:
    const ActionJournal &m_journal;
};

} // namespace Gatehouse
