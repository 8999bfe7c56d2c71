// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/directory.h"

#include <algorithm>

#include <QHash>

namespace Gatehouse::Sandbox {

namespace {

// A reference "now" for the seeded history, so the same seed gives the same timestamps.
constexpr qint64 historyStart = 1420070400; // 2015-01-01T00:00:00Z
constexpr qint64 historyEnd = 1748736000; // 2025-06-01T00:00:00Z
constexpr int employeeNumberBase = 100000;

class Rng
{
public:
    explicit Rng(quint64 state)
        : m_state(state)
    { }
    quint64 next()
    {
        m_state = mix64(m_state);
        return m_state;
    }
    // Uniform in [0, bound).
    quint32 below(quint32 bound) { return quint32((next() >> 32) * bound >> 32); }
    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < quint32(perMille); }

private:
    quint64 m_state;
};

template <typename T>
int pickWeighted(Rng &rng, const T *items, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += items[i].weight;
    int roll = int(rng.below(quint32(total)));
    for (int i = 0; i < count; ++i) {
        roll -= items[i].weight;
        if (roll < 0)
            return i;
    }
    return count - 1;
}

void appendNumber(QByteArray &out, quint32 value)
{
    char buf[12];
    int n = 0;
    do {
        buf[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        out.append(buf[--n]);
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

QByteArray lowered(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = lowerAscii(text[i]);
    return out;
}

} // namespace

Directory::Directory(quint64 seed, int count)
    : m_seed(seed)
    , m_ids(seed)
{
    generate(std::clamp(count, 0, maxUsers));
}

void Directory::generate(int count)
{
    using namespace NameTables;
    m_people.resize(size_t(count));

    // Logins are "first.last" (or "family.given") in ASCII plus a counter when taken. Equal
    // ASCII forms from different tables ("Chloe", "Chloé") share one key, so the counter
    // makes every login unique.
    QHash<QByteArray, quint16> canonical;
    auto canonicalId = [&canonical](const char *ascii) {
        const QByteArray key(ascii);
        auto it = canonical.find(key);
        if (it == canonical.end())
            it = canonical.insert(key, quint16(canonical.size()));
        return it.value();
    };
    std::vector<quint16> firstCanon(static_cast<size_t>(firstNameCount()));
    std::vector<quint16> lastCanon(static_cast<size_t>(lastNameCount()));
    for (int i = 0; i < firstNameCount(); ++i)
        firstCanon[size_t(i)] = canonicalId(firstNames()[i].ascii);
    for (int i = 0; i < lastNameCount(); ++i)
        lastCanon[size_t(i)] = canonicalId(lastNames()[i].ascii);
    QHash<quint32, quint16> taken;
    taken.reserve(30000);

    for (int i = 0; i < count; ++i) {
        Rng rng(mix64(m_seed * 0x9E3779B97F4A7C15ULL + quint64(i)));
        Person &p = m_people[size_t(i)];
        const int c = pickWeighted(rng, cultures(), cultureCount());
        const Culture &culture = cultures()[c];
        p.culture = quint8(c);
        p.first = quint16(
            culture.firstBegin + int(rng.below(quint32(culture.firstEnd - culture.firstBegin))));
        p.last = quint16(
            culture.lastBegin + int(rng.below(quint32(culture.lastEnd - culture.lastBegin))));
        p.department = quint8(rng.below(quint32(departmentCount())));
        p.title = quint8(rng.below(quint32(titleCount())));
        p.source = quint8(pickWeighted(rng, sources(), sourceCount()));
        quint8 flags = 0;
        if (rng.chance(80))
            flags |= Disabled;
        if (rng.chance(20))
            flags |= Locked;
        const quint32 rsaRoll = rng.below(1000);
        if (rsaRoll < 10)
            flags |= RsaMarkDeleted;
        else if (rsaRoll < 20)
            flags |= RsaSyncDisabled;
        if (rng.chance(850))
            flags |= HasEntitlements;
        if (rng.chance(5))
            flags |= Uncorrelated;
        p.flags = flags;
        p.reserved = 0;
        const qint64 span = historyEnd - historyStart;
        p.created = quint32(historyStart + qint64(rng.below(quint32(span - 86400))));
        p.modified =
            quint32(p.created + qint64(rng.below(quint32(historyEnd - qint64(p.created)))));

        const quint16 a = culture.familyNameFirst ? lastCanon[p.last] : firstCanon[p.first];
        const quint16 b = culture.familyNameFirst ? firstCanon[p.first] : lastCanon[p.last];
        quint16 &seen = taken[(quint32(a) << 16) | b];
        p.dup = seen; // 0 for the first holder of a name, then 1, 2, ...
        ++seen;
    }
}

const char *Directory::firstName(int index) const
{
    return NameTables::firstNames()[person(index).first].display;
}

const char *Directory::lastName(int index) const
{
    return NameTables::lastNames()[person(index).last].display;
}

const char *Directory::department(int index) const
{
    return NameTables::departments()[person(index).department];
}

const char *Directory::title(int index) const
{
    return NameTables::titles()[person(index).title];
}

const NameTables::Source &Directory::source(int index) const
{
    return NameTables::sources()[person(index).source];
}

QByteArray Directory::sourceId(int sourceIndex) const
{
    return m_ids.hex32(IdKind::Source, quint32(sourceIndex));
}

void Directory::appendLogin(QByteArray &out, int index) const
{
    const Person &p = person(index);
    const char *first = NameTables::firstNames()[p.first].ascii;
    const char *last = NameTables::lastNames()[p.last].ascii;
    if (NameTables::cultures()[p.culture].familyNameFirst)
        std::swap(first, last);
    out.append(first);
    out.append('.');
    out.append(last);
    if (p.dup)
        appendNumber(out, p.dup);
}

void Directory::appendEmail(QByteArray &out, int index) const
{
    appendLogin(out, index);
    out.append('@');
    out.append(emailDomain);
}

void Directory::appendDisplayName(QByteArray &out, int index) const
{
    const Person &p = person(index);
    const char *first = NameTables::firstNames()[p.first].display;
    const char *last = NameTables::lastNames()[p.last].display;
    if (NameTables::cultures()[p.culture].familyNameFirst)
        std::swap(first, last);
    out.append(first);
    out.append(' ');
    out.append(last);
}

void Directory::appendEmployeeNumber(QByteArray &out, int index) const
{
    appendNumber(out, quint32(employeeNumberBase + index));
}

void Directory::appendNativeIdentity(QByteArray &out, int index) const
{
    switch (source(index).nativeIdentity) {
    case NameTables::Source::NativeIdentity::Login:
        appendLogin(out, index);
        break;
    case NameTables::Source::NativeIdentity::EmployeeNumber:
        appendEmployeeNumber(out, index);
        break;
    case NameTables::Source::NativeIdentity::Email:
        appendEmail(out, index);
        break;
    }
}

QByteArray Directory::login(int index) const
{
    QByteArray out;
    out.reserve(32);
    appendLogin(out, index);
    return out;
}

QByteArray Directory::email(int index) const
{
    QByteArray out;
    out.reserve(48);
    appendEmail(out, index);
    return out;
}

QByteArray Directory::displayName(int index) const
{
    QByteArray out;
    out.reserve(32);
    appendDisplayName(out, index);
    return out;
}

QByteArray Directory::nativeIdentity(int index) const
{
    QByteArray out;
    out.reserve(48);
    appendNativeIdentity(out, index);
    return out;
}

quint64 Directory::hashLogin(QByteArrayView lowerLogin)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a, then mixed
    for (const char c : lowerLogin) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

void Directory::buildLoginIndex() const
{
    if (!m_loginIndex.empty() || m_people.empty())
        return;
    m_loginIndex.resize(m_people.size());
    QByteArray buf;
    buf.reserve(64);
    for (int i = 0; i < size(); ++i) {
        buf.resize(0);
        appendLogin(buf, i);
        m_loginIndex[size_t(i)] = {hashLogin(buf), quint32(i)};
    }
    std::sort(m_loginIndex.begin(), m_loginIndex.end());
}

int Directory::findByLoginIgnoreCase(QByteArrayView login) const
{
    buildLoginIndex();
    const QByteArray lower = lowered(login);
    const quint64 h = hashLogin(lower);
    auto it = std::lower_bound(
        m_loginIndex.begin(), m_loginIndex.end(), std::pair<quint64, quint32>(h, 0));
    QByteArray buf;
    for (; it != m_loginIndex.end() && it->first == h; ++it) {
        buf.resize(0);
        appendLogin(buf, int(it->second));
        if (buf == lower)
            return int(it->second);
    }
    return -1;
}

int Directory::findByLogin(QByteArrayView login) const
{
    const int index = findByLoginIgnoreCase(login);
    if (index < 0 || this->login(index) != login)
        return -1;
    return index;
}

int Directory::findByEmail(QByteArrayView email) const
{
    const qsizetype at = email.lastIndexOf('@');
    if (at <= 0)
        return -1;
    if (lowered(email.sliced(at + 1)) != emailDomain)
        return -1;
    return findByLoginIgnoreCase(email.first(at));
}

int Directory::findByEmployeeNumber(QByteArrayView number) const
{
    if (number.isEmpty() || number.size() > 9 || number[0] == '0')
        return -1;
    qint64 value = 0;
    for (const char c : number) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    const qint64 index = value - employeeNumberBase;
    if (index < 0 || index >= size())
        return -1;
    if (source(int(index)).nativeIdentity != NameTables::Source::NativeIdentity::EmployeeNumber)
        return -1;
    return int(index);
}

int Directory::findByNativeIdentity(QByteArrayView value) const
{
    using Kind = NameTables::Source::NativeIdentity;
    int index = findByEmployeeNumber(value);
    if (index >= 0)
        return index;
    index = findByEmail(value);
    if (index >= 0 && source(index).nativeIdentity == Kind::Email)
        return index;
    index = findByLoginIgnoreCase(value);
    if (index >= 0 && source(index).nativeIdentity == Kind::Login)
        return index;
    return -1;
}

} // namespace Gatehouse::Sandbox
