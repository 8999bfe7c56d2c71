// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Gatehouse::Sandbox {

// Writes JSON by hand into a QByteArray: a page of 250 accounts must be produced in well
// under 2 ms, which QJsonDocument cannot do. Keys are ASCII literals; string values are
// UTF-8 and escaped here. Commas are tracked per nesting level (at most 60 levels).
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *asciiKey);

    void string(QByteArrayView utf8);
    void string(const QString &text);
    void number(qint64 value);
    void real(double value);
    void boolean(bool value);
    void null();
    // Inserts already-serialised JSON (a nested document) as one value.
    void raw(QByteArrayView json);

    void field(const char *k, QByteArrayView utf8)
    {
        key(k);
        string(utf8);
    }
    void field(const char *k, const char *utf8)
    {
        key(k);
        string(QByteArrayView(utf8));
    }
    void field(const char *k, const QString &text)
    {
        key(k);
        string(text);
    }
    void field(const char *k, qint64 value)
    {
        key(k);
        number(value);
    }
    void field(const char *k, int value)
    {
        key(k);
        number(value);
    }
    void field(const char *k, bool value)
    {
        key(k);
        boolean(value);
    }
    void nullField(const char *k)
    {
        key(k);
        null();
    }

    // Appends `utf8` as a quoted, escaped JSON string to `out`.
    static void appendString(QByteArray &out, QByteArrayView utf8);

private:
    void valuePrefix();
    void push();
    void pop();

    QByteArray &m_out;
    quint64 m_needComma = 0; // bit per level: a value was written at that level
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace Gatehouse::Sandbox
