// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/apirequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Gatehouse {

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<head");
}

// Why a body that should be JSON is not, in words an operator can pass on.
ApiError notJson(const ApiResult &result, const QString &parseError)
{
    const QByteArray type = result.contentType();
    QString message;
    if (result.body.isEmpty()) {
        message = ApiError::tr("The provider sent an empty response where data was expected.");
    } else if (looksLikeHtml(result.body) || type.contains("text/html")) {
        message = ApiError::tr("The provider, or a proxy in between, sent an HTML page "
                               "instead of data.");
    } else if (!type.isEmpty() && !type.contains("json")) {
        message = ApiError::tr("The provider sent '%1' instead of JSON data.")
                      .arg(QString::fromLatin1(type));
    } else {
        message = ApiError::tr("The provider's response is not valid JSON (%1); it may have "
                               "been cut off.")
                      .arg(parseError);
    }
    return ApiError(ApiError::Kind::Protocol, message, result.httpStatus);
}

Result<QJsonDocument> parseJson(const ApiResult &result)
{
    const QByteArray type = result.contentType();
    // A JSON body with a non-JSON content type is still suspicious: a proxy may have
    // rewritten it. Accept only JSON types (or none at all).
    if (!type.isEmpty() && !type.contains("json"))
        return notJson(result, QString());
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return notJson(result, error.errorString());
    return doc;
}

} // namespace

ApiRequest ApiRequest::get(const QString &path)
{
    ApiRequest request;
    request.method = Method::Get;
    request.path = path;
    request.retryable = true;
    return request;
}

ApiRequest ApiRequest::post(
    const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    ApiRequest request;
    request.method = Method::Post;
    request.path = path;
    request.body = body;
    request.contentType = contentType;
    return request;
}

ApiRequest ApiRequest::put(
    const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    ApiRequest request;
    request.method = Method::Put;
    request.path = path;
    request.body = body;
    request.contentType = contentType;
    return request;
}

ApiRequest &ApiRequest::addQuery(const QString &key, const QString &value)
{
    query.append({key, value});
    return *this;
}

QByteArray ApiRequest::methodName() const
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

QByteArray ApiRequest::encodedPathAndQuery() const
{
    QByteArray out;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (int i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += '/';
        out += percentEncode(segments.at(i));
    }
    for (int i = 0; i < query.size(); ++i) {
        out += i == 0 ? '?' : '&';
        out += percentEncode(query.at(i).first) + '=' + percentEncode(query.at(i).second);
    }
    return out;
}

QByteArray ApiResult::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return QByteArray();
}

Result<QJsonObject> ApiResult::jsonObject() const
{
    Result<QJsonDocument> doc = parseJson(*this);
    if (!doc)
        return doc.error();
    if (!doc.value().isObject()) {
        return ApiError(ApiError::Kind::Protocol,
            ApiError::tr("The provider sent a JSON list where an object was "
                         "expected."),
            httpStatus);
    }
    return doc.value().object();
}

Result<QJsonArray> ApiResult::jsonArray() const
{
    Result<QJsonDocument> doc = parseJson(*this);
    if (!doc)
        return doc.error();
    if (!doc.value().isArray()) {
        return ApiError(ApiError::Kind::Protocol,
            ApiError::tr("The provider sent a JSON object where a list was "
                         "expected."),
            httpStatus);
    }
    return doc.value().array();
}

QByteArray percentEncode(const QString &text)
{
    // QByteArray::toPercentEncoding keeps exactly RFC 3986's unreserved set by default.
    return text.toUtf8().toPercentEncoding();
}

} // namespace Gatehouse
