// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasklistmodel.h"

#include <QLocale>

#include "core/logging.h"
#include "tasks/actionjournal.h"

namespace Gatehouse {

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TaskListModel::~TaskListModel() = default;

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRecord &action = actionAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(action, column);
    case Qt::DecorationRole:
        if (column == StateColumn && m_iconProvider)
            return m_iconProvider(action.state);
        return {};
    case Qt::ToolTipRole:
        if (column == MessageColumn || column == StateColumn)
            return detailsText(action);
        return displayData(action, column);
    case SortRole:
        return sortData(action, column);
    case ActionIdRole:
        return action.id;
    case BatchIdRole:
        return action.batchId;
    case ProfileIdRole:
        return action.profileId;
    case UserIdRole:
        return action.userId;
    case StateRole:
        return int(action.state);
    case BucketRole:
        return bucketName(outcomeBucket(action.state));
    case FinalRole:
        return isFinalState(action.state);
    case DetailsRole:
        return detailsText(action);
    default:
        return {};
    }
}

QVariant TaskListModel::displayData(const ActionRecord &action, int column) const
{
    switch (column) {
    case StateColumn:
        return actionStateTitle(action.state);
    case ActionColumn:
        return actionTitle(action.action);
    case UserColumn:
        if (action.displayName.isEmpty())
            return action.login.isEmpty() ? action.userId : action.login;
        if (action.login.isEmpty() || action.login == action.displayName)
            return action.displayName;
        //: A user in the task monitor: "Jane Doe (jdoe)"
        return tr("%1 (%2)").arg(action.displayName, action.login);
    case ProfileColumn:
        return action.profileName;
    case MessageColumn:
        return messageText(action);
    case RequestIdColumn:
        return action.error.requestId().isEmpty() ? action.requestId : action.error.requestId();
    case UpdatedColumn: {
        // Today's actions by time only: the monitor is mostly about today.
        const QDateTime local = action.updated.toLocalTime();
        if (local.date() == QDate::currentDate())
            return QLocale().toString(local.time(), QLocale::ShortFormat);
        return QLocale().toString(local, QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant TaskListModel::sortData(const ActionRecord &action, int column) const
{
    switch (column) {
    case StateColumn:
        return int(outcomeBucket(action.state)) * 100 + int(action.state);
    case UpdatedColumn:
        return action.updated;
    default:
        return displayData(action, column);
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return tr("Action");
    case UserColumn:
        return tr("User");
    case ProfileColumn:
        return tr("Profile");
    case MessageColumn:
        return tr("Message");
    case RequestIdColumn:
        return tr("Request id");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(ActionIdRole, "actionId");
    names.insert(BatchIdRole, "batchId");
    names.insert(ProfileIdRole, "profileId");
    names.insert(UserIdRole, "userId");
    names.insert(StateRole, "state");
    names.insert(BucketRole, "bucket");
    names.insert(FinalRole, "final");
    names.insert(DetailsRole, "details");
    return names;
}

void TaskListModel::setStateIconProvider(StateIconProvider provider)
{
    m_iconProvider = std::move(provider);
    if (!m_actions.empty())
        emit dataChanged(
            index(0, StateColumn), index(rowCount() - 1, StateColumn), {Qt::DecorationRole});
}

ApiError TaskListModel::setJournal(ActionJournal *journal)
{
    if (m_connection)
        disconnect(m_connection);
    m_journal = journal;
    if (m_journal) {
        m_connection =
            connect(m_journal, &ActionJournal::actionRecorded, this, &TaskListModel::upsert);
    }
    return reload();
}

ApiError TaskListModel::reload()
{
    beginResetModel();
    m_actions.clear();
    m_slots.clear();
    m_dropped = 0;
    ApiError error;
    if (m_journal && m_journal->isOpen()) {
        Result<QVector<ActionRecord>> actions = m_journal->allActions(m_rowLimit);
        if (actions.ok()) {
            m_actions.reserve(size_t(actions->size()));
            for (ActionRecord &action : actions.value()) {
                m_slots.insert(action.id, int(m_actions.size()));
                m_actions.push_back(std::move(action));
            }
        } else {
            error = actions.error();
            qCWarning(lcModels) << "task list: reading the journal failed:" << error.summary();
        }
    }
    endResetModel();
    return error;
}

void TaskListModel::setRowLimit(int rows)
{
    m_rowLimit = qMax(1, rows);
    trimToLimit();
}

void TaskListModel::upsert(const ActionRecord &action)
{
    const auto found = m_slots.constFind(action.id);
    if (found != m_slots.constEnd()) {
        const int slot = found.value() - m_dropped;
        const bool wasFinal = isFinalState(m_actions[size_t(slot)].state);
        m_actions[size_t(slot)] = action;
        const int row = rowOfSlot(slot);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
            {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, SortRole, StateRole, BucketRole,
                FinalRole, DetailsRole});
        if (!wasFinal && isFinalState(action.state))
            emit actionFinished(action);
        return;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_slots.insert(action.id, int(m_actions.size()) + m_dropped);
    m_actions.push_back(action);
    endInsertRows();
    if (isFinalState(action.state))
        emit actionFinished(action);
    trimToLimit();
}

void TaskListModel::clear()
{
    beginResetModel();
    m_actions.clear();
    m_slots.clear();
    m_dropped = 0;
    endResetModel();
}

void TaskListModel::trimToLimit()
{
    const int excess = int(m_actions.size()) - m_rowLimit;
    if (excess <= 0)
        return;
    // Drop a tenth more than needed, so a long batch does not shift the vector per action.
    const int drop = qMin(int(m_actions.size()), excess + m_rowLimit / 10);
    const int last = rowCount() - 1;
    beginRemoveRows(QModelIndex(), last - drop + 1, last);
    for (int slot = 0; slot < drop; ++slot)
        m_slots.remove(m_actions[size_t(slot)].id);
    m_actions.erase(m_actions.begin(), m_actions.begin() + drop);
    m_dropped += drop;
    endRemoveRows();
}

int TaskListModel::rowOfAction(const QUuid &actionId) const
{
    const auto found = m_slots.constFind(actionId);
    return found == m_slots.constEnd() ? -1 : rowOfSlot(found.value() - m_dropped);
}

const ActionRecord &TaskListModel::actionAt(int row) const
{
    return m_actions[size_t(slotOfRow(row))];
}

QString TaskListModel::bucketName(OutcomeBucket bucket)
{
    switch (bucket) {
    case OutcomeBucket::Pending:
        return QStringLiteral("pending");
    case OutcomeBucket::Succeeded:
        return QStringLiteral("succeeded");
    case OutcomeBucket::Failed:
        return QStringLiteral("failed");
    case OutcomeBucket::Unknown:
        return QStringLiteral("unknown");
    case OutcomeBucket::Skipped:
        return QStringLiteral("skipped");
    case OutcomeBucket::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString TaskListModel::messageText(const ActionRecord &action)
{
    if (action.error.isError() && outcomeBucket(action.state) != OutcomeBucket::Succeeded)
        return action.error.summary();
    if (!action.note.isEmpty())
        return action.note;
    switch (action.state) {
    case ActionState::Accepted:
        //: SailPoint accepted the action as an asynchronous task with this id.
        return action.taskId.isEmpty() ? tr("Waiting for the provider's task")
                                       : tr("Provider task %1").arg(action.taskId);
    case ActionState::Unknown:
        return tr("The request may or may not have arrived; reading the user's state back");
    case ActionState::Planned:
        return tr("Waiting for its turn under the profile's rate limit");
    default:
        return QString();
    }
}

QString TaskListModel::actionTitle(UserAction action)
{
    switch (action) {
    case UserAction::Enable:
        return tr("Enable");
    case UserAction::Disable:
        return tr("Disable");
    case UserAction::Unlock:
        return tr("Unlock");
    }
    return QString();
}

QString TaskListModel::detailsText(const ActionRecord &action)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            //: One line of an action's details: "Label: value"
            lines.append(tr("%1: %2").arg(label, value));
    };
    add(tr("Action"), actionTitle(action.action));
    add(tr("State"), actionStateTitle(action.state));
    add(tr("User"), action.displayName);
    add(tr("Login"), action.login);
    add(tr("E-mail"), action.email);
    add(tr("User id"), action.userId);
    add(tr("Profile"), action.profileName);
    add(tr("Provider"), providerKindTitle(action.provider));
    add(tr("Operator"), action.operatorName);
    add(tr("Reason"), action.reason);
    if (action.error.isError())
        add(tr("Error"), action.error.summary());
    if (!action.error.details().isEmpty())
        add(tr("Error details"), action.error.details());
    add(tr("Note"), action.note);
    add(tr("Request id"),
        action.error.requestId().isEmpty() ? action.requestId : action.error.requestId());
    add(tr("Task id"), action.taskId);
    if (action.attempts > 0)
        add(tr("Attempts"), QString::number(action.attempts));
    add(tr("Created"), action.created.toString(Qt::ISODateWithMs));
    add(tr("Updated"), action.updated.toString(Qt::ISODateWithMs));
    add(tr("Action id"), action.id.toString(QUuid::WithoutBraces));
    add(tr("Batch id"), action.batchId.toString(QUuid::WithoutBraces));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Gatehouse
