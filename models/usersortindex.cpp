// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usersortindex.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>

#include <QtEndian>

#include "models/userrowstore.h"
#include "models/usersearchindex.h"
#include "models/usertablemodel.h"

namespace Gatehouse {

namespace {

// The first 8 bytes of a key as a big-endian number: most comparisons end here.
quint64 prefixOf(std::string_view text)
{
    uchar bytes[8] = {};
    std::memcpy(bytes, text.data(), std::min<size_t>(8, text.size()));
    return qFromBigEndian<quint64>(bytes);
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
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0u);

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

    if (textColumn) {
        // Compare 8-byte prefixes as integers; only equal prefixes compare the whole text.
        std::vector<quint64> prefixes(n);
        for (size_t row = 0; row < n; ++row)
            prefixes[row] = prefixOf(m_text.field(int(row), field));
        std::sort(m_order.begin(), m_order.end(), [&](quint32 a, quint32 b) {
            if (prefixes[a] != prefixes[b])
                return prefixes[a] < prefixes[b];
            const int c = m_text.field(int(a), field).compare(m_text.field(int(b), field));
            return c < 0 || (c == 0 && a < b);
        });
    } else {
        std::vector<qint64> keys(n);
        for (size_t row = 0; row < n; ++row) {
            const int r = int(row);
            if (m_column == UserTableModel::StateColumn)
                keys[row] = UserTableModel::stateRank(m_store.state(r), m_store.isLocked(r));
            else if (m_column == UserTableModel::ModifiedColumn)
                keys[row] = m_store.modifiedMs(r);
            else
                keys[row] = m_store.sourceId(r);
        }
        if (m_column == UserTableModel::SourceColumn) {
            // Turn source ids into the rank of their folded names.
            std::vector<int> ids(size_t(m_store.sourceCount()));
            std::iota(ids.begin(), ids.end(), 0);
            std::sort(ids.begin(), ids.end(),
                [&](int a, int b) { return m_text.sourceText(a) < m_text.sourceText(b); });
            std::vector<qint64> rankOfSource(ids.size());
            qint64 rank = 0;
            for (size_t i = 0; i < ids.size(); ++i) {
                if (i > 0 && m_text.sourceText(ids[i]) != m_text.sourceText(ids[i - 1]))
                    ++rank;
                rankOfSource[size_t(ids[i])] = rank;
            }
            for (qint64 &key : keys)
                key = rankOfSource[size_t(key)];
        }
        std::sort(m_order.begin(), m_order.end(), [&](quint32 a, quint32 b) {
            return keys[a] < keys[b] || (keys[a] == keys[b] && a < b);
        });
    }

    m_tie.assign(n, 0);
    for (size_t i = 1; i < n; ++i)
        m_tie[i] = compare(m_order[i - 1], m_order[i]) == 0;
    m_rank.resize(n);
    m_group.resize(n);
    renumber(0, n);
}

void UserSortIndex::insert(int first, int last)
{
    Q_ASSERT(size_t(first) == m_order.size());
    std::vector<quint32> added(size_t(last - first + 1));
    std::iota(added.begin(), added.end(), quint32(first));
    m_rank.resize(m_order.size() + added.size());
    m_group.resize(m_rank.size());
    // New rows have higher row numbers than every indexed row: each goes after the rows
    // with an equal key.
    merge(std::move(added), true, m_order.size());
}

void UserSortIndex::update(int first, int last)
{
    if (first == last) {
        update(first);
        return;
    }
    // Take the rows out (a follower of a removed group start may start its group now), then
    // merge them back in at their new places.
    std::vector<quint32> changed(size_t(last - first + 1));
    std::iota(changed.begin(), changed.end(), quint32(first));
    size_t dirtyFrom = m_order.size();
    for (const quint32 row : changed)
        dirtyFrom = std::min<size_t>(dirtyFrom, m_rank[row]);
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
    merge(std::move(changed), false, dirtyFrom);
}

void UserSortIndex::merge(std::vector<quint32> rows, bool afterEqualKeys, size_t dirtyFrom)
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

    std::vector<quint32> order;
    std::vector<quint8> tie;
    order.reserve(m_order.size() + rows.size());
    tie.reserve(order.capacity());
    size_t next = 0; // next old position to copy
    bool previousWasNew = false;
    const auto copyOld = [&](size_t end) {
        for (; next < end; ++next) {
            const quint32 row = m_order[next];
            tie.push_back(previousWasNew ? quint8(compare(order.back(), row) == 0) : m_tie[next]);
            order.push_back(row);
            previousWasNew = false;
        }
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
    if (!positions.empty())
        dirtyFrom = std::min(dirtyFrom, positions.front());
    renumber(dirtyFrom, m_order.size());
}

void UserSortIndex::update(int row)
{
    const auto r = quint32(row);
    const size_t n = m_order.size();
    const size_t position = m_rank[r];
    const bool inPlace = (position == 0 || lessWithRow(m_order[position - 1], r))
        && (position + 1 == n || lessWithRow(r, m_order[position + 1]));
    if (inPlace) {
        // Same place; only its equality with the neighbours may have changed.
        const quint8 tie = position > 0 && compare(m_order[position - 1], r) == 0;
        const quint8 nextTie = position + 1 < n && compare(r, m_order[position + 1]) == 0;
        const bool changed =
            tie != m_tie[position] || (position + 1 < n && nextTie != m_tie[position + 1]);
        m_tie[position] = tie;
        if (position + 1 < n)
            m_tie[position + 1] = nextTie;
        if (changed)
            renumber(position, position + 1);
        return;
    }

    // Take the row out; a follower of the same key becomes the first of its group.
    const bool wasTie = m_tie[position];
    m_order.erase(m_order.begin() + qsizetype(position));
    m_tie.erase(m_tie.begin() + qsizetype(position));
    if (!wasTie && position < m_tie.size())
        m_tie[position] = 0;

    const size_t target =
        size_t(std::lower_bound(m_order.begin(), m_order.end(), r,
                   [this](quint32 element, quint32 value) { return lessWithRow(element, value); })
            - m_order.begin());
    m_order.insert(m_order.begin() + qsizetype(target), r);
    m_tie.insert(m_tie.begin() + qsizetype(target),
        quint8(target > 0 && compare(m_order[target - 1], r) == 0));
    if (target + 1 < n)
        m_tie[target + 1] = compare(r, m_order[target + 1]) == 0;
    // Positions outside [min, max] + 1 kept their rank.
    renumber(std::min(position, target), std::max(position, target) + 1);
}

void UserSortIndex::renumber(size_t from, size_t until)
{
    // Start at the first position of the group `from` belongs to; past `until`, stop at the
    // first group start (nothing changed from there on).
    while (from > 0 && from < m_order.size() && m_tie[from])
        --from;
    for (size_t i = from; i < m_order.size(); ++i) {
        if (i > until && !m_tie[i])
            break;
        const quint32 row = m_order[i];
        m_rank[row] = quint32(i);
        m_group[row] = m_tie[i] ? m_group[m_order[i - 1]] : quint32(i);
    }
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
    // Descending by group, each group in source order.
    size_t end = m_order.size();
    while (end > 0) {
        const size_t start = m_group[m_order[end - 1]];
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
