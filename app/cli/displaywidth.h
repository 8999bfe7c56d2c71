// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Gatehouse {

// Terminal columns a character takes: 2 for East Asian Wide and Fullwidth characters (CJK
// ideographs and punctuation, kana, Hangul, fullwidth forms, the supplementary ideograph
// planes), 0 for combining marks and invisible format characters, 1 otherwise.
int codePointWidth(char32_t codePoint);

// Terminal columns text takes (surrogate pairs count as the one character they encode).
int displayWidth(QStringView text);

// text cut to at most `width` columns: if it does not fit, as much as fits with room for a
// trailing ellipsis. A wide character never straddles the cut.
QString elideToWidth(QStringView text, int width);

// text followed by spaces up to `width` columns (unchanged if it is already wider).
QString padToWidth(const QString &text, int width);

} // namespace Gatehouse
