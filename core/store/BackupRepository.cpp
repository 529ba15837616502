#include "store/BackupRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

const char *const kColumns
    = "id, run_id, job_id, job_name, server_name, client_id, storage_id, kind, object_key, "
      "side_key, manifest_key, created_at, size, source_bytes, sha256, part_size, parts, "
      "compression, warnings, state, deleted_at, manifest_json";

BackupRecord fromQuery(const QSqlQuery &q)
{
    BackupRecord b;
    b.id = q.value(0).toLongLong();
    b.runId = q.value(1).toLongLong();
    b.jobId = q.value(2).toLongLong();
    b.jobName = q.value(3).toString();
    b.serverName = q.value(4).toString();
    b.clientId = q.value(5).toLongLong();
    b.storageId = q.value(6).toLongLong();
    b.kind = q.value(7).toString();
    b.objectKey = q.value(8).toString();
    b.sideKey = q.value(9).toString();
    b.manifestKey = q.value(10).toString();
    b.createdAt = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    b.size = q.value(12).toLongLong();
    b.sourceBytes = q.value(13).toLongLong();
    b.sha256 = q.value(14).toString();
    b.partSize = q.value(15).toLongLong();
    b.parts = q.value(16).toInt();
    b.compression = q.value(17).toString();
    b.warnings = q.value(18).toInt();
    b.state = q.value(19).toString();
    if (!q.value(20).isNull())
        b.deletedAt = QDateTime::fromSecsSinceEpoch(q.value(20).toLongLong(), Qt::UTC);
    b.manifestJson = q.value(21).toByteArray();
    return b;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

BackupRepository::BackupRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

qint64 BackupRepository::insert(const BackupRecord &b, StoreError *error)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(R"(
        INSERT INTO backups (run_id, job_id, job_name, server_name, client_id, storage_id, kind, object_key,
                             side_key, manifest_key, created_at, size, source_bytes, sha256, part_size, parts,
                             compression, warnings, state, manifest_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    q.addBindValue(idOrNull(b.runId));
    q.addBindValue(idOrNull(b.jobId));
    q.addBindValue(sqlText(b.jobName));
    q.addBindValue(sqlText(b.serverName));
    q.addBindValue(b.clientId);
    q.addBindValue(idOrNull(b.storageId));
    q.addBindValue(sqlText(b.kind));
    q.addBindValue(sqlText(b.objectKey));
    q.addBindValue(sqlText(b.sideKey));
    q.addBindValue(sqlText(b.manifestKey));
    q.addBindValue(b.createdAt.toSecsSinceEpoch());
    q.addBindValue(b.size);
    q.addBindValue(b.sourceBytes);
    q.addBindValue(sqlText(b.sha256));
    q.addBindValue(b.partSize);
    q.addBindValue(b.parts);
    q.addBindValue(sqlText(b.compression));
    q.addBindValue(b.warnings);
    q.addBindValue(sqlText(b.state));
    q.addBindValue(QString::fromUtf8(b.manifestJson));
    if (!q.exec()) {
        if (error)
            *error
                = StoreError::fail(tr("Cairn could not record the backup (%1).").arg(q.lastError().text()));
        return 0;
    }
    if (error)
        *error = StoreError::none();
    return q.lastInsertId().toLongLong();
}

QList<BackupRecord> BackupRepository::select(
    const QString &where, const QVariantList &values, StoreError *error) const
{
    QList<BackupRecord> out;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM backups WHERE %2 ORDER BY created_at DESC, id DESC")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = StoreError::fail(tr("Cairn could not read the backups (%1).").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(fromQuery(q));
    if (error)
        *error = StoreError::none();
    return out;
}

QList<BackupRecord> BackupRepository::list(
    qint64 jobId, qint64 clientId, bool includeDeleted, StoreError *error) const
{
    return select(
        QStringLiteral("(? = 0 OR job_id = ?) AND (? = 0 OR client_id = ?) AND (? OR state = 'complete')"),
        { jobId, jobId, clientId, clientId, includeDeleted ? 1 : 0 }, error);
}

QList<BackupRecord> BackupRepository::listByJobName(
    const QString &jobName, qint64 clientId, StoreError *error) const
{
    return select(
        QStringLiteral("job_name = ? COLLATE NOCASE AND (? = 0 OR client_id = ?) AND state = 'complete'"),
        { jobName, clientId, clientId }, error);
}

std::optional<BackupRecord> BackupRepository::find(qint64 id) const
{
    const QList<BackupRecord> found = select(QStringLiteral("id = ?"), { id }, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<BackupRecord>(found.first());
}

std::optional<BackupRecord> BackupRepository::findByRun(qint64 runId) const
{
    const QList<BackupRecord> found = select(QStringLiteral("run_id = ?"), { runId }, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<BackupRecord>(found.first());
}

StoreError BackupRepository::setState(qint64 id, const QString &state)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE backups SET state = ?, deleted_at = CASE WHEN ? = 'deleted' THEN ? ELSE "
                             "deleted_at END WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(state);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fail(tr("Cairn could not update the backup (%1).").arg(q.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
