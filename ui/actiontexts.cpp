// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actiontexts.h"

#include <memory>

#include <QAction>
#include <QKeySequence>
#include <QRegularExpression>

namespace Gatehouse {

QString ActionTexts::withoutMnemonic(const QString &text)
{
    // Chinese, Japanese and Korean translations append the key in brackets, "禁用(&D)",
    // before any ellipsis or colon: removing only the '&' would leave "(D)".
    static const QRegularExpression cjkMnemonic(
        QStringLiteral(R"(\s*[(（]&[^\s&()（）][)）](?=(?:…|\.\.\.)?[:：]?\s*$))"));
    QString stripped = text;
    stripped.remove(cjkMnemonic);
    QString plain;
    plain.reserve(stripped.size());
    for (qsizetype i = 0; i < stripped.size(); ++i) {
        if (stripped.at(i) != u'&') {
            plain += stripped.at(i);
        } else if (i + 1 < stripped.size() && stripped.at(i + 1) == u'&') {
            plain += u'&'; // "&&" is a literal ampersand
            ++i;
        }
    }
    return plain;
}

QString ActionTexts::toolTip(const QString &text, const QKeySequence &shortcut)
{
    const QString plain = withoutMnemonic(text);
    if (plain.isEmpty() || shortcut.isEmpty())
        return plain;
    //: Tooltip of a toolbar button, its shortcut in brackets: "Disable (Ctrl+D)"
    return tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText));
}

void ActionTexts::follow(QAction *action)
{
    // What was derived last. A value that differs from it was set on purpose and stays; the
    // values the action has now are replaced.
    struct Derived
    {
        QString iconText;
        QString toolTip;
    };
    auto derived = std::make_shared<Derived>(Derived{action->iconText(), action->toolTip()});
    const auto update = [action, derived]() {
        const QString iconText = withoutMnemonic(action->text());
        const QString tip = toolTip(action->text(), action->shortcut());
        const bool deriveIconText = action->iconText() == derived->iconText;
        const bool deriveToolTip = action->toolTip() == derived->toolTip;
        // Recorded before setting: a setter that changes something emits changed(), which
        // comes back here. Set even when the getter already returns the value: until then it
        // is Qt's fallback from the text, which would not follow the next text.
        if (deriveIconText)
            derived->iconText = iconText;
        if (deriveToolTip)
            derived->toolTip = tip;
        if (deriveIconText)
            action->setIconText(iconText);
        if (deriveToolTip)
            action->setToolTip(tip);
    };
    update();
    QObject::connect(action, &QAction::changed, action, update);
}

} // namespace Gatehouse
