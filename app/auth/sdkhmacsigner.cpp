// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/sdkhmacsigner.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QUrl>

namespace Gatehouse {

namespace {

constexpr char algorithm[] = "SDK-HMAC-SHA256";

QByteArray rfc3986(const QByteArray &decoded)
{
    return decoded.toPercentEncoding();
}

QByteArray hostHeaderOf(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = url.port();
    const bool defaultPort = port < 0 || (port == 443 && url.scheme() == QLatin1String("https"))
        || (port == 80 && url.scheme() == QLatin1String("http"));
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

SdkHmacSigner::SdkHmacSigner(Credentials credentials, const Clock *clock, QObject *parent)
    : RequestSigner(parent)
    , m_credentials(std::move(credentials))
    , m_clock(clock)
{ }

void SdkHmacSigner::prepare(QObject *context, std::function<void(const ApiError &)> done)
{
    Q_UNUSED(context)
    if (m_credentials.accessKey.isEmpty() || m_credentials.secretKey.isEmpty()) {
        done(ApiError(ApiError::Kind::Config,
            tr("The Huawei access key (AK) or secret key (SK) is missing.")));
        return;
    }
    done(ApiError());
}

void SdkHmacSigner::sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body)
{
    const QUrl url = request.url();
    const QByteArray host = hostHeaderOf(url);
    const QByteArray date = sdkDate(m_clock->utcNow());
    // Host is set explicitly so the value signed is the value sent.
    request.setRawHeader("Host", host);
    request.setRawHeader("X-Sdk-Date", date);
    QList<QPair<QByteArray, QByteArray>> headers{{"host", host}, {"x-sdk-date", date}};
    if (!m_credentials.securityToken.isEmpty()) {
        request.setRawHeader("X-Security-Token", m_credentials.securityToken);
        headers.append({"x-security-token", m_credentials.securityToken});
    }
    const Signature signature = compute(method, url.path(QUrl::FullyEncoded).toUtf8(),
        url.query(QUrl::FullyEncoded).toUtf8(), headers, body, m_credentials.accessKey,
        m_credentials.secretKey);
    request.setRawHeader("Authorization", signature.authorization);
}

QByteArray SdkHmacSigner::canonicalUri(const QByteArray &encodedPath)
{
    const QList<QByteArray> segments = QByteArray::fromPercentEncoding(encodedPath).split('/');
    QByteArray uri;
    for (int i = 0; i < segments.size(); ++i) {
        if (i > 0)
            uri += '/';
        uri += rfc3986(segments.at(i));
    }
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray SdkHmacSigner::canonicalQuery(const QByteArray &encodedQuery)
{
    if (encodedQuery.isEmpty())
        return QByteArray();
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : encodedQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        // '+' in a query means a space to most servers; normalise it before re-encoding.
        const auto decode = [](QByteArray text) {
            return QByteArray::fromPercentEncoding(text.replace('+', ' '));
        };
        pairs.append({rfc3986(decode(key)), rfc3986(decode(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray query;
    for (const auto &[key, value] : pairs) {
        if (!query.isEmpty())
            query += '&';
        query += key + '=' + value;
    }
    return query;
}

QByteArray SdkHmacSigner::sdkDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

SdkHmacSigner::Signature SdkHmacSigner::compute(const QByteArray &method,
    const QByteArray &encodedPath, const QByteArray &encodedQuery,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
    const QString &accessKey, const QByteArray &secretKey)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    for (const auto &[name, value] : headers)
        sorted.append({name.toLower(), value.trimmed()});
    std::sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    QByteArrayList names;
    QByteArray date;
    for (const auto &[name, value] : sorted) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
        if (name == "x-sdk-date")
            date = value;
    }

    Signature s;
    s.signedHeaders = names.join(';');
    s.canonicalRequest = method.toUpper() + '\n' + canonicalUri(encodedPath) + '\n'
        + canonicalQuery(encodedQuery) + '\n' + canonicalHeaders + '\n' + s.signedHeaders + '\n'
        + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    s.stringToSign = QByteArray(algorithm) + '\n' + date + '\n'
        + QCryptographicHash::hash(s.canonicalRequest, QCryptographicHash::Sha256).toHex();
    s.signature =
        QMessageAuthenticationCode::hash(s.stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
    s.authorization = QByteArray(algorithm) + " Access=" + accessKey.toUtf8()
        + ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    return s;
}

} // namespace Gatehouse
