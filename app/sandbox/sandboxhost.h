// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/result.h"
#include "sandbox/sandboxoptions.h"

class QTemporaryDir;
class QThread;

namespace Gatehouse {

namespace Sandbox {
class SandboxServer;
}

// Runs the provider sandbox on 127.0.0.1 in a thread of its own. The GUI (--sandbox), the
// CLI (`sandbox serve`), tests and benchmarks use it; they talk to it over real HTTP only.
//
//   SandboxHost host(options);
//   if (const auto started = host.start(); !started) ...started.error().message()...
//   QNetworkRequest request(host.url(QStringLiteral("/v3/accounts")));
//
// start() blocks until the server listens (a few hundred ms; about 1 s for 1,000,000 users)
// and writes the RSA admin API key file (into a temporary folder owned by the host unless
// SandboxOptions::keyFilePath names one). stop() and the destructor close every connection,
// stop the thread and remove the temporary folder. Not thread-safe: use one host from one
// thread.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxHost() override;

    Result<Done> start();
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    const SandboxOptions &options() const { return m_options; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT": the base URL of all three providers.
    QUrl baseUrl() const;
    // baseUrl() plus an absolute path such as "/v3/accounts" (query allowed: "/x?a=b").
    QUrl url(const QString &pathAndQuery) const;
    // The JSON `gatehouse-cli sandbox serve` prints: {"baseUrl", "sailpoint": {"baseUrl",
    // "clientId", "clientSecret"}, "huawei": {"baseUrl", "region", "identityStoreId",
    // "accessKey", "secretKey"}, "securid": {"baseUrl", "keyFile"}}.
    QJsonObject readyInfo() const { return m_readyInfo; }
    QString keyFilePath() const { return m_keyFilePath; }

private:
    SandboxOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QObject *m_anchor = nullptr; // lives in m_thread; calls are queued to it
    Sandbox::SandboxServer *m_server = nullptr; // lives in m_thread
    QJsonObject m_readyInfo;
    QString m_keyFilePath;
    quint16 m_port = 0;
};

} // namespace Gatehouse
