// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Gatehouse::Sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the simulators see it: independent of the Qt HTTP Server types, so the
// handlers stay the same on every Qt version and can be driven directly.
struct SimRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray rawPath; // percent-encoded, as received
    QByteArray rawQuery; // percent-encoded, without '?', as received
    QString path; // decoded
    HeaderList headers; // names lower-cased, values as received
    QByteArray body;
    bool fromLoopback = true;

    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    // Decoded query parameters in order ('+' is literal, not a space).
    QList<QPair<QString, QString>> queryItems() const;
    // The first value of a query parameter; `present` tells whether it was given at all.
    QString queryValue(const QString &name, bool *present = nullptr) const;
    // The media type of Content-Type, lower-cased, without parameters.
    QByteArray mediaType() const;
    // Path segments of the decoded path, without empty ones.
    QStringList segments() const;
};

// One response, serialised by the server; faults may rewrite it before it is sent.
struct SimResponse
{
    int status = 200;
    QByteArray contentType; // empty = no Content-Type header
    QByteArray body;
    HeaderList headers;

    static SimResponse json(int status, QByteArray body);
    static SimResponse empty(int status);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    // The full HTTP/1.1 response: status line, headers (Content-Length always), body.
    QByteArray serialize(bool closeConnection = false) const;
    // Offset of the body within serialize()'s output.
    static qsizetype bodyOffset(const QByteArray &serialized);
};

namespace SimHttp {

QByteArray reasonPhrase(int status);
// Percent-decoding; '+' stays '+' unless `plusIsSpace` (form bodies).
QByteArray percentDecode(QByteArrayView text, bool plusIsSpace = false);
// key=value&... into decoded pairs.
QList<QPair<QString, QString>> parseQuery(QByteArrayView text, bool plusIsSpace);
// 32 random lower-case hex digits (tracking and request ids).
QByteArray randomHex32();
// True when `value` (a media type, lower-case) is application/json or +json.
bool isJsonMediaType(const QByteArray &mediaType);

} // namespace SimHttp

} // namespace Gatehouse::Sandbox
