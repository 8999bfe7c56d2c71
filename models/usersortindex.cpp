// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usersortindex.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <string_view>

#include <QtEndian>

#include "models/userrowstore.h"
#include "models/usersearchindex.h"
#include "models/usertablemodel.h"

namespace Gatehouse {

namespace {

// 8 bytes of a key from offset as a big-endian number (zero-padded: text never holds a NUL).
quint64 chunkOf(std::string_view text, size_t offset)
{
    uchar bytes[8] = {};
    if (offset < text.size())
        std::memcpy(bytes, text.data() + offset, std::min<size_t>(8, text.size() - offset));
    return qFromBigEndian<quint64>(bytes);
}

// Stable LSD radix sort of (key, row) pairs by key, a byte at a time; bytes that are the same
// for every key are skipped. Rows start ascending, so equal keys stay in row order.
void radixSort(std::vector<std::pair<quint64, quint32>> *items)
{
    std::vector<std::pair<quint64, quint32>> buffer(items->size());
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<size_t, 257> counts{};
        for (const auto &item : *items)
            ++counts[((item.first >> shift) & 0xFF) + 1];
        if (std::find(counts.begin(), counts.end(), items->size()) != counts.end())
            continue; // one bucket holds everything
        for (size_t i = 1; i < counts.size(); ++i)
            counts[i] += counts[i - 1];
        for (const auto &item : *items)
            buffer[counts[(item.first >> shift) & 0xFF]++] = item;
        items->swap(buffer);
    }
}

template <typename Key>
int compareValues(const Key &a, const Key &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

UserSortIndex::UserSortIndex(const UserRowStore &store, const UserSearchIndex &text, int column)
    : m_store(store)
    , m_text(text)
    , m_column(column)
{ }

int UserSortIndex::compare(quint32 a, quint32 b) const
{
    const int ra = int(a);
    const int rb = int(b);
    switch (m_column) {
    case UserTableModel::DisplayNameColumn:
        return m_text.field(ra, UserSearchIndex::NameField)
            .compare(m_text.field(rb, UserSearchIndex::NameField));
    case UserTableModel::LoginColumn:
        return m_text.field(ra, UserSearchIndex::LoginField)
            .compare(m_text.field(rb, UserSearchIndex::LoginField));
    case UserTableModel::EmailColumn:
        return m_text.field(ra, UserSearchIndex::EmailField)
            .compare(m_text.field(rb, UserSearchIndex::EmailField));
    case UserTableModel::SourceColumn: {
        const int sa = m_store.sourceId(ra);
        const int sb = m_store.sourceId(rb);
        return sa == sb ? 0 : m_text.sourceText(sa).compare(m_text.sourceText(sb));
    }
    case UserTableModel::StateColumn:
        return compareValues(UserTableModel::stateRank(m_store.state(ra), m_store.isLocked(ra)),
            UserTableModel::stateRank(m_store.state(rb), m_store.isLocked(rb)));
    case UserTableModel::ModifiedColumn:
        return compareValues(m_store.modifiedMs(ra), m_store.modifiedMs(rb));
    default:
        return 0;
    }
}

bool UserSortIndex::lessWithRow(quint32 a, quint32 b) const
{
    const int c = compare(a, b);
    return c < 0 || (c == 0 && a < b);
}

void UserSortIndex::build()
{
    const size_t n = size_t(m_store.size());
    UserSearchIndex::Field field = UserSearchIndex::NameField;
    bool textColumn = true;
    switch (m_column) {
    case UserTableModel::LoginColumn:
        field = UserSearchIndex::LoginField;
        break;
    case UserTableModel::EmailColumn:
        field = UserSearchIndex::EmailField;
        break;
    case UserTableModel::DisplayNameColumn:
        break;
    default:
        textColumn = false;
        break;
    }

    // (key, row) pairs sorted in one contiguous vector: no indirection in the comparisons.
    std::vector<std::pair<quint64, quint32>> keyed(n);
    if (textColumn) {
        // Radix sort by 8 bytes at a time; only runs of equal bytes look further.
        for (size_t row = 0; row < n; ++row)
            keyed[row] = {chunkOf(m_text.field(int(row), field), 0), quint32(row)};
        radixSort(&keyed);
        sortRuns(&keyed, 0, n, 8, field);
    } else {
        std::vector<quint64> sourceRank;
        if (m_column == UserTableModel::SourceColumn) {
            // Source ids ranked by their folded names.
            std::vector<int> ids(size_t(m_store.sourceCount()));
            std::iota(ids.begin(), ids.end(), 0);
            std::sort(ids.begin(), ids.end(),
                [&](int a, int b) { return m_text.sourceText(a) < m_text.sourceText(b); });
            sourceRank.resize(ids.size());
            quint64 rank = 0;
            for (size_t i = 0; i < ids.size(); ++i) {
                if (i > 0 && m_text.sourceText(ids[i]) != m_text.sourceText(ids[i - 1]))
                    ++rank;
                sourceRank[size_t(ids[i])] = rank;
            }
        }
        for (size_t row = 0; row < n; ++row) {
            const int r = int(row);
            quint64 key = 0;
            if (m_column == UserTableModel::StateColumn)
                key = quint64(UserTableModel::stateRank(m_store.state(r), m_store.isLocked(r)));
            else if (m_column == UserTableModel::ModifiedColumn)
                // Signed to unsigned, order kept.
                key = quint64(m_store.modifiedMs(r)) ^ (quint64(1) << 63);
            else if (m_column == UserTableModel::SourceColumn)
                key = sourceRank[size_t(m_store.sourceId(r))];
            keyed[row] = {key, quint32(row)};
        }
        radixSort(&keyed);
    }

    m_order.resize(n);
    m_tie.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        m_order[i] = keyed[i].second;
        // Different keys (or first 8 bytes) settle it without reading text.
        if (i > 0 && keyed[i].first == keyed[i - 1].first)
            m_tie[i] = !textColumn || compare(m_order[i - 1], m_order[i]) == 0;
    }
    m_ranksValid = false;
}

void UserSortIndex::sortRuns(std::vector<std::pair<quint64, quint32>> *keyed, size_t begin,
    size_t end, size_t offset, int field) const
{
    const auto text = [&](quint32 row) {
        return m_text.field(int(row), UserSearchIndex::Field(field));
    };
    auto &items = *keyed;
    for (size_t start = begin; start < end;) {
        size_t stop = start + 1;
        while (stop < end && items[stop].first == items[start].first)
            ++stop;
        const size_t length = stop - start;
        const bool longer =
            std::any_of(items.begin() + qsizetype(start), items.begin() + qsizetype(stop),
                [&](const auto &item) { return text(item.second).size() > offset; });
        // Equal so far and all ended: equal texts, already in row order.
        if (length > 1 && longer) {
            if (length < 64) {
                std::sort(items.begin() + qsizetype(start), items.begin() + qsizetype(stop),
                    [&](const auto &a, const auto &b) {
                        const int c = text(a.second).compare(text(b.second));
                        return c < 0 || (c == 0 && a.second < b.second);
                    });
            } else {
                std::vector<std::pair<quint64, quint32>> run(
                    items.begin() + qsizetype(start), items.begin() + qsizetype(stop));
                for (auto &item : run)
                    item.first = chunkOf(text(item.second), offset);
                radixSort(&run);
                sortRuns(&run, 0, run.size(), offset + 8, field);
                // Back in this order, keeping the keys of this level (ties are read from them).
                for (size_t i = 0; i < run.size(); ++i)
                    items[start + i].second = run[i].second;
            }
        }
        start = stop;
    }
}

void UserSortIndex::insert(int first, int last)
{
    Q_ASSERT(size_t(first) == m_order.size());
    std::vector<quint32> added(size_t(last - first + 1));
    std::iota(added.begin(), added.end(), quint32(first));
    // New rows have higher row numbers than every indexed row: each goes after the rows
    // with an equal key.
    merge(std::move(added), true);
}

void UserSortIndex::update(int row)
{
    const auto r = quint32(row);
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), r,
        [this](quint32 element, quint32 value) { return lessWithRow(element, value); });
    const auto found = size_t(at - m_order.begin());
    const bool inOrder = at != m_order.end() && *at == r
        && (found == 0 || lessWithRow(m_order[found - 1], r))
        && (found + 1 == m_order.size() || lessWithRow(r, m_order[found + 1]));
    if (inOrder) {
        // Still in order; only its equality with the neighbours may have changed.
        const size_t position = found;
        const quint8 tie = position > 0 && compare(m_order[position - 1], r) == 0;
        const quint8 nextTie =
            position + 1 < m_order.size() && compare(r, m_order[position + 1]) == 0;
        if (tie != m_tie[position]
            || (position + 1 < m_order.size() && nextTie != m_tie[position + 1]))
            m_ranksValid = false;
        m_tie[position] = tie;
        if (position + 1 < m_order.size())
            m_tie[position + 1] = nextTie;
        return;
    }
    // Its key moved: find it the slow way, take it out, merge it back.
    const auto old = std::find(m_order.begin(), m_order.end(), r);
    Q_ASSERT(old != m_order.end());
    if (old == m_order.end())
        return;
    const auto position = size_t(old - m_order.begin());
    const bool wasTie = m_tie[position];
    m_order.erase(old);
    m_tie.erase(m_tie.begin() + qsizetype(position));
    // A follower of the same key becomes the first of its group.
    if (!wasTie && position < m_tie.size())
        m_tie[position] = 0;
    merge({r}, false);
}

void UserSortIndex::update(int first, int last)
{
    if (first == last) {
        update(first);
        return;
    }
    // Take the rows out (a follower of a removed group start may start its group now), then
    // merge them back in at their new places.
    std::vector<quint32> order;
    std::vector<quint8> tie;
    order.reserve(m_order.size());
    tie.reserve(m_order.size());
    bool previousRemoved = false;
    for (size_t i = 0; i < m_order.size(); ++i) {
        const quint32 row = m_order[i];
        if (row >= quint32(first) && row <= quint32(last)) {
            previousRemoved = true;
            continue;
        }
        quint8 t = m_tie[i];
        if (previousRemoved)
            t = !order.empty() && compare(order.back(), row) == 0;
        order.push_back(row);
        tie.push_back(t);
        previousRemoved = false;
    }
    m_order.swap(order);
    m_tie.swap(tie);
    std::vector<quint32> changed(size_t(last - first + 1));
    std::iota(changed.begin(), changed.end(), quint32(first));
    merge(std::move(changed), false);
}

void UserSortIndex::merge(std::vector<quint32> rows, bool afterEqualKeys)
{
    std::sort(rows.begin(), rows.end(), [this](quint32 a, quint32 b) { return lessWithRow(a, b); });
    std::vector<size_t> positions(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto it = afterEqualKeys
            ? std::upper_bound(m_order.begin(), m_order.end(), rows[i],
                [this](quint32 value, quint32 element) { return compare(value, element) < 0; })
            : std::lower_bound(m_order.begin(), m_order.end(), rows[i],
                [this](quint32 element, quint32 value) { return lessWithRow(element, value); });
        positions[i] = size_t(it - m_order.begin());
    }
    m_ranksValid = false;
    if (rows.size() == 1) {
        // One row (a state change): insert in place.
        const size_t at = positions[0];
        m_order.insert(m_order.begin() + qsizetype(at), rows[0]);
        m_tie.insert(m_tie.begin() + qsizetype(at),
            quint8(at > 0 && compare(m_order[at - 1], rows[0]) == 0));
        if (at + 1 < m_order.size())
            m_tie[at + 1] = compare(rows[0], m_order[at + 1]) == 0;
        return;
    }

    std::vector<quint32> order;
    std::vector<quint8> tie;
    order.reserve(m_order.size() + rows.size());
    tie.reserve(order.capacity());
    size_t next = 0; // next old position to copy
    bool previousWasNew = false;
    const auto copyOld = [&](size_t end) {
        if (next >= end)
            return;
        // The first old element after a new one compares with it; the rest keep their flags.
        if (previousWasNew) {
            tie.push_back(compare(order.back(), m_order[next]) == 0);
            order.push_back(m_order[next]);
            ++next;
        }
        order.insert(
            order.end(), m_order.begin() + qsizetype(next), m_order.begin() + qsizetype(end));
        tie.insert(tie.end(), m_tie.begin() + qsizetype(next), m_tie.begin() + qsizetype(end));
        next = end;
        previousWasNew = false;
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        copyOld(positions[i]);
        tie.push_back(!order.empty() && compare(order.back(), rows[i]) == 0);
        order.push_back(rows[i]);
        previousWasNew = true;
    }
    copyOld(m_order.size());
    m_order.swap(order);
    m_tie.swap(tie);
}

bool UserSortIndex::before(quint32 a, quint32 b, Qt::SortOrder order) const
{
    const int c = compare(a, b);
    if (c == 0)
        return a < b; // stable in both directions
    return order == Qt::AscendingOrder ? c < 0 : c > 0;
}

void UserSortIndex::ensureRanks() const
{
    if (m_ranksValid)
        return;
    const size_t n = m_order.size();
    m_rank.resize(n);
    m_group.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const quint32 row = m_order[i];
        m_rank[row] = quint32(i);
        m_group[row] = m_tie[i] ? m_group[m_order[i - 1]] : quint32(i);
    }
    m_ranksValid = true;
}

void UserSortIndex::sort(std::vector<quint32> *rows, Qt::SortOrder order) const
{
    ensureRanks();
    if (order == Qt::AscendingOrder) {
        std::sort(rows->begin(), rows->end(),
            [this](quint32 a, quint32 b) { return m_rank[a] < m_rank[b]; });
        return;
    }
    std::sort(rows->begin(), rows->end(), [this](quint32 a, quint32 b) {
        return m_group[a] != m_group[b] ? m_group[a] > m_group[b] : m_rank[a] < m_rank[b];
    });
}

void UserSortIndex::collect(
    Qt::SortOrder order, const std::vector<quint8> &keep, std::vector<quint32> *out) const
{
    if (order == Qt::AscendingOrder) {
        for (const quint32 row : m_order) {
            if (keep[row])
                out->push_back(row);
        }
        return;
    }
    // Descending by key, each run of equal keys in source order.
    size_t end = m_order.size();
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && m_tie[start])
            --start;
        for (size_t i = start; i < end; ++i) {
            if (keep[m_order[i]])
                out->push_back(m_order[i]);
        }
        end = start;
    }
}

qint64 UserSortIndex::allocatedBytes() const
{
    return qint64(m_order.capacity() * sizeof(quint32) + m_tie.capacity()
        + m_rank.capacity() * sizeof(quint32) + m_group.capacity() * sizeof(quint32));
}

} // namespace Gatehouse
