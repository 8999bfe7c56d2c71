// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultsocket.h"

#include "sandbox/simhttp.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
using NativeSocket = SOCKET;
#else
#include <sys/socket.h>
using NativeSocket = int;
#endif

namespace Gatehouse::Sandbox {

FaultSocket::FaultSocket(QObject *parent)
    : QTcpSocket(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FaultSocket::flushDue);
}

void FaultSocket::send(const QByteArray &bytes, bool closeAfter)
{
    if (m_hung || m_closing || state() != ConnectedState)
        return;
    write(bytes);
    if (closeAfter) {
        m_closing = true;
        disconnectFromHost(); // flushes what was written, then FIN
    }
}

void FaultSocket::enqueue(qint64 dueMs, const QByteArray &bytes, bool closeAfter)
{
    m_pending.append({dueMs, bytes, closeAfter});
    if (!m_timer.isActive())
        m_timer.start(int(qMax<qint64>(0, m_pending.first().dueMs - m_clock.elapsed())));
}

void FaultSocket::flushDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_pending.isEmpty() && m_pending.first().dueMs <= now) {
        const Pending p = m_pending.takeFirst();
        send(p.bytes, p.closeAfter);
    }
    if (!m_pending.isEmpty())
        m_timer.start(int(qMax<qint64>(0, m_pending.first().dueMs - now)));
}

void FaultSocket::deliver(const QByteArray &response, bool closeAfter)
{
    if (!m_pending.isEmpty()) {
        enqueue(m_pending.last().dueMs, response, closeAfter);
        return;
    }
    send(response, closeAfter);
}

void FaultSocket::deliverDelayed(const QByteArray &response, int delayMs)
{
    qint64 due = m_clock.elapsed() + delayMs;
    if (!m_pending.isEmpty())
        due = qMax(due, m_pending.last().dueMs);
    enqueue(due, response, false);
}

void FaultSocket::hang()
{
    m_hung = true;
    m_pending.clear();
    m_timer.stop();
}

void FaultSocket::resetConnection()
{
    m_hung = true;
    m_pending.clear();
    m_timer.stop();
    // Deferred, so the HTTP server finishes with this request before the socket goes away.
    QTimer::singleShot(0, this, [this] {
        const qintptr fd = socketDescriptor();
        if (fd >= 0) {
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            linger option{};
            option.l_onoff = 1;
            option.l_linger = 0;
            ::setsockopt(static_cast<NativeSocket>(fd), SOL_SOCKET, SO_LINGER,
                reinterpret_cast<const char *>(&option), sizeof option);
        }
        abort();
    });
}

void FaultSocket::deliverTruncated(const QByteArray &response)
{
    const qsizetype bodyStart = SimResponse::bodyOffset(response);
    const qsizetype bodySize = response.size() - bodyStart;
    deliver(response.left(bodyStart + bodySize / 2), true);
}

} // namespace Gatehouse::Sandbox
