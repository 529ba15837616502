#pragma once
// The overdue watchdog: per job, the age of its last good backup against its target ("a good
// backup at least every 26 hours"), giving ok, overdue (amber), badly overdue (twice the
// target: red) or failed (the latest backup, or the latest verify of the newest backup, failed:
// red), each with one sentence saying why;
// and the tray's colour, the worst of them. A paused schedule does not excuse a job: it still
// turns overdue, and the sentence says schedules are paused.
//
// It sleeps on one timer armed for the next moment a job turns worse by itself, and says so
// with jobChanged() / reportChanged(). follow() wires it to a Scheduler: finished runs, pause,
// and clock jumps (after sleep) reach it without further code.

#include "schedule/Clock.h"
#include "schedule/JobHealth.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleStateStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace cairn {

class Scheduler;

class OverdueWatchdog final : public QObject {
    Q_OBJECT

public:
    // clock: not owned, must outlive the watchdog; nullptr uses the system clocks.
    explicit OverdueWatchdog(Clock *clock = nullptr, QObject *parent = nullptr);
    ~OverdueWatchdog() override;

    static JobHealth assess(const JobHealthInput &job, const QDateTime &now, bool paused);
    static WatchdogReport assess(const QList<JobHealthInput> &jobs, const QDateTime &now, bool paused);

    // A job's input from what the store knows: its target is the schedule's (explicit or derived).
    static JobHealthInput inputFor(qint64 jobId, const QString &jobName, const QDateTime &createdAt,
        const Schedule &schedule, const ScheduleStateStore::Outcome &outcome);

    void setJob(const JobHealthInput &job); // adds or replaces
    // Replaces every job at once: one evaluation for all of them, not one per job.
    void setJobs(const QList<JobHealthInput> &jobs);
    void removeJob(qint64 jobId);
    // A finished backup: ok moves the last good time, a failure turns the job red until the next
    // good one. A result older than what is known already changes nothing.
    void recordRun(qint64 jobId, bool ok, const QDateTime &finishedAt, const QString &failure = QString());
    // A finished verify of the job's newest complete backup: a failure turns the job red until a
    // later verify passes or a newer good backup is recorded.
    void recordVerify(qint64 jobId, bool ok, const QDateTime &finishedAt);
    void setPaused(bool paused);
    void follow(Scheduler *scheduler);

    WatchdogReport report() const { return m_report; }
    // The instant the timer is armed for; invalid when no job can turn worse by itself.
    QDateTime nextWakeUp() const { return m_report.nextChange; }

public Q_SLOTS:
    // Re-reads the clock; the timer calls it, so can anyone who knows time moved.
    void reevaluate();

Q_SIGNALS:
    void jobChanged(const cairn::JobHealth &health);
    void reportChanged(const cairn::WatchdogReport &report);

private:
    void update(bool forceSignal);

    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    QHash<qint64, JobHealthInput> m_jobs;
    bool m_paused = false;
    WatchdogReport m_report;
    QTimer m_timer;
};

} // namespace cairn
