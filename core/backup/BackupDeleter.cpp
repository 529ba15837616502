#include "backup/BackupDeleter.h"

#include "backup/BackupsInUse.h"
#include "security/AuditLog.h"
#include "storage/S3Client.h"
#include "store/BackupRepository.h"

namespace cairn {

namespace {

QString auditObject(const BackupRecord &b)
{
    return QStringLiteral("backup %1 (%2)").arg(b.id).arg(b.objectKey);
}

} // namespace

QString BackupDeleter::refusal(const std::shared_ptr<Database> &database, qint64 backupId)
{
    const auto backup = BackupRepository(database).find(backupId);
    if (!backup || backup->state == QLatin1String("deleted"))
        return tr("That backup is already deleted; reload the list.");
    if (BackupsInUse::contains(backupId))
        return tr("A restore or verify is reading this backup right now; delete it once that has ended.");
    return {};
}

QString BackupDeleter::deleteBackup(
    S3Client &client, const std::shared_ptr<Database> &database, qint64 backupId)
{
    if (QString refused = refusal(database, backupId); !refused.isEmpty())
        return refused;
    BackupRepository backups(database);
    const BackupRecord backup = *backups.find(backupId);
    AuditLog audit(database);
    const auto fail = [&](const QString &sentence) {
        audit.append(QStringLiteral("backup.delete"), auditObject(backup),
            QStringLiteral("failed: ") + sentence, backup.clientId);
        return sentence;
    };
    // From here on the backup is never offered as restorable, even when a step below fails.
    if (StoreError e = backups.setState(backupId, QStringLiteral("deleting")))
        return fail(e.message);
    const S3Status archive = client.deleteObject(backup.objectKey);
    if (!archive.ok() && archive.error.code != QLatin1String("NoSuchKey"))
        return fail(tr("The archive could not be deleted (%1); try again.").arg(archive.error.message));
    // One DELETE per object: a single backup has at most three, and each answer is plain.
    QStringList rest;
    if (!backup.sideKey.isEmpty())
        rest << backup.sideKey;
    rest << backup.manifestKey;
    for (const QString &key : std::as_const(rest)) {
        const S3Status deleted = client.deleteObject(key);
        if (!deleted.ok() && deleted.error.code != QLatin1String("NoSuchKey"))
            return fail(tr("The archive is deleted but %1 could not be (%2); try again.")
                            .arg(key, deleted.error.message));
    }
    if (StoreError e = backups.setState(backupId, QStringLiteral("deleted")))
        return fail(e.message);
    audit.append(QStringLiteral("backup.delete"), auditObject(backup), QStringLiteral("ok"), backup.clientId);
    return {};
}

} // namespace cairn
