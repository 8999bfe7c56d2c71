// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Gatehouse::Sandbox {

// The sandbox's own reading of Huawei's SDK-HMAC-SHA256 request signature (fact sheet §5),
// used to recompute a signature from what was received. Written independently of the
// client's signer in app/auth so that each checks the other.
namespace HuaweiSignature {

constexpr QByteArrayView algorithm = "SDK-HMAC-SHA256";

// Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex
struct Authorization
{
    QByteArray accessKey;
    QList<QByteArray> signedHeaders; // lower-case, in the order given
    QByteArray signature;
};

// Parses the Authorization header; on failure returns false and names the problem.
bool parseAuthorization(QByteArrayView header, Authorization *out, QString *problem);

// RFC 3986 percent-encoding keeping only A-Z a-z 0-9 - _ . ~ (upper-case hex).
QByteArray encode(QByteArrayView bytes);
// The path decoded, split on '/', each segment encoded, with a trailing '/'.
QByteArray canonicalUri(QByteArrayView rawPath);
// key=value pairs decoded then encoded, sorted by key then value, joined with '&'.
QByteArray canonicalQuery(QByteArrayView rawQuery);

using HeaderLookup = std::function<QByteArray(const QByteArray &lowerName)>;

// The six-part canonical request, joined with '\n'.
QByteArray canonicalRequest(QByteArrayView method, QByteArrayView rawPath, QByteArrayView rawQuery,
    const QList<QByteArray> &signedHeaders, const HeaderLookup &header,
    QByteArrayView bodySha256Hex);
QByteArray stringToSign(QByteArrayView sdkDate, QByteArrayView canonicalRequest);
// Lower-case hex HMAC-SHA256 of `stringToSign` keyed with the secret key.
QByteArray sign(QByteArrayView secretKey, QByteArrayView stringToSign);
QByteArray sha256Hex(QByteArrayView data);
// Compares without an early exit, so timing does not reveal how much matched.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace HuaweiSignature

} // namespace Gatehouse::Sandbox
