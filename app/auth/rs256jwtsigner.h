// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>

#include "auth/requestsigner.h"
#include "auth/securidkeyfile.h"
#include "core/clock.h"

typedef struct evp_pkey_st EVP_PKEY;

namespace Gatehouse {

// RSA SecurID Cloud Administration API: a self-made RS256 JWT (sub = accessID, aud =
// adminRestApiUrl, iat, exp <= 1 h) signed with the key file's private key (OpenSSL: Qt has
// no public RSA signing). The token is cached and renewed five minutes before it expires.
class Rs256JwtSigner final : public RequestSigner
{
    Q_OBJECT

public:
    static constexpr int lifetimeSeconds = 3300; // 55 min: under RSA's 1 h limit with margin

    // Fails with a Config error naming the problem when the key does not load.
    static Result<Rs256JwtSigner *> create(const SecurIdKeyFile &keyFile,
        const Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~Rs256JwtSigner() override;

    void prepare(QObject *context, std::function<void(const ApiError &)> done) override;
    void sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body) override;
    // RSA answers 403 to an expired or refused JWT: make a new one and try once more.
    bool isCredentialRejection(int httpStatus) const override { return httpStatus == 403; }
    void invalidate() override;

    // A signed token for the given claims times (tests check it against the sandbox).
    QByteArray makeToken(qint64 issuedAt, qint64 expiresAt) const;

private:
    Rs256JwtSigner(SecurIdKeyFile keyFile, EVP_PKEY *key, const Clock *clock, QObject *parent);

    SecurIdKeyFile m_keyFile;
    struct KeyDeleter
    {
        void operator()(EVP_PKEY *key) const;
    };
    std::unique_ptr<EVP_PKEY, KeyDeleter> m_key;
    const Clock *m_clock;
    QByteArray m_token;
    qint64 m_tokenExpiresAt = 0; // epoch seconds
};

} // namespace Gatehouse
