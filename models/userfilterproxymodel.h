// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QAbstractProxyModel>
#include <QPointer>

#include "models/usersearchindex.h"

namespace Gatehouse {

class UserSortIndex;
class UserTableModel;

// Filter-as-you-type and sorting over a UserTableModel, fast at a million rows.
//
// Filter: every whitespace-separated term must occur (case- and accent-insensitive) in the
// display name, login, e-mail or source. Each row's text is folded once into a contiguous
// buffer (UserSearchIndex); a new filter scans only the rows of the narrowest earlier result
// it refines (typing on), or reuses an earlier result (backspace). Sorting uses a per-column
// order kept up to date (UserSortIndex), so filter + sort is one pass over a vector.
// Filter and sort changes are announced as layout changes with persistent indexes (the
// selection) carried over; rows that arrive or change are placed with row signals.
class UserFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterProxyModel)

public:
    enum class StateFilter
    {
        Any,
        Enabled,
        Disabled,
        Locked
    };
    Q_ENUM(StateFilter)

    explicit UserFilterProxyModel(QObject *parent = nullptr);
    ~UserFilterProxyModel() override;

    // The source must be a UserTableModel; any other model is refused with a warning.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    UserTableModel *userModel() const { return m_model; }

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_filterText; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_stateFilter; }

    // column -1 restores the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Row mapping without QModelIndex; -1 when out of range or filtered out.
    int sourceRow(int proxyRow) const;
    int proxyRow(int sourceRow) const;

    QModelIndex index(
        int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;

    // Bytes held by the filter and sort structures (for the bench).
    qint64 allocatedBytes() const;

signals:
    // The number of shown rows changed (filter, arrivals, state changes).
    void shownRowsChanged(int rows);

private:
    struct CachedMatch
    {
        UserSearchIndex::Terms terms;
        std::vector<quint32> rows; // ascending source rows whose text matches
        quint64 lastUse = 0;
    };

    void onSourceRowsInserted(int first, int last);
    void onSourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceAboutToChangeWholly();
    void onSourceChangedWholly();
    void onSourceDestroyed();

    void rebuildAll();
    void refresh(QAbstractItemModel::LayoutChangeHint hint);
    std::vector<quint32> computeRows();
    const std::vector<quint32> *matchingRows();
    bool acceptsState(int row) const;
    bool accepts(int row, const UserSearchIndex::Matcher &matcher) const;
    int findRow(quint32 sourceRow) const;
    size_t insertionPoint(quint32 sourceRow) const;
    bool less(quint32 a, quint32 b) const;
    void replaceRows(std::vector<quint32> rows, QAbstractItemModel::LayoutChangeHint hint);
    void insertShownRows(std::vector<quint32> added);
    void updateRow(int row, bool textMayChange, bool keyMayChange, int firstColumn, int lastColumn,
        const QList<int> &roles);
    void useSortColumn(int column);
    void emitShownRowsChanged(int before);

    QPointer<UserTableModel> m_model;
    std::vector<QMetaObject::Connection> m_connections;
    UserSearchIndex m_search;
    std::unique_ptr<UserSortIndex> m_sort; // of m_sortColumn
    std::unique_ptr<UserSortIndex> m_spareSort; // the previous column, until rows change
    std::vector<quint32> m_rows; // shown source rows, in shown order
    std::vector<CachedMatch> m_cache;
    std::vector<quint8> m_keep; // scratch for sorted collection
    quint64 m_useCounter = 0;
    QString m_filterText;
    UserSearchIndex::Terms m_terms;
    StateFilter m_stateFilter = StateFilter::Any;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resetting = false;
};

} // namespace Gatehouse
