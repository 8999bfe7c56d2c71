// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/gatehouseresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function in the current namespace, so it must run outside ours.
static void initGatehouseQrc()
{
    Q_INIT_RESOURCE(gatehouse);
}

namespace Gatehouse {

void initGatehouseResources()
{
    initGatehouseQrc();
}

QString iconPath(Icon icon)
{
    switch (icon) {
    case Icon::App:
        return QStringLiteral(":/icons/app/gatehouse.svg");
    case Icon::StateEnabled:
        return QStringLiteral(":/icons/state/enabled.svg");
    case Icon::StateDisabled:
        return QStringLiteral(":/icons/state/disabled.svg");
    case Icon::StateLocked:
        return QStringLiteral(":/icons/state/locked.svg");
    case Icon::StatePending:
        return QStringLiteral(":/icons/state/pending.svg");
    case Icon::StateUnknown:
        return QStringLiteral(":/icons/state/unknown.svg");
    case Icon::Enable:
        return QStringLiteral(":/icons/actions/enable.svg");
    case Icon::Disable:
        return QStringLiteral(":/icons/actions/disable.svg");
    case Icon::Unlock:
        return QStringLiteral(":/icons/actions/unlock.svg");
    case Icon::Refresh:
        return QStringLiteral(":/icons/actions/refresh.svg");
    case Icon::Search:
        return QStringLiteral(":/icons/actions/search.svg");
    case Icon::ExportCsv:
        return QStringLiteral(":/icons/actions/export-csv.svg");
    case Icon::Profiles:
        return QStringLiteral(":/icons/actions/profiles.svg");
    case Icon::TaskMonitor:
        return QStringLiteral(":/icons/actions/tasks.svg");
    case Icon::Cancel:
        return QStringLiteral(":/icons/actions/cancel.svg");
    case Icon::Retry:
        return QStringLiteral(":/icons/actions/retry.svg");
    case Icon::Copy:
        return QStringLiteral(":/icons/actions/copy.svg");
    case Icon::Filter:
        return QStringLiteral(":/icons/actions/filter.svg");
    case Icon::Columns:
        return QStringLiteral(":/icons/actions/columns.svg");
    case Icon::About:
        return QStringLiteral(":/icons/actions/about.svg");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Gatehouse
