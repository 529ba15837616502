#include "store/RestoreRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

BackupVerification verificationFrom(const QSqlQuery &q, int first)
{
    BackupVerification v;
    v.verifiedAt = timeOrNull(q.value(first));
    v.ok = q.value(first + 1).toInt() == 1;
    v.drilledAt = timeOrNull(q.value(first + 2));
    return v;
}

} // namespace

RestoreRepository::RestoreRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

qint64 RestoreRepository::insert(
    qint64 backupId, const QString &kind, const QString &serverName, const QString &target, StoreError *error)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO restores (backup_id, kind, server_name, target, status) VALUES (?, ?, ?, ?, 'queued')"));
    q.addBindValue(backupId > 0 ? QVariant(backupId) : QVariant());
    q.addBindValue(sqlText(kind));
    q.addBindValue(sqlText(serverName));
    q.addBindValue(sqlText(target));
    if (!q.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not record the restore (%1); check that its database is writable.")
                    .arg(q.lastError().text()));
        return 0;
    }
    if (error)
        *error = StoreError::none();
    return q.lastInsertId().toLongLong();
}

void RestoreRepository::started(qint64 id)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE restores SET status = 'running', started_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    q.exec();
}

void RestoreRepository::finished(qint64 id, const QString &status, qint64 bytes, qint64 bytesToDesktop,
    const QString &message, const QString &detail)
{
    QSqlQuery q(m_database->connection());
    q.prepare(
        QStringLiteral("UPDATE restores SET status = ?, finished_at = ?, bytes = ?, bytes_to_desktop = ?, "
                       "message = ?, detail = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(bytes);
    q.addBindValue(bytesToDesktop);
    q.addBindValue(sqlText(message));
    q.addBindValue(sqlText(detail));
    q.addBindValue(id);
    q.exec();
}

std::optional<RestoreRow> RestoreRepository::find(qint64 id) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(
        QStringLiteral("SELECT id, backup_id, kind, server_name, target, status, started_at, finished_at, "
                       "bytes, bytes_to_desktop, message, detail FROM restores WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RestoreRow r;
    r.id = q.value(0).toLongLong();
    r.backupId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.serverName = q.value(3).toString();
    r.target = q.value(4).toString();
    r.status = q.value(5).toString();
    r.startedAt = timeOrNull(q.value(6));
    r.finishedAt = timeOrNull(q.value(7));
    r.bytes = q.value(8).toLongLong();
    r.bytesToDesktop = q.value(9).toLongLong();
    r.message = q.value(10).toString();
    r.detail = q.value(11).toString();
    return r;
}

QList<RestoreRow> RestoreRepository::listForBackup(qint64 backupId) const
{
    QList<RestoreRow> rows;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM restores WHERE backup_id = ? ORDER BY id DESC"));
    q.addBindValue(backupId);
    if (!q.exec())
        return rows;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (auto row = find(id))
            rows << *row;
    }
    return rows;
}

StoreError RestoreRepository::setVerified(qint64 backupId, bool ok, const QDateTime &at)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE backups SET verified_at = ?, verify_ok = ? WHERE id = ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(backupId);
    if (!q.exec())
        return StoreError::fail(
            tr("Cairn could not record the verification (%1).").arg(q.lastError().text()));
    return StoreError::none();
}

StoreError RestoreRepository::setDrilled(qint64 backupId, const QDateTime &at)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE backups SET drilled_at = ? WHERE id = ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(backupId);
    if (!q.exec())
        return StoreError::fail(
            tr("Cairn could not record the restore drill (%1).").arg(q.lastError().text()));
    return StoreError::none();
}

BackupVerification RestoreRepository::verification(qint64 backupId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT verified_at, verify_ok, drilled_at FROM backups WHERE id = ?"));
    q.addBindValue(backupId);
    if (!q.exec() || !q.next())
        return {};
    return verificationFrom(q, 0);
}

QHash<qint64, BackupVerification> RestoreRepository::verifications() const
{
    QHash<qint64, BackupVerification> all;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, verified_at, verify_ok, drilled_at FROM backups WHERE verified_at IS "
                           "NOT NULL OR drilled_at IS NOT NULL")))
        return all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), verificationFrom(q, 1));
    return all;
}

} // namespace cairn
