// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "core/result.h"

namespace Gatehouse {

// The last entry of the audit chain: its seq and hash (seq 0 = empty chain).
struct ChainHead
{
    qint64 seq = 0;
    QByteArray hash;

    bool operator==(const ChainHead &other) const { return seq == other.seq && hash == other.hash; }
    bool operator!=(const ChainHead &other) const { return !(*this == other); }
};

// A small file beside the journal that remembers where the chain ended. A hash chain alone
// cannot show entries cut off its end, nor entries appended by someone who recomputed the
// hashes; the anchor can. The journal writes it inside its write transaction just before the
// commit (synced), naming the head before and after the commit, so after a crash between the
// two the journal's head matches one of them; after the commit it confirms the new head alone
// (not synced: losing the confirmation only widens what is accepted back to both heads).
//
// The file has two fixed-size slots written in turn, each with a counter and a checksum, and
// is overwritten in place: no rename per write, and a torn write spoils one slot at most.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    struct State
    {
        bool exists = false;
        ChainHead previous; // the head before the last write
        ChainHead head; // the head after the last write
    };
    enum class Sync
    {
        Durable,
        Lazy
    };

    explicit AuditAnchor(QString filePath);

    const QString &filePath() const { return m_filePath; }
    Result<Done> record(
        const ChainHead &previous, const ChainHead &head, Sync sync = Sync::Durable) const;
    Result<State> read() const;

    // "journal.anchor" beside the journal file.
    static QString pathForJournal(const QString &journalPath);

private:
    QString m_filePath;
};

} // namespace Gatehouse
