// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "profiles/credentialstore.h"

namespace Gatehouse {

// Secrets in process memory only: tests, and the sandbox demo profiles of `gatehouse
// --sandbox`, whose made-up credentials must not reach the user's keychain.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void readSecret(const QUuid &profileId, const QString &name, QObject *context,
        SecretCallback done) override;
    void writeSecret(const QUuid &profileId, const QString &name, const QByteArray &secret,
        QObject *context, DoneCallback done) override;
    void deleteSecret(
        const QUuid &profileId, const QString &name, QObject *context, DoneCallback done) override;

    // Synchronous peeks for tests and the sandbox set-up.
    bool contains(const QUuid &profileId, const QString &name) const;
    int size() const { return int(m_secrets.size()); }
    void insert(const QUuid &profileId, const QString &name, const QByteArray &secret);

    // Makes every operation fail like a keychain without a backend (kind Config), to test
    // callers' error paths; an empty reason makes it work again.
    void setUnavailable(const QString &reason);

private:
    QHash<QString, QByteArray> m_secrets;
    QString m_unavailableReason;
};

} // namespace Gatehouse
