// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Gatehouse::PopupMenu {

// Makes the widget's actions its context menu, shown with QMenu::popup() (Qt's built-in
// ActionsContextMenu runs QMenu::exec(), a nested event loop).
void install(QWidget *widget);

} // namespace Gatehouse::PopupMenu
