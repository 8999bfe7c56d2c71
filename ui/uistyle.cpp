// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uistyle.h"

namespace Gatehouse::UiStyle {

namespace {

QColor pick(const QPalette &palette, const char *light, const char *dark)
{
    return QColor(QLatin1String(isDark(palette) ? dark : light));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF()
        < palette.color(QPalette::WindowText).lightnessF();
}

QColor errorColor(const QPalette &palette)
{
    return pick(palette, "#c92a2a", "#ff8787");
}

QColor warningColor(const QPalette &palette)
{
    return pick(palette, "#a35200", "#ffc078");
}

QColor successColor(const QPalette &palette)
{
    return pick(palette, "#2b8a3e", "#8ce99a");
}

QColor infoColor(const QPalette &palette)
{
    return pick(palette, "#1864ab", "#74c0fc");
}

QColor tinted(const QPalette &palette, const QColor &accent, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(base.redF() * keep + accent.redF() * amount),
        float(base.greenF() * keep + accent.greenF() * amount),
        float(base.blueF() * keep + accent.blueF() * amount));
}

QColor mutedText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QString coloured(const QString &plainText, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(color.name(), plainText.toHtmlEscaped());
}

} // namespace Gatehouse::UiStyle
