// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxhost.h"

#include <QDir>
#include <QTemporaryDir>
#include <QThread>

#include "core/logging.h"
#include "sandbox/rsakeypair.h"
#include "sandbox/sandboxserver.h"

namespace Gatehouse {

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

SandboxHost::~SandboxHost()
{
    stop();
}

Result<Done> SandboxHost::start()
{
    if (m_server)
        return Done{};
    const QString problem = m_options.validate();
    if (!problem.isEmpty())
        return ApiError(ApiError::Kind::Config, problem);

    m_keyFilePath = m_options.keyFilePath;
    if (m_keyFilePath.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/gatehouse-sandbox-XXXXXX"));
        if (!m_tempDir->isValid()) {
            const QString why = m_tempDir->errorString();
            m_tempDir.reset();
            return ApiError(ApiError::Kind::Config,
                QStringLiteral("cannot create a temporary folder for the key file: %1").arg(why));
        }
        m_keyFilePath = m_tempDir->filePath(QStringLiteral("sandbox-admin-api.key"));
    }

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("gatehouse-sandbox"));
    m_thread->start();
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread.get());

    QString error;
    const SandboxOptions options = m_options;
    const QString keyFile = m_keyFilePath;
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            auto *server = new Sandbox::SandboxServer(options);
            error = server->start(keyFile);
            if (!error.isEmpty()) {
                delete server;
                return;
            }
            m_server = server;
            m_port = server->port();
            m_readyInfo = server->readyInfo();
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        stop();
        return ApiError(ApiError::Kind::Config, error);
    }
    return Done{};
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server; // closes the listener and every connection, in its own thread
            m_server = nullptr;
            Sandbox::RsaKeyPair::releaseThreadState();
            m_anchor->deleteLater(); // runs when the thread's event loop ends
        },
        Qt::BlockingQueuedConnection);
    m_anchor = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_tempDir.reset();
    m_port = 0;
}

QUrl SandboxHost::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl SandboxHost::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

} // namespace Gatehouse
