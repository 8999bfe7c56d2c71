// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/providerbase.h"

namespace Gatehouse {

class OAuth2ClientCredentials;
class PageReadAhead;

// SailPoint Identity Security Cloud (v3 accounts, beta task-status). Actions are asynchronous:
// enable/disable/unlock answer 202 with a task id that taskStatus() follows. SailPoint counts
// its rate limit per API version, so polling (beta) does not eat into actions (v3).
class SailPointProvider final : public ProviderBase
{
    Q_OBJECT

public:
    static constexpr int pageSize = 250; // the API's maximum

    SailPointProvider(
        const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);

    ProviderKind kind() const override { return ProviderKind::SailPoint; }
    ProviderCapabilities capabilities() const override;

    PendingCall *listUsers(const UserQuery &query, const QString &pageToken, QObject *context,
        ResultHandler<UserPage> done) override;
    PendingCall *getUser(
        const UserKey &key, QObject *context, ResultHandler<UserRecord> done) override;
    PendingCall *changeState(UserAction action, const UserKey &key, QObject *context,
        ResultHandler<ActionOutcome> done) override;
    PendingCall *taskStatus(
        const QString &taskId, QObject *context, ResultHandler<TaskStatus> done) override;
    PendingCall *testConnection(QObject *context, ResultHandler<Done> done) override;

private:
    static ApiRequest pageRequest(const UserQuery &query, int offset, bool wantTotal);
    static QString listingKey(const UserQuery &query);
    void readAheadFrom(const UserQuery &query, qint64 offset);

    ApiClient *m_tokenClient;
    OAuth2ClientCredentials *m_credentials;
    PageReadAhead *m_readAhead;
};

} // namespace Gatehouse
