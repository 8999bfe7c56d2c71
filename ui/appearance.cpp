// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance.h"

#include <memory>

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include "core/qtcompat.h"
#include "ui/uistyle.h"

namespace Gatehouse {

namespace {

const QString settingsKey = QStringLiteral("ui/colorScheme");

void setGroupColor(QPalette &palette, QPalette::ColorRole role, const QColor &color,
    const QColor &disabled = QColor())
{
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    palette.setColor(QPalette::Disabled, role, disabled.isValid() ? disabled : color);
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
{
    if (QApplication::style())
        m_systemStyle = QApplication::style()->name();
#if GATEHOUSE_HAS_COLOR_SCHEME
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this]() {
        if (m_scheme == Scheme::System)
            apply();
    });
#endif
}

Appearance::~Appearance() = default;

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme && m_applied == (scheme != Scheme::System))
        return;
    m_scheme = scheme;
    QSettings().setValue(settingsKey, schemeName(scheme));
    apply();
    emit schemeChanged(scheme);
}

void Appearance::restore()
{
    const QString name = QSettings().value(settingsKey).toString();
    m_scheme = Scheme::System;
    for (const Scheme scheme : {Scheme::Light, Scheme::Dark}) {
        if (name == schemeName(scheme))
            m_scheme = scheme;
    }
    apply();
}

bool Appearance::isDark() const
{
    return UiStyle::isDark(QApplication::palette());
}

void Appearance::apply()
{
    Scheme wanted = m_scheme;
#if GATEHOUSE_HAS_COLOR_SCHEME
    if (wanted == Scheme::System) {
        // The platform palette usually follows the system; force ours only where it does not.
        const Qt::ColorScheme system = QGuiApplication::styleHints()->colorScheme();
        const bool platformDark = UiStyle::isDark(QApplication::style()->standardPalette());
        if (system == Qt::ColorScheme::Dark && !platformDark)
            wanted = Scheme::Dark;
    }
#endif
    if (wanted == Scheme::System) {
        if (!m_applied)
            return;
        if (!m_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_applied = false;
        return;
    }
    // Fusion honours every palette role on every platform.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(wanted == Scheme::Dark ? darkPalette() : lightPalette());
    m_applied = true;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x6f, 0x73, 0x7a);
    setGroupColor(p, QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    setGroupColor(p, QPalette::WindowText, text, disabledText);
    setGroupColor(p, QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    setGroupColor(p, QPalette::AlternateBase, QColor(0x25, 0x27, 0x2a));
    setGroupColor(p, QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    setGroupColor(p, QPalette::ToolTipText, text);
    setGroupColor(p, QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    setGroupColor(p, QPalette::Text, text, disabledText);
    setGroupColor(p, QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    setGroupColor(p, QPalette::ButtonText, text, disabledText);
    setGroupColor(p, QPalette::BrightText, QColor(0xff, 0x87, 0x87));
    setGroupColor(p, QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    setGroupColor(p, QPalette::Midlight, QColor(0x3f, 0x42, 0x46));
    setGroupColor(p, QPalette::Mid, QColor(0x30, 0x32, 0x36));
    setGroupColor(p, QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    setGroupColor(p, QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    setGroupColor(p, QPalette::Highlight, QColor(0x2f, 0x65, 0xca), QColor(0x3a, 0x3d, 0x41));
    setGroupColor(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabledText);
    setGroupColor(p, QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    setGroupColor(p, QPalette::LinkVisited, QColor(0xb1, 0x8c, 0xf2));
    return p;
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    setGroupColor(p, QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    setGroupColor(p, QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    setGroupColor(p, QPalette::Highlight, QColor(0x2f, 0x65, 0xca), QColor(0xdd, 0xe0, 0xe4));
    setGroupColor(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return p;
}

QString Appearance::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::System:
        return QStringLiteral("system");
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    }
    return QString();
}

} // namespace Gatehouse
