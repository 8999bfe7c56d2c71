// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstring>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Gatehouse::Sandbox {

// Writes JSON by hand into a QByteArray: a page of 250 accounts must be produced in well
// under 2 ms, which QJsonDocument cannot do. The writer fills the array's storage directly
// (growing it geometrically) and trims it to the written size whenever the outermost object
// or array is closed, and on destruction. Keys are ASCII literals; string values are UTF-8
// and escaped here. Commas are tracked per nesting level (at most 60 levels).
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    template <size_t N>
    void key(const char (&asciiKey)[N])
    {
        writeKey(asciiKey, N - 1);
    }

    void string(QByteArrayView utf8);
    void string(const QString &text);
    void number(qint64 value);
    void real(double value);
    void boolean(bool value);
    void null();
    // Inserts already-serialised JSON (a nested document) as one value.
    void raw(QByteArrayView json);

    template <size_t N>
    void field(const char (&k)[N], QByteArrayView utf8)
    {
        key(k);
        string(utf8);
    }
    template <size_t N>
    void field(const char (&k)[N], const char *utf8)
    {
        key(k);
        string(QByteArrayView(utf8, qsizetype(std::strlen(utf8))));
    }
    template <size_t N>
    void field(const char (&k)[N], const QString &text)
    {
        key(k);
        string(text);
    }
    template <size_t N>
    void field(const char (&k)[N], qint64 value)
    {
        key(k);
        number(value);
    }
    template <size_t N>
    void field(const char (&k)[N], int value)
    {
        key(k);
        number(value);
    }
    template <size_t N>
    void field(const char (&k)[N], bool value)
    {
        key(k);
        boolean(value);
    }
    template <size_t N>
    void nullField(const char (&k)[N])
    {
        key(k);
        null();
    }

    // Trims the array to what was written (done automatically at depth 0).
    void flush();

private:
    void writeKey(const char *asciiKey, size_t length);
    void valuePrefix();
    void push();
    void pop();
    void escaped(QByteArrayView utf8);
    char *space(qsizetype bytes)
    {
        if (m_pos + bytes > m_out.size())
            grow(bytes);
        char *p = m_data + m_pos;
        m_pos += bytes;
        return p;
    }
    void put(const char *bytes, qsizetype length)
    {
        std::memcpy(space(length), bytes, size_t(length));
    }
    void put(char c) { *space(1) = c; }
    void grow(qsizetype bytes);

    QByteArray &m_out;
    char *m_data = nullptr;
    qsizetype m_pos = 0;
    quint64 m_needComma = 0; // bit per level: a value was written at that level
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace Gatehouse::Sandbox
