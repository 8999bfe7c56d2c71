// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "audit/auditanchor.h"
#include "core/result.h"

namespace Gatehouse {

class ActionJournal;

// One thing wrong with the audit trail. Seq numbers are the entries' current ones.
struct AuditFinding
{
    enum class Kind
    {
        Edited, // the entry's content (or content and hash) changed after it was written
        Deleted, // entries seq..lastSeq are missing
        Inserted, // an entry Gatehouse never wrote
        Reordered, // entries seq..lastSeq were written as originalSeq..; they were moved
        BrokenLink, // the entry no longer follows the one it was written after
        AnchorMissing, // the anchor file is gone: cut-off or appended entries cannot be ruled out
        StateMismatch, // an action's current state disagrees with its audit trail
    };

    Kind kind = Kind::Edited;
    qint64 seq = 0;
    qint64 lastSeq = 0; // == seq for a single entry
    qint64 originalSeq = 0; // Reordered: where the first of them was written
    QString actionId; // StateMismatch
    QString message; // translated, names the seq numbers

    static QString kindName(Kind kind); // "edited", "deleted", … (stable, for JSON)
};

struct AuditReport
{
    qint64 entries = 0;
    ChainHead head; // last entry as found
    bool anchorChecked = false;
    QVector<AuditFinding> findings;
    bool truncated = false; // more findings than reported

    bool intact() const { return findings.isEmpty(); }
};

// Walks the audit trail of a journal and says precisely what was tampered with: entries
// edited (hash mismatch), deleted (seq gaps, a cut-off end), inserted (beyond the anchor or
// chained nowhere) or reordered (an entry whose hash only fits another seq), and actions
// whose current state disagrees with their trail. Reads only.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(const ActionJournal &journal);
    // Stops classifying after this many findings (the report says so).
    void setMaxFindings(int max) { m_maxFindings = max; }

    Result<AuditReport> verify() const;

private:
    const ActionJournal &m_journal;
    int m_maxFindings = 1000;
};

} // namespace Gatehouse
