// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/popupmenu.h"

#include <QAbstractScrollArea>
#include <QMenu>

namespace Gatehouse::PopupMenu {

void install(QWidget *widget)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        widget, &QWidget::customContextMenuRequested, widget, [widget](const QPoint &pos) {
            if (widget->actions().isEmpty())
                return;
            // Scroll areas report positions in their viewport.
            auto *area = qobject_cast<QAbstractScrollArea *>(widget);
            const QWidget *origin = area ? area->viewport() : widget;
            auto *menu = new QMenu(widget);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->addActions(widget->actions());
            menu->popup(origin->mapToGlobal(pos));
        });
}

} // namespace Gatehouse::PopupMenu
