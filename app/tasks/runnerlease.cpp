// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/runnerlease.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#else
#include <cerrno>

#include <signal.h>
#endif

#include "core/logging.h"

namespace Gatehouse {

namespace {

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = ::OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    const bool running = ::WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    ::CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

} // namespace

RunnerLease::RunnerLease(const QString &journalDirectory)
    : m_directory(QDir(journalDirectory).filePath(QStringLiteral("runners")))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(lockPath(m_directory, m_id));
    // Liveness is decided by the holder's process, never by the lock's age.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qCWarning(lcTasks) << "cannot take the runner lock in" << m_directory << m_lock->error();
}

RunnerLease::~RunnerLease()
{
    if (m_lock)
        m_lock->unlock();
}

bool RunnerLease::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

bool RunnerLease::isAlive(const QString &ownerId) const
{
    if (ownerId == m_id)
        return isHeld();
    return isOwnerAlive(QFileInfo(m_directory).path(), ownerId);
}

bool RunnerLease::isOwnerAlive(const QString &journalDirectory, const QString &ownerId)
{
    if (ownerId.isEmpty() || ownerId.contains(QLatin1Char('/'))
        || ownerId.contains(QLatin1Char('\\')))
        return false;
    const QString path =
        lockPath(QDir(journalDirectory).filePath(QStringLiteral("runners")), ownerId);
    if (!QFileInfo::exists(path))
        return false;
    // Decide by the holder's process id alone. QLockFile's own staleness test also compares
    // program names, which can call a live runner dead (the CLI's application name is not its
    // file name); a reused process id errs the safe way: the actions wait.
    qint64 pid = 0;
    QString host;
    QString application;
    if (!QLockFile(path).getLockInfo(&pid, &host, &application))
        return true; // being written right now, or unreadable: assume alive
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true; // another machine sharing the folder: cannot tell
    if (processExists(pid))
        return true;
    QFile::remove(path);
    return false;
}

QString RunnerLease::lockPath(const QString &runnersDirectory, const QString &id)
{
    return QDir(runnersDirectory).filePath(id + QStringLiteral(".lock"));
}

} // namespace Gatehouse
