// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usertablemodel.h"

#include <algorithm>

#include <QLocale>
#include <QTimeZone>

#include "core/logging.h"

namespace Gatehouse {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

UserTableModel::~UserTableModel()
{
    abortCall();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::DecorationRole:
        if (column == StateColumn && m_iconProvider)
            return m_iconProvider(
                m_store.state(row), m_store.isLocked(row), m_store.isPending(row));
        return QVariant();
    case SortRole:
        return sortData(row, column);
    case ExportRole:
        return exportData(row, column);
    case IdRole:
        return m_store.id(row).toString();
    case StateRole:
        return int(m_store.state(row));
    case PendingRole:
        return m_store.isPending(row);
    case LockedRole:
        return m_store.isLocked(row);
    default:
        return QVariant();
    }
}

QVariant UserTableModel::displayData(int row, int column) const
{
    switch (column) {
    case DisplayNameColumn:
        return m_store.displayName(row).toString();
    case LoginColumn:
        return m_store.login(row).toString();
    case EmailColumn:
        return m_store.email(row).toString();
    case StateColumn:
        return stateText(row);
    case SourceColumn:
        return m_store.sourceName(m_store.sourceId(row));
    case ModifiedColumn:
        return modifiedText(row, QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QVariant UserTableModel::sortData(int row, int column) const
{
    switch (column) {
    case StateColumn:
        return stateRank(m_store.state(row), m_store.isLocked(row));
    case ModifiedColumn: {
        const qint64 ms = m_store.modifiedMs(row);
        return ms == UserRowStore::noModified
            ? QDateTime()
            : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    default:
        return displayData(row, column);
    }
}

QVariant UserTableModel::exportData(int row, int column) const
{
    switch (column) {
    case StateColumn:
        return UserRecord::stateName(m_store.state(row));
    case ModifiedColumn: {
        const qint64 ms = m_store.modifiedMs(row);
        if (ms == UserRowStore::noModified)
            return QString();
        // toUTC() for the "Z" suffix (a QTimeZone::utc() time prints "+00:00" in Qt 6.4).
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
    }
    default:
        return displayData(row, column);
    }
}

QVariant UserTableModel::toolTipData(int row, int column) const
{
    switch (column) {
    case StateColumn: {
        const QString text = stateText(row);
        if (!m_store.isPending(row))
            return text;
        //: Tooltip of the state cell while an enable/disable awaits the provider's answer.
        return tr("%1 (a change is waiting for the provider's confirmation)").arg(text);
    }
    case ModifiedColumn:
        return modifiedText(row, QLocale::LongFormat);
    default:
        // The full value, for cells too narrow to show it.
        return displayData(row, column);
    }
}

QString UserTableModel::stateText(int row) const
{
    UserRecord user;
    user.state = m_store.state(row);
    user.locked = m_store.isLocked(row);
    return user.stateText();
}

QString UserTableModel::modifiedText(int row, QLocale::FormatType format) const
{
    const qint64 ms = m_store.modifiedMs(row);
    if (ms == UserRowStore::noModified)
        return QString();
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime(), format);
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (section) {
    case DisplayNameColumn:
        return tr("Name");
    case LoginColumn:
        //: Column header: the account's login / native identity / user name.
        return role == Qt::ToolTipRole ? tr("Login name or native identity") : tr("Login");
    case EmailColumn:
        return tr("E-mail");
    case StateColumn:
        return tr("State");
    case SourceColumn:
        //: Column header: the account's source / identity store.
        return role == Qt::ToolTipRole ? tr("Source or identity store") : tr("Source");
    case ModifiedColumn:
        return role == Qt::ToolTipRole ? tr("Last modified at the provider") : tr("Modified");
    default:
        return QVariant();
    }
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> UserTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(IdRole, "userId");
    names.insert(StateRole, "state");
    names.insert(PendingRole, "pending");
    names.insert(LockedRole, "locked");
    names.insert(ExportRole, "exportValue");
    return names;
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_provider && m_hasMore && !m_inFlight && !m_lastError.isError();
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void UserTableModel::setStateIconProvider(StateIconProvider provider)
{
    m_iconProvider = std::move(provider);
    if (m_rowCount > 0)
        emit dataChanged(
            index(0, StateColumn), index(m_rowCount - 1, StateColumn), {Qt::DecorationRole});
}

void UserTableModel::setSource(IdentityProvider *provider, const UserQuery &query)
{
    abortCall();
    beginResetModel();
    m_store.clear();
    m_rowCount = 0;
    m_provider = provider;
    m_query = query;
    m_nextPageToken.clear();
    m_lastError = ApiError();
    m_total = -1;
    m_loadingAll = false;
    m_hasMore = provider && (!query.text.isEmpty() || provider->capabilities().canBrowse);
    endResetModel();
    // A view may have asked for the first page already, from inside endResetModel().
    if (m_inFlight)
        return;
    if (m_hasMore)
        requestPage();
    else
        setLoading(false);
}

void UserTableModel::loadAll()
{
    if (!m_provider || !m_hasMore)
        return;
    m_loadingAll = true;
    m_lastError = ApiError();
    if (!m_inFlight)
        requestPage();
}

void UserTableModel::cancelLoading()
{
    m_loadingAll = false;
    abortCall();
    setLoading(false);
}

void UserTableModel::retry()
{
    if (!m_lastError.isError())
        return;
    m_lastError = ApiError();
    if (m_provider && m_hasMore && !m_inFlight)
        requestPage();
}

void UserTableModel::requestPage()
{
    if (!m_provider || !m_hasMore || m_inFlight)
        return;
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    setLoading(true);
    qCDebug(lcModels) << "requesting a page of users"
                      << (m_nextPageToken.isEmpty() ? "(first)" : "");
    UserQuery query = m_query;
    query.readAhead = m_loadingAll;
    PendingCall *call = m_provider->listUsers(query, m_nextPageToken, this,
        [this, generation](const Result<UserPage> &result) { onPage(generation, result); });
    // A provider may answer synchronously; then the call is already over.
    if (m_inFlight && generation == m_generation)
        m_call = call;
}

void UserTableModel::onPage(quint64 generation, const Result<UserPage> &result)
{
    if (generation != m_generation || !m_inFlight)
        return;
    m_inFlight = false;
    m_call = nullptr;
    if (!result.ok()) {
        m_lastError = result.error();
        m_loadingAll = false;
        qCInfo(lcModels) << "loading users failed:" << m_lastError.summary();
        setLoading(false);
        emit pageLoadFailed(m_lastError);
        return;
    }

    const UserPage &page = result.value();
    const QString previousToken = m_nextPageToken;
    m_lastError = ApiError();
    m_nextPageToken = page.nextPageToken;
    m_hasMore = !m_nextPageToken.isEmpty();
    if (m_hasMore && m_nextPageToken == previousToken && page.users.isEmpty()) {
        // A provider that hands back the same token with nothing in it would loop forever.
        qCWarning(lcModels) << "provider repeated a page token without users; stopping";
        m_hasMore = false;
    }
    if (page.total >= 0)
        m_total = page.total;
    appendUsers(page.users);
    emit pageLoaded(int(page.users.size()));
    emit progress(m_rowCount, m_total);
    if (m_inFlight)
        return; // a view asked for the next page while the rows went in
    if (m_loadingAll && m_hasMore) {
        requestPage();
        return;
    }
    m_loadingAll = false;
    setLoading(false);
}

void UserTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void UserTableModel::abortCall()
{
    ++m_generation; // whatever the aborted call reports is ignored
    m_inFlight = false;
    if (PendingCall *call = m_call.data()) {
        m_call = nullptr;
        call->abort();
    }
}

void UserTableModel::appendUsers(const QVector<UserRecord> &users)
{
    if (users.isEmpty())
        return;
    // New rows go to the store first and are announced in one insert. Refreshes of rows
    // views already know are applied afterwards, a run of neighbouring rows at a time, each
    // run followed by its dataChanged: listeners never see a changed row before its signal.
    std::vector<std::pair<int, qsizetype>> updates; // row, index in users
    m_store.reserve(m_store.size() + int(users.size()));
    for (qsizetype i = 0; i < users.size(); ++i) {
        const UserRecord &user = users.at(i);
        const int known = m_store.rowOf(user.id);
        if (known >= 0 && known < m_rowCount) {
            updates.emplace_back(known, i);
            continue;
        }
        int row = -1;
        if (m_store.upsert(user, &row) == UserRowStore::Upsert::Rejected)
            qCWarning(lcModels) << "ignored a user without id";
    }
    if (m_store.size() > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, m_store.size() - 1);
        m_rowCount = m_store.size();
        endInsertRows();
    }

    std::stable_sort(updates.begin(), updates.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t i = 0;
    while (i < updates.size()) {
        size_t end = i;
        int first = -1;
        int last = -1;
        for (; end < updates.size(); ++end) {
            const int row = updates[end].first;
            if (last >= 0 && row > last + 1)
                break; // the run ends at a gap
            int updated = -1;
            if (m_store.upsert(users.at(updates[end].second), &updated)
                == UserRowStore::Upsert::Updated) {
                first = first < 0 ? row : first;
                last = row;
            } else if (last >= 0 && row > last) {
                // An unchanged row ends the run too, so no unchanged row is announced.
                ++end;
                break;
            }
        }
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        i = end;
    }
}

void UserTableModel::clear()
{
    setSource(nullptr, UserQuery());
}

bool UserTableModel::applyState(const QString &id, UserRecord::State state, bool locked)
{
    const int row = m_store.rowOf(id);
    if (row < 0 || row >= m_rowCount)
        return false;
    if (m_store.setState(row, state, locked))
        emitRowChanged(row, stateRoles());
    return true;
}

bool UserTableModel::setPending(const QString &id, bool pending)
{
    const int row = m_store.rowOf(id);
    if (row < 0 || row >= m_rowCount)
        return false;
    if (m_store.setPending(row, pending))
        emitRowChanged(row, pendingRoles());
    return true;
}

void UserTableModel::emitRowChanged(int row, const QList<int> &roles)
{
    // Whole row: StateRole and PendingRole belong to every column, and views may paint the
    // whole row of a disabled or pending user differently.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

QList<int> UserTableModel::stateRoles()
{
    return {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, SortRole, ExportRole, StateRole,
        LockedRole};
}

QList<int> UserTableModel::pendingRoles()
{
    return {Qt::DecorationRole, Qt::ToolTipRole, PendingRole};
}

int UserTableModel::stateRank(UserRecord::State state, bool locked)
{
    int rank = 4;
    switch (state) {
    case UserRecord::State::Enabled:
        rank = 0;
        break;
    case UserRecord::State::Disabled:
        rank = 2;
        break;
    case UserRecord::State::Unknown:
        break;
    }
    return rank + (locked ? 1 : 0);
}

QString UserTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return QString();
    return m_store.id(row).toString();
}

UserRecord UserTableModel::userAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return UserRecord();
    return m_store.record(row);
}

} // namespace Gatehouse
