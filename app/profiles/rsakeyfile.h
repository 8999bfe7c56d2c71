// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/result.h"
#include "profiles/profile.h"

namespace Gatehouse {

// An RSA SecurID administration API key file (JSON: customerName, accessID, accessKey as a
// PKCS#1 PEM private key, adminRestApiUrl, description), checked for shape only: the JWT
// signer in auth/ parses the key itself. Error messages name what is wrong and never quote
// the file's content.
struct RsaKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(RsaKeyFile)

public:
    RsaKeyInfo info; // the non-secret part, for the profile
    QByteArray content; // the whole file: the secret stored as SecretName::KeyFile

    static Result<RsaKeyFile> parse(const QByteArray &content);
    static Result<RsaKeyFile> load(const QString &path);
    // A key file's JSON text, or the path of one (how GATEHOUSE_SECRET gives an RSA key).
    static Result<RsaKeyFile> fromPathOrContent(const QByteArray &value);

    // Copies the metadata into the profile (which then counts as having a key file).
    void applyTo(Profile *profile) const;
};

} // namespace Gatehouse
