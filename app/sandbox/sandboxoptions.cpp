// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxoptions.h"

#include "sandbox/faultspec.h"

namespace Gatehouse {

QString SandboxRateLimit::toString() const
{
    if (!isSet())
        return QString();
    return QString::number(requests) + QLatin1Char('/') + QString::number(seconds);
}

bool SandboxRateLimit::parse(const QString &text, SandboxRateLimit *limit, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    bool okN = false;
    bool okS = false;
    const int n = slash > 0 ? trimmed.left(slash).toInt(&okN) : 0;
    const int s = slash > 0 ? trimmed.mid(slash + 1).toInt(&okS) : 0;
    if (!okN || !okS || n < 1 || s < 1) {
        *error = QStringLiteral("invalid rate limit '%1': expected REQUESTS/SECONDS, e.g. 100/10")
                     .arg(text);
        return false;
    }
    limit->requests = n;
    limit->seconds = s;
    return true;
}

QString SandboxOptions::validate() const
{
    if (users < 0 || users > maxUsers)
        return QStringLiteral("users must be between 0 and %1").arg(maxUsers);
    if (taskSeconds < 0 || taskSeconds > maxTaskSeconds)
        return QStringLiteral("task seconds must be between 0 and %1").arg(maxTaskSeconds);
    if (tokenSeconds < 1 || tokenSeconds > maxTokenSeconds)
        return QStringLiteral("token seconds must be between 1 and %1").arg(maxTokenSeconds);
    if (rate.requests < 0 || rate.seconds < 0)
        return QStringLiteral("invalid rate limit");
    QString error;
    if (!faults.isEmpty() && !Sandbox::FaultSpec::parse(faults, nullptr, &error))
        return error;
    return QString();
}

QJsonObject SandboxOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("users"), users},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("rate"), rate.isSet() ? QJsonValue(rate.toString()) : QJsonValue()},
        {QStringLiteral("taskSeconds"), taskSeconds},
        {QStringLiteral("tokenSeconds"), tokenSeconds},
        {QStringLiteral("faults"), faults},
    };
}

} // namespace Gatehouse
