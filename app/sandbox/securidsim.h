// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "sandbox/providersim.h"

namespace Gatehouse::Sandbox {

class JsonWriter;

// RSA SecurID Cloud Administration API: POST /AdminInterface/restapi/v1/users/lookup (by
// email or username) and PUT .../v1/users/{id}/userStatus. Every request carries a bearer
// RS256 JWT made from the admin API key file the sandbox wrote; it is verified against the
// public half of the sandbox's key, with RSA's claim rules (sub, aud verbatim, iat/exp,
// lifetime <= 1 h, 60 s skew). Failures are Spring-style 403s; other errors {code,
// description}.
class SecurIdSim final : public ProviderSim
{
public:
    explicit SecurIdSim(SandboxState &state);

    static bool ownsPath(const QString &path);
    static constexpr qint64 maxLifetimeSeconds = 3600;
    static constexpr qint64 clockSkewSeconds = 60;

    ProviderKind kind() const override { return ProviderKind::SecurId; }
    int targetUser(const SimRequest &request) const override;
    SimResponse handle(const SimRequest &request, const HandleOptions &options) override;
    SimResponse errorResponse(int status, const QString &message) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;

    // Checks the bearer JWT at `nowSeconds`; false with the 403 in `error`.
    bool verifyToken(const SimRequest &request, qint64 nowSeconds, SimResponse *error) const;

    static SimResponse codeError(int status, const QString &description);
    SimResponse forbidden(const SimRequest &request, const QString &message) const;

    // The key file's JSON (RSA's format): customerName, accessID, accessKey, adminRestApiUrl,
    // description.
    QByteArray keyFileJson() const;

private:
    struct Route
    {
        enum class Type
        {
            NotFound,
            Lookup,
            UserStatus
        };
        Type type = Type::NotFound;
        QString userId;
    };
    static Route route(const SimRequest &request);
    int userIndex(const QString &id) const;
    SimResponse lookup(const SimRequest &request);
    SimResponse userStatus(const SimRequest &request, const Route &route);
    void writeUser(JsonWriter &w, int index) const;
};

} // namespace Gatehouse::Sandbox
