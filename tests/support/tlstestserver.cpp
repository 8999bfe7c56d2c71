// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/tlstestserver.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Gatehouse::Test {

namespace {

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

// A self-signed certificate for 127.0.0.1 (subjectAltName IP, as hostname checks want).
bool makeCertificate(QByteArray *certPem, QByteArray *keyPem)
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *cert = X509_new();
    bool ok = key && cert;
    if (ok) {
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600);
        X509_set_pubkey(cert, key);
        X509_NAME *name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
            reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
        X509_set_issuer_name(cert, name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
        X509_EXTENSION *san =
            X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1");
        ok = san && X509_add_ext(cert, san, -1) == 1;
        X509_EXTENSION_free(san);
        ok = ok && X509_sign(cert, key, EVP_sha256()) > 0;
    }
    if (ok) {
        BIO *certBio = BIO_new(BIO_s_mem());
        BIO *keyBio = BIO_new(BIO_s_mem());
        ok = PEM_write_bio_X509(certBio, cert) == 1
            && PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
        *certPem = bioText(certBio);
        *keyPem = bioText(keyBio);
        BIO_free(certBio);
        BIO_free(keyBio);
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace

TlsTestServer::TlsTestServer(QObject *parent)
    : QObject(parent)
    , m_response("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                 "Content-Length: 27\r\nConnection: close\r\n\r\n{\"error\":\"invalid_client\"}\n")
{ }

bool TlsTestServer::start()
{
    QByteArray certPem;
    QByteArray keyPem;
    if (!makeCertificate(&certPem, &keyPem))
        return false;
    m_certificate = QSslCertificate(certPem, QSsl::Pem);
    m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll(); // any request gets the canned answer
                socket->write(m_response);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return !m_certificate.isNull() && !m_key.isNull() && m_server.listen(QHostAddress::LocalHost);
}

} // namespace Gatehouse::Test
