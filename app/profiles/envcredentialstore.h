// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>

#include "core/userrecord.h"
#include "profiles/credentialstore.h"

namespace Gatehouse {

struct Profile;

// For automation and CI, where there is no keychain: the environment supplies the secret of
// the one profile this run uses, and nothing else. Wraps the real store (the keychain):
//
//  - GATEHOUSE_SECRET answers reads of the active profile's primary secret: the SailPoint
//    client secret, the Huawei SK, or for RSA the key file, given as its JSON content or as
//    the path of the file (read at each use, checked like an imported key file).
//  - GATEHOUSE_SECURITY_TOKEN answers reads of the Huawei security token (temporary AK/SK).
//  - Values from the environment are never written anywhere: a write of exactly that value
//    for that secret is skipped (and succeeds); other writes and all deletes go to the inner
//    store, as do reads of other secrets and other profiles.
//
// Variables are read when a secret is read, so the process environment is the only copy.
class EnvCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvCredentialStore)

public:
    static constexpr char secretVariable[] = "GATEHOUSE_SECRET";
    static constexpr char securityTokenVariable[] = "GATEHOUSE_SECURITY_TOKEN";

    // inner is not owned and must outlive this store.
    explicit EnvCredentialStore(CredentialStore *inner, QObject *parent = nullptr);

    // The profile this run uses; until set, everything goes to the inner store.
    void setActiveProfile(const Profile &profile);
    void clearActiveProfile();
    // Whether a read of that secret is answered from the environment right now.
    bool overrides(const QUuid &profileId, const QString &name) const;

    void readSecret(const QUuid &profileId, const QString &name, QObject *context,
        SecretCallback done) override;
    void writeSecret(const QUuid &profileId, const QString &name, const QByteArray &secret,
        QObject *context, DoneCallback done) override;
    void deleteSecret(
        const QUuid &profileId, const QString &name, QObject *context, DoneCallback done) override;

private:
    // The variable that stands for the secret, or nullptr.
    const char *variableFor(const QUuid &profileId, const QString &name) const;
    // The secret the environment gives (an RSA key file path is read here).
    Result<QByteArray> environmentValue(const QString &name, const char *variable) const;

    QPointer<CredentialStore> m_inner;
    QUuid m_activeId;
    ProviderKind m_activeProvider = ProviderKind::SailPoint;
};

} // namespace Gatehouse
