#include "schedule/SchedulerLock.h"

#include <QDir>
#include <QFileInfo>

namespace cairn {

SchedulerLock::SchedulerLock(const QString &databasePath)
    : m_path(lockPathFor(databasePath)), m_file(std::make_unique<QLockFile>(m_path))
{
    // A daemon holds the lock for months: never call it stale by age, only when its process is gone.
    m_file->setStaleLockTime(0);
}

SchedulerLock::~SchedulerLock()
{
    unlock();
}

QString SchedulerLock::lockPathFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".scheduler.lock"));
}

bool SchedulerLock::tryLock()
{
    if (m_locked)
        return true;
    if (m_file->tryLock(0)) {
        m_locked = true;
        m_refusal.clear();
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &application)) {
        m_refusal = tr("Another Cairn (%1, process %2 on %3) already schedules the backups of this "
                       "database, so this one shows runs but starts none by itself; quit the other one "
                       "to schedule here.")
                        .arg(application.isEmpty() ? QStringLiteral("cairn") : application)
                        .arg(pid)
                        .arg(host.isEmpty() ? tr("this computer") : host);
    } else if (m_file->error() == QLockFile::LockFailedError) {
        m_refusal = tr("Another Cairn already schedules the backups of this database, so this one shows "
                       "runs but starts none by itself; quit the other one to schedule here.");
    } else {
        m_refusal = tr("Cairn could not create its scheduler lock %1, so it starts no backups by itself; "
                       "check that the database folder is writable.")
                        .arg(m_path);
    }
    return false;
}

void SchedulerLock::unlock()
{
    if (m_locked) {
        m_file->unlock();
        m_locked = false;
    }
}

} // namespace cairn
