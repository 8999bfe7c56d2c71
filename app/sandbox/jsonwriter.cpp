// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/jsonwriter.h"

#include <cmath>

#include <QtGlobal>

namespace Gatehouse::Sandbox {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

void JsonWriter::appendString(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (!needsEscape(c))
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf]};
            out.append(esc, 6);
            break;
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out.append('"');
}

void JsonWriter::valuePrefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const quint64 bit = quint64(1) << m_depth;
    if (m_needComma & bit)
        m_out.append(',');
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
}

void JsonWriter::beginObject()
{
    valuePrefix();
    m_out.append('{');
    push();
}

void JsonWriter::endObject()
{
    m_out.append('}');
    pop();
}

void JsonWriter::beginArray()
{
    valuePrefix();
    m_out.append('[');
    push();
}

void JsonWriter::endArray()
{
    m_out.append(']');
    pop();
}

void JsonWriter::key(const char *asciiKey)
{
    const quint64 bit = quint64(1) << m_depth;
    if (m_needComma & bit)
        m_out.append(',');
    m_needComma |= bit;
    m_out.append('"');
    m_out.append(asciiKey);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::string(QByteArrayView utf8)
{
    valuePrefix();
    appendString(m_out, utf8);
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
    while (n)
        m_out.append(buf[--n]);
}

void JsonWriter::real(double value)
{
    valuePrefix();
    if (!std::isfinite(value))
        m_out.append("null", 4);
    else
        m_out.append(QByteArray::number(value, 'g', 15));
}

void JsonWriter::boolean(bool value)
{
    valuePrefix();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::null()
{
    valuePrefix();
    m_out.append("null", 4);
}

void JsonWriter::raw(QByteArrayView json)
{
    valuePrefix();
    m_out.append(json.data(), json.size());
}

} // namespace Gatehouse::Sandbox
