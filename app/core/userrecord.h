// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Gatehouse {

enum class ProviderKind
{
    SailPoint,
    Huawei,
    SecurId
};

// Stable lower-case names used in profiles, the CLI and JSON: "sailpoint", "huawei", "rsa".
QString providerKindName(ProviderKind kind);
bool providerKindFromName(const QString &name, ProviderKind *kind);
// Human name ("SailPoint Identity Security Cloud").
QString providerKindTitle(ProviderKind kind);

// What an operator can do to an account.
enum class UserAction
{
    Enable,
    Disable,
    Unlock
};
QString userActionName(UserAction action); // "enable", "disable", "unlock"
bool userActionFromName(const QString &name, UserAction *action);

// One person's account on a provider, mapped from the provider's own shape.
struct UserRecord
{
    Q_DECLARE_TR_FUNCTIONS(UserRecord)

public:
    enum class State : quint8
    {
        Unknown,
        Enabled,
        Disabled
    };

    QString id; // the id the provider's action endpoints take
    QString login; // SailPoint nativeIdentity/name, Huawei user_name, RSA principal username
    QString displayName;
    QString email;
    QString source; // SailPoint sourceName, Huawei identity store, RSA identity source
    State state = State::Unknown;
    bool locked = false; // SailPoint locked, RSA any factor locked
    QDateTime modified; // UTC, invalid when the provider does not say
    QJsonObject raw; // every attribute as the provider sent it

    bool isEnabled() const { return state == State::Enabled; }
    // Whether the record already is in the state the action leads to.
    bool isInTargetState(UserAction action) const;

    static QString stateName(State state); // "enabled", "disabled", "unknown"
    static State stateFromName(const QString &name);
    // Translated text for the state column: "Enabled", "Disabled", "Locked", "Disabled, locked".
    QString stateText() const;
};

} // namespace Gatehouse
