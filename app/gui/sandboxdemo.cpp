// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sandboxdemo.h"

#include <QJsonValue>

#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "profiles/rsakeyfile.h"

namespace Gatehouse {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

ApiError missing(const char *what)
{
    return ApiError(ApiError::Kind::Config,
        SandboxDemo::tr("The sandbox did not say its %1.").arg(QLatin1String(what)));
}

} // namespace

Result<QVector<Profile>> SandboxDemo::profiles(const QJsonObject &readyInfo)
{
    const QJsonObject sailPoint = readyInfo.value(QLatin1String("sailpoint")).toObject();
    const QJsonObject huawei = readyInfo.value(QLatin1String("huawei")).toObject();
    const QJsonObject securId = readyInfo.value(QLatin1String("securid")).toObject();
    if (text(sailPoint, "baseUrl").isEmpty() || text(sailPoint, "clientId").isEmpty())
        return missing("SailPoint endpoint");
    if (text(huawei, "baseUrl").isEmpty() || text(huawei, "accessKey").isEmpty())
        return missing("Huawei endpoint");
    if (text(securId, "keyFile").isEmpty())
        return missing("RSA key file");

    Profile sp = Profile::create(ProviderKind::SailPoint, tr("Sandbox SailPoint"));
    sp.baseUrl = QUrl(text(sailPoint, "baseUrl"));
    sp.clientId = text(sailPoint, "clientId");

    Profile hw = Profile::create(ProviderKind::Huawei, tr("Sandbox Huawei Cloud"));
    hw.baseUrl = QUrl(text(huawei, "baseUrl"));
    hw.region = text(huawei, "region");
    hw.identityStoreId = text(huawei, "identityStoreId");
    hw.accessKey = text(huawei, "accessKey");

    Profile rsa = Profile::create(ProviderKind::SecurId, tr("Sandbox RSA SecurID"));
    const Result<RsaKeyFile> key = RsaKeyFile::load(text(securId, "keyFile"));
    if (!key)
        return key.error();
    key->applyTo(&rsa);
    const QUrl rsaBase(text(securId, "baseUrl"));
    if (rsaBase.isValid() && rsaBase != rsa.effectiveBaseUrl())
        rsa.baseUrl = rsaBase;

    return QVector<Profile>{sp, hw, rsa};
}

Result<QVector<Profile>> SandboxDemo::install(
    const QJsonObject &readyInfo, ProfileStore *store, MemoryCredentialStore *secrets)
{
    Result<QVector<Profile>> made = profiles(readyInfo);
    if (!made)
        return made;
    const QJsonObject sailPoint = readyInfo.value(QLatin1String("sailpoint")).toObject();
    const QJsonObject huawei = readyInfo.value(QLatin1String("huawei")).toObject();
    const Result<RsaKeyFile> key =
        RsaKeyFile::load(text(readyInfo.value(QLatin1String("securid")).toObject(), "keyFile"));
    if (!key)
        return key.error();

    QVector<Profile> stored;
    for (const Profile &profile : made.value()) {
        // A config folder reused across runs may hold them already (same names).
        const Result<Profile> existing = store->find(profile.name);
        Profile wanted = profile;
        if (existing)
            wanted.id = existing->id;
        const Result<Profile> saved = existing ? store->update(wanted) : store->add(wanted);
        if (!saved)
            return saved.error();
        stored.append(saved.value());
    }
    secrets->insert(
        stored.at(0).id, SecretName::ClientSecret, text(sailPoint, "clientSecret").toUtf8());
    secrets->insert(stored.at(1).id, SecretName::SecretKey, text(huawei, "secretKey").toUtf8());
    secrets->insert(stored.at(2).id, SecretName::KeyFile, key->content);
    store->setLastUsedProfile(stored.at(0).id);
    return stored;
}

} // namespace Gatehouse
