// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt HTTP Server differences between Debian's 6.4 and the 6.5-6.8 installers, in one place.
//  - QAbstractHttpServer's two virtuals: 6.4 passes the QTcpSocket; 6.5-6.7 pass a
//    QHttpServerResponder & (missingHandler: &&); 6.8 passes & to both. The sandbox writes
//    its responses to its own socket in every version, so it only needs to find that
//    socket: 6.4 hands it over, 6.5+ give the client's port (QHttpServerRequest::remotePort).
//  - QAbstractHttpServer::listen() is gone in 6.8: listen on our own QTcpServer, then bind()
//    it (void in 6.4-6.7, bool in 6.8).
//  - QHttpServerRequest::headers(): QList<QPair> up to 6.7, QHttpHeaders in 6.8.
//  - Response headers (addHeader up to 6.7, setHeaders(QHttpHeaders) in 6.8) are not used:
//    the sandbox serialises its responses itself (SimResponse::serialize).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtGlobal>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
#define GATEHOUSE_HTTPSERVER_SOCKET_API 1
#define GATEHOUSE_HTTPSERVER_HANDLE_ARG QTcpSocket *socket
#define GATEHOUSE_HTTPSERVER_MISSING_ARG QTcpSocket *socket
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
#define GATEHOUSE_HTTPSERVER_SOCKET_API 0
#define GATEHOUSE_HTTPSERVER_HANDLE_ARG QHttpServerResponder &responder
#define GATEHOUSE_HTTPSERVER_MISSING_ARG QHttpServerResponder &&responder
#else
#define GATEHOUSE_HTTPSERVER_SOCKET_API 0
#define GATEHOUSE_HTTPSERVER_HANDLE_ARG QHttpServerResponder &responder
#define GATEHOUSE_HTTPSERVER_MISSING_ARG QHttpServerResponder &responder
#endif

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QtNetwork/QHttpHeaders>
#endif

namespace Gatehouse::Sandbox::HttpServerCompat {

// Every request header as (name, value) pairs.
inline QList<QPair<QByteArray, QByteArray>> headers(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QList<QPair<QByteArray, QByteArray>> out;
    const QHttpHeaders &h = request.headers();
    out.reserve(h.size());
    for (qsizetype i = 0; i < h.size(); ++i) {
        const auto name = h.nameAt(i);
        out.append({QByteArray(name.data(), name.size()), h.valueAt(i).toByteArray()});
    }
    return out;
#else
    return request.headers();
#endif
}

// Binds a listening QTcpServer to the HTTP server; false when Qt refuses (6.8 only).
inline bool bind(QAbstractHttpServer *server, QTcpServer *tcpServer)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server->bind(tcpServer);
#else
    server->bind(tcpServer);
    return true;
#endif
}

} // namespace Gatehouse::Sandbox::HttpServerCompat
