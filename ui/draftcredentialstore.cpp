// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/draftcredentialstore.h"

namespace Gatehouse {

DraftCredentialStore::DraftCredentialStore(CredentialStore *inner, QObject *parent)
    : CredentialStore(parent)
    , m_inner(inner)
{ }

void DraftCredentialStore::setTyped(const QString &name, const QByteArray &secret)
{
    if (secret.isEmpty())
        m_typed.remove(name);
    else
        m_typed.insert(name, secret);
}

void DraftCredentialStore::readSecret(
    const QUuid &profileId, const QString &name, QObject *context, SecretCallback done)
{
    const auto typed = m_typed.constFind(name);
    if (typed != m_typed.constEnd()) {
        deliver(context, std::move(done), typed.value());
        return;
    }
    if (!m_inner || profileId.isNull()) {
        deliver(context, std::move(done), missingSecretError(name));
        return;
    }
    m_inner->readSecret(profileId, name, context, std::move(done));
}

void DraftCredentialStore::writeSecret(
    const QUuid &, const QString &, const QByteArray &, QObject *context, DoneCallback done)
{
    deliver(context, std::move(done),
        ApiError(ApiError::Kind::Config, tr("A draft profile's secrets are not stored.")));
}

void DraftCredentialStore::deleteSecret(
    const QUuid &, const QString &, QObject *context, DoneCallback done)
{
    deliver(context, std::move(done),
        ApiError(ApiError::Kind::Config, tr("A draft profile's secrets are not stored.")));
}

} // namespace Gatehouse
