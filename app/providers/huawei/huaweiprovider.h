// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/providerbase.h"

namespace Gatehouse {

// Huawei Cloud IAM Identity Center, identity store users API, signed with AK/SK
// (SDK-HMAC-SHA256). Enable and disable are synchronous (200, empty body).
class HuaweiProvider final : public ProviderBase
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100; // the API's maximum

    HuaweiProvider(
        const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);

    ProviderKind kind() const override { return ProviderKind::Huawei; }
    ProviderCapabilities capabilities() const override;

    PendingCall *listUsers(const UserQuery &query, const QString &pageToken, QObject *context,
        ResultHandler<UserPage> done) override;
    PendingCall *getUser(
        const UserKey &key, QObject *context, ResultHandler<UserRecord> done) override;
    PendingCall *changeState(UserAction action, const UserKey &key, QObject *context,
        ResultHandler<ActionOutcome> done) override;
    PendingCall *testConnection(QObject *context, ResultHandler<Done> done) override;

private:
    QString usersPath() const;
};

} // namespace Gatehouse
