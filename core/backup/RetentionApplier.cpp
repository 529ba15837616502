#include "backup/RetentionApplier.h"

#include "backup/BackupsInUse.h"
#include "storage/S3Client.h"
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
    Outcome outcome;
    BackupRepository backups(database);
    QList<BackupRecord> doomed = preview(database, jobId, storageId, policy, now, inUse);
    // Deletions an earlier run started but could not finish.
    const QSet<qint64> held = BackupsInUse::ids(database->path());
    for (const BackupRecord &b : backups.list(jobId, 0, true)) {
        if (b.storageId == storageId && b.state == QLatin1String("deleting") && !inUse.contains(b.id)
            && !held.contains(b.id))
            doomed.append(b);
    }
    if (doomed.isEmpty())
        return outcome;

    QList<BackupRecord> marked;
    for (const BackupRecord &b : doomed) {
        if (StoreError e = backups.setState(b.id, QStringLiteral("deleting"))) {
            outcome.problems << e.message;
            continue;
        }
        marked.append(b);
    }
    // A restore that took its hold after the look above but before "deleting" was written would
    // still find the backup complete when it starts; look again now that the mark is there (a
    // restore starting from here on sees "deleting" and refuses), and give such a backup back.
    const QSet<qint64> heldNow = BackupsInUse::ids(database->path());
    QStringList archives;
    QHash<QString, qint64> idByArchive;
    for (const BackupRecord &b : std::as_const(marked)) {
        if (heldNow.contains(b.id)) {
            if (StoreError e = backups.setState(b.id, b.state))
                outcome.problems << e.message;
            continue;
        }
        archives << b.objectKey;
        idByArchive.insert(b.objectKey, b.id);
    }
    if (archives.isEmpty())
        return outcome;
    const S3Result<S3DeleteResult> first = client.deleteObjects(archives);
    if (!first.ok()) {
        outcome.problems << first.error.message;
        return outcome;
    }
    for (const S3DeleteFailure &failure : first.value.failed) {
        // Already gone is what we wanted.
        if (failure.code == QLatin1String("NoSuchKey"))
            continue;
        outcome.problems << failure.message;
        idByArchive.remove(failure.key);
    }

    QStringList rest;
    for (const BackupRecord &b : doomed) {
        if (!idByArchive.contains(b.objectKey))
            continue;
        if (!b.sideKey.isEmpty())
            rest << b.sideKey;
        rest << b.manifestKey;
    }
    const S3Result<S3DeleteResult> second = client.deleteObjects(rest);
    QSet<QString> leftBehind;
    if (!second.ok()) {
        outcome.problems << second.error.message;
        return outcome;
    }
    for (const S3DeleteFailure &failure : second.value.failed) {
        if (failure.code == QLatin1String("NoSuchKey"))
            continue;
        outcome.problems << failure.message;
        leftBehind.insert(failure.key);
    }
    for (const BackupRecord &b : doomed) {
        if (!idByArchive.contains(b.objectKey) || leftBehind.contains(b.manifestKey)
            || (!b.sideKey.isEmpty() && leftBehind.contains(b.sideKey)))
            continue;
        if (StoreError e = backups.setState(b.id, QStringLiteral("deleted")))
            outcome.problems << e.message;
        else
            outcome.deleted << b.id;
    }
    return outcome;
}

} // namespace cairn
