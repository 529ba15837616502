#include "backup/BackupsInUse.h"

#include <QDir>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QUuid>

namespace cairn {

namespace {

// A count per backup: two restores of the same backup each hold it.
struct Registry {
    QMutex mutex;
    QHash<qint64, int> counts;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// "<id>-<uuid>.lock": one file per hold, so two holds of one backup never share a lock.
qint64 backupIdOf(const QString &fileName)
{
    const qsizetype dash = fileName.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 id = dash > 0 ? fileName.left(dash).toLongLong(&ok) : 0;
    return ok && id > 0 ? id : 0;
}

QSet<qint64> heldByAnyProcess(const QString &databasePath)
{
    QSet<qint64> out;
    if (databasePath.isEmpty())
        return out;
    const QDir folder(BackupsInUse::folderFor(databasePath));
    for (const QString &name : folder.entryList({ QStringLiteral("*.lock") }, QDir::Files)) {
        const qint64 id = backupIdOf(name);
        if (id <= 0)
            continue;
        // Every file is probed, also for a backup already found held: a dead holder's file beside a
        // live holder's of the same backup is removed now, not left until the live one ends.
        // tryLock succeeds only on a lock whose owner is gone (stale); taking it and letting it go
        // removes the file. A lock held by a live process, this one included, fails.
        QLockFile probe(folder.filePath(name));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            probe.unlock();
        else if (probe.error() == QLockFile::LockFailedError)
            out.insert(id);
    }
    return out;
}

} // namespace

QString BackupsInUse::folderFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".inuse");
}

BackupsInUse::Hold::Hold(qint64 backupId, const QString &databasePath) : m_backupId(backupId)
{
    if (m_backupId <= 0)
        return;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        ++r.counts[m_backupId];
    }
    if (databasePath.isEmpty())
        return;
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return;
    auto lock = std::make_unique<QLockFile>(
        QDir(folder).filePath(QStringLiteral("%1-%2.lock")
                                  .arg(m_backupId)
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    // Never stale by age: a restore may run for hours; only a dead owner makes it stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        m_lock = std::move(lock);
}

BackupsInUse::Hold::~Hold()
{
    if (m_backupId <= 0)
        return;
    if (m_lock)
        m_lock->unlock();
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (--r.counts[m_backupId] <= 0)
        r.counts.remove(m_backupId);
}

QSet<qint64> BackupsInUse::ids(const QString &databasePath)
{
    QSet<qint64> out = heldByAnyProcess(databasePath);
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        out.insert(it.key());
    return out;
}

bool BackupsInUse::contains(qint64 backupId, const QString &databasePath)
{
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        if (r.counts.contains(backupId))
            return true;
    }
    return heldByAnyProcess(databasePath).contains(backupId);
}

} // namespace cairn
