// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/memorycredentialstore.h"

namespace Gatehouse {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

void MemoryCredentialStore::readSecret(
    const QUuid &profileId, const QString &name, QObject *context, SecretCallback done)
{
    if (ApiError error = checkName(name); error.isError())
        return deliver(context, std::move(done), error);
    if (!m_unavailableReason.isEmpty())
        return deliver(
            context, std::move(done), ApiError(ApiError::Kind::Config, m_unavailableReason));
    const auto it = m_secrets.constFind(keyFor(profileId, name));
    if (it == m_secrets.constEnd())
        return deliver(context, std::move(done), missingSecretError(name));
    deliver(context, std::move(done), it.value());
}

void MemoryCredentialStore::writeSecret(const QUuid &profileId, const QString &name,
    const QByteArray &secret, QObject *context, DoneCallback done)
{
    ApiError error = checkName(name);
    if (!error.isError())
        error = checkSecret(secret);
    if (!error.isError() && !m_unavailableReason.isEmpty())
        error = ApiError(ApiError::Kind::Config, m_unavailableReason);
    if (error.isError())
        return deliver(context, std::move(done), error);
    m_secrets.insert(keyFor(profileId, name), secret);
    deliver(context, std::move(done), Done{});
}

void MemoryCredentialStore::deleteSecret(
    const QUuid &profileId, const QString &name, QObject *context, DoneCallback done)
{
    if (ApiError error = checkName(name); error.isError())
        return deliver(context, std::move(done), error);
    if (!m_unavailableReason.isEmpty())
        return deliver(
            context, std::move(done), ApiError(ApiError::Kind::Config, m_unavailableReason));
    m_secrets.remove(keyFor(profileId, name));
    deliver(context, std::move(done), Done{});
}

bool MemoryCredentialStore::contains(const QUuid &profileId, const QString &name) const
{
    return m_secrets.contains(keyFor(profileId, name));
}

void MemoryCredentialStore::insert(
    const QUuid &profileId, const QString &name, const QByteArray &secret)
{
    m_secrets.insert(keyFor(profileId, name), secret);
}

void MemoryCredentialStore::setUnavailable(const QString &reason)
{
    m_unavailableReason = reason;
}

} // namespace Gatehouse
