// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <Qt>

namespace Gatehouse {

class UserRowStore;
class UserSearchIndex;

// The rows of a UserRowStore ordered by one column's key, kept up to date as rows arrive or
// change, so that sorting a filtered view is a walk instead of a sort. Text columns compare
// the folded text (case- and accent-insensitive), the state column its rank, the modified
// column its time. Equal keys keep the source order in both directions (a stable sort).
//
// Arrivals cost a merge of the order (a memmove, no comparisons beyond a binary search per new
// row); ranks, needed only to sort a small subset quickly, are rebuilt lazily.
class UserSortIndex final
{
public:
    UserSortIndex(const UserRowStore &store, const UserSearchIndex &text, int column);

    int column() const { return m_column; }
    int size() const { return static_cast<int>(m_order.size()); }

    // Sorts every row of the store.
    void build();
    // Rows [first, last] were appended to the store.
    void insert(int first, int last);
    // The key of an indexed row may have changed.
    void update(int row);
    // The keys of indexed rows [first, last] may have changed.
    void update(int first, int last);

    // Whether row a comes before row b in the given order (compares their keys).
    bool before(quint32 a, quint32 b, Qt::SortOrder order) const;
    // Sorts rows into the given order (by rank: integer comparisons).
    void sort(std::vector<quint32> *rows, Qt::SortOrder order) const;
    // Appends the rows with keep[row] != 0 to out, in the given order.
    void collect(
        Qt::SortOrder order, const std::vector<quint8> &keep, std::vector<quint32> *out) const;

    qint64 allocatedBytes() const;

private:
    int compare(quint32 a, quint32 b) const; // keys only
    bool lessWithRow(quint32 a, quint32 b) const;
    void merge(std::vector<quint32> rows, bool afterEqualKeys);
    void ensureRanks() const;
    // Orders runs of equal keys in keyed[begin, end) by their text from offset on.
    void sortRuns(std::vector<std::pair<quint64, quint32>> *keyed, size_t begin, size_t end,
        size_t offset, int field) const;

    const UserRowStore &m_store;
    const UserSearchIndex &m_text;
    int m_column = 0;
    std::vector<quint32> m_order; // rows by (key, row)
    std::vector<quint8> m_tie; // per position: same key as the previous position
    // Built on demand from m_order and m_tie.
    mutable std::vector<quint32> m_rank; // per row: its position in m_order
    mutable std::vector<quint32> m_group; // per row: position of the first row with its key
    mutable bool m_ranksValid = false;
};

} // namespace Gatehouse
