// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/isotime.h"

#include <QByteArrayView>

namespace Gatehouse::Sandbox::IsoTime {

namespace {

struct Civil
{
    int year;
    int month;
    int day;
};

// Proleptic Gregorian date of a day count since 1970-01-01 (era-based arithmetic).
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return {int(year), month, day};
}

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

void appendDateTime(QByteArray &out, qint64 epochSeconds, int millis, bool withMillis)
{
    qint64 days = epochSeconds / 86400;
    qint64 rest = epochSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const Civil c = civilFromDays(days);
    char buf[24];
    const int y = c.year;
    buf[0] = char('0' + (y / 1000) % 10);
    buf[1] = char('0' + (y / 100) % 10);
    buf[2] = char('0' + (y / 10) % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    put2(buf + 5, c.month);
    buf[7] = '-';
    put2(buf + 8, c.day);
    buf[10] = 'T';
    put2(buf + 11, int(rest / 3600));
    buf[13] = ':';
    put2(buf + 14, int(rest / 60 % 60));
    buf[16] = ':';
    put2(buf + 17, int(rest % 60));
    int n = 19;
    if (withMillis) {
        buf[19] = '.';
        buf[20] = char('0' + millis / 100);
        buf[21] = char('0' + millis / 10 % 10);
        buf[22] = char('0' + millis % 10);
        n = 23;
    }
    buf[n++] = 'Z';
    out.append(buf, n);
}

bool digits(QByteArrayView text, qsizetype pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

} // namespace

void appendSeconds(QByteArray &out, qint64 epochSeconds)
{
    appendDateTime(out, epochSeconds, 0, false);
}

void appendMillis(QByteArray &out, qint64 epochMs)
{
    qint64 secs = epochMs / 1000;
    qint64 ms = epochMs % 1000;
    if (ms < 0) {
        ms += 1000;
        --secs;
    }
    appendDateTime(out, secs, int(ms), true);
}

QByteArray fromMillis(qint64 epochMs)
{
    QByteArray out;
    appendMillis(out, epochMs);
    return out;
}

QByteArray fromSeconds(qint64 epochSeconds)
{
    QByteArray out;
    appendSeconds(out, epochSeconds);
    return out;
}

bool parse(QByteArrayView text, qint64 *epochMs)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, &year) || text.size() < 20 || text[4] != '-'
        || !digits(text, 5, 2, &month) || text[7] != '-' || !digits(text, 8, 2, &day)
        || (text[10] != 'T' && text[10] != 't') || !digits(text, 11, 2, &hour) || text[13] != ':'
        || !digits(text, 14, 2, &minute) || text[16] != ':' || !digits(text, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    qsizetype pos = 19;
    int millis = 0;
    if (text[pos] == '.') {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            millis += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    if (pos >= text.size())
        return false;
    int offsetMinutes = 0;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        const int sign = text[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(text, pos + 1, 2, &oh) || pos + 3 >= text.size() || text[pos + 3] != ':'
            || !digits(text, pos + 4, 2, &om))
            return false;
        offsetMinutes = sign * (oh * 60 + om);
        pos += 6;
    } else {
        return false;
    }
    if (pos != text.size())
        return false;
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    *epochMs = secs * 1000 + millis;
    return true;
}

} // namespace Gatehouse::Sandbox::IsoTime
