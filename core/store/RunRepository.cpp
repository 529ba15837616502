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

namespace {
StoreError updateRun(
    const std::shared_ptr<Database> &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::fail(
            RunRepository::tr("Cairn could not record the run (%1).").arg(query.lastError().text()));
    return StoreError::none();
}
} // namespace

std::optional<RunDetails> RunRepository::find(qint64 runId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT r.id, r.job_id, j.name, c.name, r.kind, r.status, r.started_at, r.finished_at,
               r.bytes_source, r.bytes_stored, r.bytes_to_desktop, r.message,
               r.object_key, r.upload_id, r.owner, r.storage_id, r.upload_closed_at
        FROM runs r JOIN jobs j ON j.id = r.job_id JOIN clients c ON c.id = j.client_id
        WHERE r.id = ?)"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RunDetails d;
    d.run.id = query.value(0).toLongLong();
    d.run.jobId = query.value(1).toLongLong();
    d.run.jobName = query.value(2).toString();
    d.run.clientName = query.value(3).toString();
    d.run.kind = query.value(4).toString();
    d.run.status = query.value(5).toString();
    d.run.startedAt = timeOrNull(query.value(6));
    d.run.finishedAt = timeOrNull(query.value(7));
    d.run.bytesSource = query.value(8).toLongLong();
    d.run.bytesStored = query.value(9).toLongLong();
    d.run.bytesToDesktop = query.value(10).toLongLong();
    d.run.message = query.value(11).toString();
    d.objectKey = query.value(12).toString();
    d.uploadId = query.value(13).toString();
    d.owner = query.value(14).toString();
    d.storageId = query.value(15).toLongLong();
    d.uploadClosedAt = timeOrNull(query.value(16));
    return d;
}

QList<Run> RunRepository::recentForJob(qint64 jobId, int limit, StoreError *error) const
{
    QList<Run> runs;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT r.id FROM runs r WHERE r.job_id = ? ORDER BY r.id DESC LIMIT ?)"));
    query.addBindValue(jobId);
    query.addBindValue(limit);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the run history (%1).").arg(query.lastError().text()));
        return runs;
    }
    while (query.next()) {
        if (const auto d = find(query.value(0).toLongLong()))
            runs.append(d->run);
    }
    if (error)
        *error = StoreError::none();
    return runs;
}

qint64 RunRepository::lastGoodSourceBytes(qint64 jobId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT bytes_source FROM runs
        WHERE job_id = ? AND kind = 'backup' AND status IN ('succeeded', 'warning') AND bytes_source > 0
        ORDER BY id DESC LIMIT 1)"));
    query.addBindValue(jobId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

StoreError RunRepository::markRunning(qint64 runId, const QString &owner, qint64 storageId)
{
    return updateRun(m_database,
        QStringLiteral(
            "UPDATE runs SET status = 'running', started_at = ?, owner = ?, storage_id = ? WHERE id = ?"),
        { QDateTime::currentSecsSinceEpoch(), owner, storageId > 0 ? QVariant(storageId) : QVariant(),
            runId });
}

StoreError RunRepository::setObjectKey(qint64 runId, const QString &objectKey)
{
    return updateRun(
        m_database, QStringLiteral("UPDATE runs SET object_key = ? WHERE id = ?"), { objectKey, runId });
}

StoreError RunRepository::setUploadId(qint64 runId, const QString &uploadId)
{
    return updateRun(
        m_database, QStringLiteral("UPDATE runs SET upload_id = ? WHERE id = ?"), { uploadId, runId });
}

StoreError RunRepository::closeUpload(qint64 runId)
{
    return updateRun(m_database, QStringLiteral("UPDATE runs SET upload_closed_at = ? WHERE id = ?"),
        { QDateTime::currentSecsSinceEpoch(), runId });
}

StoreError RunRepository::finish(qint64 runId, const QString &status, const QString &message,
    qint64 bytesSource, qint64 bytesStored, qint64 bytesToDesktop)
{
    return updateRun(m_database, QStringLiteral(R"(
        UPDATE runs SET status = ?, message = ?, finished_at = ?, bytes_source = ?, bytes_stored = ?,
                        bytes_to_desktop = ?, started_at = coalesce(started_at, ?)
        WHERE id = ?)"),
        { status, sqlText(message), QDateTime::currentSecsSinceEpoch(), bytesSource, bytesStored,
            bytesToDesktop, QDateTime::currentSecsSinceEpoch(), runId });
}

StoreError RunRepository::addEvent(qint64 runId, const QString &kind, const QString &text, qint64 bytes)
{
    return updateRun(m_database,
        QStringLiteral("INSERT INTO run_events (run_id, at, kind, text, bytes) VALUES (?, ?, ?, ?, ?)"),
        { runId, QDateTime::currentSecsSinceEpoch(), kind, sqlText(text),
            bytes >= 0 ? QVariant(bytes) : QVariant() });
}

QList<RunEvent> RunRepository::events(qint64 runId, int limit) const
{
    QList<RunEvent> events;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, run_id, at, kind, text, bytes FROM run_events WHERE run_id = ? ORDER BY id LIMIT ?"));
    query.addBindValue(runId);
    query.addBindValue(limit);
    if (!query.exec())
        return events;
    while (query.next()) {
        RunEvent e;
        e.id = query.value(0).toLongLong();
        e.runId = query.value(1).toLongLong();
        e.at = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong());
        e.kind = query.value(3).toString();
        e.text = query.value(4).toString();
        e.bytes = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
        events.append(e);
    }
    return events;
}

QList<OpenUpload> RunRepository::openUploads() const
{
    QList<OpenUpload> uploads;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT r.id, r.job_id, coalesce(r.storage_id, j.storage_id), r.status, r.owner, r.object_key,
               coalesce(r.upload_id, '')
        FROM runs r JOIN jobs j ON j.id = r.job_id
        WHERE r.object_key IS NOT NULL AND r.upload_closed_at IS NULL
        ORDER BY r.id)"));
    if (!query.exec())
        return uploads;
    while (query.next()) {
        OpenUpload u;
        u.runId = query.value(0).toLongLong();
        u.jobId = query.value(1).toLongLong();
        u.storageId = query.value(2).toLongLong();
        u.status = query.value(3).toString();
        u.owner = query.value(4).toString();
        u.objectKey = query.value(5).toString();
        u.uploadId = query.value(6).toString();
        uploads.append(u);
    }
    return uploads;
}

} // namespace cairn
