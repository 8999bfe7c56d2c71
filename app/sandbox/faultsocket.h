// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

namespace Gatehouse::Sandbox {

// One client connection of the sandbox. Every response goes out through deliver*(), which
// is where socket-level faults happen, so the client sees exactly the fault: a delay, a
// connection that never answers, a TCP reset, or a body shorter than its Content-Length.
// Responses on one connection keep their order even when one of them is delayed.
class FaultSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultSocket)

public:
    explicit FaultSocket(QObject *parent = nullptr);

    // Sends `response` (after any delayed one still pending); closes afterwards if asked.
    void deliver(const QByteArray &response, bool closeAfter = false);
    // Sends `response` after `delayMs` milliseconds.
    void deliverDelayed(const QByteArray &response, int delayMs);
    // Swallows this response and everything after it; the connection stays open.
    void hang();
    // Aborts the connection with a TCP reset (RST) instead of answering.
    void resetConnection();
    // Sends the headers and only half of the body (Content-Length stays the full size), then
    // closes the connection.
    void deliverTruncated(const QByteArray &response);

    bool isHung() const { return m_hung; }

private:
    struct Pending
    {
        qint64 dueMs;
        QByteArray bytes;
        bool closeAfter;
    };
    void enqueue(qint64 dueMs, const QByteArray &bytes, bool closeAfter);
    void flushDue();
    void send(const QByteArray &bytes, bool closeAfter);

    QList<Pending> m_pending;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_hung = false;
    bool m_closing = false;
};

} // namespace Gatehouse::Sandbox
