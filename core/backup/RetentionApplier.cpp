#include "backup/RetentionApplier.h"

#include "backup/BackupRemover.h"
#include "backup/BackupsInUse.h"
#include "store/Database.h"

#include <QHash>

namespace cairn {

QList<BackupRecord> RetentionApplier::preview(const std::shared_ptr<Database> &database, qint64 jobId,
    qint64 storageId, const RetentionPolicy &policy, const QDateTime &now, const QSet<qint64> &inUse)
{
    QHash<qint64, BackupRecord> byId;
    QList<RetentionItem> items;
    for (const BackupRecord &b : BackupRepository(database).list(jobId)) {
        if (b.storageId != storageId)
            continue;
        byId.insert(b.id, b);
        items.append(RetentionItem { b.id, b.createdAt, b.isComplete() });
    }
    QList<BackupRecord> doomed;
    // A backup a restore or verify is reading, in this process or another one, is never deleted under it.
    for (qint64 id : Retention::select(policy, items, now, inUse + BackupsInUse::ids(database->path())))
        doomed.append(byId.value(id));
    return doomed;
}

RetentionApplier::Outcome RetentionApplier::apply(S3Client &client, const std::shared_ptr<Database> &database,
    qint64 jobId, qint64 storageId, const RetentionPolicy &policy, const QDateTime &now,
    const QSet<qint64> &inUse)
{
    QList<BackupRecord> doomed = preview(database, jobId, storageId, policy, now, inUse);
    // Deletions an earlier run started but could not finish.
    const QSet<qint64> held = BackupsInUse::ids(database->path());
    for (const BackupRecord &b : BackupRepository(database).list(jobId, 0, true)) {
        if (b.storageId == storageId && b.state == QLatin1String("deleting") && !inUse.contains(b.id)
            && !held.contains(b.id))
            doomed.append(b);
    }
    if (doomed.isEmpty())
        return {};
    const BackupRemover::Outcome removed = BackupRemover::remove(client, database, doomed);
    return Outcome { removed.deleted, removed.problems };
}

} // namespace cairn
