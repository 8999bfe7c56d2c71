// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/userrecord.h"

namespace Gatehouse {

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::SailPoint:
        return QStringLiteral("sailpoint");
    case ProviderKind::Huawei:
        return QStringLiteral("huawei");
    case ProviderKind::SecurId:
        return QStringLiteral("rsa");
    }
    return QString();
}

bool providerKindFromName(const QString &name, ProviderKind *kind)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("sailpoint"))
        *kind = ProviderKind::SailPoint;
    else if (n == QLatin1String("huawei"))
        *kind = ProviderKind::Huawei;
    else if (n == QLatin1String("rsa") || n == QLatin1String("securid"))
        *kind = ProviderKind::SecurId;
    else
        return false;
    return true;
}

QString providerKindTitle(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::SailPoint:
        return UserRecord::tr("SailPoint Identity Security Cloud");
    case ProviderKind::Huawei:
        return UserRecord::tr("Huawei Cloud IAM Identity Center");
    case ProviderKind::SecurId:
        return UserRecord::tr("RSA SecurID Cloud Access Service");
    }
    return QString();
}

QString userActionName(UserAction action)
{
    switch (action) {
    case UserAction::Enable:
        return QStringLiteral("enable");
    case UserAction::Disable:
        return QStringLiteral("disable");
    case UserAction::Unlock:
        return QStringLiteral("unlock");
    }
    return QString();
}

bool userActionFromName(const QString &name, UserAction *action)
{
    if (name == QLatin1String("enable"))
        *action = UserAction::Enable;
    else if (name == QLatin1String("disable"))
        *action = UserAction::Disable;
    else if (name == QLatin1String("unlock"))
        *action = UserAction::Unlock;
    else
        return false;
    return true;
}

bool UserRecord::isInTargetState(UserAction action) const
{
    switch (action) {
    case UserAction::Enable:
        return state == State::Enabled;
    case UserAction::Disable:
        return state == State::Disabled;
    case UserAction::Unlock:
        return !locked;
    }
    return false;
}

QString UserRecord::stateName(State state)
{
    switch (state) {
    case State::Enabled:
        return QStringLiteral("enabled");
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

UserRecord::State UserRecord::stateFromName(const QString &name)
{
    if (name == QLatin1String("enabled"))
        return State::Enabled;
    if (name == QLatin1String("disabled"))
        return State::Disabled;
    return State::Unknown;
}

QString UserRecord::stateText() const
{
    switch (state) {
    case State::Enabled:
        return locked ? tr("Locked") : tr("Enabled");
    case State::Disabled:
        return locked ? tr("Disabled, locked") : tr("Disabled");
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace Gatehouse
