// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/profileconnector.h"

#include <memory>

#include <QPointer>

#include "profiles/credentialstore.h"
#include "providers/identityprovider.h"
#include "providers/providerfactory.h"

namespace Gatehouse::ProfileConnector {

namespace {

void storeSecret(ProviderConfig &config, const QString &name, const QByteArray &value)
{
    if (name == SecretName::ClientSecret)
        config.clientSecret = value;
    else if (name == SecretName::SecretKey)
        config.secretKey = value;
    else if (name == SecretName::SecurityToken)
        config.securityToken = value;
    else if (name == SecretName::KeyFile)
        config.keyFile = value;
}

// Reads the remaining secrets one after the other, then creates the provider.
struct Opening
{
    ProviderConfig config;
    QStringList pending;
    QPointer<CredentialStore> credentials;
    QUuid profileId;
    QString profileName;
    QNetworkAccessManager *nam = nullptr;
    QPointer<QObject> parent;
    QPointer<QObject> context;
    OpenCallback done;
};

void step(const std::shared_ptr<Opening> &opening)
{
    if (!opening->context)
        return;
    if (opening->pending.isEmpty()) {
        opening->done(createProvider(opening->config, opening->nam, opening->parent));
        return;
    }
    if (!opening->credentials) {
        opening->done(ApiError(ApiError::Kind::Config, ApiError::tr("No credential store.")));
        return;
    }
    const QString name = opening->pending.takeFirst();
    opening->credentials->readSecret(opening->profileId, name, opening->context,
        [opening, name](const Result<QByteArray> &secret) {
            if (!secret) {
                ApiError error = secret.error();
                error.setMessage(
                    ApiError::tr("Profile '%1': %2").arg(opening->profileName, error.message()));
                opening->done(error);
                return;
            }
            storeSecret(opening->config, name, secret.value());
            step(opening);
        });
}

} // namespace

ProviderConfig configFor(const Profile &profile)
{
    ProviderConfig config;
    config.kind = profile.provider;
    config.baseUrl = profile.effectiveBaseUrl();
    config.caBundlePath = profile.caBundlePath;
    if (profile.rateLimit.isValid()) {
        config.rateLimit = profile.rateLimit.requests;
        config.rateWindowMs = profile.rateLimit.windowSeconds * 1000;
    }
    config.clientId = profile.clientId;
    config.identityStoreId = profile.identityStoreId;
    config.accessKey = profile.accessKey;
    return config;
}

void open(const Profile &profile, CredentialStore *credentials, QNetworkAccessManager *nam,
    QObject *parent, QObject *context, OpenCallback done, int transferTimeoutMs)
{
    auto opening = std::make_shared<Opening>();
    opening->config = configFor(profile);
    if (transferTimeoutMs > 0)
        opening->config.transferTimeoutMs = transferTimeoutMs;
    opening->pending = profile.secretNames();
    opening->credentials = credentials;
    opening->profileId = profile.id;
    opening->profileName = profile.name;
    opening->nam = nam;
    opening->parent = parent;
    opening->context = context;
    opening->done = std::move(done);
    step(opening);
}

} // namespace Gatehouse::ProfileConnector
