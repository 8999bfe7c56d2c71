// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QPointer>
#include <QString>

#include "auth/requestsigner.h"
#include "core/clock.h"

namespace Gatehouse {

class ApiClient;

// SailPoint ISC: OAuth2 client-credentials grant (POST /oauth/token). The access token is
// cached until shortly before expires_in; concurrent prepare() calls share one token request;
// a 401 from the API drops the token so the retry fetches a new one.
class OAuth2ClientCredentials final : public RequestSigner
{
    Q_OBJECT

public:
    // tokenClient sends unsigned requests to the tenant's API host (where /oauth/token lives).
    OAuth2ClientCredentials(ApiClient *tokenClient, QString clientId, QByteArray clientSecret,
        const Clock *clock = Clock::system(), QObject *parent = nullptr);

    void prepare(QObject *context, std::function<void(const ApiError &)> done) override;
    void sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) override;
    bool isCredentialRejection(int httpStatus) const override { return httpStatus == 401; }
    void invalidate() override;

    bool hasValidToken() const;

private:
    void requestToken();
    void complete(const ApiError &error);

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> done;
    };

    QPointer<ApiClient> m_tokenClient;
    QString m_clientId;
    QByteArray m_clientSecret;
    const Clock *m_clock;
    QByteArray m_token;
    qint64 m_refreshAtMs = 0; // monotonic
    bool m_requesting = false;
    std::vector<Waiter> m_waiters;
};

} // namespace Gatehouse
