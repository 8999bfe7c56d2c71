// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/securid/securidwire.h"

#include <QTimeZone>

#include "net/errorbody.h"

namespace Gatehouse::SecurIdWire {

UserRecord toUser(const QJsonObject &json)
{
    UserRecord user;
    user.id = json.value(QLatin1String("id")).toString();
    user.login = json.value(QLatin1String("principalUsername")).toString();
    user.email = json.value(QLatin1String("emailAddress")).toString();
    if (user.login.isEmpty())
        user.login = user.email;
    const QString fullName = json.value(QLatin1String("firstName")).toString() + QLatin1Char(' ')
        + json.value(QLatin1String("lastName")).toString();
    user.displayName = fullName.trimmed();
    user.source = json.value(QLatin1String("identitySource")).toString();
    const QString status = json.value(QLatin1String("userStatus")).toString();
    user.state = status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0
        ? UserRecord::State::Enabled
        : status.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0
        ? UserRecord::State::Disabled
        : UserRecord::State::Unknown;
    for (const char *flag : {"isTokenLocked", "isSmsLocked", "isVoiceLocked", "isFingerprintLocked",
             "isApproveLocked"}) {
        if (json.value(QLatin1String(flag)).toBool())
            user.locked = true;
    }
    QString modified = json.value(QLatin1String("lastSyncTime")).toString();
    if (modified.isEmpty())
        modified = json.value(QLatin1String("creationDate")).toString();
    user.modified = QDateTime::fromString(modified, Qt::ISODateWithMs);
    user.raw = json;
    return user;
}

ApiError parseError(const ApiResult &result)
{
    QJsonObject json;
    ApiError error = ErrorBody::classify(result, &json);
    QStringList details;
    if (json.contains(QLatin1String("code")) || json.contains(QLatin1String("description"))) {
        error.setProviderCode(json.value(QLatin1String("code")).toString());
        const QString description = json.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            error.setMessage(description);
    } else if (json.contains(QLatin1String("error")) || json.contains(QLatin1String("message"))) {
        error.setProviderCode(json.value(QLatin1String("error")).toString());
        const QString message = json.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            error.setMessage(message);
        const QString path = json.value(QLatin1String("path")).toString();
        if (!path.isEmpty())
            details << ApiError::tr("path %1").arg(path);
        const qint64 timestamp = qint64(json.value(QLatin1String("timestamp")).toDouble(0));
        if (timestamp > 0) {
            details << ApiError::tr("server time %1")
                           .arg(QDateTime::fromMSecsSinceEpoch(timestamp, QTimeZone::utc())
                                    .toString(Qt::ISODateWithMs));
        }
    }
    for (const char *header : {"x-request-id", "x-correlation-id", "x-amzn-requestid"}) {
        const QByteArray id = result.header(header);
        if (!id.isEmpty()) {
            error.setRequestId(QString::fromLatin1(id));
            break;
        }
    }
    details << ApiError::tr("answered at %1 UTC")
                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    error.setDetails(details.join(QLatin1String(", ")));
    if (result.httpStatus == 409) {
        error.setMessage(ApiError::tr("%1 RSA refuses to enable a user who is pending deletion "
                                      "or was disabled by identity-source synchronization: "
                                      "fix it in the identity source or un-mark the deletion.")
                             .arg(error.message()));
    }
    return error;
}

} // namespace Gatehouse::SecurIdWire
