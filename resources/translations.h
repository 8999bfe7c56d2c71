// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Gatehouse {

// Installs on app the translators for locale: Gatehouse's own catalogue, embedded at ":/i18n",
// and Qt's qtbase catalogue where Qt's translations folder has one (dialog buttons, shortcuts).
// English, the source language, needs no catalogue. Call once, after the application object
// exists and before the first tr(). The translators are children of app.
// Returns true if Gatehouse's catalogue for locale was found and installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace Gatehouse
