// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>

namespace Gatehouse::Sandbox {

class FaultSocket;

// The listening socket of the sandbox: makes a FaultSocket for every connection (Qt HTTP
// Server 6.8 no longer listens itself; we listen and bind() this server to it) and keeps
// track of live connections, so a request can be mapped back to its socket by the client's
// port.
class SandboxTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTcpServer)

public:
    explicit SandboxTcpServer(QObject *parent = nullptr);

    FaultSocket *socketForPeerPort(quint16 port) const;
    int liveConnections() const { return int(m_sockets.size()); }
    // Aborts every live connection (shutdown).
    void abortAll();

signals:
    void connectionOpened(int liveConnections);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QHash<quint16, QPointer<FaultSocket>> m_sockets;
};

} // namespace Gatehouse::Sandbox
