#include "backup/BackupRemover.h"

#include "backup/BackupsInUse.h"
#include "storage/S3Client.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>

namespace cairn {

namespace {

// Deletes keys; returns the ones still there, with one sentence per problem added to problems.
QSet<QString> deleteKeys(S3Client &client, const QStringList &keys, QStringList &problems)
{
    QSet<QString> left;
    if (keys.isEmpty())
        return left;
    const S3Result<S3DeleteResult> result = client.deleteObjects(keys);
    if (!result.ok()) {
        problems << result.error.message;
        return QSet<QString>(keys.cbegin(), keys.cend());
    }
    for (const S3DeleteFailure &failure : result.value.failed) {
        // Already gone is what we wanted.
        if (failure.code == QLatin1String("NoSuchKey"))
            continue;
        problems << failure.message;
        left.insert(failure.key);
    }
    return left;
}

} // namespace

BackupRemover::Outcome BackupRemover::remove(
    S3Client &client, const std::shared_ptr<Database> &database, const QList<BackupRecord> &backups)
{
    Outcome outcome;
    BackupRepository repository(database);
    QList<BackupRecord> marked;
    for (const BackupRecord &b : backups) {
        if (StoreError e = repository.setState(b.id, QStringLiteral("deleting"))) {
            outcome.problems << e.message;
            continue;
        }
        marked.append(b);
    }
    // A restore that took its hold after the caller looked but before "deleting" was written would
    // still have found the backup complete when it started; look again now that the mark is there (a
    // restore starting from here on sees "deleting" and refuses), and give such a backup back.
    const QSet<qint64> held = BackupsInUse::ids(database->path());
    QList<BackupRecord> doomed;
    QStringList archives;
    for (const BackupRecord &b : std::as_const(marked)) {
        if (held.contains(b.id)) {
            if (StoreError e = repository.setState(b.id, b.state))
                outcome.problems << e.message;
            outcome.inUse << b.id;
            continue;
        }
        doomed << b;
        archives << b.objectKey;
    }

    const QSet<QString> archivesLeft = deleteKeys(client, archives, outcome.problems);
    QList<BackupRecord> archiveGone;
    QStringList rest;
    for (const BackupRecord &b : std::as_const(doomed)) {
        if (archivesLeft.contains(b.objectKey))
            continue;
        archiveGone << b;
        if (!b.sideKey.isEmpty())
            rest << b.sideKey;
        rest << b.manifestKey;
    }
    const QSet<QString> restLeft = deleteKeys(client, rest, outcome.problems);
    for (const BackupRecord &b : std::as_const(archiveGone)) {
        if (restLeft.contains(b.manifestKey) || (!b.sideKey.isEmpty() && restLeft.contains(b.sideKey)))
            continue;
        if (StoreError e = repository.setState(b.id, QStringLiteral("deleted")))
            outcome.problems << e.message;
        else
            outcome.deleted << b.id;
    }
    return outcome;
}

} // namespace cairn
