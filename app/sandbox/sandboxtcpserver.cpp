// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxtcpserver.h"

#include "sandbox/faultsocket.h"

namespace Gatehouse::Sandbox {

SandboxTcpServer::SandboxTcpServer(QObject *parent)
    : QTcpServer(parent)
{ }

void SandboxTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new FaultSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const quint16 port = socket->peerPort();
    m_sockets.insert(port, socket);
    // Forget the connection when it closes or is destroyed by the HTTP server, whichever
    // comes first; a later connection may reuse the port.
    auto forget = [this, port, socket] {
        const auto it = m_sockets.constFind(port);
        if (it != m_sockets.constEnd() && (it->isNull() || it->data() == socket))
            m_sockets.remove(port);
    };
    connect(socket, &QObject::destroyed, this, forget);
    connect(socket, &QAbstractSocket::disconnected, this, forget);
    addPendingConnection(socket);
    emit connectionOpened(int(m_sockets.size()));
    // QTcpServer emits newConnection() itself once this returns.
}

FaultSocket *SandboxTcpServer::socketForPeerPort(quint16 port) const
{
    return m_sockets.value(port);
}

void SandboxTcpServer::abortAll()
{
    const auto sockets = m_sockets;
    for (const auto &socket : sockets) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
}

} // namespace Gatehouse::Sandbox
