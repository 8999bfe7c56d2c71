// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTextStream>

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
    Gatehouse::MainWindow window;
    window.show();
    return app.exec();
}
