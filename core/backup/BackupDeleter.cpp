#include "backup/BackupDeleter.h"

#include "backup/BackupRemover.h"
#include "backup/BackupsInUse.h"
#include "security/AuditLog.h"
#include "store/BackupRepository.h"
#include "store/Database.h"

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
    // Any process on this database: a restore started from cairn-cli holds it as well.
    if (BackupsInUse::contains(backupId, database->path()))
        return tr("A restore or verify is reading this backup right now; delete it once that has ended.");
    return {};
}

QString BackupDeleter::deleteBackup(
    S3Client &client, const std::shared_ptr<Database> &database, qint64 backupId)
{
    if (QString refused = refusal(database, backupId); !refused.isEmpty())
        return refused;
    const BackupRecord backup = *BackupRepository(database).find(backupId);
    AuditLog audit(database);
    // The same removal retention makes: archive first, then index and manifest.
    const BackupRemover::Outcome outcome = BackupRemover::remove(client, database, { backup });
    if (outcome.deleted.contains(backupId)) {
        audit.append(
            QStringLiteral("backup.delete"), auditObject(backup), QStringLiteral("ok"), backup.clientId);
        return {};
    }
    const QString sentence = outcome.inUse.contains(backupId)
        ? tr("A restore or verify started reading this backup; delete it once that has ended.")
        : outcome.problems.isEmpty() ? tr("The backup could not be deleted; try again.")
                                     : outcome.problems.first();
    audit.append(QStringLiteral("backup.delete"), auditObject(backup), QStringLiteral("failed: ") + sentence,
        backup.clientId);
    return sentence;
}

} // namespace cairn
