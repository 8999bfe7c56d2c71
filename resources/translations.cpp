// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Gatehouse {

namespace {

// The operator's UI languages, most preferred first, as catalogue suffixes ("zh_CN"). English is
// the source language: preferring it ends the list, or an "English, then Chinese" operator
// would get Chinese just because no English catalogue exists.
QStringList catalogueLanguages(const QLocale &locale)
{
    QStringList languages;
    for (const QString &language : locale.uiLanguages()) {
        if (QLocale(language).language() == QLocale::English)
            break;
        languages.append(QString(language).replace(u'-', u'_'));
    }
    return languages;
}

// QTranslator::load(file, dir) also tries the file name cut at each '_' (zh_CN, then zh), so
// a zh_TW operator is not handed the zh_CN catalogue.
bool installCatalogue(QCoreApplication &app, const QStringList &languages, const QString &name,
    const QString &directory)
{
    for (const QString &language : languages) {
        auto *translator = new QTranslator(&app);
        if (translator->load(name + u'_' + language, directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QStringList languages = catalogueLanguages(locale);
    installCatalogue(app, languages, QStringLiteral("qtbase"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installCatalogue(app, languages, QStringLiteral("gatehouse"), QStringLiteral(":/i18n"));
}

} // namespace Gatehouse
