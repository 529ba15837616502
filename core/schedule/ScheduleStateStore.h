#pragma once
// What the scheduler keeps across restarts, in the database: per job the instant up to which every
// slot was run, skipped or caught up (columns jobs.schedule_timing and jobs.schedule_handled_at,
// schema version 2; for the scheduled verify, jobs.verify_timing and jobs.verify_handled_at), and
// a pause of all schedules (settings key "scheduler.paused_until"). Also reads, for the watchdog,
// each job's last good backup and whether its latest backup failed, and keeps when a job's
// current stretch of being overdue was announced (jobs.overdue_notified_at).

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <memory>
#include <optional>

namespace cairn {

class ScheduleStateStore final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ScheduleStateStore)

public:
    // Which scheduler's record load(), save() and forget() keep: the backups' or the verifies'.
    enum class Track { Backups, Verify };

    explicit ScheduleStateStore(std::shared_ptr<Database> database, Track track = Track::Backups);

    struct JobState {
        QString timing; // Schedule::timingKey() when lastHandled was written
        QDateTime lastHandled;
    };
    std::optional<JobState> load(qint64 jobId, StoreError *error = nullptr) const;
    StoreError save(qint64 jobId, const JobState &state);
    StoreError forget(qint64 jobId);

    struct Pause {
        bool paused = false;
        QDateTime until; // invalid while paused: until resumed by hand
    };
    Pause loadPause(StoreError *error = nullptr) const;
    StoreError savePause(const Pause &pause);

    struct Outcome {
        QDateTime lastGoodAt; // finish of the newest succeeded (or completed-with-warnings) backup
        QDateTime lastFinishedAt; // finish of the newest finished backup, good or not
        bool lastFailed = false; // that newest finished backup failed
        QString lastMessage;
        // The latest verify of the newest complete backup failed then (invalid: it did not).
        QDateTime newestVerifyFailedAt;
    };
    // Backups only (runs.kind = 'backup'); cancelled runs count neither way.
    QHash<qint64, Outcome> outcomes(StoreError *error = nullptr) const;

    // The overdue announcements not yet taken back by a good backup: job id -> when announced.
    QHash<qint64, QDateTime> overdueNotified(StoreError *error = nullptr) const;
    // at invalid: the job is no longer overdue, the next stretch is announced again.
    StoreError setOverdueNotified(qint64 jobId, const QDateTime &at);

    // Every job's verify schedule text (jobs.verify_schedule), empty ones left out.
    QHash<qint64, QString> verifySchedules(StoreError *error = nullptr) const;
    // A job's verify schedule (Schedule text, empty: never), stored beside its backup schedule.
    static QString verifySchedule(const std::shared_ptr<Database> &database, qint64 jobId);
    static StoreError saveVerifySchedule(
        const std::shared_ptr<Database> &database, qint64 jobId, const QString &text);

private:
    std::shared_ptr<Database> m_database;
    QString m_timingColumn;
    QString m_handledColumn;
};

} // namespace cairn
