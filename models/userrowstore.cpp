// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/userrowstore.h"

#include <algorithm>

#include <QRandomGenerator>
#include <QTimeZone>

#include "core/logging.h"

namespace Gatehouse {

namespace {

constexpr size_t initialSlots = 1024;
// Enough for tens of millions of rows; appendText refuses to go past it.
constexpr size_t maxPoolLength = std::numeric_limits<quint32>::max();

QStringView clipped(const QString &text)
{
    return QStringView(text).left(UserRowStore::maxFieldLength);
}

} // namespace

UserRowStore::UserRowStore()
    : m_slots(initialSlots, 0)
    , m_seed(QRandomGenerator::global()->generate64())
{
    m_sources.emplace_back(); // source 0: none
    m_sourceIds.insert(QString(), 0);
}

void UserRowStore::clear()
{
    m_rows = {};
    m_pool = {};
    m_slots.assign(initialSlots, 0);
    m_sources.resize(1);
    m_sourceIds.clear();
    m_sourceIds.insert(QString(), 0);
    m_textBytes = 0;
}

void UserRowStore::reserve(int rows)
{
    // Geometric growth: pages of 250 rows must not reallocate a million rows each time.
    if (size_t(rows) > m_rows.capacity())
        m_rows.reserve(std::max(size_t(rows), m_rows.capacity() * 2));
}

UserRowStore::Upsert UserRowStore::upsert(const UserRecord &user, int *row, bool *textChanged)
{
    if (textChanged)
        *textChanged = false;
    const QStringView id = clipped(user.id);
    if (id.isEmpty())
        return Upsert::Rejected;

    const qint64 modified =
        user.modified.isValid() ? user.modified.toMSecsSinceEpoch() : noModified;
    const quint8 lockedFlag = user.locked ? LockedFlag : 0;
    const size_t slot = slotOf(id);
    if (m_slots[slot] != 0) {
        const int existing = int(m_slots[slot] - 1);
        *row = existing;
        Row &r = m_rows[size_t(existing)];
        const bool sameText = login(existing) == clipped(user.login)
            && displayName(existing) == clipped(user.displayName)
            && email(existing) == clipped(user.email) && m_sources[r.source] == user.source;
        const bool sameValues = r.modifiedMs == modified && r.state == user.state
            && (r.flags & LockedFlag) == lockedFlag;
        if (sameText && sameValues)
            return Upsert::Unchanged;
        if (!sameText) {
            // The old text stays in the pool as garbage: updates of strings are rare.
            Row updated = r;
            if (!appendText(user, &updated))
                return Upsert::Rejected;
            m_textBytes += rowTextBytes(updated) - rowTextBytes(r);
            r = updated;
            if (textChanged)
                *textChanged = true;
        }
        r.modifiedMs = modified;
        r.state = user.state;
        r.flags = quint8((r.flags & ~LockedFlag) | lockedFlag);
        return Upsert::Updated;
    }

    Row r;
    if (!appendText(user, &r))
        return Upsert::Rejected;
    r.modifiedMs = modified;
    r.state = user.state;
    r.flags = lockedFlag;
    m_rows.push_back(r);
    m_textBytes += rowTextBytes(r);
    *row = size() - 1;
    m_slots[slot] = quint32(m_rows.size());
    if (m_rows.size() * 2 > m_slots.size())
        growIndex();
    return Upsert::Added;
}

bool UserRowStore::appendText(const UserRecord &user, Row *row)
{
    const QStringView parts[] = {
        clipped(user.id), clipped(user.login), clipped(user.displayName), clipped(user.email)};
    size_t length = 0;
    for (QStringView part : parts)
        length += size_t(part.size());
    if (m_pool.size() + length > maxPoolLength) {
        qCWarning(lcModels) << "user table text pool is full; row dropped";
        return false;
    }
    row->offset = quint32(m_pool.size());
    row->idLength = quint16(parts[0].size());
    row->loginLength = quint16(parts[1].size());
    row->nameLength = quint16(parts[2].size());
    row->emailLength = quint16(parts[3].size());
    for (QStringView part : parts)
        m_pool.insert(m_pool.end(), part.utf16(), part.utf16() + part.size());
    row->source = internSource(user.source);
    return true;
}

quint32 UserRowStore::internSource(const QString &source)
{
    const auto it = m_sourceIds.constFind(source);
    if (it != m_sourceIds.cend())
        return it.value();
    const auto id = quint32(m_sources.size());
    m_sources.push_back(source);
    m_sourceIds.insert(source, id);
    return id;
}

qint64 UserRowStore::rowTextBytes(const Row &row) const
{
    const qint64 units = qint64(row.idLength) + row.loginLength + row.nameLength + row.emailLength
        + m_sources[row.source].size();
    return units * qint64(sizeof(char16_t));
}

int UserRowStore::rowOf(QStringView id) const
{
    const quint32 value = m_slots[slotOf(id.left(maxFieldLength))];
    return int(value) - 1;
}

QStringView UserRowStore::id(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return QStringView(m_pool.data() + r.offset, r.idLength);
}

QStringView UserRowStore::login(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return QStringView(m_pool.data() + r.offset + r.idLength, r.loginLength);
}

QStringView UserRowStore::displayName(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return QStringView(m_pool.data() + r.offset + r.idLength + r.loginLength, r.nameLength);
}

QStringView UserRowStore::email(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return QStringView(
        m_pool.data() + r.offset + r.idLength + r.loginLength + r.nameLength, r.emailLength);
}

bool UserRowStore::setState(int row, UserRecord::State state, bool locked)
{
    Row &r = m_rows[size_t(row)];
    const quint8 flags = quint8((r.flags & ~LockedFlag) | (locked ? LockedFlag : 0));
    if (r.state == state && r.flags == flags)
        return false;
    r.state = state;
    r.flags = flags;
    return true;
}

bool UserRowStore::setPending(int row, bool pending)
{
    Row &r = m_rows[size_t(row)];
    const quint8 flags = quint8((r.flags & ~PendingFlag) | (pending ? PendingFlag : 0));
    if (r.flags == flags)
        return false;
    r.flags = flags;
    return true;
}

UserRecord UserRowStore::record(int row) const
{
    const Row &r = m_rows[size_t(row)];
    UserRecord user;
    user.id = id(row).toString();
    user.login = login(row).toString();
    user.displayName = displayName(row).toString();
    user.email = email(row).toString();
    user.source = m_sources[r.source];
    user.state = r.state;
    user.locked = r.flags & LockedFlag;
    if (r.modifiedMs != noModified)
        user.modified = QDateTime::fromMSecsSinceEpoch(r.modifiedMs, QTimeZone::utc());
    return user;
}

qint64 UserRowStore::allocatedBytes() const
{
    qint64 sourceBytes = 0;
    for (const QString &source : m_sources)
        sourceBytes += source.capacity() * qint64(sizeof(QChar));
    return qint64(m_rows.capacity() * sizeof(Row) + m_pool.capacity() * sizeof(char16_t)
               + m_slots.capacity() * sizeof(quint32))
        + sourceBytes;
}

size_t UserRowStore::slotOf(QStringView id) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = qHash(id, m_seed) & mask;
    // Linear probing; the table is at most half full, so chains stay short.
    while (m_slots[slot] != 0 && this->id(int(m_slots[slot] - 1)) != id)
        slot = (slot + 1) & mask;
    return slot;
}

void UserRowStore::growIndex()
{
    std::vector<quint32> table(m_slots.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        size_t slot = qHash(id(int(i)), m_seed) & mask;
        while (table[slot] != 0)
            slot = (slot + 1) & mask;
        table[slot] = quint32(i + 1);
    }
    m_slots.swap(table);
}

} // namespace Gatehouse
