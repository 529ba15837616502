#include "schedule/ScheduleService.h"

#include "backup/BackupRequestLoader.h"
#include "backup/RunManager.h"
#include "restore/RestoreRequestLoader.h"
#include "schedule/ClientNotifications.h"
#include "schedule/OverdueWatchdog.h"
#include "schedule/ScheduleStateStore.h"
#include "schedule/SystemClock.h"
#include "schedule/WebhookSender.h"
#include "secrets/SecretStore.h"
#include "storage/StorageTargetStore.h"
#include "store/BackupRepository.h"
#include "store/JobRepository.h"
#include "store/SqlValue.h"
#include "store/StorageRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace cairn {

ScheduleService::ScheduleService(
    std::shared_ptr<Database> database, RunManager *runs, SecretStore *secrets, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_runs(runs)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_state(std::make_unique<ScheduleStateStore>(m_database))
    , m_verifyState(std::make_unique<ScheduleStateStore>(m_database, ScheduleStateStore::Track::Verify))
    , m_lock(m_database->path())
{
    if (!m_clock)
        m_clock = m_ownClock.get();
    m_scheduler = new Scheduler(m_clock, m_state.get(), this);
    m_verifier = new Scheduler(m_clock, m_verifyState.get(), this);
    m_watchdog = new OverdueWatchdog(m_clock, this);
    m_webhooks = new WebhookSender(this);

    connect(m_scheduler, &Scheduler::runDue, this,
        [this](qint64 jobId, Scheduler::Reason) { startRun(jobId, true); });
    connect(m_scheduler, &Scheduler::problem, this, &ScheduleService::problem);
    connect(m_scheduler, &Scheduler::scheduleChanged, this, &ScheduleService::scheduleChanged);
    connect(m_verifier, &Scheduler::runDue, this,
        [this](qint64 jobId, Scheduler::Reason) { startVerify(jobId); });
    connect(m_verifier, &Scheduler::problem, this, &ScheduleService::problem);
    connect(m_verifier, &Scheduler::scheduleChanged, this, &ScheduleService::scheduleChanged);
    connect(m_scheduler, &Scheduler::pausedChanged, this, [this](bool paused, const QDateTime &until) {
        m_watchdog->setPaused(paused);
        Q_EMIT pausedChanged(paused, until);
    });
    // Not OverdueWatchdog::follow(): a cancelled run must not turn a job red, so results reach the
    // watchdog from onRunFinished() instead.
    connect(m_scheduler, &Scheduler::clockJumped, m_watchdog, &OverdueWatchdog::reevaluate);
    connect(m_watchdog, &OverdueWatchdog::reportChanged, this, &ScheduleService::reportChanged);
    connect(m_watchdog, &OverdueWatchdog::jobChanged, this, &ScheduleService::onHealthChanged);
    connect(m_webhooks, &WebhookSender::sent, this, [this](quint64, bool ok, const QString &message) {
        Q_EMIT webhookSent(ok, message);
        if (!ok)
            Q_EMIT problem(message);
    });
    connect(m_runs, &RunManager::runQueued, this, &ScheduleService::onRunQueued);
    connect(m_runs, &RunManager::runFinished, this, &ScheduleService::onRunFinished);
    connect(m_runs, &RunManager::restoreFinished, this, &ScheduleService::onRestoreFinished);
    connect(m_runs, &RunManager::leftoversAborted, this, &ScheduleService::onLeftoversAborted);

    m_check.setInterval(checkInterval);
    m_check.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_check, &QTimer::timeout, this, &ScheduleService::check);
}

ScheduleService::~ScheduleService()
{
    m_scheduler->stop();
    m_verifier->stop();
}

bool ScheduleService::start()
{
    if (m_started)
        return m_scheduling;
    m_started = true;
    m_dataVersion = dataVersion();
    m_watchdog->setPaused(m_state->loadPause().paused);
    if (m_lock.tryLock()) {
        takeOver();
    } else {
        reload();
        Q_EMIT schedulingChanged(false, m_lock.refusal());
    }
    m_check.start();
    return m_scheduling || m_cleaning;
}

void ScheduleService::takeOver()
{
    // Uploads of runs whose process died (recorded by RunRecorder) go before anything is scheduled,
    // so a bucket never collects them; the storage secrets are read first, like a run's.
    const QList<qint64> storages = m_runs->storagesWithLeftovers();
    if (storages.isEmpty()) {
        beginScheduling();
        return;
    }
    m_cleaning = true;
    auto targets = std::make_shared<std::vector<LeftoverTarget>>();
    auto waiting = std::make_shared<int>(0);
    const auto readAll = [this, targets] {
        if (!m_started) {
            m_cleaning = false;
            return;
        }
        m_runs->abortLeftovers(std::move(*targets));
    };
    for (qint64 storageId : storages) {
        const auto storage = StorageRepository(m_database).findById(storageId);
        if (!storage)
            continue;
        ++*waiting;
        SecretJob *read = m_secrets->read(storage->secretRef);
        const S3Target target = StorageTargetStore::toS3(*storage);
        connect(read, &SecretJob::finished, this,
            [this, targets, waiting, readAll, storageId, target, name = storage->name](SecretJob *done) {
                done->deleteLater();
                if (done->ok()) {
                    LeftoverTarget leftover;
                    leftover.storageId = storageId;
                    leftover.target = target;
                    leftover.secret = done->takeData();
                    targets->push_back(std::move(leftover));
                } else {
                    Q_EMIT problem(tr("Cairn could not read the secret of the storage %1 to remove partial "
                                      "uploads an interrupted backup left there (%2); set the storage's key "
                                      "again.")
                                       .arg(name, done->errorString()));
                }
                if (--*waiting == 0)
                    readAll();
            });
    }
    if (*waiting == 0)
        readAll();
}

void ScheduleService::onLeftoversAborted(int uploads, const QStringList &problems)
{
    if (!m_cleaning)
        return; // another caller's cleanup on the same RunManager
    m_cleaning = false;
    Q_EMIT leftoversCleaned(uploads, problems);
    for (const QString &message : problems)
        Q_EMIT problem(message);
    if (m_started && !m_scheduling)
        beginScheduling();
}

void ScheduleService::beginScheduling()
{
    m_scheduling = true;
    reload(); // feeds the scheduler the schedules now that it may act on them
    m_scheduler->start();
    m_verifier->start();
    Q_EMIT schedulingChanged(true, QString());
}

void ScheduleService::stop()
{
    m_check.stop();
    m_scheduler->stop();
    m_verifier->stop();
    const bool wasScheduling = m_scheduling;
    m_scheduling = false;
    m_started = false;
    m_runs->cancelAll();
    m_lock.unlock();
    if (wasScheduling)
        Q_EMIT schedulingChanged(false, tr("Cairn is stopping, so it starts no more backups."));
}

QString ScheduleService::notSchedulingReason() const
{
    if (m_scheduling)
        return {};
    if (!m_started)
        return tr("Schedules are not running yet.");
    if (m_cleaning)
        return tr("Cairn is removing partial uploads an interrupted backup left behind; schedules start "
                  "right after.");
    return m_lock.refusal();
}

bool ScheduleService::isIdle() const
{
    return m_preparing.isEmpty() && m_verifyPreparing.isEmpty() && m_runs->isIdle();
}

qint64 ScheduleService::dataVersion() const
{
    // Changes only when ANOTHER connection commits: a CLI edit, a run's worker thread, another Cairn.
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void ScheduleService::check()
{
    if (!m_scheduling && !m_cleaning && m_started && m_lock.tryLock())
        takeOver();
    const qint64 version = dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        reload();
    }
}

void ScheduleService::reload()
{
    StoreError error;
    const QList<Job> jobs = JobRepository(m_database).list(0, &error);
    if (error) {
        Q_EMIT problem(error.message);
        return;
    }
    const QHash<qint64, ScheduleStateStore::Outcome> outcomes = m_state->outcomes(&error);
    if (error)
        Q_EMIT problem(error.message);
    const QHash<qint64, QString> verifySchedules = m_verifyState->verifySchedules(&error);
    if (error)
        Q_EMIT problem(error.message);
    // The store is the memory of what was announced (another process may have scheduled before).
    m_overdueNotified = m_state->overdueNotified(&error);
    if (error)
        Q_EMIT problem(error.message);

    QSet<qint64> seen;
    QList<JobHealthInput> health;
    // One transaction: a scheduler seeing 500 new jobs records 500 first slots with one disk sync.
    QSqlDatabase connection = m_database->connection();
    const bool transaction = connection.transaction();
    for (const Job &job : jobs) {
        seen.insert(job.id);
        m_jobs.insert(
            job.id, JobInfo { job.name, job.clientId, job.clientName, job.serverName, job.serverId });
        QString parseError;
        std::optional<Schedule> schedule = Schedule::fromString(job.schedule, &parseError);
        if (!schedule) {
            Q_EMIT problem(
                tr("The schedule of %1 cannot be read (%2); set it again.").arg(job.name, parseError));
            schedule = Schedule();
        }
        if (m_scheduling) {
            if (job.enabled && !schedule->isManual())
                m_scheduler->setJob(job.id, *schedule);
            else
                m_scheduler->removeJob(job.id);
            const auto verify = Schedule::fromString(verifySchedules.value(job.id), &parseError);
            if (!verify)
                Q_EMIT problem(tr("The verify schedule of %1 cannot be read (%2); set it again.")
                                   .arg(job.name, parseError));
            if (job.enabled && verify && !verify->isManual())
                m_verifier->setJob(job.id, *verify);
            else
                m_verifier->removeJob(job.id);
        }
        health.append(
            OverdueWatchdog::inputFor(job.id, job.name, job.createdAt, *schedule, outcomes.value(job.id)));
        // A good backup since the announcement ends that stretch: the next one is announced again.
        const auto notified = m_overdueNotified.constFind(job.id);
        const QDateTime lastGood = outcomes.value(job.id).lastGoodAt;
        if (m_scheduling && notified != m_overdueNotified.constEnd() && lastGood.isValid()
            && lastGood > *notified)
            forgetOverdue(job.id);
    }
    if (transaction)
        connection.commit();
    m_watchdog->setJobs(health);
    // Unchanged states signal nothing: a process that just took over still announces what is overdue.
    if (m_scheduling) {
        const QList<JobHealth> current = m_watchdog->report().jobs;
        for (const JobHealth &job : current)
            onHealthChanged(job);
    }
    const QList<qint64> known = m_jobs.keys();
    for (qint64 jobId : known) {
        if (seen.contains(jobId))
            continue;
        m_jobs.remove(jobId);
        m_scheduler->removeJob(jobId);
        m_verifier->removeJob(jobId);
        m_overdueNotified.remove(jobId);
    }
    syncPause();
}

void ScheduleService::syncPause()
{
    // Another Cairn (or cairn-cli) may have paused or resumed: the stored pause wins.
    if (!m_scheduling)
        return;
    const ScheduleStateStore::Pause stored = m_state->loadPause();
    for (Scheduler *scheduler : { m_scheduler, m_verifier }) {
        if (stored.paused && (!scheduler->isPaused() || stored.until != scheduler->pausedUntil()))
            scheduler->pause(stored.until);
        else if (!stored.paused && scheduler->isPaused())
            scheduler->resume();
    }
}

bool ScheduleService::runNow(qint64 jobId, QString *error)
{
    const bool busy = m_preparing.contains(jobId) || [this, jobId] {
        for (const RunInfo &run : std::as_const(m_runsById))
            if (run.jobId == jobId)
                return true;
        return false;
    }();
    if (busy) {
        if (error)
            *error = tr("The job %1 is already running; wait for it to end.").arg(m_jobs.value(jobId).name);
        return false;
    }
    // Told first, so a slot that comes due while the secrets are read is held, not started beside it.
    m_scheduler->runStarted(jobId);
    startRun(jobId, false);
    return true;
}

void ScheduleService::startRun(qint64 jobId, bool scheduled)
{
    if (m_preparing.contains(jobId))
        return;
    m_preparing.insert(jobId, scheduled);
    auto *loader = new BackupRequestLoader(m_database, m_secrets, this);
    connect(loader, &BackupRequestLoader::finished, this,
        [this, loader, jobId, scheduled] { prepared(loader, jobId, scheduled); });
    loader->start(jobId);
}

void ScheduleService::prepared(BackupRequestLoader *loader, qint64 jobId, bool scheduled)
{
    loader->deleteLater();
    m_preparing.remove(jobId);
    if (!m_started && scheduled) {
        // Stopping is no failure: the run counts as cancelled, with no webhook and no red tray.
        Q_EMIT runEnded(jobId, m_jobs.value(jobId).name, false, true,
            tr("Cairn stopped before the run could start."), scheduled);
        m_scheduler->runFinished(jobId, false, m_clock->now());
        return;
    }
    if (!loader->ok()) {
        couldNotStart(jobId, scheduled, loader->errorString());
        return;
    }
    QString error;
    // The run is told apart from runs started elsewhere on this RunManager by onRunQueued().
    m_preparing.insert(jobId, scheduled);
    const qint64 runId = m_runs->enqueue(loader->takeRequest(), &error);
    m_preparing.remove(jobId);
    if (!runId)
        couldNotStart(jobId, scheduled, error);
}

void ScheduleService::couldNotStart(qint64 jobId, bool scheduled, const QString &message)
{
    const QString name = m_jobs.value(jobId).name;
    Q_EMIT runEnded(jobId, name, false, false, message, scheduled);
    const QDateTime now = m_clock->now();
    m_scheduler->runFinished(jobId, false, now);
    m_watchdog->recordRun(jobId, false, now, message);
    notify(jobId, NotificationEvent::Failure, message, 0);
}

void ScheduleService::onRunQueued(qint64 runId, qint64 jobId)
{
    const bool scheduled = m_preparing.value(jobId, false);
    m_runsById.insert(runId, RunInfo { jobId, scheduled });
    m_scheduler->runStarted(jobId);
    Q_EMIT runStarting(jobId, m_jobs.value(jobId).name, scheduled);
}

void ScheduleService::onRunFinished(qint64 runId, const BackupResult &result)
{
    const auto it = m_runsById.constFind(runId);
    if (it == m_runsById.constEnd())
        return;
    const RunInfo run = *it;
    m_runsById.erase(it);
    const bool ok = result.succeeded();
    const bool cancelled = result.status == BackupResult::Status::Cancelled;
    const QDateTime now = m_clock->now();
    m_scheduler->runFinished(run.jobId, ok, now);
    if (!cancelled)
        m_watchdog->recordRun(run.jobId, ok, now, result.message);
    Q_EMIT runEnded(run.jobId, m_jobs.value(run.jobId).name, ok, cancelled, result.message, run.scheduled);
    if (!cancelled)
        notify(
            run.jobId, ok ? NotificationEvent::Success : NotificationEvent::Failure, result.message, runId);
}

void ScheduleService::onHealthChanged(const JobHealth &health)
{
    // Said once per stretch of being overdue, and only by the process that schedules (a second
    // window would repeat it); that process alone keeps the memory in the store.
    if (!m_scheduling)
        return;
    const bool overdue = health.state == HealthState::Overdue || health.state == HealthState::BadlyOverdue;
    if (!overdue) {
        // Failed does not end the stretch: only a good backup (Ok) re-arms the announcement.
        if (health.state == HealthState::Ok)
            forgetOverdue(health.jobId);
        return;
    }
    if (m_overdueNotified.contains(health.jobId))
        return;
    const QDateTime now = m_clock->now();
    m_overdueNotified.insert(health.jobId, now);
    if (StoreError error = m_state->setOverdueNotified(health.jobId, now))
        Q_EMIT problem(error.message);
    Q_EMIT overdueAnnounced(health.jobId, health.jobName, health.reason);
    notify(health.jobId, NotificationEvent::Overdue, health.reason, 0);
}

void ScheduleService::forgetOverdue(qint64 jobId)
{
    if (m_overdueNotified.remove(jobId) == 0)
        return;
    if (StoreError error = m_state->setOverdueNotified(jobId, QDateTime()))
        Q_EMIT problem(error.message);
}

void ScheduleService::startVerify(qint64 jobId)
{
    const QString name = m_jobs.value(jobId).name;
    StoreError error;
    const QList<BackupRecord> backups = BackupRepository(m_database).list(jobId, 0, false, &error);
    if (error) {
        verifyDone(jobId, 0, false, false, error.message);
        return;
    }
    // Newest first: the first complete one is what a restore would use today.
    const auto newest = std::find_if(
        backups.cbegin(), backups.cend(), [](const BackupRecord &backup) { return backup.isComplete(); });
    if (newest == backups.cend()) {
        verifyDone(jobId, 0, false, false,
            tr("%1 has no complete backup to verify yet; the next scheduled verify tries again.").arg(name));
        return;
    }
    const qint64 backupId = newest->id;
    m_verifyPreparing.insert(jobId);
    auto *loader = new RestoreRequestLoader(m_database, m_secrets, this);
    connect(loader, &RestoreRequestLoader::finished, this,
        [this, loader, jobId, backupId] { verifyPrepared(loader, jobId, backupId); });
    // On the server the job backs up, where the backup came from.
    loader->start(backupId, m_jobs.value(jobId).serverId, RestoreRequest::Mode::Verify);
}

void ScheduleService::verifyPrepared(RestoreRequestLoader *loader, qint64 jobId, qint64 backupId)
{
    loader->deleteLater();
    m_verifyPreparing.remove(jobId);
    if (!m_started) {
        verifyDone(jobId, backupId, false, true, tr("Cairn stopped before the verification could start."));
        return;
    }
    if (!loader->ok()) {
        verifyDone(jobId, backupId, false, false, loader->errorString());
        return;
    }
    QString error;
    const qint64 restoreId = m_runs->enqueueRestore(loader->takeRequest(), &error);
    if (!restoreId) {
        verifyDone(jobId, backupId, false, false, error);
        return;
    }
    m_verifies.insert(restoreId, VerifyInfo { jobId, backupId });
    Q_EMIT verifyStarting(jobId, m_jobs.value(jobId).name, backupId);
}

void ScheduleService::onRestoreFinished(qint64 restoreId, const RestoreResult &result)
{
    const auto it = m_verifies.constFind(restoreId);
    if (it == m_verifies.constEnd())
        return; // a restore or verify started by hand
    const VerifyInfo verify = *it;
    m_verifies.erase(it);
    // Only what the store records as a verification (a match, or an archive proven changed or gone)
    // changes the job's health; a verify that could not run or lost its connection says nothing.
    if (result.succeeded() || result.integrityFailed)
        m_watchdog->recordVerify(verify.jobId, result.succeeded(), m_clock->now());
    verifyDone(verify.jobId, verify.backupId, result.succeeded(),
        result.status == RestoreResult::Status::Cancelled, result.message);
}

void ScheduleService::verifyDone(
    qint64 jobId, qint64 backupId, bool ok, bool cancelled, const QString &message)
{
    m_verifier->runFinished(jobId, ok, m_clock->now());
    const QString name = m_jobs.value(jobId).name;
    Q_EMIT verifyEnded(jobId, name, backupId, ok, cancelled, message);
    // No backup yet is no failure of a backup: the watchdog already says the job has none.
    if (!ok && !cancelled && backupId > 0)
        notify(jobId, NotificationEvent::Failure,
            tr("The scheduled verify of the newest backup of %1 failed: %2").arg(name, message), 0);
}

void ScheduleService::notify(qint64 jobId, NotificationEvent kind, const QString &message, qint64 runId)
{
    const auto job = m_jobs.constFind(jobId);
    if (job == m_jobs.constEnd())
        return;
    const auto hook = ClientNotifications(m_database).webhook(job->clientId);
    if (!hook)
        return;
    WebhookTarget target;
    target.format = hook->format;
    target.onFailure = hook->onFailure;
    target.onOverdue = hook->onOverdue;
    target.onSuccess = hook->onSuccess;
    if (!target.wants(kind))
        return;
    WebhookEvent event;
    event.kind = kind;
    event.clientName = job->clientName;
    event.jobName = job->name;
    event.serverName = job->serverName;
    event.at = m_clock->now();
    event.message = message;
    event.runId = runId;
    const auto health = [this, jobId] {
        for (const JobHealth &h : m_watchdog->report().jobs)
            if (h.jobId == jobId)
                return h;
        return JobHealth {};
    }();
    if (!health.neverGood && health.jobId == jobId)
        event.lastGoodAt = event.at.addSecs(-health.age.count());
    // The address carries a token: read from the keychain for this one request, never kept.
    SecretJob *read = m_secrets->read(hook->secretRef);
    connect(read, &SecretJob::finished, this, [this, target, event](SecretJob *done) mutable {
        done->deleteLater();
        if (!done->ok()) {
            Q_EMIT problem(tr("Cairn could not read the webhook address of %1 from the keychain (%2); set "
                              "it again with cairn-cli client webhook.")
                               .arg(event.clientName, done->errorString()));
            return;
        }
        const SecureBytes address = done->takeData();
        target.url = QUrl(QString::fromUtf8(address.view()), QUrl::StrictMode);
        QString error;
        if (!m_webhooks->send(target, event, &error) && !error.isEmpty())
            Q_EMIT problem(error);
    });
}

void ScheduleService::pause(Scheduler::PauseLength length)
{
    const QDateTime until = Scheduler::pauseEnd(length, m_clock->now(), QTimeZone::systemTimeZone());
    if (m_scheduling) {
        m_verifier->pause(until);
        m_scheduler->pause(until);
        return;
    }
    // The scheduling process reads the stored pause within a minute.
    if (StoreError error = m_state->savePause({ true, until }))
        Q_EMIT problem(error.message);
    m_watchdog->setPaused(true);
    Q_EMIT pausedChanged(true, until);
}

void ScheduleService::resume()
{
    if (m_scheduling) {
        m_verifier->resume();
        m_scheduler->resume();
        return;
    }
    if (StoreError error = m_state->savePause({}))
        Q_EMIT problem(error.message);
    m_watchdog->setPaused(false);
    Q_EMIT pausedChanged(false, QDateTime());
}

bool ScheduleService::isPaused() const
{
    return m_scheduling ? m_scheduler->isPaused() : m_state->loadPause().paused;
}

QDateTime ScheduleService::pausedUntil() const
{
    return m_scheduling ? m_scheduler->pausedUntil() : m_state->loadPause().until;
}

QDateTime ScheduleService::nextRun(qint64 jobId) const
{
    return m_scheduler->nextRun(jobId);
}

QDateTime ScheduleService::nextVerify(qint64 jobId) const
{
    return m_verifier->nextRun(jobId);
}

StoreError ScheduleService::saveVerifySchedule(
    const std::shared_ptr<Database> &database, qint64 jobId, const QString &text)
{
    return ScheduleStateStore::saveVerifySchedule(database, jobId, text);
}

WatchdogReport ScheduleService::report() const
{
    return m_watchdog->report();
}

StoreError ScheduleService::saveSchedule(
    const std::shared_ptr<Database> &database, qint64 jobId, const QString &text)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET schedule = ? WHERE id = ?"));
    query.addBindValue(sqlText(text));
    query.addBindValue(jobId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return StoreError::fail(
            tr("Cairn could not save the schedule (%1); check the disk and the database file.")
                .arg(query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
