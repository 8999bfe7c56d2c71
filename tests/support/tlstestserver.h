// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

namespace Gatehouse::Test {

// An HTTPS server on 127.0.0.1 with a self-signed certificate made at start (OpenSSL), that
// answers every request with one canned HTTP response. For TLS tests: an untrusted
// certificate, and the same certificate trusted through a profile's CA bundle.
class TlsTestServer : public QObject
{
    Q_OBJECT

public:
    explicit TlsTestServer(QObject *parent = nullptr);
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray certificatePem() const { return m_certificate.toPem(); }
    void setResponse(const QByteArray &rawHttpResponse) { m_response = rawHttpResponse; }

private:
    QSslServer m_server;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_response;
};

} // namespace Gatehouse::Test
