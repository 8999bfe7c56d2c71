// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace Gatehouse::Test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// What one request got back. `status` is 0 when no HTTP response arrived (see `error`).
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false; // the helper's own timeout aborted the request
    qint64 elapsedMs = 0;
    QByteArray body;
    RawHeaders headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    bool isJson() const; // Content-Type is application/json and the body parses
};

// A tiny blocking HTTP client for tests: a QNetworkAccessManager plus a local event loop
// with a timeout. Fine in tests because the sandbox answers from its own thread; never use
// this pattern in app code.
//
//   TestHttp http;
//   const HttpResult r = http.get(sandbox.url("/_sandbox/stats"));
//   QCOMPARE(r.status, 200);
class TestHttp
{
public:
    explicit TestHttp(int timeoutMs = 15000);

    HttpResult get(const QUrl &url, const RawHeaders &headers = {});
    HttpResult post(const QUrl &url, const QByteArray &body, const RawHeaders &headers = {});
    HttpResult put(const QUrl &url, const QByteArray &body, const RawHeaders &headers = {});
    HttpResult del(const QUrl &url, const RawHeaders &headers = {});
    // Any method. timeoutMs < 0 uses the helper's default; transferTimeoutMs > 0 also sets
    // QNetworkRequest::setTransferTimeout (QNAM's own inactivity timeout).
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const RawHeaders &headers = {}, int timeoutMs = -1, int transferTimeoutMs = 0);

    QNetworkAccessManager &manager() { return m_manager; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs;
};

} // namespace Gatehouse::Test
