#include "store/RunRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {
QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong());
}
QVariant secondsOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}
} // namespace

RunRepository::RunRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QList<Run> RunRepository::recent(qint64 clientId, int limit, int offset, StoreError *error) const
{
    QList<Run> runs;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT r.id, r.job_id, j.name, c.name, r.kind, r.status, r.started_at, r.finished_at,
               r.bytes_source, r.bytes_stored, r.bytes_to_desktop, r.message
        FROM runs r JOIN jobs j ON j.id = r.job_id JOIN clients c ON c.id = j.client_id
        WHERE (? = 0 OR j.client_id = ?)
        ORDER BY r.started_at DESC, r.id DESC
        LIMIT ? OFFSET ?)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the run history (%1).").arg(query.lastError().text()));
        return runs;
    }
    while (query.next()) {
        Run r;
        r.id = query.value(0).toLongLong();
        r.jobId = query.value(1).toLongLong();
        r.jobName = query.value(2).toString();
        r.clientName = query.value(3).toString();
        r.kind = query.value(4).toString();
        r.status = query.value(5).toString();
        r.startedAt = timeOrNull(query.value(6));
        r.finishedAt = timeOrNull(query.value(7));
        r.bytesSource = query.value(8).toLongLong();
        r.bytesStored = query.value(9).toLongLong();
        r.bytesToDesktop = query.value(10).toLongLong();
        r.message = query.value(11).toString();
        runs.append(r);
    }
    if (error)
        *error = StoreError::none();
    return runs;
}

qint64 RunRepository::count(qint64 clientId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT count(*) FROM runs r JOIN jobs j ON j.id = r.job_id WHERE (? = 0 OR j.client_id = ?))"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QMap<QString, int> RunRepository::latestStatusCounts(qint64 clientId, StoreError *error) const
{
    QMap<QString, int> counts;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT latest, count(*) FROM (
            SELECT (SELECT r.status FROM runs r WHERE r.job_id = j.id
                    ORDER BY r.started_at DESC, r.id DESC LIMIT 1) AS latest
            FROM jobs j WHERE (? = 0 OR j.client_id = ?))
        GROUP BY latest)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the latest results (%1).").arg(query.lastError().text()));
        return counts;
    }
    while (query.next())
        counts.insert(
            query.value(0).isNull() ? QString() : query.value(0).toString(), query.value(1).toInt());
    if (error)
        *error = StoreError::none();
    return counts;
}

qint64 RunRepository::insert(const Run &run, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO runs (job_id, kind, status, started_at, finished_at, bytes_source, bytes_stored,
                          bytes_to_desktop, message)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    query.addBindValue(run.jobId);
    query.addBindValue(run.kind.isEmpty() ? QStringLiteral("backup") : run.kind);
    query.addBindValue(run.status);
    query.addBindValue(secondsOrNull(run.startedAt));
    query.addBindValue(secondsOrNull(run.finishedAt));
    query.addBindValue(run.bytesSource);
    query.addBindValue(run.bytesStored);
    query.addBindValue(run.bytesToDesktop);
    query.addBindValue(sqlText(run.message));
    if (!query.exec()) {
        *error = StoreError::fail(tr("Cairn could not record the run (%1).").arg(query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

} // namespace cairn
