// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/huawei/huaweiwire.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include "net/errorbody.h"

namespace Gatehouse::HuaweiWire {

namespace {

QString primaryEmail(const QJsonArray &emails)
{
    QString first;
    for (const QJsonValue &item : emails) {
        const QJsonObject email = item.toObject();
        const QString value = email.value(QLatin1String("value")).toString();
        if (email.value(QLatin1String("primary")).toBool() && !value.isEmpty())
            return value;
        if (first.isEmpty())
            first = value;
    }
    return first;
}

// created_at/updated_at are int64 whose unit is not documented: values past year 33658 in
// seconds are milliseconds.
QDateTime fromEpoch(const QJsonValue &value)
{
    const qint64 number = qint64(value.toDouble(0));
    if (number <= 0)
        return QDateTime();
    return number > 1000000000000LL ? QDateTime::fromMSecsSinceEpoch(number, QTimeZone::utc())
                                    : QDateTime::fromSecsSinceEpoch(number, QTimeZone::utc());
}

} // namespace

UserRecord toUser(const QJsonObject &json)
{
    UserRecord user;
    user.id = json.value(QLatin1String("user_id")).toString();
    user.login = json.value(QLatin1String("user_name")).toString();
    user.displayName = json.value(QLatin1String("display_name")).toString();
    if (user.displayName.isEmpty()) {
        const QJsonObject name = json.value(QLatin1String("name")).toObject();
        user.displayName = name.value(QLatin1String("formatted")).toString();
        if (user.displayName.isEmpty()) {
            const QString full = name.value(QLatin1String("given_name")).toString()
                + QLatin1Char(' ') + name.value(QLatin1String("family_name")).toString();
            user.displayName = full.trimmed();
        }
    }
    user.email = primaryEmail(json.value(QLatin1String("emails")).toArray());
    // Users synced from an external IdP (SCIM) carry external ids; their state may be
    // overwritten by that IdP.
    const bool external = !json.value(QLatin1String("external_id")).toString().isEmpty()
        || !json.value(QLatin1String("external_ids")).toArray().isEmpty();
    user.source =
        external ? ApiError::tr("External IdP (SCIM)") : ApiError::tr("Identity Center directory");
    user.state = json.value(QLatin1String("enabled")).toBool(true) ? UserRecord::State::Enabled
                                                                   : UserRecord::State::Disabled;
    user.modified = fromEpoch(json.value(QLatin1String("updated_at")));
    user.raw = json;
    return user;
}

ApiError parseError(const ApiResult &result)
{
    QJsonObject json;
    ApiError error = ErrorBody::classify(result, &json);
    QString requestId = json.value(QLatin1String("request_id")).toString();
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(result.header("x-request-id"));
    error.setRequestId(requestId);
    if (json.isEmpty())
        return error;
    QString code = json.value(QLatin1String("error_code")).toString();
    QString message = json.value(QLatin1String("error_msg")).toString();
    if (code.isEmpty())
        code = json.value(QLatin1String("code")).toString();
    if (message.isEmpty())
        message = json.value(QLatin1String("message")).toString();
    error.setProviderCode(code);
    // The gateway echoes its canonical request on signature errors; it can hold the STS
    // security token, which must not reach logs, the journal or the screen.
    static const QRegularExpression token(QStringLiteral("(x-security-token:)[^|\\n]*"));
    message.replace(token, QStringLiteral("\\1******"));
    if (!message.isEmpty())
        error.setMessage(message);
    const QString encoded = json.value(QLatin1String("encoded_authorization_message")).toString();
    if (!encoded.isEmpty())
        error.setDetails(ApiError::tr("Authorization details for Huawei support: %1").arg(encoded));
    // Gateway throttling may arrive without a 429 status.
    if (code.endsWith(QLatin1String(".0308")))
        error = ApiError(ApiError::Kind::RateLimited, error.message(), error.httpStatus())
                    .setProviderCode(code)
                    .setRequestId(requestId);
    if (code.startsWith(QLatin1String("APIGW.030")) && error.kind() == ApiError::Kind::Auth) {
        error.setMessage(ApiError::tr("%1 Check the AK/SK and that this computer's clock is "
                                      "right (signatures expire after 15 minutes).")
                             .arg(message));
    }
    return error;
}

} // namespace Gatehouse::HuaweiWire
