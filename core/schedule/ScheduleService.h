#pragma once
// Schedules wired to runs, the same in the GUI and in `cairn-cli daemon`: feeds the Scheduler the
// jobs' schedules from the store, starts due runs on the RunManager (secrets read first by
// BackupRequestLoader), tells the Scheduler when runs start and end (so a run due while the job
// still runs is held as pending, never started twice), drives the OverdueWatchdog and sends the
// clients' webhooks.
//
// A second Scheduler runs each job's verify schedule (jobs.verify_schedule): at its slots the
// newest complete backup of the job is verified on the job's server (a Verify RestoreRun on the
// same RunManager); the result lands on the backup (verified_at, verify_ok) and a failure is
// reported like a failed run. An overdue job is announced once per stretch of being overdue, and
// that memory is kept in the store, so a restart does not announce it again.
//
// Before it schedules, the process that holds the lock aborts the multipart uploads that runs of a
// stopped Cairn left in the buckets (RunManager::abortLeftovers()).
//
// Only one process schedules a database: the one holding its SchedulerLock. Another one (a
// second window, a daemon started twice) still watches the jobs' health, runs jobs started by
// hand, says why it schedules nothing (notSchedulingReason()), and takes over once the lock is free.
//
// It sleeps between events: the Scheduler's one timer, the watchdog's one timer, and a coarse
// one-minute check that notices changes other processes made to the database (PRAGMA
// data_version, one cheap query) and retries the lock.

#include "schedule/Clock.h"
#include "schedule/JobHealth.h"
#include "schedule/Scheduler.h"
#include "schedule/SchedulerLock.h"
#include "schedule/WebhookPayload.h"
#include "store/Database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <memory>

namespace cairn {

class BackupRequestLoader;
struct BackupResult;
struct RestoreResult;
class OverdueWatchdog;
class RestoreRequestLoader;
class RunManager;
class ScheduleStateStore;
class SecretStore;
class WebhookSender;

class ScheduleService final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds checkInterval { 60 };

    // runs and secrets: not owned, must outlive the service. clock: not owned; nullptr: the system's.
    ScheduleService(std::shared_ptr<Database> database, RunManager *runs, SecretStore *secrets,
        Clock *clock = nullptr, QObject *parent = nullptr);
    ~ScheduleService() override;

    // Reads the jobs, takes the scheduler lock when it is free and starts scheduling. Returns
    // whether this process schedules; otherwise notSchedulingReason() says why. When a stopped
    // Cairn left uploads behind, they are aborted first: scheduling then starts a moment later
    // (schedulingChanged(true), after leftoversCleaned()).
    bool start();
    // Stops scheduling, cancels every run and releases the lock. Runs end later (runEnded); wait
    // for isIdle() before the RunManager goes.
    void stop();
    bool isScheduling() const { return m_scheduling; }
    QString notSchedulingReason() const;
    bool isIdle() const;

    // Reads jobs, schedules and the latest results again (after an edit in this process).
    void reload();
    // What the one-minute timer does: retries the lock, reloads when another process changed the store.
    void check();

    // Starts the job now, by hand. False and one sentence when it is already running or preparing.
    bool runNow(qint64 jobId, QString *error = nullptr);

    void pause(Scheduler::PauseLength length);
    void resume();
    bool isPaused() const;
    QDateTime pausedUntil() const;

    QDateTime nextRun(qint64 jobId) const;
    WatchdogReport report() const;
    Scheduler *scheduler() const { return m_scheduler; }
    OverdueWatchdog *watchdog() const { return m_watchdog; }
    RunManager *runManager() const { return m_runs; }

    // Writes a job's schedule text (Schedule::toString()); a running scheduler picks it up on reload().
    static StoreError saveSchedule(
        const std::shared_ptr<Database> &database, qint64 jobId, const QString &text);
    // The same for the job's verify schedule (empty or "manual": never verified by schedule).
    static StoreError saveVerifySchedule(
        const std::shared_ptr<Database> &database, qint64 jobId, const QString &text);
    Scheduler *verifyScheduler() const { return m_verifier; }
    QDateTime nextVerify(qint64 jobId) const;

Q_SIGNALS:
    void schedulingChanged(bool scheduling, const QString &reason);
    // A run was queued (scheduled: by the scheduler, not by hand).
    void runStarting(qint64 jobId, const QString &jobName, bool scheduled);
    // A run ended, or could not start (ok false, message says why). cancelled runs report ok false.
    void runEnded(qint64 jobId, const QString &jobName, bool ok, bool cancelled, const QString &message,
        bool scheduled);
    void reportChanged(const cairn::WatchdogReport &report);
    void pausedChanged(bool paused, const QDateTime &until);
    void scheduleChanged();
    void webhookSent(bool ok, const QString &message);
    // A job turned overdue: said once per stretch of being overdue (also across restarts), by the
    // process that schedules only. The webhook goes out with it.
    void overdueAnnounced(qint64 jobId, const QString &jobName, const QString &reason);
    // A scheduled verify of the job's newest complete backup was queued.
    void verifyStarting(qint64 jobId, const QString &jobName, qint64 backupId);
    // It ended. backupId 0: the job had no complete backup to verify (ok and cancelled false, no
    // webhook). A failure (not a cancel) also goes to the client's webhook.
    void verifyEnded(qint64 jobId, const QString &jobName, qint64 backupId, bool ok, bool cancelled,
        const QString &message);
    // Uploads a stopped Cairn left behind were aborted (before scheduling started).
    void leftoversCleaned(int uploads, const QStringList &problems);
    // One sentence about something that went wrong outside a run (store, keychain, webhook).
    void problem(const QString &message);

private:
    struct JobInfo {
        QString name;
        qint64 clientId = 0;
        QString clientName;
        QString serverName;
        qint64 serverId = 0;
    };
    struct RunInfo {
        qint64 jobId = 0;
        bool scheduled = false;
    };

    void takeOver();
    void onLeftoversAborted(int uploads, const QStringList &problems);
    void beginScheduling();
    void startVerify(qint64 jobId);
    void verifyPrepared(RestoreRequestLoader *loader, qint64 jobId, qint64 backupId);
    void verifyDone(qint64 jobId, qint64 backupId, bool ok, bool cancelled, const QString &message);
    void onRestoreFinished(qint64 restoreId, const RestoreResult &result);
    qint64 dataVersion() const;
    void startRun(qint64 jobId, bool scheduled);
    void prepared(BackupRequestLoader *loader, qint64 jobId, bool scheduled);
    void couldNotStart(qint64 jobId, bool scheduled, const QString &message);
    void onRunQueued(qint64 runId, qint64 jobId);
    void onRunFinished(qint64 runId, const BackupResult &result);
    void onHealthChanged(const JobHealth &health);
    void forgetOverdue(qint64 jobId);
    void notify(qint64 jobId, NotificationEvent kind, const QString &message, qint64 runId);
    void syncPause();

    std::shared_ptr<Database> m_database;
    RunManager *m_runs;
    SecretStore *m_secrets;
    Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<ScheduleStateStore> m_state;
    std::unique_ptr<ScheduleStateStore> m_verifyState;
    Scheduler *m_scheduler;
    Scheduler *m_verifier;
    OverdueWatchdog *m_watchdog;
    WebhookSender *m_webhooks;
    SchedulerLock m_lock;
    QTimer m_check;
    bool m_started = false;
    bool m_scheduling = false;
    bool m_cleaning = false; // aborting a stopped Cairn's uploads before scheduling
    qint64 m_dataVersion = -1;
    QHash<qint64, JobInfo> m_jobs;
    QHash<qint64, bool> m_preparing; // jobId -> scheduled
    QHash<qint64, RunInfo> m_runsById;
    QHash<qint64, QDateTime> m_overdueNotified; // jobId -> when announced (mirrors the store)
    QSet<qint64> m_verifyPreparing;
    struct VerifyInfo {
        qint64 jobId = 0;
        qint64 backupId = 0;
    };
    QHash<qint64, VerifyInfo> m_verifies; // restoreId ->
};

} // namespace cairn
