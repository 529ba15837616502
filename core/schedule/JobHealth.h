#pragma once
// What the overdue watchdog knows and says about each job, and the tray's colour.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <chrono>

namespace cairn {

enum class HealthState {
    Ok, // the last good backup is younger than the target
    Overdue, // older than the target: the tray turns amber
    BadlyOverdue, // older than twice the target: red
    Failed, // the latest backup, or the latest verify of the newest one, failed: red until fixed
};

enum class TrayState { Ok, Amber, Red };

// What the watchdog is told about a job.
struct JobHealthInput {
    qint64 jobId = 0;
    QString jobName;
    // "A good backup at least every ..."; zero: the job is never overdue (manual, no target).
    std::chrono::seconds targetAge { 0 };
    // When the job was set up: a job that never had a good backup is judged from then.
    QDateTime watchedSince;
    QDateTime lastGoodAt;
    bool lastRunFailed = false;
    QString lastFailure; // the failed run's one sentence, shown in the reason
    // When the latest verify of the job's newest complete backup failed; invalid when that verify
    // passed, none was made, or a newer backup exists. Such a job needs attention like a failed run.
    QDateTime newestVerifyFailedAt;
};

// What the watchdog says about a job.
struct JobHealth {
    qint64 jobId = 0;
    QString jobName;
    HealthState state = HealthState::Ok;
    bool neverGood = false;
    std::chrono::seconds age { 0 }; // since the last good backup, or since watchedSince
    std::chrono::seconds targetAge { 0 };
    QString reason; // one sentence for a person
    QDateTime changesAt; // when the state turns worse by itself; invalid when it cannot
};

struct WatchdogReport {
    TrayState tray = TrayState::Ok;
    QList<JobHealth> jobs; // worst first, then by name
    QString summary; // one sentence for the tray's tooltip
    QDateTime nextChange; // the earliest changesAt
    int count(HealthState state) const
    {
        int n = 0;
        for (const JobHealth &job : jobs)
            n += job.state == state ? 1 : 0;
        return n;
    }
};

} // namespace cairn

Q_DECLARE_METATYPE(cairn::JobHealth)
Q_DECLARE_METATYPE(cairn::WatchdogReport)
