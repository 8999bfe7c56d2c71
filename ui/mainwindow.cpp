// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

namespace Gatehouse {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Gatehouse"));
    resize(1200, 760);
}

} // namespace Gatehouse
