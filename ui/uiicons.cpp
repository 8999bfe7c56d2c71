// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uiicons.h"

#include <array>

namespace Gatehouse::UiIcons {

QIcon icon(Icon which)
{
    // QIcon is implicitly shared: one loaded instance per icon serves every view.
    static std::array<QIcon, iconCount> cache;
    QIcon &cached = cache[size_t(which)];
    if (cached.isNull())
        cached = QIcon(iconPath(which));
    return cached;
}

QIcon muted(Icon which)
{
    static std::array<QIcon, iconCount> cache;
    QIcon &cached = cache[size_t(which)];
    if (cached.isNull()) {
        // The style's disabled rendering (greyed out), at the sizes views ask for.
        const QIcon source = icon(which);
        for (const int size : {16, 20, 24, 32, 48, 64})
            cached.addPixmap(source.pixmap(QSize(size, size), QIcon::Disabled));
    }
    return cached;
}

QIcon userState(UserRecord::State state, bool locked, bool pending)
{
    if (pending)
        return icon(Icon::StatePending);
    if (locked)
        return icon(Icon::StateLocked);
    switch (state) {
    case UserRecord::State::Enabled:
        return icon(Icon::StateEnabled);
    case UserRecord::State::Disabled:
        return icon(Icon::StateDisabled);
    case UserRecord::State::Unknown:
        break;
    }
    return icon(Icon::StateUnknown);
}

QIcon actionState(ActionState state)
{
    switch (outcomeBucket(state)) {
    case OutcomeBucket::Pending:
        return icon(Icon::StatePending);
    case OutcomeBucket::Succeeded:
        return icon(Icon::StateEnabled);
    case OutcomeBucket::Failed:
        return icon(Icon::Cancel);
    case OutcomeBucket::Unknown:
        return icon(Icon::StateUnknown);
    case OutcomeBucket::Skipped:
    case OutcomeBucket::Cancelled:
        return muted(Icon::Cancel);
    }
    return icon(Icon::StateUnknown);
}

QIcon action(UserAction action)
{
    switch (action) {
    case UserAction::Enable:
        return icon(Icon::Enable);
    case UserAction::Disable:
        return icon(Icon::Disable);
    case UserAction::Unlock:
        return icon(Icon::Unlock);
    }
    return QIcon();
}

} // namespace Gatehouse::UiIcons
