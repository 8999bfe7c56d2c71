// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include "core/version.h"
#include "resources/gatehouseresources.h"
#include "resources/translations.h"
#include "ui/mainwindow.h"

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "gatehouse " << GATEHOUSE_VERSION << '\n';
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    // Wayland matches the window to the .desktop file (and its icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(GATEHOUSE_APP_ID));
    Gatehouse::initGatehouseResources();
    Gatehouse::installTranslations(app);
    // The installed hicolor icon has pixel-tuned small sizes; the embedded SVG is the fallback.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(GATEHOUSE_APP_ID), QIcon(Gatehouse::iconPath(Gatehouse::Icon::App))));
    Gatehouse::MainWindow window;
    window.show();
    return app.exec();
}
