// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/rsakeyfile.h"

#include <QFile>

#include "auth/securidkeyfile.h"

namespace Gatehouse {

namespace {

constexpr qint64 maxKeyFileSize = 64 * 1024; // real files are 1.7-3 KiB

ApiError keyFileError(const QString &message)
{
    return ApiError(ApiError::Kind::Config, message);
}

} // namespace

Result<RsaKeyFile> RsaKeyFile::parse(const QByteArray &content)
{
    const Result<SecurIdKeyFile> parsed = SecurIdKeyFile::parse(content);
    if (!parsed)
        return parsed.error();
    RsaKeyFile file;
    file.info.customerName = parsed->customerName;
    file.info.accessId = parsed->accessId;
    file.info.adminRestApiUrl = parsed->adminRestApiUrl;
    file.info.description = parsed->description;
    file.content = parsed->content;
    return file;
}

Result<RsaKeyFile> RsaKeyFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
    if (file.size() > maxKeyFileSize)
        return keyFileError(tr("%1 is too large to be an RSA key file.").arg(path));
    const QByteArray content = file.read(maxKeyFileSize + 1);
    Result<RsaKeyFile> parsed = parse(content);
    if (!parsed)
        return ApiError(parsed.error())
            .setMessage(
                //: %1 is a file path, %2 what is wrong with it
                tr("%1: %2").arg(path, parsed.error().message()));
    return parsed;
}

Result<RsaKeyFile> RsaKeyFile::fromPathOrContent(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith("\xEF\xBB\xBF"))
        return parse(trimmed);
    if (trimmed.isEmpty())
        return keyFileError(tr("The key file is empty."));
    return load(QFile::decodeName(trimmed));
}

void RsaKeyFile::applyTo(Profile *profile) const
{
    profile->rsaKey = info;
}

} // namespace Gatehouse
