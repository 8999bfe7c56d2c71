// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

#include "core/userrecord.h"
#include "resources/gatehouseresources.h"
#include "tasks/actionrecord.h"

namespace Gatehouse::UiIcons {

// The embedded SVG icon, loaded once. SVGs render at the device pixel ratio, so they stay
// crisp on high-DPI screens.
QIcon icon(Icon which);
// The same icon greyed out (skipped, cancelled).
QIcon muted(Icon which);
// The state column's icon: pending wins, then locked, then the state.
QIcon userState(UserRecord::State state, bool locked, bool pending);
// The task monitor's icon for an action state.
QIcon actionState(ActionState state);
QIcon action(UserAction action);

} // namespace Gatehouse::UiIcons
