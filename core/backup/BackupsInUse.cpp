#include "backup/BackupsInUse.h"

#include <QHash>
#include <QMutex>

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

} // namespace

BackupsInUse::Hold::Hold(qint64 backupId) : m_backupId(backupId)
{
    if (m_backupId <= 0)
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    ++r.counts[m_backupId];
}

BackupsInUse::Hold::~Hold()
{
    if (m_backupId <= 0)
        return;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (--r.counts[m_backupId] <= 0)
        r.counts.remove(m_backupId);
}

QSet<qint64> BackupsInUse::ids()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QSet<qint64> out;
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
        out.insert(it.key());
    return out;
}

bool BackupsInUse::contains(qint64 backupId)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.counts.contains(backupId);
}

} // namespace cairn
