// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QJsonDocument>

#include "support/cliprocess.h"
#include "support/sandboxfixture.h"

namespace Gatehouse::Test {

// Adds one profile per provider pointing at the sandbox ("sp", "hw", "rsa"); returns the
// GATEHOUSE_SECRET value for each.
inline QHash<QString, QString> addSandboxProfiles(
    const CliProcess &cli, SandboxFixture &sandbox, const QStringList &extra = {})
{
    const QJsonObject info = sandbox.info();
    const QJsonObject sp = info.value(QLatin1String("sailpoint")).toObject();
    const QJsonObject hw = info.value(QLatin1String("huawei")).toObject();
    const QJsonObject rsa = info.value(QLatin1String("securid")).toObject();
    const QString base = sandbox.baseUrl().toString();
    cli.run(
        QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("sp"),
            QStringLiteral("--provider"), QStringLiteral("sailpoint"), QStringLiteral("--base-url"),
            base, QStringLiteral("--client-id"), sp.value(QLatin1String("clientId")).toString()}
        + extra);
    cli.run(QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("hw"),
                QStringLiteral("--provider"), QStringLiteral("huawei"),
                QStringLiteral("--base-url"), base, QStringLiteral("--region"),
                hw.value(QLatin1String("region")).toString(), QStringLiteral("--identity-store-id"),
                hw.value(QLatin1String("identityStoreId")).toString(),
                QStringLiteral("--access-key"), hw.value(QLatin1String("accessKey")).toString()}
        + extra);
    cli.run(QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("rsa"),
                QStringLiteral("--provider"), QStringLiteral("rsa"), QStringLiteral("--key-file"),
                rsa.value(QLatin1String("keyFile")).toString()}
        + extra);
    return {{QStringLiteral("sp"), sp.value(QLatin1String("clientSecret")).toString()},
        {QStringLiteral("hw"), hw.value(QLatin1String("secretKey")).toString()},
        {QStringLiteral("rsa"), rsa.value(QLatin1String("keyFile")).toString()}};
}

} // namespace Gatehouse::Test
