// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include "core/apierror.h"
#include "core/result.h"

namespace Gatehouse {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as a value: what services hand to ApiClient.
struct ApiRequest
{
    enum class Method
    {
        Get,
        Post,
        Put,
        Delete
    };
    enum class Priority
    {
        User, // what the operator is waiting for
        Background, // task polling: only uses rate budget that user work leaves
    };

    Method method = Method::Get;
    QString path; // appended to the client's base URL, starts with '/'
    QList<QPair<QString, QString>> query; // unencoded; encoded RFC 3986 style when sent
    QByteArray body;
    QByteArray contentType; // e.g. "application/json"; empty = no body
    HeaderList headers;
    Priority priority = Priority::User;
    QString rateBucket; // requests sharing a bucket share its rate limit (SailPoint: API version)
    bool authenticated = true; // run through the client's RequestSigner
    // Whether resending after a timeout, connection error or 5xx is safe. Only reads are;
    // a state change that may have been processed is never resent blindly.
    bool retryable = false;
    int timeoutMs = 0; // transfer (inactivity) timeout; 0 = the client's default

    static ApiRequest get(const QString &path);
    static ApiRequest post(const QString &path, const QByteArray &body = QByteArray(),
        const QByteArray &contentType = QByteArray());
    static ApiRequest put(
        const QString &path, const QByteArray &body, const QByteArray &contentType);
    ApiRequest &addQuery(const QString &key, const QString &value);

    QByteArray methodName() const;
    // The path plus the encoded query ("/v3/accounts?limit=250&filters=name%20sw%20%22a%22").
    QByteArray encodedPathAndQuery() const;
};

// What came back, after retries. Services never see a QNetworkReply.
struct ApiResult
{
    int httpStatus = 0;
    QByteArray body;
    HeaderList headers; // names lower-case
    ApiError error; // kind None when the request succeeded (2xx)
    int attempts = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &lowerCaseName) const;
    QByteArray contentType() const { return header("content-type"); }

    // The body as JSON. Anything else (empty, HTML, truncated, wrong content type) is a
    // Protocol error naming what arrived instead.
    Result<QJsonObject> jsonObject() const;
    Result<QJsonArray> jsonArray() const;
};

// RFC 3986 percent-encoding (unreserved kept, space as %20), as Huawei's signer wants it and
// as every provider accepts it.
QByteArray percentEncode(const QString &text);

} // namespace Gatehouse
