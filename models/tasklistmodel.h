// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QUuid>

#include "tasks/actionrecord.h"

namespace Gatehouse {

class ActionJournal;

// Every action of the journal as a live table for the task monitor, newest first: queued,
// sending, running with the provider's task, succeeded, failed with the provider's message and
// request id, unknown while it is reconciled. Follows ActionJournal::actionRecorded with
// one-row inserts and one-row dataChanged; reload() reads the journal again (another process
// may have written to it).
class TaskListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column
    {
        StateColumn,
        ActionColumn,
        UserColumn,
        ProfileColumn,
        MessageColumn,
        RequestIdColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value of the column
        ActionIdRole, // QUuid
        BatchIdRole, // QUuid
        ProfileIdRole, // QUuid
        UserIdRole, // QString
        StateRole, // int(ActionState)
        BucketRole, // QString: pending, succeeded, failed, unknown, skipped, cancelled
        FinalRole, // bool: nothing more will happen unless retried
        DetailsRole, // QString: every field as "Label: value" lines, for copying
    };

    using StateIconProvider = std::function<QIcon(ActionState state)>;

    // Rows kept at most; older actions fall off the end (the journal keeps them all).
    static constexpr int defaultRowLimit = 20000;

    explicit TaskListModel(QObject *parent = nullptr);
    ~TaskListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setStateIconProvider(StateIconProvider provider);
    // Shows the journal's newest actions and follows its writes; nullptr detaches. The journal
    // is not owned. Returns the error when reading the journal failed (the list is then empty).
    ApiError setJournal(ActionJournal *journal);
    ApiError reload();
    void setRowLimit(int rows);
    int rowLimit() const { return m_rowLimit; }

    // Adds the action, or refreshes the row of the same action id.
    void upsert(const ActionRecord &action);
    void clear();

    int rowOfAction(const QUuid &actionId) const;
    const ActionRecord &actionAt(int row) const;

    // Stable name of a bucket ("failed"), as BucketRole gives it.
    static QString bucketName(OutcomeBucket bucket);
    // One line for the message column: the error (with the request id) or the note, or what
    // the action waits for.
    static QString messageText(const ActionRecord &action);
    // Every field of the action as "Label: value" lines.
    static QString detailsText(const ActionRecord &action);
    // "Disable", "Enable", "Unlock".
    static QString actionTitle(UserAction action);

signals:
    // An action reached a final state (not at reload): for notifications and the table.
    void actionFinished(const Gatehouse::ActionRecord &action);

private:
    // Row r shows m_actions[size - 1 - r]: appending puts the newest action on top without
    // renumbering the id index.
    int rowOfSlot(int slot) const { return int(m_actions.size()) - 1 - slot; }
    int slotOfRow(int row) const { return int(m_actions.size()) - 1 - row; }
    void trimToLimit();
    QVariant displayData(const ActionRecord &action, int column) const;
    QVariant sortData(const ActionRecord &action, int column) const;

    QPointer<ActionJournal> m_journal;
    QMetaObject::Connection m_connection;
    std::vector<ActionRecord> m_actions; // oldest first
    QHash<QUuid, int> m_slots; // action id -> index in m_actions (offset by m_dropped)
    int m_dropped = 0; // actions trimmed from the front since the last reset
    int m_rowLimit = defaultRowLimit;
    StateIconProvider m_iconProvider;
};

} // namespace Gatehouse
