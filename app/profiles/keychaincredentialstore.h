// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "profiles/credentialstore.h"

namespace Gatehouse {

// Secrets in the operating system's keychain through QtKeychain (Windows Credential Manager,
// macOS Keychain, Secret Service/KWallet on Linux). Service "Gatehouse", key
// "<profile uuid>/<secret name>". Never falls back to a plaintext file: without a usable
// keychain every operation fails with a Config error that says so.
//
// Secrets over chunkSize bytes (RSA key files, 1.7-3 KiB; Windows caps a credential at
// 2.5 KiB) are split into "<key>.0" ... "<key>.N-1" plus "<key>.count" holding N.
// The first failure with no backend or an unspecific error gets one delayed retry, because
// a Linux secret service may still be starting with the desktop session.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    static constexpr int chunkSize = 2048;
    static constexpr int defaultRetryDelayMs = 1500;

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString serviceName() const { return m_service; }
    // Another service name keeps test entries apart from real ones.
    void setServiceName(const QString &service);
    void setRetryDelay(int ms);

    void readSecret(const QUuid &profileId, const QString &name, QObject *context,
        SecretCallback done) override;
    void writeSecret(const QUuid &profileId, const QString &name, const QByteArray &secret,
        QObject *context, DoneCallback done) override;
    void deleteSecret(
        const QUuid &profileId, const QString &name, QObject *context, DoneCallback done) override;

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    struct JobResult
    {
        bool ok = false;
        bool notFound = false;
        QByteArray data;
        ApiError error;
    };
    using JobCallback = std::function<void(const JobResult &)>;

    // One QtKeychain job on one key, with the start-up retry.
    void runJob(Operation operation, const QString &key, const QByteArray &data, JobCallback done,
        bool isRetry = false);
    // The chunk count stored under "<key>.count": 0 when there is none.
    void readChunkCount(const QString &key, std::function<void(const ApiError &, int)> done);

    QString m_service;
    int m_retryDelayMs = defaultRetryDelayMs;
    bool m_backendAnswered = false; // a job got a definite answer: no more start-up retries
    bool m_retrySpent = false; // a retry failed too: the backend is really missing
};

} // namespace Gatehouse
