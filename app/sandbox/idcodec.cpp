// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/idcodec.h"

namespace Gatehouse::Sandbox {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";
constexpr quint64 mask24 = 0xFFFFFF;
constexpr int rounds = 4;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case is not an id we issued
}

void writeHex(char *dst, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        dst[i] = hexDigits[value & 0xf];
        value >>= 4;
    }
}

bool readHex(const char *src, int digits, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < digits; ++i) {
        const int d = hexValue(src[i]);
        if (d < 0)
            return false;
        v = (v << 4) | quint64(d);
    }
    *value = v;
    return true;
}

} // namespace

quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

IdCodec::IdCodec(quint64 seed)
    : m_seed(mix64(seed ^ 0x6761746568736531ULL))
{ }

quint64 IdCodec::derive(quint64 salt) const
{
    return mix64(m_seed ^ mix64(salt));
}

// 4-round Feistel network over two 24-bit halves: a bijection of 48-bit blocks.
quint64 IdCodec::permute(IdKind kind, quint32 value) const
{
    const quint64 block = (quint64(kind) << 32) | value;
    quint64 left = block >> 24;
    quint64 right = block & mask24;
    for (int r = 0; r < rounds; ++r) {
        const quint64 f = mix64(m_seed ^ (quint64(kind) << 56) ^ (quint64(r) << 48) ^ right);
        const quint64 next = left ^ (f & mask24);
        left = right;
        right = next;
    }
    return (left << 24) | right;
}

bool IdCodec::unpermute(IdKind kind, quint64 block, quint32 *value) const
{
    quint64 left = block >> 24;
    quint64 right = block & mask24;
    for (int r = rounds - 1; r >= 0; --r) {
        const quint64 previousRight = left;
        const quint64 f =
            mix64(m_seed ^ (quint64(kind) << 56) ^ (quint64(r) << 48) ^ previousRight);
        left = right ^ (f & mask24);
        right = previousRight;
    }
    const quint64 plain = (left << 24) | right;
    if ((plain >> 32) != quint64(kind))
        return false;
    *value = quint32(plain & 0xFFFFFFFFULL);
    return true;
}

void IdCodec::check(IdKind kind, quint64 block, quint64 *high, quint16 *low) const
{
    const quint64 h1 = mix64(m_seed ^ 0xC2B2AE3D27D4EB4FULL ^ (quint64(kind) << 48) ^ block);
    const quint64 h2 = mix64(h1 ^ 0x165667B19E3779F9ULL);
    *high = h1;
    *low = quint16(h2 >> 48);
}

void IdCodec::writeHex32(char *dst, IdKind kind, quint32 value) const
{
    const quint64 block = permute(kind, value);
    quint64 high = 0;
    quint16 low = 0;
    check(kind, block, &high, &low);
    writeHex(dst, high, 16);
    writeHex(dst + 16, low, 4);
    writeHex(dst + 20, block, 12);
}

QByteArray IdCodec::hex32(IdKind kind, quint32 value) const
{
    QByteArray out(hexLength, Qt::Uninitialized);
    writeHex32(out.data(), kind, value);
    return out;
}

bool IdCodec::decodeHex32(IdKind kind, QByteArrayView id, quint32 *value) const
{
    if (id.size() != hexLength)
        return false;
    quint64 block = 0;
    if (!readHex(id.data() + 20, 12, &block) || !unpermute(kind, block, value))
        return false;
    char expected[hexLength];
    writeHex32(expected, kind, *value);
    return QByteArrayView(expected, hexLength) == id;
}

void IdCodec::writeUuid(char *dst, IdKind kind, quint32 value) const
{
    char hex[hexLength];
    writeHex32(hex, kind, value);
    hex[12] = '4'; // version 4
    hex[16] = hexDigits[8 | (hexValue(hex[16]) & 3)]; // RFC 4122 variant
    int out = 0;
    for (int i = 0; i < hexLength; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            dst[out++] = '-';
        dst[out++] = hex[i];
    }
}

QByteArray IdCodec::uuid(IdKind kind, quint32 value) const
{
    QByteArray out(uuidLength, Qt::Uninitialized);
    writeUuid(out.data(), kind, value);
    return out;
}

bool IdCodec::decodeUuid(IdKind kind, QByteArrayView id, quint32 *value) const
{
    if (id.size() != uuidLength)
        return false;
    quint64 block = 0;
    if (!readHex(id.data() + 24, 12, &block) || !unpermute(kind, block, value))
        return false;
    char expected[uuidLength];
    writeUuid(expected, kind, *value);
    return QByteArrayView(expected, uuidLength) == id;
}

QByteArray IdCodec::marker(quint32 value) const
{
    const quint64 block = permute(IdKind::Marker, value);
    quint64 high = 0;
    quint16 low = 0;
    check(IdKind::Marker, block, &high, &low);
    QByteArray out(markerLength, Qt::Uninitialized);
    writeHex(out.data(), block, 12);
    writeHex(out.data() + 12, high, 12);
    return out;
}

bool IdCodec::decodeMarker(QByteArrayView marker, quint32 *value) const
{
    if (marker.size() != markerLength)
        return false;
    quint64 block = 0;
    if (!readHex(marker.data(), 12, &block) || !unpermute(IdKind::Marker, block, value))
        return false;
    return this->marker(*value) == marker;
}

} // namespace Gatehouse::Sandbox
