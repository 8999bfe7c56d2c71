// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testhttp.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

namespace Gatehouse::Test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QJsonDocument HttpResult::json() const
{
    return QJsonDocument::fromJson(body);
}

bool HttpResult::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return header("Content-Type").toLower().startsWith("application/json")
        && error.error == QJsonParseError::NoError;
}

TestHttp::TestHttp(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{ }

HttpResult TestHttp::get(const QUrl &url, const RawHeaders &headers)
{
    return send("GET", url, {}, headers);
}

HttpResult TestHttp::post(const QUrl &url, const QByteArray &body, const RawHeaders &headers)
{
    return send("POST", url, body, headers);
}

HttpResult TestHttp::put(const QUrl &url, const QByteArray &body, const RawHeaders &headers)
{
    return send("PUT", url, body, headers);
}

HttpResult TestHttp::del(const QUrl &url, const RawHeaders &headers)
{
    return send("DELETE", url, {}, headers);
}

HttpResult TestHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const RawHeaders &headers, int timeoutMs, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    QBuffer *upload = nullptr;
    if (!body.isEmpty()) {
        upload = new QBuffer;
        upload->setData(body);
        upload->open(QIODevice::ReadOnly);
    } else if (method == "POST" || method == "PUT") {
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    }
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, upload);
    if (upload)
        upload->setParent(reply);

    HttpResult result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    timer.start(timeoutMs < 0 ? m_timeoutMs : timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();

    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

} // namespace Gatehouse::Test
