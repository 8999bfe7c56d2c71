// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QLockFile>
#include <QString>

namespace Gatehouse {

// Who is alive among the runners sharing a journal. Each runner holds a lock file
// "runners/<id>.lock" beside the journal while it lives; the operating system drops the lock
// when the process dies, however it dies. Recovery takes over only actions whose runner's lock
// is no longer held, so a CLI run never touches what the open GUI is working on.
class RunnerLease final
{
    Q_DISABLE_COPY_MOVE(RunnerLease)

public:
    // Creates a fresh id and takes its lock in `journalDirectory`/runners.
    explicit RunnerLease(const QString &journalDirectory);
    ~RunnerLease();

    const QString &id() const { return m_id; }
    bool isHeld() const;
    // Whether the runner `ownerId` still runs. Unknown ids (no lock file) are not alive; a
    // lock we cannot inspect counts as alive, to stay on the safe side.
    bool isAlive(const QString &ownerId) const;
    // The same for anyone, without holding a lease (tasks watch).
    static bool isOwnerAlive(const QString &journalDirectory, const QString &ownerId);

private:
    static QString lockPath(const QString &runnersDirectory, const QString &id);

    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Gatehouse
