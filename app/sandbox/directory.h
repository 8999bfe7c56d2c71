// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>

#include "sandbox/idcodec.h"
#include "sandbox/nametables.h"

namespace Gatehouse::Sandbox {

// The synthetic population served by all three providers, generated deterministically from
// a seed. Each person is a 20-byte record of indexes into the name tables plus flags and
// times; every string (login, e-mail, ids) is produced on demand, so a million people cost
// about 20 MB. Logins and e-mails are unique. Only this seeded, immutable state lives here;
// what the providers change is kept by SandboxState.
class Directory final
{
public:
    enum Flag : quint8
    {
        Disabled = 0x01, // ~8%
        Locked = 0x02, // ~2% (SailPoint locked, RSA token locked)
        RsaMarkDeleted = 0x04, // ~1%: RSA pending delete (cannot be enabled: 409)
        RsaSyncDisabled = 0x08, // ~1%: RSA disabled by synchronisation (409 on enable)
        HasEntitlements = 0x10,
        Uncorrelated = 0x20, // SailPoint: no identity attached (rare)
    };

    struct Person
    {
        quint16 first; // index into NameTables::firstNames()
        quint16 last; // index into NameTables::lastNames()
        quint16 dup; // disambiguation suffix of the login (0 = none)
        quint8 culture;
        quint8 department;
        quint8 title;
        quint8 source; // index into NameTables::sources()
        quint8 flags;
        quint8 reserved;
        quint32 created; // epoch seconds
        quint32 modified; // epoch seconds (seeded; providers may override)
    };

    static constexpr int maxUsers = 1000000;
    static constexpr const char *emailDomain = "example.com";

    Directory(quint64 seed, int count);

    int size() const { return int(m_people.size()); }
    const Person &person(int index) const { return m_people[size_t(index)]; }
    const IdCodec &ids() const { return m_ids; }
    quint64 seed() const { return m_seed; }

    bool has(int index, Flag flag) const { return person(index).flags & flag; }

    // Strings, appended to `out` (no allocation when `out` has capacity).
    void appendLogin(QByteArray &out, int index) const;
    void appendEmail(QByteArray &out, int index) const;
    void appendDisplayName(QByteArray &out, int index) const;
    void appendNativeIdentity(QByteArray &out, int index) const;
    void appendEmployeeNumber(QByteArray &out, int index) const;
    QByteArray login(int index) const;
    QByteArray email(int index) const;
    QByteArray displayName(int index) const;
    QByteArray nativeIdentity(int index) const;
    const char *firstName(int index) const;
    const char *lastName(int index) const;
    const char *department(int index) const;
    const char *title(int index) const;
    const NameTables::Source &source(int index) const;
    // Id of a source (SailPoint sourceId, 32 hex).
    QByteArray sourceId(int sourceIndex) const;

    // Exact (case-sensitive) login match; -1 when absent. The index is built on first use.
    int findByLogin(QByteArrayView login) const;
    // Case-insensitive match on the login; -1 when absent.
    int findByLoginIgnoreCase(QByteArrayView login) const;
    // Case-insensitive e-mail match; -1 when absent.
    int findByEmail(QByteArrayView email) const;
    // Workday employee numbers are 100000 + index; -1 when not a Workday person's number.
    int findByEmployeeNumber(QByteArrayView number) const;
    // Any person whose nativeIdentity equals `value` (case-insensitive); -1 when absent.
    int findByNativeIdentity(QByteArrayView value) const;

private:
    void generate(int count);
    void buildLoginIndex() const;
    static quint64 hashLogin(QByteArrayView lowerLogin);

    quint64 m_seed;
    IdCodec m_ids;
    std::vector<Person> m_people;
    mutable std::vector<std::pair<quint64, quint32>> m_loginIndex; // sorted by hash
};

} // namespace Gatehouse::Sandbox
