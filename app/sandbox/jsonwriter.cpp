// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jsonwriter.h"

#include <cmath>

#include <QtGlobal>

namespace Gatehouse::Sandbox {

namespace {

constexpr char lowerHexDigits[] = "0123456789abcdef";

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

JsonWriter::JsonWriter(QByteArray &out)
    : m_out(out)
    , m_pos(out.size())
{
    m_data = m_out.data();
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::flush()
{
    if (m_out.size() != m_pos)
        m_out.resize(m_pos);
}

void JsonWriter::grow(qsizetype bytes)
{
    const qsizetype needed = m_pos + bytes;
    m_out.resize(qMax(needed + 256, m_out.size() * 2));
    m_data = m_out.data();
}

void JsonWriter::escaped(QByteArrayView utf8)
{
    put('"');
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (!needsEscape(c))
            continue;
        put(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        default: {
            const char esc[6] = {
                '\\', 'u', '0', '0', lowerHexDigits[c >> 4], lowerHexDigits[c & 0xf]};
            put(esc, 6);
            break;
        }
        }
    }
    put(data + runStart, size - runStart);
    put('"');
}

void JsonWriter::valuePrefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const quint64 bit = quint64(1) << m_depth;
    if (m_needComma & bit)
        put(',');
    m_needComma |= bit;
}

void JsonWriter::push()
{
    Q_ASSERT(m_depth < 60);
    ++m_depth;
    m_needComma &= ~(quint64(1) << m_depth);
}

void JsonWriter::pop()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth == 0)
        flush();
}

void JsonWriter::beginObject()
{
    valuePrefix();
    put('{');
    push();
}

void JsonWriter::endObject()
{
    put('}');
    pop();
}

void JsonWriter::beginArray()
{
    valuePrefix();
    put('[');
    push();
}

void JsonWriter::endArray()
{
    put(']');
    pop();
}

void JsonWriter::writeKey(const char *asciiKey, size_t length)
{
    const quint64 bit = quint64(1) << m_depth;
    char *p = space(qsizetype(length) + 4);
    if (m_needComma & bit)
        *p++ = ',';
    else
        --m_pos; // no comma: one byte less than reserved
    m_needComma |= bit;
    *p++ = '"';
    std::memcpy(p, asciiKey, length);
    p += length;
    *p++ = '"';
    *p = ':';
    m_afterKey = true;
}

void JsonWriter::string(QByteArrayView utf8)
{
    valuePrefix();
    escaped(utf8);
}

void JsonWriter::string(const QString &text)
{
    string(QByteArrayView(text.toUtf8()));
}

void JsonWriter::number(qint64 value)
{
    valuePrefix();
    char buf[24];
    int n = 0;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        buf[n++] = '-';
    char *p = space(n);
    while (n)
        *p++ = buf[--n];
}

void JsonWriter::real(double value)
{
    valuePrefix();
    if (!std::isfinite(value)) {
        put("null", 4);
    } else {
        const QByteArray text = QByteArray::number(value, 'g', 15);
        put(text.constData(), text.size());
    }
}

void JsonWriter::boolean(bool value)
{
    valuePrefix();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null()
{
    valuePrefix();
    put("null", 4);
}

void JsonWriter::raw(QByteArrayView json)
{
    valuePrefix();
    put(json.data(), json.size());
}

} // namespace Gatehouse::Sandbox
