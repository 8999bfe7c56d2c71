// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace Gatehouse::Sandbox {

// What an id names; each kind has its own key, so ids of different kinds never collide.
enum class IdKind : quint8
{
    Account = 1, // SailPoint account
    Identity, // SailPoint identity
    Source, // SailPoint source
    HuaweiUser,
    RsaUser,
    Task, // SailPoint task
    Marker, // Huawei page marker (24 chars)
    AdObjectGuid, // Active Directory uuid attribute
};

// Turns small integers (a user's index, a task number, a page offset) into ids that look
// like the providers' real ones and back, without storing anything: the low 48 bits of an id
// are a keyed Feistel permutation of the number, the rest is a keyed check value. A million
// users therefore cost no memory for ids and every lookup by id is O(1).
class IdCodec final
{
public:
    explicit IdCodec(quint64 seed = 1);

    static constexpr int hexLength = 32;
    static constexpr int uuidLength = 36;
    static constexpr int markerLength = 24;

    // 32 lower-case hex digits.
    void writeHex32(char *dst, IdKind kind, quint32 value) const;
    QByteArray hex32(IdKind kind, quint32 value) const;
    bool decodeHex32(IdKind kind, QByteArrayView id, quint32 *value) const;

    // RFC 4122 version-4 layout: 8-4-4-4-12 lower-case hex digits.
    void writeUuid(char *dst, IdKind kind, quint32 value) const;
    QByteArray uuid(IdKind kind, quint32 value) const;
    bool decodeUuid(IdKind kind, QByteArrayView id, quint32 *value) const;

    // 24 characters (Huawei's marker length).
    QByteArray marker(quint32 value) const;
    bool decodeMarker(QByteArrayView marker, quint32 *value) const;

    // A stable pseudo-random 64-bit value for (kind, salt), e.g. for fixed ids and hashes.
    quint64 derive(quint64 salt) const;
    quint64 seed() const { return m_seed; }

private:
    quint64 permute(IdKind kind, quint32 value) const;
    bool unpermute(IdKind kind, quint64 block, quint32 *value) const;
    void check(IdKind kind, quint64 block, quint64 *high, quint16 *low) const;

    quint64 m_seed;
};

// 64-bit finaliser with good avalanche (public-domain splitmix constants).
quint64 mix64(quint64 x);

} // namespace Gatehouse::Sandbox
