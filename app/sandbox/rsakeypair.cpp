// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rsakeypair.h"

#include <utility>

#include <openssl/crypto.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace Gatehouse::Sandbox {

namespace {

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buf[256] = {};
    if (code)
        ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buf));
}

} // namespace

RsaKeyPair::RsaKeyPair() = default;

RsaKeyPair::~RsaKeyPair()
{
    EVP_PKEY_free(m_key);
}

RsaKeyPair::RsaKeyPair(RsaKeyPair &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{ }

RsaKeyPair &RsaKeyPair::operator=(RsaKeyPair &&other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

bool RsaKeyPair::generate(int bits, QString *error)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    if (!key) {
        *error = opensslError("RSA key generation failed");
        return false;
    }
    EVP_PKEY_free(m_key);
    m_key = key;
    return true;
}

QByteArray RsaKeyPair::privateKeyPkcs1Pem() const
{
    if (!m_key)
        return QByteArray();
    // "type-specific" selects the traditional PKCS#1 RSAPrivateKey structure.
    OSSL_ENCODER_CTX *ctx =
        OSSL_ENCODER_CTX_new_for_pkey(m_key, EVP_PKEY_KEYPAIR, "PEM", "type-specific", nullptr);
    if (!ctx)
        return QByteArray();
    unsigned char *data = nullptr;
    size_t length = 0;
    QByteArray pem;
    if (OSSL_ENCODER_CTX_get_num_encoders(ctx) > 0
        && OSSL_ENCODER_to_data(ctx, &data, &length) == 1) {
        pem = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
    }
    OPENSSL_free(data);
    OSSL_ENCODER_CTX_free(ctx);
    ERR_clear_error();
    return pem;
}

bool RsaKeyPair::verifySha256(QByteArrayView data, QByteArrayView signature) const
{
    if (!m_key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return false;
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
               size_t(data.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

void RsaKeyPair::releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace Gatehouse::Sandbox
