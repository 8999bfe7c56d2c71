// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usersearchindex.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>

#include <QString>
#include <QThread>
#include <QtAlgorithms>

#include "models/userrowstore.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Gatehouse {

namespace {

constexpr size_t maxFieldBytes = 0xFFFF;
constexpr char fieldSeparator = '\n'; // never part of a term: terms are split on whitespace
// Below this many rows a scan goes row by row; above it, over the whole buffer.
constexpr int bulkScanRows = 4096;
// Scans of at least twice this many rows are split over threads.
constexpr int parallelScanRows = 100000;
constexpr int maxScanThreads = 4;

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

bool equalFrom(const char *text, std::string_view needle, size_t from)
{
    for (size_t i = from; i < needle.size(); ++i) {
        if (text[i] != needle[i])
            return false;
    }
    return true;
}

// The first position in [from, end) of buffer where needle starts, or npos. Compares the
// needle's first and last bytes at 16 positions at once where SSE2 exists (every x86-64).
size_t find(const char *buffer, size_t from, size_t end, std::string_view needle)
{
    const size_t n = needle.size();
    if (n == 0)
        return from <= end ? from : std::string_view::npos;
    if (from + n > end)
        return std::string_view::npos;
    if (n == 1) {
        const void *p = std::memchr(buffer + from, needle[0], end - from);
        return p ? size_t(static_cast<const char *>(p) - buffer) : std::string_view::npos;
    }
    size_t i = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[n - 1]);
    // Both 16-byte loads stay below end.
    for (; i + n - 1 + 16 <= end; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(buffer + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(buffer + i + n - 1));
        auto mask = uint(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask) {
            const uint bit = qCountTrailingZeroBits(mask);
            if (equalFrom(buffer + i + bit, needle, 1))
                return i + bit;
            mask &= mask - 1;
        }
    }
    // The tail, shorter than a block.
    for (; i + n <= end; ++i) {
        if (buffer[i] == needle[0] && buffer[i + n - 1] == needle[n - 1]
            && equalFrom(buffer + i, needle, 1))
            return i;
    }
#else
    for (; i + n <= end; ++i) {
        const void *p = std::memchr(buffer + i, needle[0], end - n + 1 - i);
        if (!p)
            return std::string_view::npos;
        i = size_t(static_cast<const char *>(p) - buffer);
        if (equalFrom(buffer + i, needle, 1))
            return i;
    }
#endif
    return std::string_view::npos;
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return find(haystack.data(), 0, haystack.size(), needle) != std::string_view::npos;
}

// The bit of a byte in a row's character mask: letters and digits own a bit, other bytes
// share a few. '\n' (the field separator) has none.
quint64 charBit(uchar c)
{
    if (c >= 'a' && c <= 'z')
        return quint64(1) << (c - 'a');
    if (c >= '0' && c <= '9')
        return quint64(1) << (26 + c - '0');
    if (c == '\n')
        return 0;
    if (c < 0x80)
        return quint64(1) << (36 + c % 12);
    return quint64(1) << (48 + c % 16);
}

bool hasOwnBit(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

quint64 maskOf(std::string_view text)
{
    quint64 mask = 0;
    for (const char c : text)
        mask |= charBit(uchar(c));
    return mask;
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
    m_masks = {};
    m_text = {};
    m_sources.clear();
    m_moved = {};
    m_movedRows = {};
}

void UserSearchIndex::append(const UserRowStore &store, int first, int last)
{
    Q_ASSERT(first == size());
    syncSources(store);
    // Geometric growth: pages of 250 rows must not reallocate a million spans each time.
    if (size_t(last) + 1 > m_spans.capacity()) {
        const size_t capacity = std::max(size_t(last) + 1, m_spans.capacity() * 2);
        m_spans.reserve(capacity);
        m_masks.reserve(capacity);
    }
    for (int row = first; row <= last; ++row) {
        const Span span = appendRowText(store, row);
        m_spans.push_back(span);
        m_masks.push_back(
            maskOf(std::string_view(m_text.data() + span.offset, m_text.size() - span.offset)));
    }
    if (!m_moved.empty())
        m_moved.resize(m_spans.size(), false);
}

bool UserSearchIndex::refresh(const UserRowStore &store, int row)
{
    syncSources(store);
    const auto r = size_t(row);
    Span &old = m_spans[r];
    const size_t oldStart = old.offset;
    const size_t oldEnd = textEnd(row) + 1; // with the terminator
    // Fold at the end of the buffer, then see where it goes.
    const size_t end = m_text.size();
    const Span fresh = appendRowText(store, row);
    const std::string_view freshText(m_text.data() + fresh.offset, m_text.size() - end - 1);
    if (freshText == text(row)) {
        m_text.resize(end);
        old.source = fresh.source;
        return false;
    }
    m_masks[r] = maskOf(freshText);
    if (freshText.size() + 1 <= oldEnd - oldStart) {
        // Fits in place; the rest of the old place becomes separators, which match nothing.
        std::copy(freshText.begin(), freshText.end(), m_text.begin() + qsizetype(oldStart));
        std::fill(m_text.begin() + qsizetype(oldStart + freshText.size()),
            m_text.begin() + qsizetype(oldEnd), fieldSeparator);
        m_text.resize(end);
        Span span = fresh;
        span.offset = quint32(oldStart);
        old = span;
        return true;
    }
    // Too long: it stays at the end of the buffer, out of row order.
    std::fill(
        m_text.begin() + qsizetype(oldStart), m_text.begin() + qsizetype(oldEnd), fieldSeparator);
    old = fresh;
    if (m_moved.empty())
        m_moved.resize(m_spans.size(), false);
    if (!m_moved[r]) {
        m_moved[r] = true;
        m_movedRows.insert(
            std::lower_bound(m_movedRows.begin(), m_movedRows.end(), quint32(row)), quint32(row));
    }
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
    m_text.push_back(fieldSeparator); // ends the row: no term spans two rows
    const int source = store.sourceId(row);
    span.source = source < noSource ? quint16(source) : noSource;
    return span;
}

void UserSearchIndex::syncSources(const UserRowStore &store)
{
    for (int id = int(m_sources.size()); id < store.sourceCount(); ++id)
        m_sources.push_back(folded(store.sourceName(id)));
}

int UserSearchIndex::sourceOf(const UserRowStore &store, int row) const
{
    const quint16 source = m_spans[size_t(row)].source;
    return source != noSource ? source : store.sourceId(row);
}

size_t UserSearchIndex::textEnd(int row) const
{
    const Span &span = m_spans[size_t(row)];
    return size_t(span.offset) + span.nameLength + span.loginLength + span.emailLength + 2;
}

std::string_view UserSearchIndex::text(int row) const
{
    const Span &span = m_spans[size_t(row)];
    return std::string_view(m_text.data() + span.offset, textEnd(row) - span.offset);
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
        m.m_masks.push_back(maskOf(term));
        m.m_exactByMask.push_back(term.size() == 1 && hasOwnBit(uchar(term[0])));
        std::vector<quint8> hits(m_sources.size(), 0);
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

bool UserSearchIndex::matchesTerm(const Matcher &matcher, size_t term, int row, int sourceId) const
{
    if (matcher.m_anySourceHit[term] && size_t(sourceId) < matcher.m_sourceHits[term].size()
        && matcher.m_sourceHits[term][size_t(sourceId)])
        return true;
    const quint64 needed = matcher.m_masks[term];
    if ((m_masks[size_t(row)] & needed) != needed)
        return false;
    return matcher.m_exactByMask[term] || contains(text(row), matcher.m_terms[term]);
}

bool UserSearchIndex::matchesRow(
    const Matcher &matcher, const UserRowStore &store, int row, size_t skipTerm) const
{
    int sourceId = -1;
    for (size_t t = 0; t < matcher.m_terms.size(); ++t) {
        if (t == skipTerm)
            continue;
        if (sourceId < 0 && matcher.m_anySourceHit[t])
            sourceId = sourceOf(store, row);
        if (!matchesTerm(matcher, t, row, sourceId))
            return false;
    }
    return true;
}

bool UserSearchIndex::matches(const Matcher &matcher, const UserRowStore &store, int row) const
{
    return matcher.isEmpty() || matchesRow(matcher, store, row, size_t(-1));
}

void UserSearchIndex::scanTerm(const Matcher &matcher, const UserRowStore &store, size_t term,
    int first, int last, std::vector<quint32> *out) const
{
    const bool sources = matcher.m_anySourceHit[term];
    const auto sourceMatches = [&](int row) {
        const int id = sourceOf(store, row);
        return size_t(id) < matcher.m_sourceHits[term].size()
            && matcher.m_sourceHits[term][size_t(id)];
    };
    if (matcher.m_exactByMask[term]) {
        // One letter or digit: the masks alone know.
        const quint64 needed = matcher.m_masks[term];
        for (int row = first; row <= last; ++row) {
            if ((m_masks[size_t(row)] & needed) || (sources && sourceMatches(row)))
                out->push_back(quint32(row));
        }
        return;
    }
    // Walk the rows in order alongside the hits of one search over the buffer; rows whose
    // text moved out of order are checked one by one.
    const std::string_view needle = matcher.m_terms[term];
    const size_t limit =
        last + 1 < size() && !isMoved(last + 1) ? m_spans[size_t(last) + 1].offset : m_text.size();
    size_t hit = 0;
    bool found = false;
    bool exhausted = false;
    for (int row = first; row <= last; ++row) {
        if (isMoved(row)) {
            if (matchesTerm(matcher, term, row, sources ? sourceOf(store, row) : 0))
                out->push_back(quint32(row));
            continue;
        }
        const size_t begin = m_spans[size_t(row)].offset;
        if (!exhausted && (!found || hit < begin)) {
            hit = find(m_text.data(), begin, limit, needle);
            found = true;
            exhausted = hit == std::string_view::npos;
        }
        if (!exhausted && hit < textEnd(row))
            out->push_back(quint32(row));
        else if (sources && sourceMatches(row))
            out->push_back(quint32(row));
    }
}

void UserSearchIndex::scanTermInParallel(const Matcher &matcher, const UserRowStore &store,
    size_t term, int first, int last, std::vector<quint32> *out) const
{
    // Fork-join over a few threads for the longest scans (the first keystrokes over a
    // million rows); the index is only read meanwhile.
    const int rows = last - first + 1;
    const int threads =
        std::min({QThread::idealThreadCount(), maxScanThreads, rows / parallelScanRows});
    if (threads < 2) {
        scanTerm(matcher, store, term, first, last, out);
        return;
    }
    std::vector<std::vector<quint32>> parts(size_t(threads - 1));
    std::vector<std::thread> workers;
    const auto chunkFirst = [&](int chunk) { return first + int(qint64(rows) * chunk / threads); };
    for (int chunk = 1; chunk < threads; ++chunk) {
        workers.emplace_back([&, chunk] {
            scanTerm(matcher, store, term, chunkFirst(chunk), chunkFirst(chunk + 1) - 1,
                &parts[size_t(chunk - 1)]);
        });
    }
    scanTerm(matcher, store, term, first, chunkFirst(1) - 1, out);
    for (std::thread &worker : workers)
        worker.join();
    for (const std::vector<quint32> &part : parts)
        out->insert(out->end(), part.begin(), part.end());
}

void UserSearchIndex::filterRange(const Matcher &matcher, const UserRowStore &store, int first,
    int last, std::vector<quint32> *out) const
{
    if (first > last)
        return;
    if (matcher.isEmpty()) {
        for (int row = first; row <= last; ++row)
            out->push_back(quint32(row));
        return;
    }
    if (last - first + 1 < bulkScanRows) {
        for (int row = first; row <= last; ++row) {
            if (matchesRow(matcher, store, row, size_t(-1)))
                out->push_back(quint32(row));
        }
        return;
    }
    // The first term is the longest, usually the most selective: scan for it, check the rest.
    if (matcher.m_terms.size() == 1) {
        scanTermInParallel(matcher, store, 0, first, last, out);
        return;
    }
    std::vector<quint32> candidates;
    scanTermInParallel(matcher, store, 0, first, last, &candidates);
    for (const quint32 row : candidates) {
        if (matchesRow(matcher, store, int(row), 0))
            out->push_back(row);
    }
}

void UserSearchIndex::filter(const Matcher &matcher, const UserRowStore &store,
    const std::vector<quint32> &rows, std::vector<quint32> *out) const
{
    if (rows.empty())
        return;
    const bool dense = rows.size() >= size_t(bulkScanRows) && rows.size() * 8 >= m_spans.size();
    if (!dense || matcher.isEmpty()) {
        for (const quint32 row : rows) {
            if (matcher.isEmpty() || matchesRow(matcher, store, int(row), size_t(-1)))
                out->push_back(row);
        }
        return;
    }
    // Most rows are candidates: one scan over their range, intersected with them.
    std::vector<quint32> scanned;
    scanTermInParallel(matcher, store, 0, int(rows.front()), int(rows.back()), &scanned);
    auto candidate = rows.begin();
    for (const quint32 row : scanned) {
        // Both ascending and dense: a linear merge.
        while (candidate != rows.end() && *candidate < row)
            ++candidate;
        if (candidate == rows.end())
            break;
        if (*candidate == row
            && (matcher.m_terms.size() == 1 || matchesRow(matcher, store, int(row), 0)))
            out->push_back(row);
    }
}

qint64 UserSearchIndex::allocatedBytes() const
{
    return qint64(m_spans.capacity() * sizeof(Span) + m_masks.capacity() * sizeof(quint64)
        + m_text.capacity() + m_moved.capacity() / 8 + m_movedRows.capacity() * sizeof(quint32));
}

} // namespace Gatehouse
