// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QString>

#include "core/clock.h"
#include "sandbox/httpservercompat.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/simhttp.h"

namespace Gatehouse::Sandbox {

class ControlHandler;
class FaultSocket;
class HuaweiSim;
class ProviderSim;
class SailPointSim;
class SandboxState;
class SandboxTcpServer;
class SecurIdSim;

// The HTTP server of the sandbox: one dispatch point for every request. It maps the request
// to its socket, answers /_sandbox/ itself, settles due SailPoint tasks, picks the provider
// by path, applies the fault spec (before or after the provider processed the request) and
// writes the response through the connection's FaultSocket. Lives in one thread (the
// SandboxHost's); nothing in it is touched from elsewhere.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(
        const SandboxOptions &options, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~SandboxServer() override;

    // Generates the RSA key, listens on 127.0.0.1, writes the admin API key file to
    // `keyFilePath`. An error text, or empty on success.
    QString start(const QString &keyFilePath);
    // Closes the listener and every connection.
    void shutdown();

    quint16 port() const;
    QString baseUrl() const;
    // {"baseUrl", "sailpoint": {...}, "huawei": {...}, "securid": {...}}
    QJsonObject readyInfo() const { return m_readyInfo; }

protected:
    bool handleRequest(const QHttpServerRequest &request, GATEHOUSE_HTTPSERVER_HANDLE_ARG) override;
    void missingHandler(
        const QHttpServerRequest &request, GATEHOUSE_HTTPSERVER_MISSING_ARG) override;

private:
    void dispatch(const QHttpServerRequest &request, FaultSocket *socket);
    SimRequest toSimRequest(const QHttpServerRequest &request) const;
    ProviderSim *providerFor(const QString &path) const;

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SailPointSim> m_sailpoint;
    std::unique_ptr<HuaweiSim> m_huawei;
    std::unique_ptr<SecurIdSim> m_securid;
    std::unique_ptr<ControlHandler> m_control;
    SandboxTcpServer *m_tcp = nullptr; // owned through the QObject tree once bound
    QJsonObject m_readyInfo;
};

} // namespace Gatehouse::Sandbox
