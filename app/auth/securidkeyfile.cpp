// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/securidkeyfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

namespace Gatehouse {

namespace {

struct KeyFileText
{
    Q_DECLARE_TR_FUNCTIONS(SecurIdKeyFile)
};

ApiError keyFileError(const QString &message)
{
    return ApiError(ApiError::Kind::Config, message);
}

} // namespace

Result<SecurIdKeyFile> SecurIdKeyFile::parse(const QByteArray &fileContent)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(fileContent, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return keyFileError(KeyFileText::tr("The RSA key file is not JSON (%1). Download the "
                                            "administration API key file again.")
                                .arg(parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString()
                                        : KeyFileText::tr("not an object")));
    }
    const QJsonObject json = doc.object();
    for (const char *field : {"accessID", "accessKey", "adminRestApiUrl"}) {
        const QString name = QString::fromLatin1(field);
        if (!json.value(name).isString() || json.value(name).toString().trimmed().isEmpty()) {
            return keyFileError(KeyFileText::tr("The RSA key file has no '%1' field.").arg(name));
        }
    }
    SecurIdKeyFile file;
    file.customerName = json.value(QLatin1String("customerName")).toString();
    file.accessId = json.value(QLatin1String("accessID")).toString().trimmed();
    file.adminRestApiUrl = json.value(QLatin1String("adminRestApiUrl")).toString().trimmed();
    file.description = json.value(QLatin1String("description")).toString();
    file.privateKeyPem = json.value(QLatin1String("accessKey")).toString().toUtf8();

    const QUrl api(file.adminRestApiUrl);
    if (!api.isValid() || api.host().isEmpty()) {
        return keyFileError(KeyFileText::tr("The RSA key file's adminRestApiUrl '%1' is not a "
                                            "URL.")
                                .arg(file.adminRestApiUrl));
    }
    if (!file.privateKeyPem.contains("-----BEGIN RSA PRIVATE KEY-----")
        && !file.privateKeyPem.contains("-----BEGIN PRIVATE KEY-----")) {
        return keyFileError(KeyFileText::tr("The RSA key file's accessKey is not a PEM RSA "
                                            "private key."));
    }
    return file;
}

} // namespace Gatehouse
