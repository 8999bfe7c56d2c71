// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringView>

#include "core/userrecord.h"

namespace Gatehouse {

// Compact storage of the user rows behind UserTableModel: a million rows must fit in a few
// dozen bytes each plus their text. Every row keeps its id, login, display name and e-mail
// back to back in one shared UTF-16 pool; sources are interned (a directory has few);
// raw attributes are not kept. Ids are indexed by an open-addressing table of row numbers.
class UserRowStore final
{
public:
    static constexpr qint64 noModified = std::numeric_limits<qint64>::min();
    // Longer field values are cut to this many UTF-16 units (nothing real comes close).
    static constexpr int maxFieldLength = 0xFFFF;

    enum class Upsert
    {
        Added,
        Updated,
        Unchanged,
        Rejected
    };

    UserRowStore();

    int size() const { return static_cast<int>(m_rows.size()); }
    void clear();
    void reserve(int rows);

    // Adds a row, or refreshes the row that already has this id. *textChanged (optional) says
    // whether login, display name, e-mail or source changed on an update. *row receives the
    // row. Rejected: the id is empty or the pool is full.
    Upsert upsert(const UserRecord &user, int *row, bool *textChanged = nullptr);

    // The row of an id, or -1.
    int rowOf(QStringView id) const;

    // Views into the pool: valid until the next call that changes the store.
    QStringView id(int row) const;
    QStringView login(int row) const;
    QStringView displayName(int row) const;
    QStringView email(int row) const;

    int sourceId(int row) const { return static_cast<int>(m_rows[size_t(row)].source); }
    const QString &sourceName(int sourceId) const { return m_sources[size_t(sourceId)]; }
    int sourceCount() const { return static_cast<int>(m_sources.size()); }

    UserRecord::State state(int row) const { return m_rows[size_t(row)].state; }
    bool isLocked(int row) const { return m_rows[size_t(row)].flags & LockedFlag; }
    bool isPending(int row) const { return m_rows[size_t(row)].flags & PendingFlag; }
    qint64 modifiedMs(int row) const { return m_rows[size_t(row)].modifiedMs; }

    // Return whether anything changed.
    bool setState(int row, UserRecord::State state, bool locked);
    bool setPending(int row, bool pending);

    // The row as a record (raw stays empty).
    UserRecord record(int row) const;

    // UTF-16 bytes of the text the rows hold, counting each row's source name in full as if
    // every row had its own copy: what "the strings themselves" weigh.
    qint64 textBytes() const { return m_textBytes; }
    // Bytes allocated by the store (capacity, not only size).
    qint64 allocatedBytes() const;

private:
    enum Flag : quint8
    {
        LockedFlag = 0x1,
        PendingFlag = 0x2
    };

    // 32 bytes; the four strings sit at offset in the pool in this order.
    struct Row
    {
        quint32 offset = 0;
        quint16 idLength = 0;
        quint16 loginLength = 0;
        quint16 nameLength = 0;
        quint16 emailLength = 0;
        quint32 source = 0;
        qint64 modifiedMs = noModified;
        UserRecord::State state = UserRecord::State::Unknown;
        quint8 flags = 0;
    };

    bool appendText(const UserRecord &user, Row *row);
    quint32 internSource(const QString &source);
    qint64 rowTextBytes(const Row &row) const;

    // Id index.
    size_t slotOf(QStringView id) const; // slot holding id, or the empty slot where it goes
    void growIndex();

    std::vector<Row> m_rows;
    std::vector<char16_t> m_pool;
    std::vector<quint32> m_slots; // row + 1, 0 = empty; size is a power of two
    std::vector<QString> m_sources;
    QHash<QString, quint32> m_sourceIds;
    size_t m_seed = 0;
    qint64 m_textBytes = 0;
};

} // namespace Gatehouse
