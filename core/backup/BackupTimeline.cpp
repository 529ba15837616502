#include "backup/BackupTimeline.h"

#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/RestoreRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace cairn {

QList<BackupTimelineEntry> BackupTimeline::load(
    const std::shared_ptr<Database> &database, qint64 clientId, StoreError *error)
{
    StoreError listError;
    const QList<BackupRecord> backups = BackupRepository(database).list(0, clientId, false, &listError);
    if (error)
        *error = listError;
    if (listError)
        return {};

    QHash<qint64, QString> clientNames;
    for (const Client &client : ClientRepository(database).list())
        clientNames.insert(client.id, client.name);

    // One pass over the runs that made these backups, rather than one query per backup.
    QHash<qint64, qint64> durations;
    QSqlQuery runs(database->connection());
    runs.setForwardOnly(true);
    if (runs.exec(
            QStringLiteral("SELECT r.id, r.started_at, r.finished_at FROM runs r JOIN backups b ON "
                           "b.run_id = r.id WHERE r.started_at IS NOT NULL AND r.finished_at IS NOT NULL"))) {
        while (runs.next())
            durations.insert(
                runs.value(0).toLongLong(), runs.value(2).toLongLong() - runs.value(1).toLongLong());
    }

    const QHash<qint64, BackupVerification> verifications = RestoreRepository(database).verifications();

    QList<BackupTimelineEntry> entries;
    entries.reserve(backups.size());
    for (const BackupRecord &backup : backups) {
        if (!backup.isComplete())
            continue;
        BackupTimelineEntry entry;
        entry.backup = backup;
        entry.clientName = clientNames.value(backup.clientId);
        entry.durationSeconds = durations.value(backup.runId, -1);
        const BackupVerification verification = verifications.value(backup.id);
        entry.verifiedAt = verification.verifiedAt;
        entry.verifyOk = verification.ok;
        entry.drilledAt = verification.drilledAt;
        const QJsonObject manifest = QJsonDocument::fromJson(backup.manifestJson).object();
        entry.encrypted = manifest.value(QStringLiteral("archive"))
                              .toObject()
                              .value(QStringLiteral("encrypted"))
                              .toBool();
        entries.append(std::move(entry));
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const BackupTimelineEntry &a, const BackupTimelineEntry &b) {
            const auto key = [](const BackupTimelineEntry &e) {
                return std::make_tuple(e.clientName.toCaseFolded(), e.backup.serverName.toCaseFolded(),
                    e.backup.jobName.toCaseFolded());
            };
            if (key(a) != key(b))
                return key(a) < key(b);
            return a.backup.createdAt > b.backup.createdAt;
        });
    return entries;
}

} // namespace cairn
