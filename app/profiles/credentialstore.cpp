// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/credentialstore.h"

#include <memory>

#include <QPointer>

#include "profiles/profile.h"
#include "profiles/stepchain.h"

namespace Gatehouse {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore() = default;

void CredentialStore::deleteAllSecrets(const QUuid &profileId, QObject *context, DoneCallback done)
{
    // Keychains cannot list by prefix, so walk every name a profile may own.
    Q_ASSERT(context);
    QPointer<QObject> guard(context);
    auto chain = std::make_shared<StepChain>([this, guard, done](const ApiError &error) {
        if (!guard)
            return;
        if (error.isError())
            deliver(guard, done, error);
        else
            deliver(guard, done, Done{});
    });
    for (const QString &name : Profile::allSecretNames()) {
        chain->then([this, profileId, name](const StepChain::Next &next) {
            deleteSecret(profileId, name, this, [next](const Result<Done> &result) {
                next(result.ok() ? ApiError() : result.error());
            });
        });
    }
    chain->start();
}

QString CredentialStore::keyFor(const QUuid &profileId, const QString &name)
{
    return profileId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + name;
}

ApiError CredentialStore::missingSecretError(const QString &name)
{
    return ApiError(ApiError::Kind::NotFound,
        //: %1 is a secret such as "Client secret"
        tr("No %1 is stored for this profile; enter it in the profile settings or "
           "set GATEHOUSE_SECRET for this run.")
            .arg(Profile::secretLabel(name).toLower()));
}

bool CredentialStore::isMissingSecret(const ApiError &error)
{
    return error.kind() == ApiError::Kind::NotFound && error.httpStatus() == 0;
}

void CredentialStore::deliver(
    QObject *context, SecretCallback done, const Result<QByteArray> &result)
{
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), result]() { done(result); },
        Qt::QueuedConnection);
}

void CredentialStore::deliver(QObject *context, DoneCallback done, const Result<Done> &result)
{
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), result]() { done(result); },
        Qt::QueuedConnection);
}

ApiError CredentialStore::checkName(const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return ApiError(ApiError::Kind::Config, tr("Invalid secret name \"%1\".").arg(name));
    return ApiError();
}

ApiError CredentialStore::checkSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return ApiError(ApiError::Kind::Config, tr("An empty secret cannot be stored."));
    return ApiError();
}

} // namespace Gatehouse
