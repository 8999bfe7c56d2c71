// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gatehouse {

// Every icon in gatehouse.qrc. The drawings use fixed mid-tone colours that read on light and
// dark palettes alike, so there are no -dark variants.
enum class Icon
{
    App,
    StateEnabled,
    StateDisabled,
    StateLocked,
    StatePending,
    StateUnknown,
    Enable,
    Disable,
    Unlock,
    Refresh,
    Search,
    ExportCsv,
    Profiles,
    TaskMonitor,
    Cancel,
    Retry,
    Copy,
    Filter,
    Columns,
    About, // stays last: iconCount counts up to it
};
inline constexpr int iconCount = int(Icon::About) + 1;

// Registers the embedded icons (":/icons/..."). gatehouse_resources is a static library, so
// the linker drops the resource unless something references it: call this once in main()
// before the first icon is loaded. Translations ("/i18n") register themselves.
void initGatehouseResources();

// Resource path of an icon, for example ":/icons/state/enabled.svg". Loading it as a QIcon
// needs the Qt SVG icon engine plugin at run time.
QString iconPath(Icon icon);

} // namespace Gatehouse
