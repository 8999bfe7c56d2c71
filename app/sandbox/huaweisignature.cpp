// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/huaweisignature.h"

#include <algorithm>
#include <utility>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include "sandbox/simhttp.h"

namespace Gatehouse::Sandbox::HuaweiSignature {

namespace {

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

} // namespace

bool parseAuthorization(QByteArrayView header, Authorization *out, QString *problem)
{
    const QByteArrayView trimmed = header.trimmed();
    if (trimmed.isEmpty()) {
        *problem = QStringLiteral("the Authorization header is missing");
        return false;
    }
    if (!trimmed.startsWith(algorithm) || trimmed.size() <= algorithm.size()
        || trimmed[algorithm.size()] != ' ') {
        *problem = QStringLiteral("the Authorization header does not use SDK-HMAC-SHA256");
        return false;
    }
    Authorization auth;
    bool haveAccess = false;
    bool haveHeaders = false;
    bool haveSignature = false;
    const QByteArray rest = trimmed.sliced(algorithm.size() + 1).toByteArray();
    for (const QByteArray &rawPart : rest.split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0) {
            *problem =
                QStringLiteral("malformed Authorization part '%1'").arg(QString::fromUtf8(part));
            return false;
        }
        const QByteArray key = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (key == "Access") {
            auth.accessKey = value;
            haveAccess = !value.isEmpty();
        } else if (key == "SignedHeaders") {
            for (const QByteArray &name : value.split(';')) {
                if (!name.isEmpty())
                    auth.signedHeaders.append(name.toLower());
            }
            haveHeaders = !auth.signedHeaders.isEmpty();
        } else if (key == "Signature") {
            auth.signature = value;
            haveSignature = !value.isEmpty();
        } else {
            *problem =
                QStringLiteral("unknown Authorization part '%1'").arg(QString::fromUtf8(key));
            return false;
        }
    }
    if (!haveAccess || !haveHeaders || !haveSignature) {
        *problem =
            QStringLiteral("the Authorization header needs Access, SignedHeaders and Signature");
        return false;
    }
    *out = std::move(auth);
    return true;
}

QByteArray encode(QByteArrayView bytes)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (unreserved(c)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    return out;
}

QByteArray canonicalUri(QByteArrayView rawPath)
{
    const QByteArray decoded = SimHttp::percentDecode(rawPath);
    QList<QByteArray> segments;
    for (const QByteArray &segment : decoded.split('/'))
        segments.append(encode(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray canonicalQuery(QByteArrayView rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : rawQuery.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({encode(SimHttp::percentDecode(key)), encode(SimHttp::percentDecode(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key);
        out.append('=');
        out.append(value);
    }
    return out;
}

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView rawPath, QByteArrayView rawQuery,
    const QList<QByteArray> &signedHeaders, const HeaderLookup &header,
    QByteArrayView bodySha256Hex)
{
    QList<QByteArray> names = signedHeaders;
    std::sort(names.begin(), names.end());
    QByteArray out;
    out.append(method.toByteArray().toUpper());
    out.append('\n');
    out.append(canonicalUri(rawPath));
    out.append('\n');
    out.append(canonicalQuery(rawQuery));
    out.append('\n');
    for (const QByteArray &name : names) {
        out.append(name);
        out.append(':');
        out.append(header(name).trimmed());
        out.append('\n');
    }
    out.append('\n');
    out.append(names.join(';'));
    out.append('\n');
    out.append(bodySha256Hex.data(), bodySha256Hex.size());
    return out;
}

QByteArray stringToSign(QByteArrayView sdkDate, QByteArrayView canonicalRequest)
{
    QByteArray out = algorithm.toByteArray();
    out.append('\n');
    out.append(sdkDate.data(), sdkDate.size());
    out.append('\n');
    out.append(sha256Hex(canonicalRequest));
    return out;
}

QByteArray sign(QByteArrayView secretKey, QByteArrayView stringToSign)
{
    return QMessageAuthenticationCode::hash(
        stringToSign.toByteArray(), secretKey.toByteArray(), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    unsigned diff = unsigned(a.size() ^ b.size());
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= unsigned(static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    return diff == 0;
}

} // namespace Gatehouse::Sandbox::HuaweiSignature
