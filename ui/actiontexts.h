// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QKeySequence;

namespace Gatehouse {

// The texts of an action where it shows without its menu: toolbar buttons and tooltips. Qt
// drops only the '&' of a mnemonic there, which leaves "禁用(D)" from a translation that marks
// it the CJK way, "禁用(&D)".
class ActionTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ActionTexts)

public:
    // The text without its mnemonic: "&Disable" -> "Disable", "禁用(&D)" -> "禁用",
    // "管理配置文件(&M)…" -> "管理配置文件…", "Save && &Close" -> "Save & Close".
    static QString withoutMnemonic(const QString &text);
    // "Disable (Ctrl+D)"; the plain text when there is no shortcut.
    static QString toolTip(const QString &text, const QKeySequence &shortcut);
    // Derives the action's icon text (what a toolbar button shows) and its tooltip from its
    // text and shortcut, now and whenever they change. Call it before giving the action an
    // icon text or tooltip of its own: one set later is kept.
    static void follow(QAction *action);
};

} // namespace Gatehouse
