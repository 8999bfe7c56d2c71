// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/securidkeyfile.h"
#include "providers/providerbase.h"

namespace Gatehouse {

// RSA SecurID Cloud Access Service, Cloud Administration API with a legacy admin API key
// (self-signed RS256 JWT). It cannot list users: lookups by e-mail or user name only.
class SecurIdProvider final : public ProviderBase
{
    Q_OBJECT

public:
    // Fails when the key file is broken (the error names what is wrong).
    static Result<SecurIdProvider *> create(
        const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent);

    ProviderKind kind() const override { return ProviderKind::SecurId; }
    ProviderCapabilities capabilities() const override;

    PendingCall *listUsers(const UserQuery &query, const QString &pageToken, QObject *context,
        ResultHandler<UserPage> done) override;
    PendingCall *getUser(
        const UserKey &key, QObject *context, ResultHandler<UserRecord> done) override;
    PendingCall *changeState(UserAction action, const UserKey &key, QObject *context,
        ResultHandler<ActionOutcome> done) override;
    PendingCall *testConnection(QObject *context, ResultHandler<Done> done) override;

private:
    SecurIdProvider(const ProviderConfig &config, const SecurIdKeyFile &keyFile,
        QNetworkAccessManager *nam, QObject *parent);
    // POST users/lookup by e-mail (text with '@') or user name; 404 = no such user.
    PendingCall *lookup(
        const QString &text, const QString &field, QObject *context, ResultHandler<UserPage> done);
};

} // namespace Gatehouse
