// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>

#include "profiles/credentialstore.h"

namespace Gatehouse {

// The secrets of a profile being edited: what was typed in the form answers first, anything
// else is read from the real store. Lets "Test connection" try a draft before it is saved,
// without writing a secret anywhere. Writes and deletes are refused.
class DraftCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftCredentialStore)

public:
    // inner is not owned (may be null: only typed secrets then).
    explicit DraftCredentialStore(CredentialStore *inner, QObject *parent = nullptr);

    void setTyped(const QString &name, const QByteArray &secret);

    void readSecret(const QUuid &profileId, const QString &name, QObject *context,
        SecretCallback done) override;
    void writeSecret(const QUuid &profileId, const QString &name, const QByteArray &secret,
        QObject *context, DoneCallback done) override;
    void deleteSecret(
        const QUuid &profileId, const QString &name, QObject *context, DoneCallback done) override;

private:
    QPointer<CredentialStore> m_inner;
    QHash<QString, QByteArray> m_typed;
};

} // namespace Gatehouse
