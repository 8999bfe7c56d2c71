// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/result.h"

namespace Gatehouse {

// An RSA SecurID Cloud Administration API key file (JSON: customerName, accessID, accessKey as
// a PKCS#1 PEM private key, adminRestApiUrl, description). The whole file is a secret; only
// the keychain stores it. The one parser of key files: the profile import checks a file with
// it and the JWT signer reads its key from it. Error messages name what is wrong and never
// quote the file's content.
struct SecurIdKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(SecurIdKeyFile)

public:
    QString customerName;
    QString accessId; // JWT "sub"
    QString adminRestApiUrl; // JWT "aud", verbatim; its scheme and host are the API base
    QString description;
    QByteArray privateKeyPem;
    QByteArray content; // the file as read (without a byte-order mark)

    // Checks the shape: a JSON object, the required fields, an http(s) adminRestApiUrl and an
    // unencrypted PKCS#1 PEM accessKey whose body decodes. OpenSSL reads the key later.
    static Result<SecurIdKeyFile> parse(const QByteArray &fileContent);
};

} // namespace Gatehouse
