// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "sandbox/providersim.h"

namespace Gatehouse::Sandbox {

class JsonWriter;

// Huawei Cloud IAM Identity Center, identity store users under
// /v1/identity-stores/{identity_store_id}/users: list (limit 1-100, 24-character marker,
// user_name = exact, case-sensitive match), show, enable, disable (200, empty body). Every
// request's SDK-HMAC-SHA256 signature is recomputed from what was received; a temporary AK
// needs its X-Security-Token, signed. Errors are {error_code, error_msg, request_id} with the
// X-Request-Id header; gateway errors use APIGW codes (see verify()).
class HuaweiSim final : public ProviderSim
{
public:
    explicit HuaweiSim(SandboxState &state);

    static bool ownsPath(const QString &path);

    ProviderKind kind() const override { return ProviderKind::Huawei; }
    int targetUser(const SimRequest &request) const override;
    SimResponse handle(const SimRequest &request, const HandleOptions &options) override;
    SimResponse errorResponse(int status, const QString &message) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;

    // The signature check on its own: the index of the matching credential, or -1 with
    // `error` set to the gateway's 401. `nowMs` is the server's wall clock (epoch ms).
    int verify(const SimRequest &request, qint64 nowMs, SimResponse *error) const;

    static SimResponse error(int status, const QByteArray &code, const QString &message);
    static QByteArray codeFor(int status);

private:
    struct Route
    {
        enum class Type
        {
            NotFound,
            List,
            Show,
            Enable,
            Disable
        };
        Type type = Type::NotFound;
        QString storeId;
        QString userId;
        QByteArray method;
    };

    static Route route(const SimRequest &request);
    SimResponse handleRoute(const SimRequest &request);
    int userIndex(const QString &userId) const;
    SimResponse list(const SimRequest &request);
    SimResponse show(int index) const;
    SimResponse change(int index, bool enable, int credential);
    void writeUser(JsonWriter &w, int index) const;
};

} // namespace Gatehouse::Sandbox
