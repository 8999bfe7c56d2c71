// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/userfilterproxymodel.h"

#include <algorithm>
#include <iterator>
#include <numeric>

#include <QItemSelection>

#include "core/logging.h"
#include "models/usersortindex.h"
#include "models/usertablemodel.h"

namespace Gatehouse {

namespace {

// Earlier filter results kept for backspacing and narrowing.
constexpr size_t maxCachedMatches = 8;
// A source dataChanged over more rows than this is forwarded as one change of every row.
constexpr int maxRowsUpdatedOneByOne = 64;
// Arrivals that land in more separate places than this become one layout change.
constexpr size_t maxInsertGroups = 16;

} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

UserFilterProxyModel::~UserFilterProxyModel() = default;

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<UserTableModel *>(sourceModel);
    if (sourceModel && !model)
        qCWarning(lcModels) << "UserFilterProxyModel only works over a UserTableModel";

    beginResetModel();
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = model;
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    onSourceRowsInserted(first, last);
                }),
            connect(model, &QAbstractItemModel::dataChanged, this,
                &UserFilterProxyModel::onSourceDataChanged),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &UserFilterProxyModel::onSourceAboutToChangeWholly),
            connect(model, &QAbstractItemModel::modelReset, this,
                &UserFilterProxyModel::onSourceChangedWholly),
            // UserTableModel never removes, moves or re-lays out rows; handle it anyway.
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &UserFilterProxyModel::onSourceAboutToChangeWholly),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                &UserFilterProxyModel::onSourceChangedWholly),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &UserFilterProxyModel::onSourceAboutToChangeWholly),
            connect(model, &QAbstractItemModel::rowsMoved, this,
                &UserFilterProxyModel::onSourceChangedWholly),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &UserFilterProxyModel::onSourceAboutToChangeWholly),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                &UserFilterProxyModel::onSourceChangedWholly),
            connect(model, &QObject::destroyed, this, &UserFilterProxyModel::onSourceDestroyed),
        };
    }
    rebuildAll();
    endResetModel();
}

void UserFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    UserSearchIndex::Terms terms = UserSearchIndex::terms(text);
    if (terms == m_terms)
        return; // e.g. a trailing space
    m_terms = std::move(terms);
    refresh(QAbstractItemModel::NoLayoutChangeHint);
}

void UserFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    refresh(QAbstractItemModel::NoLayoutChangeHint);
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    useSortColumn(column);
    m_sortOrder = order;
    refresh(QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxyModel::useSortColumn(int column)
{
    m_sortColumn = column;
    if (column < 0 || !m_model) {
        if (m_sort)
            m_spareSort = std::move(m_sort);
        return;
    }
    if (m_sort && m_sort->column() == column)
        return;
    if (m_spareSort && m_spareSort->column() == column) {
        std::swap(m_sort, m_spareSort);
        return;
    }
    // Switching back and forth between two columns costs nothing after the first sort.
    m_spareSort = std::move(m_sort);
    m_sort = std::make_unique<UserSortIndex>(m_model->store(), m_search, column);
    m_sort->build();
}

int UserFilterProxyModel::sourceRow(int proxyRow) const
{
    if (proxyRow < 0 || size_t(proxyRow) >= m_rows.size())
        return -1;
    return int(m_rows[size_t(proxyRow)]);
}

int UserFilterProxyModel::proxyRow(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_search.size())
        return -1;
    return findRow(quint32(sourceRow));
}

QModelIndex UserFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size()
        || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex UserFilterProxyModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex UserFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int UserFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool UserFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant UserFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_model || size_t(index.row()) >= m_rows.size())
        return QVariant();
    return m_model->data(m_model->index(int(m_rows[size_t(index.row())]), index.column()), role);
}

QVariant UserFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_model)
        return m_model->headerData(section, orientation, role);
    // Row numbers count shown rows.
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex UserFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_model || size_t(proxyIndex.row()) >= m_rows.size())
        return QModelIndex();
    return m_model->index(int(m_rows[size_t(proxyIndex.row())]), proxyIndex.column());
}

QModelIndex UserFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model)
        return QModelIndex();
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QItemSelection UserFilterProxyModel::mapSelectionToSource(const QItemSelection &selection) const
{
    // Row by row, merging neighbours: the base class maps every cell.
    QItemSelection result;
    if (!m_model)
        return result;
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != this)
            continue;
        int runStart = -1;
        int runEnd = -1;
        const auto flush = [&] {
            if (runStart >= 0)
                result.append(QItemSelectionRange(
                    m_model->index(runStart, range.left()), m_model->index(runEnd, range.right())));
        };
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int source = sourceRow(row);
            if (source < 0)
                continue;
            if (source == runEnd + 1 && runStart >= 0) {
                runEnd = source;
                continue;
            }
            flush();
            runStart = runEnd = source;
        }
        flush();
    }
    return result;
}

QItemSelection UserFilterProxyModel::mapSelectionFromSource(const QItemSelection &selection) const
{
    QItemSelection result;
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != m_model)
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const int shown = proxyRow(row);
            if (shown >= 0)
                result.append(
                    QItemSelectionRange(index(shown, range.left()), index(shown, range.right())));
        }
    }
    return result;
}

qint64 UserFilterProxyModel::allocatedBytes() const
{
    qint64 bytes = m_search.allocatedBytes() + qint64(m_rows.capacity() * sizeof(quint32))
        + qint64(m_keep.capacity());
    if (m_sort)
        bytes += m_sort->allocatedBytes();
    if (m_spareSort)
        bytes += m_spareSort->allocatedBytes();
    for (const CachedMatch &match : m_cache)
        bytes += qint64(match.rows.capacity() * sizeof(quint32));
    return bytes;
}

void UserFilterProxyModel::rebuildAll()
{
    m_search.clear();
    m_cache.clear();
    m_sort.reset();
    m_spareSort.reset();
    m_rows.clear();
    if (!m_model)
        return;
    const UserRowStore &store = m_model->store();
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_search.append(store, 0, rows - 1);
    useSortColumn(m_sortColumn);
    m_rows = computeRows();
}

void UserFilterProxyModel::refresh(QAbstractItemModel::LayoutChangeHint hint)
{
    if (!m_model)
        return;
    replaceRows(computeRows(), hint);
}

bool UserFilterProxyModel::acceptsState(int row) const
{
    const UserRowStore &store = m_model->store();
    switch (m_stateFilter) {
    case StateFilter::Any:
        return true;
    case StateFilter::Enabled:
        return store.state(row) == UserRecord::State::Enabled;
    case StateFilter::Disabled:
        return store.state(row) == UserRecord::State::Disabled;
    case StateFilter::Locked:
        return store.isLocked(row);
    }
    return true;
}

bool UserFilterProxyModel::accepts(int row, const UserSearchIndex::Matcher &matcher) const
{
    return acceptsState(row) && m_search.matches(matcher, m_model->store(), row);
}

const std::vector<quint32> *UserFilterProxyModel::matchingRows()
{
    if (m_terms.empty())
        return nullptr; // every row
    for (CachedMatch &match : m_cache) {
        if (match.terms == m_terms) {
            match.lastUse = ++m_useCounter;
            return &match.rows;
        }
    }
    // Scan the smallest earlier result that contains every row the new filter can match.
    const CachedMatch *base = nullptr;
    for (const CachedMatch &match : m_cache) {
        if (UserSearchIndex::narrows(m_terms, match.terms)
            && (!base || match.rows.size() < base->rows.size()))
            base = &match;
    }
    CachedMatch result;
    result.terms = m_terms;
    result.lastUse = ++m_useCounter;
    const UserSearchIndex::Matcher matcher = m_search.matcher(m_terms);
    if (base)
        m_search.filter(matcher, m_model->store(), base->rows, &result.rows);
    else if (m_search.size() > 0)
        m_search.filterRange(matcher, m_model->store(), 0, m_search.size() - 1, &result.rows);

    // Bounded in count and in rows held (a one-letter filter may match every row).
    const auto cachedRows = [this] {
        size_t rows = 0;
        for (const CachedMatch &match : m_cache)
            rows += match.rows.size();
        return rows;
    };
    const size_t maxRows = std::max<size_t>(4 * size_t(m_search.size()), 1 << 16);
    while (!m_cache.empty()
        && (m_cache.size() >= maxCachedMatches || cachedRows() + result.rows.size() > maxRows)) {
        const auto oldest = std::min_element(m_cache.begin(), m_cache.end(),
            [](const CachedMatch &a, const CachedMatch &b) { return a.lastUse < b.lastUse; });
        m_cache.erase(oldest);
    }
    m_cache.push_back(std::move(result));
    return &m_cache.back().rows;
}

bool UserFilterProxyModel::less(quint32 a, quint32 b) const
{
    return m_sort ? m_sort->before(a, b, m_sortOrder) : a < b;
}

std::vector<quint32> UserFilterProxyModel::computeRows()
{
    std::vector<quint32> rows;
    if (!m_model)
        return rows;
    const std::vector<quint32> *matched = matchingRows();
    const size_t total = size_t(m_search.size());
    const bool allStates = m_stateFilter == StateFilter::Any;

    // Few matches: filter them and sort them. Many: walk the column's order once.
    if (!m_sort || (matched && matched->size() * 32 < total)) {
        if (matched) {
            rows.reserve(matched->size());
            for (const quint32 row : *matched) {
                if (allStates || acceptsState(int(row)))
                    rows.push_back(row);
            }
        } else {
            rows.reserve(total);
            for (size_t row = 0; row < total; ++row) {
                if (allStates || acceptsState(int(row)))
                    rows.push_back(quint32(row));
            }
        }
        if (m_sort)
            m_sort->sort(&rows, m_sortOrder);
        return rows;
    }

    if (matched) {
        m_keep.assign(total, 0);
        for (const quint32 row : *matched)
            m_keep[row] = allStates || acceptsState(int(row));
        rows.reserve(matched->size());
    } else {
        m_keep.resize(total);
        for (size_t row = 0; row < total; ++row)
            m_keep[row] = allStates || acceptsState(int(row));
        rows.reserve(total);
    }
    m_sort->collect(m_sortOrder, m_keep, &rows);
    return rows;
}

int UserFilterProxyModel::findRow(quint32 sourceRow) const
{
    const size_t at = insertionPoint(sourceRow);
    return at < m_rows.size() && m_rows[at] == sourceRow ? int(at) : -1;
}

size_t UserFilterProxyModel::insertionPoint(quint32 sourceRow) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow,
        [this](quint32 a, quint32 b) { return less(a, b); });
    return size_t(it - m_rows.begin());
}

void UserFilterProxyModel::replaceRows(
    std::vector<quint32> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    if (rows == m_rows)
        return;
    const int before = rowCount();
    emit layoutAboutToBeChanged({}, hint);
    // Listeners (the selection, the view's current index) register their persistent indexes
    // in layoutAboutToBeChanged, so read them only now.
    const QModelIndexList from = persistentIndexList();
    std::vector<quint32> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(m_rows[size_t(index.row())]);
    m_rows = std::move(rows);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = findRow(sources[size_t(i)]);
        to.append(row < 0 ? QModelIndex() : index(row, from[i].column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
    emitShownRowsChanged(before);
}

void UserFilterProxyModel::emitShownRowsChanged(int before)
{
    if (rowCount() != before)
        emit shownRowsChanged(rowCount());
}

void UserFilterProxyModel::onSourceRowsInserted(int first, int last)
{
    if (m_resetting || !m_model)
        return;
    if (first != m_search.size()) {
        // Not an append: UserTableModel never does this.
        beginResetModel();
        rebuildAll();
        endResetModel();
        return;
    }
    const UserRowStore &store = m_model->store();
    m_search.append(store, first, last);
    if (m_sort)
        m_sort->insert(first, last);
    m_spareSort.reset();

    // Bring the earlier results up to date, so they stay usable for narrowing and backspace.
    std::vector<quint32> added;
    bool addedKnown = false;
    for (CachedMatch &match : m_cache) {
        const size_t before = match.rows.size();
        m_search.filterRange(m_search.matcher(match.terms), store, first, last, &match.rows);
        if (match.terms == m_terms) {
            added.assign(match.rows.begin() + qsizetype(before), match.rows.end());
            addedKnown = true;
        }
    }
    if (!addedKnown) {
        if (m_terms.empty()) {
            added.resize(size_t(last - first + 1));
            std::iota(added.begin(), added.end(), quint32(first));
        } else {
            m_search.filterRange(m_search.matcher(m_terms), store, first, last, &added);
        }
    }
    if (m_stateFilter != StateFilter::Any)
        added.erase(std::remove_if(added.begin(), added.end(),
                        [this](quint32 row) { return !acceptsState(int(row)); }),
            added.end());
    insertShownRows(std::move(added));
}

void UserFilterProxyModel::insertShownRows(std::vector<quint32> added)
{
    if (added.empty())
        return;
    const int before = rowCount();
    std::sort(added.begin(), added.end(), [this](quint32 a, quint32 b) { return less(a, b); });
    if (m_rows.empty() || less(m_rows.back(), added.front())) {
        // The usual case in source order: new pages come last.
        beginInsertRows(QModelIndex(), before, before + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        endInsertRows();
        emitShownRowsChanged(before);
        return;
    }
    std::vector<size_t> points(added.size());
    size_t groups = 0;
    for (size_t i = 0; i < added.size(); ++i) {
        points[i] = insertionPoint(added[i]);
        if (i == 0 || points[i] != points[i - 1])
            ++groups;
    }
    if (groups > maxInsertGroups) {
        // Many places: merge by the insertion points (no comparisons), one layout change.
        std::vector<quint32> merged;
        merged.reserve(m_rows.size() + added.size());
        size_t next = 0;
        for (size_t i = 0; i < added.size(); ++i) {
            merged.insert(merged.end(), m_rows.begin() + qsizetype(next),
                m_rows.begin() + qsizetype(points[i]));
            next = points[i];
            merged.push_back(added[i]);
        }
        merged.insert(merged.end(), m_rows.begin() + qsizetype(next), m_rows.end());
        replaceRows(std::move(merged), QAbstractItemModel::VerticalSortHint);
        return;
    }
    // A few places: one insert signal per place, earlier places first.
    size_t shift = 0;
    for (size_t i = 0; i < added.size();) {
        size_t end = i + 1;
        while (end < added.size() && points[end] == points[i])
            ++end;
        const auto at = qsizetype(points[i] + shift);
        beginInsertRows(QModelIndex(), int(at), int(at + qsizetype(end - i)) - 1);
        m_rows.insert(
            m_rows.begin() + at, added.begin() + qsizetype(i), added.begin() + qsizetype(end));
        endInsertRows();
        shift += end - i;
        i = end;
    }
    emitShownRowsChanged(before);
}

void UserFilterProxyModel::onSourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_resetting || !m_model || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), m_search.size() - 1);
    if (first > last)
        return;
    const bool textMayChange = roles.isEmpty() || roles.contains(Qt::DisplayRole);
    const bool keyMayChange = roles.isEmpty() || roles.contains(UserTableModel::SortRole);

    if (first == last) {
        updateRow(
            first, textMayChange, keyMayChange, topLeft.column(), bottomRight.column(), roles);
        return;
    }
    // Several rows: update the indexes for all of them, then lay out again.
    bool textChanged = false;
    if (textMayChange) {
        const UserRowStore &store = m_model->store();
        for (int row = first; row <= last; ++row)
            textChanged = m_search.refresh(store, row) || textChanged;
    }
    if (textChanged)
        m_cache.clear();
    if (keyMayChange) {
        m_spareSort.reset();
        if (m_sort)
            m_sort->update(first, last);
    }
    refresh(QAbstractItemModel::NoLayoutChangeHint);
    if (m_rows.empty())
        return;
    if (last - first + 1 > maxRowsUpdatedOneByOne) {
        emit dataChanged(
            index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = first; row <= last; ++row) {
        const int at = findRow(quint32(row));
        if (at >= 0)
            emit dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()), roles);
    }
}

void UserFilterProxyModel::updateRow(int row, bool textMayChange, bool keyMayChange,
    int firstColumn, int lastColumn, const QList<int> &roles)
{
    const auto sourceRow = quint32(row);
    int oldAt = findRow(sourceRow);
    if (oldAt < 0 && m_sort && (keyMayChange || textMayChange)) {
        // Its key may have changed already (the store is ahead of the order): look the slow
        // way, without comparing keys.
        const auto it = std::find(m_rows.begin(), m_rows.end(), sourceRow);
        oldAt = it == m_rows.end() ? -1 : int(it - m_rows.begin());
    }
    if (textMayChange && m_search.refresh(m_model->store(), row))
        m_cache.clear(); // earlier results may hold or miss this row now
    if (keyMayChange) {
        m_spareSort.reset();
        if (m_sort)
            m_sort->update(row);
    }
    const bool shown = accepts(row, m_search.matcher(m_terms));
    const int before = rowCount();

    if (oldAt >= 0 && !shown) {
        beginRemoveRows(QModelIndex(), oldAt, oldAt);
        m_rows.erase(m_rows.begin() + oldAt);
        endRemoveRows();
        emitShownRowsChanged(before);
        return;
    }
    if (oldAt < 0) {
        if (shown)
            insertShownRows({sourceRow});
        return;
    }
    int at = oldAt;
    if (m_sort && keyMayChange) {
        // Where the row goes among the others (still in order: only this row's key moved).
        m_rows.erase(m_rows.begin() + oldAt);
        const auto target = int(insertionPoint(sourceRow));
        m_rows.insert(m_rows.begin() + oldAt, sourceRow);
        if (target != oldAt) {
            beginMoveRows(
                QModelIndex(), oldAt, oldAt, QModelIndex(), target > oldAt ? target + 1 : target);
            m_rows.erase(m_rows.begin() + oldAt);
            m_rows.insert(m_rows.begin() + target, sourceRow);
            endMoveRows();
            at = target;
        }
    }
    emit dataChanged(index(at, firstColumn), index(at, lastColumn), roles);
}

void UserFilterProxyModel::onSourceAboutToChangeWholly()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void UserFilterProxyModel::onSourceChangedWholly()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    rebuildAll();
    endResetModel();
}

void UserFilterProxyModel::onSourceDestroyed()
{
    beginResetModel();
    m_model = nullptr;
    m_connections.clear();
    rebuildAll();
    endResetModel();
}

} // namespace Gatehouse
