// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/displaywidth.h"

#include <iterator>

#include <QChar>

namespace Gatehouse {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Width W and F blocks (Unicode UAX #11) that table cells meet: CJK, kana, Hangul,
// Yi, fullwidth forms and the supplementary ideograph planes. Sorted, for the binary search.
constexpr Range wideRanges[] = {
    {0x1100, 0x115F}, // Hangul Jamo leading consonants
    {0x2329, 0x232A}, // angle brackets
    {0x2E80, 0x303E}, // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    {0x3041, 0x33FF}, // kana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, CJK compatibility
    {0x3400, 0x4DBF}, // CJK extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo extended A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60}, // fullwidth ASCII and punctuation
    {0xFFE0, 0xFFE6}, // fullwidth signs
    {0x16FE0, 0x16FE4}, // ideographic symbols
    {0x17000, 0x18CFF}, // Tangut, Khitan
    {0x1B000, 0x1B2FF}, // kana supplement and extensions, Nushu
    {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
    {0x20000, 0x2FFFD}, // supplementary ideographic plane (CJK extensions B-F)
    {0x30000, 0x3FFFD}, // tertiary ideographic plane
};

bool isWide(char32_t codePoint)
{
    int low = 0;
    int high = int(std::size(wideRanges)) - 1;
    while (low <= high) {
        const int middle = (low + high) / 2;
        if (codePoint < wideRanges[middle].first)
            high = middle - 1;
        else if (codePoint > wideRanges[middle].last)
            low = middle + 1;
        else
            return true;
    }
    return false;
}

const QChar ellipsis(0x2026);

// The code point at text[*index], advancing *index past it (two units for a surrogate pair;
// a lone surrogate counts as itself).
char32_t nextCodePoint(QStringView text, qsizetype *index)
{
    const QChar unit = text.at(*index);
    ++*index;
    if (unit.isHighSurrogate() && *index < text.size() && text.at(*index).isLowSurrogate()) {
        const QChar low = text.at(*index);
        ++*index;
        return QChar::surrogateToUcs4(unit, low);
    }
    return unit.unicode();
}

} // namespace

int codePointWidth(char32_t codePoint)
{
    if (codePoint < 0x7F)
        return codePoint >= 0x20 ? 1 : 0;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    return isWide(codePoint) ? 2 : 1;
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size();)
        width += codePointWidth(nextCodePoint(text, &i));
    return width;
}

QString elideToWidth(QStringView text, int width)
{
    if (width <= 0)
        return QString();
    if (displayWidth(text) <= width)
        return text.toString();
    const int room = width - 1; // one column for the ellipsis
    int used = 0;
    qsizetype end = 0;
    for (qsizetype i = 0; i < text.size();) {
        used += codePointWidth(nextCodePoint(text, &i));
        if (used > room)
            break;
        end = i;
    }
    return text.first(end).toString() + ellipsis;
}

QString padToWidth(const QString &text, int width)
{
    const int missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

} // namespace Gatehouse
