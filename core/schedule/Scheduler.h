#pragma once
// Decides when each job's scheduled run is due and says so with runDue(); a run manager starts
// the run and reports back with runStarted() / runFinished(). It sleeps on ONE timer armed for
// the earliest due run (re-armed whenever something changes) plus a coarse 60 s check that
// compares the wall clock with the monotonic clock, because a timer does not count the time a
// laptop spends asleep.
//
// Rules:
// - Missed runs (asleep, shut down, Cairn closed, paused): a job that missed one or more slots
//   runs ONCE ("catch-up"), or, with Schedule::MissedRuns::Skip, waits for its next slot. A slot
//   less than lateGrace ago counts as on time, whatever the policy.
// - Overlap: a job due while its previous run is still going is held as pending (at most one)
//   and released when that run finishes; it is never started twice.
// - Pause (for an hour, until a time, until resumed): nothing starts, pending runs stay held;
//   on resume, slots that passed meanwhile are treated as missed runs.
// - Restart: the instant up to which each job's slots were handled is kept in the database, so
//   a slot never runs twice and a slot missed while Cairn was closed is caught up.
// - Every runDue() must be answered by runFinished() (ok = false if the run could not start):
//   until then the job counts as running.

#include "schedule/Clock.h"
#include "schedule/Schedule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <chrono>
#include <memory>

namespace cairn {

class ScheduleStateStore;

class Scheduler final : public QObject {
    Q_OBJECT

public:
    enum class Reason { Scheduled, CatchUp, PendingReleased };
    Q_ENUM(Reason)
    enum class PauseLength { OneHour, UntilTomorrowMorning, UntilResumed };
    Q_ENUM(PauseLength)

    static constexpr std::chrono::minutes lateGrace { 5 };
    static constexpr std::chrono::seconds sanityInterval { 60 };
    // A wall clock more than this ahead of (or behind) the monotonic clock is a jump: sleep or a
    // clock change.
    static constexpr std::chrono::seconds jumpThreshold { 10 };

    // clock: not owned, must outlive the scheduler; nullptr uses the system clocks.
    // store: not owned; nullptr keeps everything in memory (nothing survives a restart).
    explicit Scheduler(
        Clock *clock = nullptr, ScheduleStateStore *store = nullptr, QObject *parent = nullptr);
    ~Scheduler() override;

    // Adds or replaces a job's schedule. A manual schedule removes the job from scheduling.
    // A job new to the scheduler, or whose timing changed, counts its slots from now on.
    void setJob(qint64 jobId, const Schedule &schedule);
    // Stops scheduling the job and forgets its record (re-adding it counts from then on).
    void removeJob(qint64 jobId);
    QList<qint64> jobIds() const;

    // Starts scheduling: loads the pause, runs each job's missed slots by its policy, arms timers.
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    // From the run manager. runStarted() also covers runs started by hand, so a scheduled run
    // cannot start beside them.
    void runStarted(qint64 jobId);
    void runFinished(qint64 jobId, bool ok, const QDateTime &finishedAt);

    void pause(const QDateTime &until); // invalid: until resumed
    void resume();
    bool isPaused() const { return m_paused; }
    QDateTime pausedUntil() const { return m_pausedUntil; }
    // The end of a pause chosen in the tray menu; "tomorrow morning" is 06:00 in zone.
    static QDateTime pauseEnd(PauseLength length, const QDateTime &now, const QTimeZone &zone);

    // The next scheduled run (after the random offset); invalid for unknown jobs.
    QDateTime nextRun(qint64 jobId) const;
    bool isRunning(qint64 jobId) const;
    bool isPending(qint64 jobId) const;
    // The instant the timer is armed for; invalid when nothing is due.
    QDateTime nextWakeUp() const { return m_wakeAt; }

public Q_SLOTS:
    // Looks at the clocks now and starts what is due. The timers call it; so can a caller that
    // knows time moved (the OS's resume signal, a test moving its clock).
    void tick();

Q_SIGNALS:
    void runDue(qint64 jobId, cairn::Scheduler::Reason reason);
    void pendingChanged(qint64 jobId, bool pending);
    void pausedChanged(bool paused, const QDateTime &until);
    // The wall clock moved by jumpMs against the monotonic clock (positive: ahead, e.g. after sleep).
    void clockJumped(qint64 jumpMs);
    // Next-run times changed (a run was handled, a job added or removed): views may refresh.
    void scheduleChanged();
    // Every runFinished(), passed on (for the overdue watchdog and notifications), also for jobs
    // without a schedule.
    void runRecorded(qint64 jobId, bool ok, const QDateTime &finishedAt);
    // One sentence when the scheduler's record could not be written or read.
    void problem(const QString &message);

private:
    struct Entry {
        Schedule schedule;
        QDateTime lastHandled; // every slot at or before this instant was run, skipped or caught up
        QDateTime next; // next slot after lastHandled
        bool running = false;
        bool pending = false;
        Reason pendingReason = Reason::Scheduled;
    };

    void evaluate(const QDateTime &now);
    void handled(qint64 jobId, Entry &entry, const QDateTime &at, bool persist);
    void persist(qint64 jobId, const Entry &entry);
    void arm();
    void run();
    void checkClocks();
    bool noticeClockJump();
    void endPause();

    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    ScheduleStateStore *m_store;
    QHash<qint64, Entry> m_entries;
    QTimer m_timer;
    QTimer m_sanity;
    QDateTime m_wakeAt;
    bool m_started = false;
    bool m_paused = false;
    QDateTime m_pausedUntil;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
};

} // namespace cairn
