// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/simhttp.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Gatehouse::Sandbox {

namespace {

int hexNibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray SimRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return QByteArray();
}

bool SimRequest::hasHeader(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> SimRequest::queryItems() const
{
    return SimHttp::parseQuery(rawQuery, false);
}

QString SimRequest::queryValue(const QString &name, bool *present) const
{
    for (const auto &item : queryItems()) {
        if (item.first == name) {
            if (present)
                *present = true;
            return item.second;
        }
    }
    if (present)
        *present = false;
    return QString();
}

QByteArray SimRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semi = type.indexOf(';');
    if (semi >= 0)
        type.truncate(semi);
    return type.trimmed().toLower();
}

QStringList SimRequest::segments() const
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

SimResponse SimResponse::json(int status, QByteArray body)
{
    SimResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json;charset=utf-8");
    r.body = std::move(body);
    return r;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QByteArray SimResponse::serialize(bool closeConnection) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(status));
    out.append(' ');
    out.append(SimHttp::reasonPhrase(status));
    out.append("\r\n");
    if (!contentType.isEmpty()) {
        out.append("Content-Type: ");
        out.append(contentType);
        out.append("\r\n");
    }
    out.append("Content-Length: ");
    out.append(QByteArray::number(body.size()));
    out.append("\r\n");
    for (const auto &h : headers) {
        out.append(h.first);
        out.append(": ");
        out.append(h.second);
        out.append("\r\n");
    }
    if (closeConnection)
        out.append("Connection: close\r\n");
    out.append("\r\n");
    out.append(body);
    return out;
}

qsizetype SimResponse::bodyOffset(const QByteArray &serialized)
{
    const qsizetype end = serialized.indexOf("\r\n\r\n");
    return end < 0 ? serialized.size() : end + 4;
}

namespace SimHttp {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    if (status >= 500)
        return "Server Error";
    if (status >= 400)
        return "Client Error";
    return "Status";
}

QByteArray percentDecode(QByteArrayView text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size()) {
            const int hi = hexNibble(text[i + 1]);
            const int lo = hexNibble(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char((hi << 4) | lo));
                i += 2;
                continue;
            }
        }
        out.append(plusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

QList<QPair<QString, QString>> parseQuery(QByteArrayView text, bool plusIsSpace)
{
    QList<QPair<QString, QString>> items;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('&', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView part = text.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype eq = part.indexOf('=');
            const QByteArrayView key = eq < 0 ? part : part.first(eq);
            const QByteArrayView value = eq < 0 ? QByteArrayView() : part.sliced(eq + 1);
            items.append({QString::fromUtf8(percentDecode(key, plusIsSpace)),
                QString::fromUtf8(percentDecode(value, plusIsSpace))});
        }
        start = end + 1;
    }
    return items;
}

QByteArray randomHex32()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QByteArray out;
    out.reserve(32);
    for (const quint32 w : words)
        out.append(QByteArray::number(w, 16).rightJustified(8, '0'));
    return out;
}

bool isJsonMediaType(const QByteArray &mediaType)
{
    return mediaType == "application/json" || mediaType.endsWith("+json");
}

} // namespace SimHttp

} // namespace Gatehouse::Sandbox
