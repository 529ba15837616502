#include "schedule/ScheduleStateStore.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

const QString pauseKey = QStringLiteral("scheduler.paused_until");
const QString untilResumed = QStringLiteral("until-resumed");

QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

ScheduleStateStore::ScheduleStateStore(std::shared_ptr<Database> database, Track track)
    : m_database(std::move(database))
    , m_timingColumn(
          track == Track::Verify ? QStringLiteral("verify_timing") : QStringLiteral("schedule_timing"))
    , m_handledColumn(track == Track::Verify ? QStringLiteral("verify_handled_at")
                                             : QStringLiteral("schedule_handled_at"))
{ }

std::optional<ScheduleStateStore::JobState> ScheduleStateStore::load(qint64 jobId, StoreError *error) const
{
    QSqlQuery query(m_database->connection());
    // Column names come from the two fixed pairs above, never from outside.
    query.prepare(
        QStringLiteral("SELECT %1, %2 FROM jobs WHERE id = ?").arg(m_timingColumn, m_handledColumn));
    query.addBindValue(jobId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read when job %1 last ran on schedule (%2); check the database file.")
                    .arg(jobId)
                    .arg(query.lastError().text()));
        return std::nullopt;
    }
    if (error)
        *error = StoreError::none();
    if (!query.next() || query.value(1).isNull())
        return std::nullopt;
    return JobState { query.value(0).toString(),
        QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC) };
}

StoreError ScheduleStateStore::save(qint64 jobId, const JobState &state)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("UPDATE jobs SET %1 = ?, %2 = ? WHERE id = ?").arg(m_timingColumn, m_handledColumn));
    query.addBindValue(sqlText(state.timing));
    query.addBindValue(state.lastHandled.toMSecsSinceEpoch());
    query.addBindValue(jobId);
    if (!query.exec())
        return StoreError::fail(tr("Cairn could not record that job %1 ran on schedule (%2); it may run that "
                                   "slot again after a restart, so check the disk and the database file.")
                                    .arg(jobId)
                                    .arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return StoreError::fail(
            tr("Cairn could not record that job %1 ran on schedule, because the job is not in "
               "the database; remove it from the schedule or add it again.")
                .arg(jobId));
    return StoreError::none();
}

StoreError ScheduleStateStore::forget(qint64 jobId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET %1 = '', %2 = NULL WHERE id = ?")
                      .arg(m_timingColumn, m_handledColumn));
    query.addBindValue(jobId);
    if (!query.exec())
        return StoreError::fail(tr("Cairn could not clear the schedule record of job %1 (%2); check the "
                                   "database file.")
                                    .arg(jobId)
                                    .arg(query.lastError().text()));
    return StoreError::none();
}

ScheduleStateStore::Pause ScheduleStateStore::loadPause(StoreError *error) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(pauseKey);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(tr("Cairn could not read whether schedules are paused (%1); check the "
                                         "database file.")
                                          .arg(query.lastError().text()));
        return {};
    }
    if (error)
        *error = StoreError::none();
    if (!query.next())
        return {};
    const QString value = query.value(0).toString();
    if (value == untilResumed)
        return Pause { true, QDateTime() };
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (!ok)
        return {}; // unreadable: schedules run rather than stay silently paused
    return Pause { true, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) };
}

StoreError ScheduleStateStore::savePause(const Pause &pause)
{
    QSqlQuery query(m_database->connection());
    if (!pause.paused) {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(pauseKey);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(pauseKey);
        query.addBindValue(
            pause.until.isValid() ? QString::number(pause.until.toMSecsSinceEpoch()) : untilResumed);
    }
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not record the pause of schedules (%1); check the disk and the "
               "database file.")
                .arg(query.lastError().text()));
    return StoreError::none();
}

QHash<qint64, ScheduleStateStore::Outcome> ScheduleStateStore::outcomes(StoreError *error) const
{
    QHash<qint64, Outcome> result;
    QSqlDatabase db = m_database->connection();
    // SQLite returns the other columns from the row holding the MAX(): the newest finished run.
    QSqlQuery latest(db);
    QSqlQuery good(db);
    const bool ok = latest.exec(QStringLiteral(R"(
            SELECT job_id, status, MAX(finished_at), message FROM runs
            WHERE kind = 'backup' AND finished_at IS NOT NULL AND status IN ('succeeded', 'warning', 'failed')
            GROUP BY job_id)"))
        && good.exec(QStringLiteral(R"(
            SELECT job_id, MAX(finished_at) FROM runs
            WHERE kind = 'backup' AND finished_at IS NOT NULL AND status IN ('succeeded', 'warning')
            GROUP BY job_id)"));
    if (!ok) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the results of past backups (%1); check the "
                   "database file.")
                    .arg((latest.lastError().isValid() ? latest : good).lastError().text()));
        return result;
    }
    while (latest.next()) {
        Outcome &o = result[latest.value(0).toLongLong()];
        o.lastFailed = latest.value(1).toString() == QLatin1String("failed");
        o.lastFinishedAt = fromSeconds(latest.value(2));
        o.lastMessage = latest.value(3).toString();
    }
    while (good.next())
        result[good.value(0).toLongLong()].lastGoodAt = fromSeconds(good.value(1));
    // The newest complete backup of each job and how its latest verify went (the other columns come
    // from the row holding the MAX()); a newer backup or a passing verify ends the failure.
    QSqlQuery verified(db);
    if (!verified.exec(QStringLiteral(R"(
            SELECT job_id, MAX(created_at), verified_at, verify_ok FROM backups
            WHERE state = 'complete' AND job_id IS NOT NULL
            GROUP BY job_id)"))) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the verify results of past backups (%1); check the database file.")
                    .arg(verified.lastError().text()));
        return result;
    }
    while (verified.next()) {
        if (!verified.value(2).isNull() && !verified.value(3).isNull() && verified.value(3).toInt() == 0)
            result[verified.value(0).toLongLong()].newestVerifyFailedAt = fromSeconds(verified.value(2));
    }
    if (error)
        *error = StoreError::none();
    return result;
}

QHash<qint64, QDateTime> ScheduleStateStore::overdueNotified(StoreError *error) const
{
    QHash<qint64, QDateTime> result;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral(
            "SELECT id, overdue_notified_at FROM jobs WHERE overdue_notified_at IS NOT NULL"))) {
        if (error)
            *error = StoreError::fail(tr("Cairn could not read which overdue jobs it already reported (%1); "
                                         "check the database file.")
                                          .arg(query.lastError().text()));
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC));
    if (error)
        *error = StoreError::none();
    return result;
}

StoreError ScheduleStateStore::setOverdueNotified(qint64 jobId, const QDateTime &at)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET overdue_notified_at = ? WHERE id = ?"));
    query.addBindValue(at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant());
    query.addBindValue(jobId);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not record that it reported job %1 overdue (%2); it may "
               "report it again after a restart, so check the disk and the database file.")
                .arg(jobId)
                .arg(query.lastError().text()));
    return StoreError::none();
}

QHash<qint64, QString> ScheduleStateStore::verifySchedules(StoreError *error) const
{
    QHash<qint64, QString> result;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT id, verify_schedule FROM jobs WHERE verify_schedule != ''"))) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read when the jobs' backups are verified (%1); check the database file.")
                    .arg(query.lastError().text()));
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (error)
        *error = StoreError::none();
    return result;
}

QString ScheduleStateStore::verifySchedule(const std::shared_ptr<Database> &database, qint64 jobId)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT verify_schedule FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

StoreError ScheduleStateStore::saveVerifySchedule(
    const std::shared_ptr<Database> &database, qint64 jobId, const QString &text)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET verify_schedule = ? WHERE id = ?"));
    query.addBindValue(sqlText(text));
    query.addBindValue(jobId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return StoreError::fail(
            tr("Cairn could not save when the job's backups are verified (%1); check the disk and the "
               "database file.")
                .arg(query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
