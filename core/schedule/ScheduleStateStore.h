#pragma once
// What the scheduler keeps across restarts, in the database: per job the instant up to which every
// slot was run, skipped or caught up (columns jobs.schedule_timing and jobs.schedule_handled_at,
// schema version 2), and a pause of all schedules
// (settings key "scheduler.paused_until"). Also reads, for the watchdog, each job's last good
// backup and whether its latest backup failed.

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
    explicit ScheduleStateStore(std::shared_ptr<Database> database);

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
    };
    // Backups only (runs.kind = 'backup'); cancelled runs count neither way.
    QHash<qint64, Outcome> outcomes(StoreError *error = nullptr) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
