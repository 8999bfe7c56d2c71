// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Gatehouse::UiStyle {

// Whether the palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

// Colours for status text that stay readable on the palette's base and window colours, light
// or dark.
QColor errorColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
QColor infoColor(const QPalette &palette);
// A background tinted towards accent: for banners.
QColor tinted(const QPalette &palette, const QColor &accent, qreal amount = 0.14);
// Secondary text (hints, empty states).
QColor mutedText(const QPalette &palette);

// Text escaped for a rich-text label, in a colour.
QString coloured(const QString &plainText, const QColor &color);

} // namespace Gatehouse::UiStyle
