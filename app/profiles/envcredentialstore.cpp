// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/envcredentialstore.h"

#include "core/logging.h"
#include "profiles/profile.h"
#include "profiles/rsakeyfile.h"

namespace Gatehouse {

EnvCredentialStore::EnvCredentialStore(CredentialStore *inner, QObject *parent)
    : CredentialStore(parent)
    , m_inner(inner)
{
    Q_ASSERT(inner);
}

void EnvCredentialStore::setActiveProfile(const Profile &profile)
{
    m_activeId = profile.id;
    m_activeProvider = profile.provider;
}

void EnvCredentialStore::clearActiveProfile()
{
    m_activeId = QUuid();
}

bool EnvCredentialStore::overrides(const QUuid &profileId, const QString &name) const
{
    return variableFor(profileId, name) != nullptr;
}

const char *EnvCredentialStore::variableFor(const QUuid &profileId, const QString &name) const
{
    if (m_activeId.isNull() || profileId != m_activeId)
        return nullptr;
    const char *variable = nullptr;
    if (name == Profile::primarySecretName(m_activeProvider))
        variable = secretVariable;
    else if (m_activeProvider == ProviderKind::Huawei && name == SecretName::SecurityToken)
        variable = securityTokenVariable;
    if (!variable || qEnvironmentVariableIsEmpty(variable))
        return nullptr;
    return variable;
}

Result<QByteArray> EnvCredentialStore::environmentValue(
    const QString &name, const char *variable) const
{
    const QByteArray value = qgetenv(variable);
    if (name != SecretName::KeyFile)
        return value;
    const Result<RsaKeyFile> keyFile = RsaKeyFile::fromPathOrContent(value);
    if (!keyFile) {
        //: %1 is the variable name GATEHOUSE_SECRET, %2 what is wrong
        return ApiError(keyFile.error())
            .setMessage(tr("%1 does not give a usable RSA key file: %2")
                            .arg(QLatin1String(variable), keyFile.error().message()));
    }
    return keyFile.value().content;
}

void EnvCredentialStore::readSecret(
    const QUuid &profileId, const QString &name, QObject *context, SecretCallback done)
{
    const char *variable = variableFor(profileId, name);
    if (!variable) {
        if (!m_inner)
            return deliver(context, std::move(done), missingSecretError(name));
        return m_inner->readSecret(profileId, name, context, std::move(done));
    }
    qCDebug(lcProfiles, "Secret %s of profile %s comes from %s", qUtf8Printable(name),
        qUtf8Printable(profileId.toString(QUuid::WithoutBraces)), variable);
    deliver(context, std::move(done), environmentValue(name, variable));
}

void EnvCredentialStore::writeSecret(const QUuid &profileId, const QString &name,
    const QByteArray &secret, QObject *context, DoneCallback done)
{
    if (const char *variable = variableFor(profileId, name)) {
        const Result<QByteArray> fromEnvironment = environmentValue(name, variable);
        if (secret == qgetenv(variable)
            || (fromEnvironment.ok() && secret == fromEnvironment.value())) {
            qCDebug(lcProfiles, "Secret %s of profile %s not stored: it comes from %s",
                qUtf8Printable(name), qUtf8Printable(profileId.toString(QUuid::WithoutBraces)),
                variable);
            return deliver(context, std::move(done), Done{});
        }
    }
    if (!m_inner)
        return deliver(context, std::move(done),
            ApiError(ApiError::Kind::Config, tr("No credential store is available.")));
    m_inner->writeSecret(profileId, name, secret, context, std::move(done));
}

void EnvCredentialStore::deleteSecret(
    const QUuid &profileId, const QString &name, QObject *context, DoneCallback done)
{
    if (!m_inner)
        return deliver(context, std::move(done), Done{});
    m_inner->deleteSecret(profileId, name, context, std::move(done));
}

} // namespace Gatehouse
