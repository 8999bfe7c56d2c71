// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/securidkeyfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Gatehouse {

namespace {

constexpr qint64 maxKeyFileSize = 64 * 1024; // real files are 1.7-3 KiB
constexpr char pkcs1Begin[] = "-----BEGIN RSA PRIVATE KEY-----";
constexpr char pkcs1End[] = "-----END RSA PRIVATE KEY-----";

ApiError keyFileError(const QString &message)
{
    return ApiError(ApiError::Kind::Config, message);
}

// A string field that must be present and non-empty.
Result<QString> requiredString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return keyFileError(SecurIdKeyFile::tr("The key file has no \"%1\" field.").arg(key));
    if (!value.isString())
        return keyFileError(SecurIdKeyFile::tr("\"%1\" in the key file is not a string.").arg(key));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return keyFileError(SecurIdKeyFile::tr("\"%1\" in the key file is empty.").arg(key));
    return text;
}

// The first "-----BEGIN ...-----" line, for telling the user what kind of PEM it is.
QString pemLabel(const QString &text)
{
    const int begin = text.indexOf(QLatin1String("-----BEGIN "));
    if (begin < 0)
        return QString();
    const int end = text.indexOf(QLatin1String("-----"), begin + 11);
    if (end < 0)
        return QString();
    return text.mid(begin, end + 5 - begin);
}

// Shape of a PKCS#1 PEM: the markers, unencrypted, a base64 body that decodes to a DER
// SEQUENCE. Returns an empty string when fine, else the reason.
QString checkPkcs1Pem(const QString &pem)
{
    const int begin = pem.indexOf(QLatin1String(pkcs1Begin));
    const int end = pem.indexOf(QLatin1String(pkcs1End));
    if (begin < 0 || end < begin) {
        const QString found = pemLabel(pem);
        if (found.isEmpty())
            return SecurIdKeyFile::tr("\"accessKey\" is not a PEM RSA private key (expected %1).")
                .arg(QLatin1String(pkcs1Begin));
        return SecurIdKeyFile::tr("\"accessKey\" is not a PEM RSA private key (expected %1, found "
                                  "%2).")
            .arg(QLatin1String(pkcs1Begin), found);
    }
    const QString body =
        pem.mid(begin + int(qstrlen(pkcs1Begin)), end - begin - int(qstrlen(pkcs1Begin)));
    if (body.contains(QLatin1String("Proc-Type:")) || body.contains(QLatin1String("DEK-Info:")))
        return SecurIdKeyFile::tr("\"accessKey\" is an encrypted PEM key; the key file must hold "
                                  "the unencrypted key RSA issued.");
    QByteArray base64;
    base64.reserve(body.size());
    for (const QChar c : body) {
        if (c.isSpace())
            continue;
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('+')
            && c != QLatin1Char('/') && c != QLatin1Char('='))
            return SecurIdKeyFile::tr("\"accessKey\" is not a PEM RSA private key (its body is not "
                                      "base64).");
        base64.append(char(c.unicode()));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        base64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // A PKCS#1 RSAPrivateKey is a DER SEQUENCE of at least a few hundred bytes.
    if (!decoded || decoded.decoded.size() < 64 || decoded.decoded.at(0) != 0x30)
        return SecurIdKeyFile::tr("\"accessKey\" is not a PEM RSA private key (its body does not "
                                  "decode to a key).");
    return QString();
}

} // namespace

Result<SecurIdKeyFile> SecurIdKeyFile::parse(const QByteArray &fileContent)
{
    QByteArray text = fileContent;
    if (text.startsWith("\xEF\xBB\xBF")) // UTF-8 BOM from some editors
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return keyFileError(tr("The key file is empty."));
    if (text.size() > maxKeyFileSize)
        return keyFileError(tr("The file is too large to be an RSA key file."));

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return keyFileError(tr("The key file is not JSON (%1 at offset %2).")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    if (!document.isObject())
        return keyFileError(tr("The key file is not a JSON object."));
    const QJsonObject object = document.object();

    SecurIdKeyFile file;
    const Result<QString> customerName = requiredString(object, QStringLiteral("customerName"));
    if (!customerName)
        return customerName.error();
    const Result<QString> accessId = requiredString(object, QStringLiteral("accessID"));
    if (!accessId)
        return accessId.error();
    const Result<QString> accessKey = requiredString(object, QStringLiteral("accessKey"));
    if (!accessKey)
        return accessKey.error();
    const Result<QString> adminUrl = requiredString(object, QStringLiteral("adminRestApiUrl"));
    if (!adminUrl)
        return adminUrl.error();

    const QString pemProblem = checkPkcs1Pem(accessKey.value());
    if (!pemProblem.isEmpty())
        return keyFileError(pemProblem);

    const QUrl url(adminUrl.value(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return keyFileError(tr("\"adminRestApiUrl\" in the key file is not an http(s) URL."));

    const QJsonValue description = object.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        return keyFileError(tr("\"description\" in the key file is not a string."));

    file.customerName = customerName.value();
    file.accessId = accessId.value();
    file.adminRestApiUrl = adminUrl.value();
    file.description = description.toString().trimmed();
    file.privateKeyPem = accessKey.value().toUtf8();
    file.content = text;
    return file;
}

} // namespace Gatehouse
