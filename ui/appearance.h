// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace Gatehouse {

// Light or dark: follows the system by default, or is forced by the operator (View >
// Appearance), remembered in the settings. Where Qt reports the system's colour scheme
// (6.5+) and the platform palette does not follow it (no platform theme), the matching
// palette is applied.
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    enum class Scheme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Scheme)

    explicit Appearance(QObject *parent = nullptr);
    ~Appearance() override;

    Scheme scheme() const { return m_scheme; }
    // Applies and remembers the scheme.
    void setScheme(Scheme scheme);
    // Applies the remembered scheme (at start-up).
    void restore();
    // Whether dark colours are in use now.
    bool isDark() const;

    static QPalette darkPalette();
    static QPalette lightPalette();
    static QString schemeName(Scheme scheme);

signals:
    void schemeChanged(Gatehouse::Appearance::Scheme scheme);

private:
    void apply();

    Scheme m_scheme = Scheme::System;
    QString m_systemStyle; // the style before a scheme was forced
    bool m_applied = false; // our palette is installed
};

} // namespace Gatehouse
