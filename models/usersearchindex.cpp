// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usersearchindex.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <QString>

#include "models/userrowstore.h"

namespace Gatehouse {

namespace {

constexpr size_t maxFieldBytes = 0xFFFF;
constexpr char fieldSeparator = '\n'; // never part of a term: terms are split on whitespace

bool isSeparatorCodePoint(char32_t c)
{
    return c < 0x20 || c == 0x7F || QChar::isSpace(c);
}

// The general path: NFKD, drop non-spacing marks (diacritics), fold case, sharp s as "ss".
void appendFoldedSlow(QStringView text, std::string *out)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        if (c == 0x00DF || c == 0x1E9E)
            kept += QLatin1String("ss");
        else if (isSeparatorCodePoint(c))
            kept += QLatin1Char(' ');
        else if (QChar::requiresSurrogates(c))
            kept += QString::fromUcs4(&c, 1);
        else
            kept += QChar(char16_t(c));
    }
    out->append(kept.toCaseFolded().toStdString());
}

// Latin-1 characters folded once, so Western European names skip the slow path.
struct Latin1Table
{
    Latin1Table()
    {
        for (int c = 0; c < 256; ++c) {
            std::string folded;
            const QChar ch(c);
            appendFoldedSlow(QStringView(&ch, 1), &folded);
            entries[size_t(c)] = folded;
        }
    }
    std::array<std::string, 256> entries;
};

const Latin1Table &latin1Table()
{
    static const Latin1Table table;
    return table;
}

// Substring search tuned for short needles in short haystacks: find the needle's first byte
// with memchr, then compare the rest.
bool contains(std::string_view haystack, std::string_view needle)
{
    const size_t n = needle.size();
    if (n == 0)
        return true;
    if (n > haystack.size())
        return false;
    const char first = needle[0];
    const char *p = haystack.data();
    const char *const last = haystack.data() + haystack.size() - n; // last start position
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, first, size_t(last - p) + 1));
        if (!p)
            return false;
        if (std::memcmp(p + 1, needle.data() + 1, n - 1) == 0)
            return true;
        ++p;
    }
    return false;
}

} // namespace

void UserSearchIndex::appendFolded(QStringView text, std::string *out)
{
    bool latin1 = true;
    for (const QChar ch : text) {
        if (ch.unicode() > 0xFF) {
            latin1 = false;
            break;
        }
    }
    if (!latin1) {
        appendFoldedSlow(text, out);
        return;
    }
    const Latin1Table &table = latin1Table();
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            char b = char(c);
            if (b >= 'A' && b <= 'Z')
                b = char(b + ('a' - 'A'));
            else if (c < 0x20 || c == 0x7F)
                b = ' ';
            out->push_back(b);
        } else {
            out->append(table.entries[c]);
        }
    }
}

std::string UserSearchIndex::folded(QStringView text)
{
    std::string out;
    appendFolded(text, &out);
    return out;
}

UserSearchIndex::Terms UserSearchIndex::terms(QStringView typed)
{
    Terms result;
    const std::string all = folded(typed);
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find(' ', start);
        if (end == std::string::npos)
            end = all.size();
        if (end > start)
            result.emplace_back(all, start, end - start);
        start = end + 1;
    }
    // Longest first: the most selective term is tried first, and a term inside another term
    // is redundant.
    std::stable_sort(result.begin(), result.end(),
        [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
    Terms kept;
    for (const std::string &term : result) {
        const bool redundant = std::any_of(kept.begin(), kept.end(),
            [&](const std::string &k) { return k.find(term) != std::string::npos; });
        if (!redundant)
            kept.push_back(term);
    }
    return kept;
}

bool UserSearchIndex::narrows(const Terms &narrower, const Terms &wider)
{
    return std::all_of(wider.begin(), wider.end(), [&](const std::string &w) {
        return std::any_of(narrower.begin(), narrower.end(),
            [&](const std::string &n) { return n.find(w) != std::string::npos; });
    });
}

void UserSearchIndex::clear()
{
    m_spans = {};
    m_text = {};
    m_sources.clear();
}

void UserSearchIndex::append(const UserRowStore &store, int first, int last)
{
    Q_ASSERT(first == size());
    syncSources(store);
    m_spans.reserve(size_t(last) + 1);
    for (int row = first; row <= last; ++row)
        m_spans.push_back(appendRowText(store, row));
}

bool UserSearchIndex::refresh(const UserRowStore &store, int row)
{
    syncSources(store);
    const std::string before(text(row));
    // Fold at the end of the buffer; keep it there only if it differs. The old bytes become
    // garbage, as rows rarely change their text.
    const size_t end = m_text.size();
    const Span span = appendRowText(store, row);
    if (std::string_view(m_text.data() + span.offset, m_text.size() - span.offset) == before) {
        m_text.resize(end);
        return false;
    }
    m_spans[size_t(row)] = span;
    return true;
}

UserSearchIndex::Span UserSearchIndex::appendRowText(const UserRowStore &store, int row)
{
    Span span;
    span.offset = quint32(m_text.size());
    const auto add = [this](QStringView value) {
        const size_t start = m_text.size();
        appendFolded(value, &m_text);
        if (m_text.size() - start > maxFieldBytes)
            m_text.resize(start + maxFieldBytes);
        return quint16(m_text.size() - start);
    };
    span.nameLength = add(store.displayName(row));
    m_text.push_back(fieldSeparator);
    span.loginLength = add(store.login(row));
    m_text.push_back(fieldSeparator);
    span.emailLength = add(store.email(row));
    return span;
}

void UserSearchIndex::syncSources(const UserRowStore &store)
{
    for (int id = int(m_sources.size()); id < store.sourceCount(); ++id)
        m_sources.push_back(folded(store.sourceName(id)));
}

std::string_view UserSearchIndex::text(int row) const
{
    const Span &span = m_spans[size_t(row)];
    return std::string_view(m_text.data() + span.offset,
        size_t(span.nameLength) + span.loginLength + span.emailLength + 2);
}

std::string_view UserSearchIndex::field(int row, Field field) const
{
    const Span &span = m_spans[size_t(row)];
    const char *base = m_text.data() + span.offset;
    switch (field) {
    case NameField:
        return std::string_view(base, span.nameLength);
    case LoginField:
        return std::string_view(base + span.nameLength + 1, span.loginLength);
    case EmailField:
        return std::string_view(base + span.nameLength + span.loginLength + 2, span.emailLength);
    }
    return std::string_view();
}

UserSearchIndex::Matcher UserSearchIndex::matcher(const Terms &terms) const
{
    Matcher m;
    m.m_terms = terms;
    for (const std::string &term : terms) {
        std::vector<bool> hits(m_sources.size(), false);
        bool any = false;
        for (size_t id = 0; id < m_sources.size(); ++id) {
            hits[id] = contains(m_sources[id], term);
            any = any || hits[id];
        }
        m.m_sourceHits.push_back(std::move(hits));
        m.m_anySourceHit.push_back(any);
    }
    return m;
}

bool UserSearchIndex::matchesText(const Matcher &matcher, int row, int sourceId) const
{
    const std::string_view haystack = text(row);
    for (size_t t = 0; t < matcher.m_terms.size(); ++t) {
        if (matcher.m_anySourceHit[t] && size_t(sourceId) < matcher.m_sourceHits[t].size()
            && matcher.m_sourceHits[t][size_t(sourceId)])
            continue;
        if (!contains(haystack, matcher.m_terms[t]))
            return false;
    }
    return true;
}

bool UserSearchIndex::matches(const Matcher &matcher, const UserRowStore &store, int row) const
{
    return matcher.isEmpty() || matchesText(matcher, row, store.sourceId(row));
}

void UserSearchIndex::filter(const Matcher &matcher, const UserRowStore &store,
    const std::vector<quint32> &rows, std::vector<quint32> *out) const
{
    const bool anySource =
        std::find(matcher.m_anySourceHit.begin(), matcher.m_anySourceHit.end(), true)
        != matcher.m_anySourceHit.end();
    for (const quint32 row : rows) {
        // The source id is only looked up when some source matches a term.
        if (matchesText(matcher, int(row), anySource ? store.sourceId(int(row)) : 0))
            out->push_back(row);
    }
}

void UserSearchIndex::filterRange(const Matcher &matcher, const UserRowStore &store, int first,
    int last, std::vector<quint32> *out) const
{
    const bool anySource =
        std::find(matcher.m_anySourceHit.begin(), matcher.m_anySourceHit.end(), true)
        != matcher.m_anySourceHit.end();
    for (int row = first; row <= last; ++row) {
        if (matchesText(matcher, row, anySource ? store.sourceId(row) : 0))
            out->push_back(quint32(row));
    }
}

qint64 UserSearchIndex::allocatedBytes() const
{
    return qint64(m_spans.capacity() * sizeof(Span) + m_text.capacity());
}

} // namespace Gatehouse
