// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include "core/result.h"

namespace Gatehouse {

// Where the secrets of profiles live (client secret, SK, security token, RSA key file), keyed
// by profile id and secret name (SecretName::*). Every operation is asynchronous: the callback
// runs later on this object's thread, never inside the call, with `context` as its receiver;
// it is dropped if `context` is destroyed first. Exactly one callback per call otherwise.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using SecretCallback = std::function<void(const Result<QByteArray> &)>;
    using DoneCallback = std::function<void(const Result<Done> &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    // The secret's bytes. No stored secret: an ApiError of kind NotFound (see isMissingSecret),
    // with a message saying so; a failing backend: kind Config naming the problem.
    virtual void readSecret(
        const QUuid &profileId, const QString &name, QObject *context, SecretCallback done) = 0;
    // Stores or replaces the secret. An empty secret is refused (delete instead).
    virtual void writeSecret(const QUuid &profileId, const QString &name, const QByteArray &secret,
        QObject *context, DoneCallback done) = 0;
    // Removes the secret; removing one that does not exist succeeds.
    virtual void deleteSecret(
        const QUuid &profileId, const QString &name, QObject *context, DoneCallback done) = 0;
    // Removes every secret the profile may own (Profile::allSecretNames()), one after the
    // other; the first failure ends it and is reported.
    virtual void deleteAllSecrets(const QUuid &profileId, QObject *context, DoneCallback done);

    // "<profile uuid>/<name>", the key a secret is stored under.
    static QString keyFor(const QUuid &profileId, const QString &name);
    // The error for "no secret of that name is stored for the profile".
    static ApiError missingSecretError(const QString &name);
    static bool isMissingSecret(const ApiError &error);

protected:
    // Hands a result to a callback later, through the event loop, if context still lives.
    void deliver(QObject *context, SecretCallback done, const Result<QByteArray> &result);
    void deliver(QObject *context, DoneCallback done, const Result<Done> &result);
    // Refuses empty names, names with '/' and empty secrets before they reach a backend.
    static ApiError checkName(const QString &name);
    static ApiError checkSecret(const QByteArray &secret);
};

} // namespace Gatehouse
