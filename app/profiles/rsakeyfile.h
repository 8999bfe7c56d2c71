// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/result.h"
#include "profiles/profile.h"

namespace Gatehouse {

// An RSA SecurID administration API key file imported into a profile: its non-secret part for
// the profile and its content for the keychain. Checked by SecurIdKeyFile::parse (auth/), the
// same parser the JWT signer uses.
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
