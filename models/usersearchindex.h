// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <QStringView>

namespace Gatehouse {

class UserRowStore;

// The searchable text of every row, folded once so that filtering is a plain byte search:
// display name, login and e-mail per row in one contiguous UTF-8 buffer, case-folded, with
// compatibility forms unified and diacritics removed ("Zhāng" -> "zhang", "Straße" ->
// "strasse"). Source names are folded once per distinct source.
//
// Large scans run over the whole buffer at once (SIMD on x86-64) instead of row by row, and
// a 64-bit mask of the characters of each row answers one-letter terms and rejects rows that
// lack a letter of the term without reading their text.
class UserSearchIndex final
{
public:
    using Terms = std::vector<std::string>;

    // Fields of a row's text, in buffer order.
    enum Field
    {
        NameField,
        LoginField,
        EmailField
    };

    // The folded form of text (see the class comment); whitespace and control characters
    // become ' '.
    static std::string folded(QStringView text);
    static void appendFolded(QStringView text, std::string *out);
    // The terms of what the user typed: split on whitespace, folded, without duplicates or
    // terms contained in another term, longest first. Every term must match.
    static Terms terms(QStringView typed);
    // Whether every row matching `narrower` also matches `wider`.
    static bool narrows(const Terms &narrower, const Terms &wider);

    // Terms prepared for matching.
    class Matcher
    {
    public:
        bool isEmpty() const { return m_terms.empty(); }
        const Terms &terms() const { return m_terms; }

    private:
        friend class UserSearchIndex;
        Terms m_terms;
        std::vector<quint64> m_masks; // per term: the character bits it needs
        std::vector<bool> m_exactByMask; // per term: one character the mask knows exactly
        std::vector<std::vector<quint8>> m_sourceHits; // per term, per source id
        std::vector<bool> m_anySourceHit; // per term
    };

    void clear();
    int size() const { return static_cast<int>(m_spans.size()); }
    // Indexes rows [first, last] of store; first must be size().
    void append(const UserRowStore &store, int first, int last);
    // Re-folds a row whose text may have changed; returns whether its folded text changed.
    bool refresh(const UserRowStore &store, int row);

    std::string_view text(int row) const;
    std::string_view field(int row, Field field) const;
    // The folded source name (sources are folded as they appear).
    const std::string &sourceText(int sourceId) const { return m_sources[size_t(sourceId)]; }

    Matcher matcher(const Terms &terms) const;
    bool matches(const Matcher &matcher, const UserRowStore &store, int row) const;
    // Appends to out the rows among `rows` (ascending) that match.
    void filter(const Matcher &matcher, const UserRowStore &store, const std::vector<quint32> &rows,
        std::vector<quint32> *out) const;
    // Appends to out every row in [first, last] that matches.
    void filterRange(const Matcher &matcher, const UserRowStore &store, int first, int last,
        std::vector<quint32> *out) const;

    qint64 allocatedBytes() const;

private:
    struct Span
    {
        quint32 offset = 0;
        quint16 nameLength = 0;
        quint16 loginLength = 0;
        quint16 emailLength = 0;
        quint16 source = 0; // the source id, or noSource when it does not fit
    };
    static constexpr quint16 noSource = 0xFFFF;

    Span appendRowText(const UserRowStore &store, int row);
    void syncSources(const UserRowStore &store);
    int sourceOf(const UserRowStore &store, int row) const;
    bool isMoved(int row) const { return !m_moved.empty() && m_moved[size_t(row)]; }
    size_t textEnd(int row) const;
    bool matchesTerm(const Matcher &matcher, size_t term, int row, int sourceId) const;
    bool matchesRow(
        const Matcher &matcher, const UserRowStore &store, int row, size_t skipTerm) const;
    // Rows in [first, last] whose text or source matches term t, ascending.
    void scanTerm(const Matcher &matcher, const UserRowStore &store, size_t term, int first,
        int last, std::vector<quint32> *out) const;
    void scanTermInParallel(const Matcher &matcher, const UserRowStore &store, size_t term,
        int first, int last, std::vector<quint32> *out) const;

    std::vector<Span> m_spans;
    std::vector<quint64> m_masks; // per row: which characters occur in its text
    std::string m_text; // each row's text, then '\n'
    std::vector<std::string> m_sources;
    // Rows whose text was re-folded to the end of the buffer (their old place is blanked).
    std::vector<bool> m_moved;
    std::vector<quint32> m_movedRows;
};

} // namespace Gatehouse
