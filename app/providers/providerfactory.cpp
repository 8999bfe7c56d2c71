// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/providerfactory.h"

#include "net/apiclient.h"
#include "providers/huawei/huaweiprovider.h"
#include "providers/sailpoint/sailpointprovider.h"
#include "providers/securid/securidprovider.h"

namespace Gatehouse {

Result<IdentityProvider *> createProvider(
    const ProviderConfig &config, QNetworkAccessManager *nam, QObject *parent)
{
    if (config.kind != ProviderKind::SecurId || !config.baseUrl.isEmpty()) {
        const ApiError urlError = ApiClient::checkUrl(config.baseUrl);
        if (urlError.isError())
            return urlError;
    }
    switch (config.kind) {
    case ProviderKind::SailPoint:
        return static_cast<IdentityProvider *>(new SailPointProvider(config, nam, parent));
    case ProviderKind::Huawei:
        return static_cast<IdentityProvider *>(new HuaweiProvider(config, nam, parent));
    case ProviderKind::SecurId: {
        Result<SecurIdProvider *> provider = SecurIdProvider::create(config, nam, parent);
        if (!provider)
            return provider.error();
        return static_cast<IdentityProvider *>(provider.value());
    }
    }
    return ApiError(ApiError::Kind::Config, QStringLiteral("unknown provider"));
}

} // namespace Gatehouse
