// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include "providers/identityprovider.h"
#include "providers/providerconfig.h"
#include "support/sandboxfixture.h"

namespace Gatehouse::Test {

// Provider configurations for the sandbox's default credentials (no rate limit on our side,
// so tests can see the sandbox's own 429s).
inline ProviderConfig sandboxConfig(SandboxFixture &sandbox, ProviderKind kind)
{
    const QJsonObject info = sandbox.info();
    ProviderConfig config;
    config.kind = kind;
    config.baseUrl = sandbox.baseUrl();
    switch (kind) {
    case ProviderKind::SailPoint: {
        const QJsonObject sp = info.value(QLatin1String("sailpoint")).toObject();
        config.clientId = sp.value(QLatin1String("clientId")).toString();
        config.clientSecret = sp.value(QLatin1String("clientSecret")).toString().toUtf8();
        break;
    }
    case ProviderKind::Huawei: {
        const QJsonObject hw = info.value(QLatin1String("huawei")).toObject();
        config.identityStoreId = hw.value(QLatin1String("identityStoreId")).toString();
        config.accessKey = hw.value(QLatin1String("accessKey")).toString();
        config.secretKey = hw.value(QLatin1String("secretKey")).toString().toUtf8();
        break;
    }
    case ProviderKind::SecurId: {
        QFile keyFile(info.value(QLatin1String("securid"))
                          .toObject()
                          .value(QLatin1String("keyFile"))
                          .toString());
        if (keyFile.open(QIODevice::ReadOnly))
            config.keyFile = keyFile.readAll();
        break;
    }
    }
    return config;
}

// Runs one asynchronous provider operation and waits for its result (tests only).
// std::nullopt when nothing arrived within the timeout.
template <typename T>
std::optional<Result<T>> await(
    const std::function<void(QObject *, ResultHandler<T>)> &start, int timeoutMs = 30000)
{
    QObject context;
    QEventLoop loop;
    std::optional<Result<T>> result;
    start(&context, [&](const Result<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

} // namespace Gatehouse::Test
