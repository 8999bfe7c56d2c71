// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sailpoint/sailpointwire.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "net/errorbody.h"

namespace Gatehouse::SailPointWire {

namespace {

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

QString joinTexts(const QJsonArray &messages, const char *textKey)
{
    QStringList texts;
    for (const QJsonValue &item : messages) {
        const QJsonObject message = item.toObject();
        QString text = message.value(QLatin1String(textKey)).toString();
        if (text.isEmpty()) // task-status messages: {localizedText: {message}}
            text = message.value(QLatin1String("localizedText"))
                       .toObject()
                       .value(QLatin1String("message"))
                       .toString();
        if (!text.trimmed().isEmpty())
            texts.append(text.trimmed());
    }
    return texts.join(QLatin1String("; "));
}

} // namespace

UserRecord toUser(const QJsonObject &account)
{
    const QJsonObject attributes = account.value(QLatin1String("attributes")).toObject();
    const QJsonObject identity = account.value(QLatin1String("identity")).toObject();
    UserRecord user;
    user.id = account.value(QLatin1String("id")).toString();
    user.login = firstString(account, {"nativeIdentity", "name"});
    user.displayName = firstString(attributes, {"displayName", "fullName"});
    if (user.displayName.isEmpty())
        user.displayName = identity.value(QLatin1String("name")).toString();
    if (user.displayName.isEmpty())
        user.displayName = account.value(QLatin1String("name")).toString();
    user.email = firstString(attributes, {"mail", "email", "emailAddress"});
    user.source = account.value(QLatin1String("sourceName")).toString();
    user.state = account.value(QLatin1String("disabled")).toBool() ? UserRecord::State::Disabled
                                                                   : UserRecord::State::Enabled;
    user.locked = account.value(QLatin1String("locked")).toBool();
    user.modified = QDateTime::fromString(
        account.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs);
    user.raw = account;
    return user;
}

TaskStatus toTaskStatus(const QJsonObject &status)
{
    TaskStatus task;
    task.id = status.value(QLatin1String("id")).toString();
    task.raw = status;
    task.percentComplete = status.value(QLatin1String("percentComplete")).toInt(-1);
    task.message = joinTexts(status.value(QLatin1String("messages")).toArray(), "text");
    const QString completion = status.value(QLatin1String("completionStatus")).toString();
    if (completion.isEmpty())
        task.state = TaskStatus::State::Running;
    else if (completion == QLatin1String("SUCCESS"))
        task.state = TaskStatus::State::Succeeded;
    else if (completion == QLatin1String("WARNING"))
        task.state = TaskStatus::State::Warning;
    else if (completion == QLatin1String("TEMPERROR"))
        task.state = TaskStatus::State::TempError; // read as "temporary error" (unconfirmed)
    else
        task.state = TaskStatus::State::Failed; // ERROR, TERMINATED and anything new
    if (task.state != TaskStatus::State::Running) {
        // From creation (the 202), not launch: queueing is part of the wait. Both carry
        // milliseconds; a difference of the provider's own clock, so no skew.
        const auto time = [&status](const char *name) {
            return QDateTime::fromString(
                status.value(QLatin1String(name)).toString(), Qt::ISODateWithMs);
        };
        QDateTime start = time("created");
        if (!start.isValid())
            start = time("launched");
        const QDateTime end = time("completed");
        if (start.isValid() && end.isValid() && start <= end)
            task.durationMs = start.msecsTo(end);
    }
    if (task.message.isEmpty() && task.state == TaskStatus::State::Failed)
        task.message = ApiError::tr("The task ended with %1.").arg(completion);
    return task;
}

ApiError parseError(const ApiResult &result)
{
    QJsonObject json;
    ApiError error = ErrorBody::classify(result, &json);
    if (json.isEmpty())
        return error;
    if (json.contains(QLatin1String("detailCode")) || json.contains(QLatin1String("trackingId"))) {
        error.setProviderCode(json.value(QLatin1String("detailCode")).toString());
        error.setRequestId(json.value(QLatin1String("trackingId")).toString());
        QString text = joinTexts(json.value(QLatin1String("messages")).toArray(), "text");
        const QString causes = joinTexts(json.value(QLatin1String("causes")).toArray(), "text");
        if (!causes.isEmpty())
            text = text.isEmpty() ? causes : text + QLatin1String(" (") + causes + QLatin1Char(')');
        if (!text.isEmpty())
            error.setMessage(text);
    } else if (json.contains(QLatin1String("error"))) {
        error.setProviderCode(json.value(QLatin1String("error")).toString());
        const QString description = json.value(QLatin1String("error_description")).toString();
        error.setMessage(description.isEmpty() ? error.providerCode() : description);
    } else if (json.contains(QLatin1String("message"))) {
        error.setMessage(json.value(QLatin1String("message")).toString().trimmed());
    }
    if (result.httpStatus == 401 && error.message().contains(QLatin1String("expired"))) {
        error.setMessage(ApiError::tr("The access token expired (%1).").arg(error.message()));
    }
    return error;
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString filterFor(const UserQuery &query)
{
    const QString text = query.text.trimmed();
    if (text.isEmpty())
        return QString();
    // An operator after a field name means the operator wrote a filter expression.
    static const QRegularExpression expression(
        QStringLiteral(R"(^\(*\s*[A-Za-z][\w.]*\s+(eq|ne|sw|co|in|gt|ge|lt|le|pr|isnull)\b)"));
    if (expression.match(text).hasMatch())
        return text;
    if (!query.field.isEmpty())
        return query.field + QLatin1String(" sw ") + quoted(text);
    const QString value = quoted(text);
    return QLatin1String("name sw ") + value + QLatin1String(" or nativeIdentity sw ") + value
        + QLatin1String(" or identity.name sw ") + value;
}

} // namespace Gatehouse::SailPointWire
