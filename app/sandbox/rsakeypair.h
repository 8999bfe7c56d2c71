// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace Gatehouse::Sandbox {

// The RSA key pair the sandbox generates at start (OpenSSL 3 EVP): the private half goes into
// the RSA admin API key file as PKCS#1 PEM, the public half verifies RS256 JWT signatures.
class RsaKeyPair final
{
public:
    RsaKeyPair();
    ~RsaKeyPair();
    RsaKeyPair(RsaKeyPair &&other) noexcept;
    RsaKeyPair &operator=(RsaKeyPair &&other) noexcept;
    RsaKeyPair(const RsaKeyPair &) = delete;
    RsaKeyPair &operator=(const RsaKeyPair &) = delete;

    // Generates a fresh key; false (and `error`) when OpenSSL fails.
    bool generate(int bits, QString *error);
    bool isValid() const { return m_key != nullptr; }

    // "-----BEGIN RSA PRIVATE KEY-----" (PKCS#1), as RSA's key files carry it.
    QByteArray privateKeyPkcs1Pem() const;
    // True when `signature` is a valid RSASSA-PKCS1-v1_5 SHA-256 signature of `data`.
    bool verifySha256(QByteArrayView data, QByteArrayView signature) const;

    // Frees OpenSSL's per-thread state (random generators, error queue) of the calling
    // thread. OpenSSL does this itself when the thread ends, but possibly after QThread::wait()
    // returned, which leak checkers at exit report; the sandbox thread calls it before it ends.
    static void releaseThreadState();

private:
    EVP_PKEY *m_key = nullptr;
};

} // namespace Gatehouse::Sandbox
