#include "store/JobRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

JobRepository::JobRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QList<Job> JobRepository::list(qint64 clientId, StoreError *error) const
{
    QList<Job> jobs;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT j.id, j.client_id, c.name, j.name, j.server_id, s.name, j.storage_id, t.name,
               j.kind, j.schedule, j.enabled, j.created_at
        FROM jobs j
        JOIN clients c ON c.id = j.client_id
        JOIN servers s ON s.id = j.server_id
        JOIN storage_targets t ON t.id = j.storage_id
        WHERE (? = 0 OR j.client_id = ?)
        ORDER BY c.name COLLATE NOCASE, j.name COLLATE NOCASE)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error
                = StoreError::fail(tr("Cairn could not read the jobs (%1).").arg(query.lastError().text()));
        return jobs;
    }
    while (query.next()) {
        Job j;
        j.id = query.value(0).toLongLong();
        j.clientId = query.value(1).toLongLong();
        j.clientName = query.value(2).toString();
        j.name = query.value(3).toString();
        j.serverId = query.value(4).toLongLong();
        j.serverName = query.value(5).toString();
        j.storageId = query.value(6).toLongLong();
        j.storageName = query.value(7).toString();
        j.kind = query.value(8).toString();
        j.schedule = query.value(9).toString();
        j.enabled = query.value(10).toBool();
        j.createdAt = QDateTime::fromSecsSinceEpoch(query.value(11).toLongLong());
        jobs.append(j);
    }
    if (error)
        *error = StoreError::none();
    return jobs;
}

qint64 JobRepository::insert(const Job &job, StoreError *error)
{
    return insert(job, QByteArrayLiteral("{}"), error);
}

StoreError JobRepository::checkOwners(const Job &job) const
{
    QSqlQuery owners(m_database->connection());
    owners.prepare(QStringLiteral(R"(
        SELECT (SELECT client_id FROM servers WHERE id = ?), (SELECT client_id FROM storage_targets WHERE id = ?))"));
    owners.addBindValue(job.serverId);
    owners.addBindValue(job.storageId);
    if (!owners.exec() || !owners.next() || owners.value(0).isNull() || owners.value(1).isNull())
        return StoreError::fail(
            tr("The job \"%1\" names a server or storage target that does not exist; choose existing ones.")
                .arg(job.name));
    if (owners.value(0).toLongLong() != job.clientId || owners.value(1).toLongLong() != job.clientId)
        return StoreError::fail(tr("The job \"%1\" must use a server and a storage target of its own client; "
                                   "Cairn never sends one client's data to another client's storage.")
                                    .arg(job.name));
    return StoreError::none();
}

qint64 JobRepository::insert(const Job &job, const QByteArray &specJson, StoreError *error)
{
    QSqlDatabase db = m_database->connection();
    if (StoreError owners = checkOwners(job)) {
        *error = owners;
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(R"(
        INSERT INTO jobs (client_id, name, server_id, storage_id, kind, schedule, enabled, created_at, spec_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    query.addBindValue(job.clientId);
    query.addBindValue(job.name);
    query.addBindValue(job.serverId);
    query.addBindValue(job.storageId);
    query.addBindValue(job.kind);
    query.addBindValue(sqlText(job.schedule));
    query.addBindValue(job.enabled ? 1 : 0);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(QString::fromUtf8(specJson));
    if (!query.exec()) {
        *error = StoreError::fail(
            tr("Cairn could not save the job \"%1\" (%2).").arg(job.name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

std::optional<Job> JobRepository::find(qint64 clientId, const QString &name, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    std::optional<Job> found;
    for (const Job &job : list(clientId)) {
        if (job.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found) {
            if (ambiguous)
                *ambiguous = true;
            return std::nullopt;
        }
        found = job;
    }
    return found;
}

std::optional<Job> JobRepository::findById(qint64 id) const
{
    for (const Job &job : list(0)) {
        if (job.id == id)
            return job;
    }
    return std::nullopt;
}

QByteArray JobRepository::specJson(qint64 jobId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT spec_json FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (query.exec() && query.next())
        return query.value(0).toString().toUtf8();
    return {};
}

StoreError JobRepository::setSpecJson(qint64 jobId, const QByteArray &specJson)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET spec_json = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(specJson));
    query.addBindValue(jobId);
    if (!query.exec())
        return StoreError::fail(tr("Cairn could not save the job (%1).").arg(query.lastError().text()));
    return StoreError::none();
}

StoreError JobRepository::update(const Job &job, const QByteArray &specJson)
{
    if (StoreError owners = checkOwners(job))
        return owners;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET name = ?, server_id = ?, storage_id = ?, kind = ?, "
                                 "spec_json = ? WHERE id = ? AND client_id = ?"));
    query.addBindValue(job.name);
    query.addBindValue(job.serverId);
    query.addBindValue(job.storageId);
    query.addBindValue(job.kind);
    query.addBindValue(QString::fromUtf8(specJson));
    query.addBindValue(job.id);
    query.addBindValue(job.clientId);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not save the job \"%1\" (%2).").arg(job.name, query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return StoreError::fail(tr("The job \"%1\" no longer exists; create it again.").arg(job.name));
    return StoreError::none();
}

StoreError JobRepository::remove(qint64 jobId)
{
    QSqlQuery busy(m_database->connection());
    busy.prepare(
        QStringLiteral("SELECT count(*) FROM runs WHERE job_id = ? AND status IN ('queued', 'running')"));
    busy.addBindValue(jobId);
    if (busy.exec() && busy.next() && busy.value(0).toLongLong() > 0)
        return StoreError::fail(
            tr("The job is running; cancel the run or wait for it to end, then remove the job."));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (!query.exec())
        return StoreError::fail(tr("Cairn could not remove the job (%1).").arg(query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return StoreError::fail(tr("There is no such job; run cairn-cli job list to see the jobs."));
    return StoreError::none();
}

} // namespace cairn
