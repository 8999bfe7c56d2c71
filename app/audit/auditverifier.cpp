// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditverifier.h"

#include <algorithm>
#include <optional>

#include <QHash>
#include <QSet>

#include "audit/auditentry.h"
#include "core/logging.h"
#include "tasks/actionjournal.h"

namespace Gatehouse {

namespace {

using Kind = AuditFinding::Kind;

AuditFinding finding(Kind kind, qint64 seq, QString message, qint64 lastSeq = -1)
{
    AuditFinding f;
    f.kind = kind;
    f.seq = seq;
    f.lastSeq = lastSeq < 0 ? seq : lastSeq;
    f.message = std::move(message);
    return f;
}

} // namespace

QString AuditFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Edited:
        return QStringLiteral("edited");
    case Kind::Deleted:
        return QStringLiteral("deleted");
    case Kind::Inserted:
        return QStringLiteral("inserted");
    case Kind::Reordered:
        return QStringLiteral("reordered");
    case Kind::BrokenLink:
        return QStringLiteral("broken_link");
    case Kind::AnchorMissing:
        return QStringLiteral("anchor_missing");
    case Kind::StateMismatch:
        return QStringLiteral("state_mismatch");
    }
    return QString();
}

AuditVerifier::AuditVerifier(const ActionJournal &journal)
    : m_journal(journal)
{ }

Result<AuditReport> AuditVerifier::verify() const
{
    const auto anchorAtStart = AuditAnchor(m_journal.anchorPath()).read();
    if (!anchorAtStart)
        return anchorAtStart.error();
    AuditAnchor::State anchor = anchorAtStart.value();

    AuditReport report;
    QVector<AuditFinding> found;
    QSet<qint64> flaggedSeqs;
    QHash<qint64, qint64> originalSeqOf; // current seq -> seq it was written as
    std::optional<AuditEntry> previous;
    bool previousFlagged = false;
    qint64 expectedSeq = 1;
    ApiError lookupError;
    const QByteArray genesis = AuditEntry::genesisHash();

    auto add = [&](AuditFinding f) {
        for (qint64 s = f.seq; s <= f.lastSeq && f.kind != Kind::Deleted; ++s)
            flaggedSeqs.insert(s);
        found.append(std::move(f));
    };
    auto lookup = [&](const Result<std::optional<AuditEntry>> &result) {
        if (!result)
            lookupError = result.error();
        return result ? result.value() : std::optional<AuditEntry>();
    };

    QVector<qint64> seqs; // every seq seen, ascending (to name entries beyond the anchor)
    auto visit = [&](const AuditEntry &entry) -> bool {
        ++report.entries;
        seqs.append(entry.seq);
        bool flagged = false;
        const bool gap = entry.seq > expectedSeq;
        if (gap) {
            add(finding(Kind::Deleted, expectedSeq,
                expectedSeq == entry.seq - 1
                    ? tr("Entry %1 was deleted.").arg(expectedSeq)
                    : tr("Entries %1 to %2 were deleted.").arg(expectedSeq).arg(entry.seq - 1),
                entry.seq - 1));
        }
        const bool selfOk = entry.computeHash() == entry.hash;
        const bool linkOk = entry.prevHash == (previous ? previous->hash : genesis);

        if (!selfOk) {
            // Where was it written? Right after the entry its prevHash names.
            std::optional<qint64> writtenAs;
            bool predecessorExists = entry.prevHash == genesis;
            if (predecessorExists) {
                writtenAs = 1;
            } else if (const auto predecessor = lookup(m_journal.entryWithHash(entry.prevHash))) {
                predecessorExists = true;
                writtenAs = originalSeqOf.value(predecessor->seq, predecessor->seq) + 1;
            }
            if (lookupError.isError())
                return false;
            auto fitsAt = [&](qint64 seq) {
                return seq > 0 && seq != entry.seq
                    && entry.computeHash(seq, entry.prevHash) == entry.hash;
            };
            std::optional<qint64> movedFrom;
            if (writtenAs && fitsAt(*writtenAs))
                movedFrom = writtenAs;
            else if (fitsAt(entry.seq + 1))
                movedFrom = entry.seq + 1;
            else if (fitsAt(entry.seq - 1))
                movedFrom = entry.seq - 1;

            if (movedFrom) {
                if (!predecessorExists) {
                    add(finding(Kind::Deleted, entry.seq,
                        tr("The entry written as %1 was deleted and the entries after "
                           "it were renumbered.")
                            .arg(*movedFrom - 1)));
                }
                AuditFinding f = finding(Kind::Reordered, entry.seq, QString());
                f.originalSeq = *movedFrom;
                originalSeqOf.insert(entry.seq, *movedFrom);
                add(f);
            } else {
                const bool chainedOn = lookup(m_journal.entryAfterHash(entry.hash)).has_value();
                if (lookupError.isError())
                    return false;
                const bool anchoredHere = anchor.exists
                    && ((anchor.head.seq == entry.seq && anchor.head.hash == entry.hash)
                        || (anchor.previous.seq == entry.seq
                            && anchor.previous.hash == entry.hash));
                if (chainedOn || anchoredHere || linkOk) {
                    add(finding(Kind::Edited, entry.seq,
                        tr("Entry %1 was edited: its content no longer matches its hash.")
                            .arg(entry.seq)));
                } else {
                    add(finding(Kind::Inserted, entry.seq,
                        tr("Entry %1 was inserted: it fits nowhere in the chain.").arg(entry.seq)));
                }
            }
            flagged = true;
        } else if (!linkOk && !gap && !previousFlagged && previous) {
            const auto predecessor = lookup(m_journal.entryWithHash(entry.prevHash));
            if (lookupError.isError())
                return false;
            if (!predecessor) {
                add(finding(Kind::Edited, previous->seq,
                    tr("Entry %1 was replaced: its content and hash changed, and entry %2 "
                       "no longer follows it.")
                        .arg(previous->seq)
                        .arg(entry.seq)));
            } else {
                add(finding(Kind::BrokenLink, entry.seq,
                    tr("Entry %1 was written after entry %2 but now follows entry %3.")
                        .arg(entry.seq)
                        .arg(predecessor->seq)
                        .arg(previous->seq)));
                flagged = true;
            }
        }
        previousFlagged = flagged;
        previous = entry;
        expectedSeq = entry.seq + 1;
        if (found.size() >= m_maxFindings) {
            report.truncated = true;
            return false;
        }
        return true;
    };

    // Walk, then pair the end of the walk with the anchor. Another process may append while
    // we walk: read head, anchor, head again, and walk on until no commit slipped in between
    // (the anchor is written inside the write transaction, so it is then consistent).
    qint64 walkedTo = 0;
    for (int round = 0; round < 10; ++round) {
        if (auto walked = m_journal.forEachEntry(walkedTo, visit); !walked)
            return walked.error();
        if (lookupError.isError())
            return lookupError;
        walkedTo = previous ? previous->seq : 0;
        if (report.truncated)
            break;
        const auto before = m_journal.chainHead();
        const auto anchorNow = AuditAnchor(m_journal.anchorPath()).read();
        const auto after = m_journal.chainHead();
        if (!before || !anchorNow || !after)
            return !before ? before.error() : !anchorNow ? anchorNow.error() : after.error();
        anchor = anchorNow.value();
        if (before.value() == after.value() && before->seq == walkedTo)
            break;
    }
    report.anchorChecked = anchor.exists;

    // An entry one place after where it was written, behind an entry that is not flagged:
    // that entry was slipped in and the rest renumbered.
    QVector<AuditFinding> slippedIn;
    for (const AuditFinding &f : std::as_const(found)) {
        if (f.kind == Kind::Reordered && f.originalSeq == f.seq - 1 && f.seq > 1
            && !flaggedSeqs.contains(f.seq - 1)) {
            flaggedSeqs.insert(f.seq - 1);
            slippedIn.append(finding(Kind::Inserted, f.seq - 1,
                tr("Entry %1 was inserted and the entries after it were "
                   "renumbered.")
                    .arg(f.seq - 1)));
        }
    }
    found += slippedIn;

    // The end of the chain against the anchor.
    report.head = previous ? ChainHead{previous->seq, previous->hash}
                           : ChainHead{0, AuditEntry::genesisHash()};
    const ChainHead writtenHead{
        originalSeqOf.value(report.head.seq, report.head.seq), report.head.hash};
    if (!anchor.exists) {
        if (report.entries > 0) {
            found.append(finding(Kind::AnchorMissing, 0,
                tr("The audit anchor %1 is missing: entries cut off the end or "
                   "appended cannot be ruled out.")
                    .arg(m_journal.anchorPath())));
        }
    } else if (writtenHead.seq > anchor.head.seq && !report.truncated) {
        // Entries beyond what Gatehouse last wrote: whatever else they look like, inserted.
        const auto beyond = std::upper_bound(seqs.cbegin(), seqs.cend(), anchor.head.seq);
        const qint64 first = beyond == seqs.cend() ? report.head.seq : *beyond;
        const qint64 count = std::max<qint64>(1, seqs.cend() - beyond);
        found.erase(std::remove_if(found.begin(), found.end(),
                        [&](const AuditFinding &f) { return f.seq > anchor.head.seq; }),
            found.end());
        for (AuditFinding &f : found) {
            // A gap reaching past the anchor: only what Gatehouse wrote can have been deleted.
            if (f.kind == Kind::Deleted && f.lastSeq > anchor.head.seq) {
                f.lastSeq = anchor.head.seq;
                f.message = f.seq == f.lastSeq
                    ? tr("Entry %1 was deleted.").arg(f.seq)
                    : tr("Entries %1 to %2 were deleted.").arg(f.seq).arg(f.lastSeq);
            }
        }
        found.append(finding(Kind::Inserted, first,
            count == 1 ? tr("Entry %1 was inserted after the last entry "
                            "Gatehouse wrote (%2).")
                             .arg(first)
                             .arg(anchor.head.seq)
                       : tr("%n entries from %1 to %2 were inserted after the "
                            "last entry Gatehouse wrote (%3).",
                           nullptr, int(count))
                             .arg(first)
                             .arg(report.head.seq)
                             .arg(anchor.head.seq),
            report.head.seq));
    } else if (writtenHead != anchor.head && writtenHead != anchor.previous && !report.truncated) {
        const qint64 committed = anchor.previous.seq;
        if (writtenHead.seq < committed) {
            found.append(finding(Kind::Deleted, writtenHead.seq + 1,
                writtenHead.seq + 1 == committed
                    ? tr("Entry %1, the last one, was deleted.").arg(committed)
                    : tr("Entries %1 to %2 were cut off the end.")
                          .arg(writtenHead.seq + 1)
                          .arg(committed),
                committed));
        } else if (!flaggedSeqs.contains(report.head.seq)) {
            found.append(finding(Kind::Edited, report.head.seq,
                tr("Entry %1, the last one, was replaced: it is not the entry "
                   "Gatehouse wrote.")
                    .arg(report.head.seq)));
        }
    }

    std::stable_sort(found.begin(), found.end(),
        [](const AuditFinding &a, const AuditFinding &b) { return a.seq < b.seq; });

    // Runs of entries moved by the same offset read as one finding.
    QVector<AuditFinding> merged;
    for (const AuditFinding &f : std::as_const(found)) {
        if (f.kind == Kind::Reordered && !merged.isEmpty()) {
            AuditFinding &last = merged.last();
            if (last.kind == Kind::Reordered && last.lastSeq + 1 == f.seq
                && last.seq - last.originalSeq == f.seq - f.originalSeq) {
                last.lastSeq = f.seq;
                continue;
            }
        }
        merged.append(f);
    }
    for (AuditFinding &f : merged) {
        if (f.kind != Kind::Reordered)
            continue;
        if (f.seq == f.lastSeq) {
            f.message =
                tr("Entry %1 was moved: it was written as entry %2.").arg(f.seq).arg(f.originalSeq);
        } else {
            f.message = tr("Entries %1 to %2 were moved: they were written as entries %3 to %4.")
                            .arg(f.seq)
                            .arg(f.lastSeq)
                            .arg(f.originalSeq)
                            .arg(f.originalSeq + f.lastSeq - f.seq);
        }
    }

    const int room = std::max(0, m_maxFindings - int(merged.size()));
    const auto mismatches = m_journal.actionsDisagreeingWithTrail(room + 1);
    if (!mismatches)
        return mismatches.error();
    for (const TrailMismatch &m : mismatches.value()) {
        if (merged.size() >= m_maxFindings) {
            report.truncated = true;
            break;
        }
        AuditFinding f = finding(Kind::StateMismatch, 0,
            m.trailState.isEmpty()
                ? tr("Action %1 is %2 but has no audit entry.").arg(m.actionId, m.actionState)
                : tr("Action %1 is %2 but its audit trail ends in %3.")
                      .arg(m.actionId, m.actionState, m.trailState));
        f.actionId = m.actionId;
        merged.append(f);
    }

    report.findings = merged;
    if (!report.intact()) {
        qCWarning(lcAudit) << "audit trail check found" << report.findings.size() << "problems in"
                           << report.entries << "entries";
    }
    return report;
}

} // namespace Gatehouse
