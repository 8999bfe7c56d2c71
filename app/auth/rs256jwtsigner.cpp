// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/rs256jwtsigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "core/logging.h"

namespace Gatehouse {

namespace {

constexpr qint64 renewBeforeSeconds = 300;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

void Rs256JwtSigner::KeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

Result<Rs256JwtSigner *> Rs256JwtSigner::create(
    const SecurIdKeyFile &keyFile, const Clock *clock, QObject *parent)
{
    BIO *bio =
        BIO_new_mem_buf(keyFile.privateKeyPem.constData(), int(keyFile.privateKeyPem.size()));
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!key) {
        return ApiError(ApiError::Kind::Config,
            tr("The RSA key file's accessKey could not be read as a PEM private "
               "key."));
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        return ApiError(
            ApiError::Kind::Config, tr("The RSA key file's accessKey is not an RSA key."));
    }
    return new Rs256JwtSigner(keyFile, key, clock, parent);
}

Rs256JwtSigner::Rs256JwtSigner(
    SecurIdKeyFile keyFile, EVP_PKEY *key, const Clock *clock, QObject *parent)
    : RequestSigner(parent)
    , m_keyFile(std::move(keyFile))
    , m_key(key)
    , m_clock(clock)
{ }

Rs256JwtSigner::~Rs256JwtSigner() = default;

void Rs256JwtSigner::prepare(QObject *context, std::function<void(const ApiError &)> done)
{
    Q_UNUSED(context)
    const qint64 now = m_clock->utcNow().toSecsSinceEpoch();
    if (m_token.isEmpty() || now >= m_tokenExpiresAt - renewBeforeSeconds) {
        m_token = makeToken(now, now + lifetimeSeconds);
        m_tokenExpiresAt = now + lifetimeSeconds;
        if (m_token.isEmpty()) {
            done(ApiError(
                ApiError::Kind::Config, tr("Signing the RSA administration token failed.")));
            return;
        }
        qCDebug(lcAuth) << "made a new RSA admin JWT valid for" << lifetimeSeconds << "s";
    }
    done(ApiError());
}

void Rs256JwtSigner::sign(
    QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    Q_UNUSED(method)
    Q_UNUSED(body)
    request.setRawHeader("Authorization", "Bearer " + m_token);
}

void Rs256JwtSigner::invalidate()
{
    m_token.clear();
    m_tokenExpiresAt = 0;
}

QByteArray Rs256JwtSigner::makeToken(qint64 issuedAt, qint64 expiresAt) const
{
    const QByteArray header = base64Url(R"({"typ":"JWT","alg":"RS256"})");
    const QJsonObject claims{{QStringLiteral("sub"), m_keyFile.accessId},
        {QStringLiteral("aud"), m_keyFile.adminRestApiUrl}, {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), expiresAt}};
    const QByteArray signingInput =
        header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
               reinterpret_cast<const unsigned char *>(signingInput.constData()),
               size_t(signingInput.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                reinterpret_cast<const unsigned char *>(signingInput.constData()),
                size_t(signingInput.size()))
            == 1) {
            signature.resize(qsizetype(length));
        } else {
            signature.clear();
        }
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        return QByteArray();
    return signingInput + '.' + base64Url(signature);
}

} // namespace Gatehouse
