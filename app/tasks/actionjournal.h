// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QSet>
#include <QVector>

#include "audit/auditanchor.h"
#include "audit/auditentry.h"
#include "core/clock.h"
#include "core/result.h"
#include "tasks/actionrecord.h"

namespace Gatehouse {

// An action whose current state disagrees with the last entry of its audit trail.
struct TrailMismatch
{
    QString actionId;
    QString actionState;
    QString trailState; // empty: the action has no entry at all
};

// The durable record of every action: an SQLite file (journal.sqlite) with the current state
// of each action and batch, plus the append-only, hash-chained audit trail (one entry per
// transition). Each write is one transaction, committed with synchronous=FULL, so when a write
// method returns the transition is on disk and the next step may happen.
//
// Several processes (the GUI and the CLI) may open the same file: WAL lets readers run beside
// the writer, writers queue on the busy timeout, and each action names the runner instance
// ("owner") that works on it, so two processes never drive the same action.
//
// Lives on the thread that opened it. Not copyable.
class ActionJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionJournal)

public:
    enum class OpenMode
    {
        CreateOrMigrate, // create the file or bring its schema up to date
        ExistingOnly, // fail when there is no journal yet (audit verify/export)
    };

    static constexpr int currentSchemaVersion = 1;

    explicit ActionJournal(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~ActionJournal() override;

    // Opens `directory`/journal.sqlite; an empty directory means the app data folder.
    Result<Done> open(
        const QString &directory = QString(), OpenMode mode = OpenMode::CreateOrMigrate);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    QString anchorPath() const { return AuditAnchor::pathForJournal(m_filePath); }
    int schemaVersion() const { return m_schemaVersion; }
    static QString defaultDirectory();
    static QString fileName();

    // --- Writes. Each stamps `updated` (and `created` for new records), checks the state
    // machine against what is on disk, appends one audit entry per action and commits.

    // A new batch and its actions, each in an initial state (planned, skipped or refused).
    Result<Done> addBatch(const BatchRecord &batch, QVector<ActionRecord> &actions);
    // One transition of one action. Fails, writing nothing, when the step is not allowed from
    // the state on disk or when another runner owns the action. An action in a final state
    // belongs to nobody (its owner is cleared); any runner may take it back up (retry).
    Result<Done> record(ActionRecord &action);
    // Several transitions in one commit (cancelling a batch).
    Result<Done> recordAll(QVector<ActionRecord> &actions);
    // Marks the batch cancelled (no entry: each cancelled action gets its own).
    Result<Done> setBatchCancelled(const QUuid &batchId);
    // Hands unfinished actions of `fromOwner` to `toOwner` (recovery after a crash). Returns
    // how many changed hands.
    Result<int> reassign(const QString &fromOwner, const QString &toOwner, const QUuid &profileId);

    // --- Queries.
    Result<std::optional<ActionRecord>> action(const QUuid &id) const;
    Result<QVector<ActionRecord>> actionsInBatch(const QUuid &batchId) const;
    // Actions that still have work to do, oldest first; a null profileId means all profiles.
    Result<QVector<ActionRecord>> unfinishedActions(const QUuid &profileId = QUuid()) const;
    // Users of the profile with an action still open (a new action on them must wait).
    Result<QSet<QString>> usersWithUnfinishedActions(const QUuid &profileId) const;
    // The last `limit` actions on one user, newest first (the detail pane).
    Result<QVector<ActionRecord>> recentActionsForUser(
        const QUuid &profileId, const QString &userId, int limit) const;
    // Every action, oldest first; limit < 0 means all, otherwise the newest `limit`.
    Result<QVector<ActionRecord>> allActions(int limit = -1) const;
    Result<std::optional<BatchRecord>> batch(const QUuid &batchId) const;
    // Batches, newest first; limit < 0 means all.
    Result<QVector<BatchRecord>> batches(int limit = -1) const;
    Result<BatchSummary> batchSummary(const QUuid &batchId) const;

    // --- The audit trail.
    // Visits entries with seq > afterSeq in seq order until visit returns false.
    Result<Done> forEachEntry(
        qint64 afterSeq, const std::function<bool(const AuditEntry &)> &visit) const;
    Result<std::optional<AuditEntry>> entryWithHash(const QByteArray &hash) const;
    // The entry whose prevHash is `hash` (its successor in the chain as written).
    Result<std::optional<AuditEntry>> entryAfterHash(const QByteArray &hash) const;
    Result<ChainHead> chainHead() const;
    Result<qint64> entryCount() const;
    // Actions whose state is not the state of their last entry (tampered current-state view).
    Result<QVector<TrailMismatch>> actionsDisagreeingWithTrail(int limit) const;

signals:
    // After a write of this process was committed.
    void actionRecorded(const Gatehouse::ActionRecord &action);
    void batchAdded(const Gatehouse::BatchRecord &batch);

private:
    enum class Operation
    {
        Open,
        Upgrade,
        Write,
        Read
    };

    Result<Done> migrate();
    Result<Done> writeTransitions(QVector<ActionRecord> &actions, const BatchRecord *newBatch);
    void confirmAnchor(const ChainHead &head);
    Result<QVector<ActionRecord>> selectActions(
        const QString &whereAndOrder, const QVariantList &values) const;
    ApiError databaseError(Operation operation, const QString &detail) const;

    Clock *m_clock = nullptr;
    QString m_connectionName;
    QString m_filePath;
    int m_schemaVersion = 0;
};

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::ActionRecord)
Q_DECLARE_METATYPE(Gatehouse::BatchRecord)
