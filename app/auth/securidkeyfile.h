// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "core/result.h"

namespace Gatehouse {

// An RSA SecurID Cloud Administration API key file: a JSON object whose accessKey is the RSA
// private key as PEM. The whole file is a secret; only the keychain stores it.
struct SecurIdKeyFile
{
    QString customerName;
    QString accessId; // JWT "sub"
    QString adminRestApiUrl; // JWT "aud", verbatim; its scheme and host are the API base
    QString description;
    QByteArray privateKeyPem;

    // Checks the shape: JSON object, required fields present, accessKey a PEM RSA private key.
    // The error names what is wrong.
    static Result<SecurIdKeyFile> parse(const QByteArray &fileContent);
};

} // namespace Gatehouse
