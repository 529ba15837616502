#include "backup/RunManager.h"

#include "backup/BackupRun.h"
#include "backup/UploadJanitor.h"
#include "restore/RestoreRun.h"
#include "storage/S3Client.h"
#include "store/Database.h"
#include "store/RestoreRepository.h"

#include <QSqlQuery>

namespace cairn {

RunManager::RunManager(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    qRegisterMetaType<cairn::BackupPhase>();
    qRegisterMetaType<cairn::BackupResult>();
    qRegisterMetaType<cairn::RestoreResult>();
    // The pool never limits: dispatch() does (it also knows which host is busy). One spare thread
    // serves abortLeftovers().
    m_pool.setMaxThreadCount(m_concurrency + 1);
    m_pool.setObjectName(QStringLiteral("cairn-backup-runs"));
    // Threads stay: each keeps its own SQLite connection, which a new thread would open again.
    m_pool.setExpiryTimeout(-1);
}

RunManager::~RunManager()
{
    cancelAll();
    m_pool.waitForDone();
    for (const Entry &entry : std::as_const(m_entries)) {
        delete entry.run;
        delete entry.restore;
    }
}

void RunManager::setConcurrency(int runs)
{
    m_concurrency = qBound(1, runs, 64);
    m_pool.setMaxThreadCount(m_concurrency + 1);
    dispatch();
}

qint64 RunManager::enqueue(BackupRequest request, QString *error)
{
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return qint64(0);
    };
    if (const QString problem = request.spec.validate(); !problem.isEmpty())
        return refuse(problem);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.run && entry.jobId == request.jobId)
            return refuse(tr("The job %1 is already %2; wait for it to end.")
                              .arg(request.jobName, entry.running ? tr("running") : tr("queued")));
    }
    request.database = m_database;
    // SQL here rather than RunRepository: its record header's StorageTarget clashes with
    // core/storage's StorageTarget, which this file needs (until one of them is renamed).
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO runs (job_id, kind, status, storage_id) VALUES (?, 'backup', 'queued', ?)"));
    insert.addBindValue(request.jobId);
    insert.addBindValue(request.storageId > 0 ? QVariant(request.storageId) : QVariant());
    if (!insert.exec())
        return refuse(tr("Cairn could not record the run of %1; check that its database is writable.")
                          .arg(request.jobName));
    const qint64 runId = insert.lastInsertId().toLongLong();

    auto *run = new BackupRun(runId, std::move(request));
    connect(run, &BackupRun::progress, this,
        [this, runId](BackupPhase phase, qint64 read, qint64 uploaded, qint64 estimate) {
            Q_EMIT runProgress(runId, phase, read, uploaded, estimate);
        });
    connect(
        run, &BackupRun::logLine, this, [this, runId](const QString &line) { Q_EMIT runLog(runId, line); });
    connect(run, &BackupRun::finished, this,
        [this, run](const BackupResult &result) { onFinished(run, result); });
    m_entries.append(Entry { runId, run->jobId(), run->hostIdentity(), run, nullptr, false });
    Q_EMIT runQueued(runId, run->jobId());
    Q_EMIT queueChanged();
    dispatch();
    return runId;
}

void RunManager::dispatch()
{
    int running = 0;
    QSet<QString> busyHosts;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.running) {
            ++running;
            busyHosts.insert(entry.host);
        }
    }
    bool changed = false;
    for (Entry &entry : m_entries) {
        if (running >= m_concurrency)
            break;
        if (entry.running || busyHosts.contains(entry.host))
            continue;
        entry.running = true;
        busyHosts.insert(entry.host);
        ++running;
        if (entry.restore) {
            m_pool.start(entry.restore);
            Q_EMIT restoreStarted(entry.runId);
        } else {
            m_pool.start(entry.run);
            Q_EMIT runStarted(entry.runId);
        }
        changed = true;
    }
    if (changed)
        Q_EMIT queueChanged();
}

void RunManager::onFinished(BackupRun *run, const BackupResult &result)
{
    const qint64 runId = run->runId();
    m_entries.removeIf([run](const Entry &entry) { return entry.run == run; });
    run->deleteLater();
    Q_EMIT runFinished(runId, result);
    Q_EMIT queueChanged();
    dispatch();
}

qint64 RunManager::enqueueRestore(RestoreRequest request, QString *error)
{
    if (const QString problem = RestoreRun::validate(request); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    request.database = m_database;
    StoreError storeError;
    const qint64 restoreId = RestoreRepository(m_database)
                                 .insert(request.backup.id, request.kindName(), request.serverName,
                                     request.targetName(), &storeError);
    if (!restoreId) {
        if (error)
            *error = storeError.message;
        return 0;
    }
    const QString kind = request.kindName();
    const QString serverName = request.serverName;
    const QString target = request.targetName();
    auto *run = new RestoreRun(restoreId, std::move(request));
    connect(run, &RestoreRun::progress, this,
        [this, restoreId](qint64 bytes, qint64 total) { Q_EMIT restoreProgress(restoreId, bytes, total); });
    connect(run, &RestoreRun::logLine, this,
        [this, restoreId](const QString &line) { Q_EMIT restoreLog(restoreId, line); });
    connect(run, &RestoreRun::finished, this,
        [this, run](const RestoreResult &result) { onRestoreFinished(run, result); });
    Entry entry;
    entry.runId = restoreId;
    entry.host = run->hostIdentity();
    entry.restore = run;
    m_entries.append(entry);
    Q_EMIT restoreQueued(restoreId, kind, serverName, target);
    Q_EMIT queueChanged();
    dispatch();
    return restoreId;
}

void RunManager::onRestoreFinished(RestoreRun *run, const RestoreResult &result)
{
    const qint64 restoreId = run->restoreId();
    m_entries.removeIf([run](const Entry &entry) { return entry.restore == run; });
    run->deleteLater();
    Q_EMIT restoreFinished(restoreId, result);
    Q_EMIT queueChanged();
    dispatch();
}

bool RunManager::cancelRestore(qint64 restoreId)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (!entry.restore || entry.runId != restoreId)
            continue;
        if (entry.running) {
            entry.restore->cancel();
            return true;
        }
        RestoreRun *run = entry.restore;
        m_entries.removeAt(i);
        RestoreResult result;
        result.status = RestoreResult::Status::Cancelled;
        result.message = tr("The restore was cancelled before it started.");
        RestoreRepository(m_database).finished(restoreId, result.statusName(), 0, 0, result.message, {});
        delete run;
        Q_EMIT restoreFinished(restoreId, result);
        Q_EMIT queueChanged();
        return true;
    }
    return false;
}

bool RunManager::cancel(qint64 runId)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (!entry.run || entry.runId != runId)
            continue;
        if (entry.running) {
            entry.run->cancel();
            return true;
        }
        BackupRun *run = entry.run;
        m_entries.removeAt(i);
        BackupResult result;
        result.status = BackupResult::Status::Cancelled;
        result.message = tr("The run was cancelled before it started.");
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral(
            "UPDATE runs SET status = 'cancelled', message = ?, finished_at = ? WHERE id = ?"));
        update.addBindValue(result.message);
        update.addBindValue(QDateTime::currentSecsSinceEpoch());
        update.addBindValue(runId);
        update.exec();
        delete run;
        Q_EMIT runFinished(runId, result);
        Q_EMIT queueChanged();
        return true;
    }
    return false;
}

void RunManager::cancelAll()
{
    const QList<qint64> queued = queuedRuns();
    for (qint64 runId : queued)
        cancel(runId);
    QList<qint64> queuedRestores;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.restore && !entry.running)
            queuedRestores << entry.runId;
    }
    for (qint64 restoreId : queuedRestores)
        cancelRestore(restoreId);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.run)
            entry.run->cancel();
        else if (entry.restore)
            entry.restore->cancel();
    }
}

RunManager::RunState RunManager::state(qint64 runId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.run && entry.runId == runId)
            return entry.running ? RunState::Running : RunState::Queued;
    }
    return RunState::Unknown;
}

QList<qint64> RunManager::queuedRuns() const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries) {
        if (entry.run && !entry.running)
            ids << entry.runId;
    }
    return ids;
}

QList<qint64> RunManager::runningRuns() const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries) {
        if (entry.run && entry.running)
            ids << entry.runId;
    }
    return ids;
}

QList<qint64> RunManager::storagesWithLeftovers() const
{
    QList<qint64> ids;
    for (const LeftoverUpload &leftover : RunRecorder::leftoverUploads(m_database)) {
        if (!leftover.ownerAlive && leftover.storageId > 0 && !ids.contains(leftover.storageId))
            ids << leftover.storageId;
    }
    return ids;
}

void RunManager::abortLeftovers(std::vector<LeftoverTarget> targets)
{
    // std::function needs a copyable callable: the secrets travel in a shared, move-only list.
    auto shared = std::make_shared<std::vector<LeftoverTarget>>(std::move(targets));
    std::shared_ptr<Database> database = m_database;
    // The destructor waits for the pool, so `this` outlives the task; a queued call to a deleted
    // object is dropped by Qt.
    m_pool.start([this, shared, database] {
        int aborted = 0;
        QStringList problems;
        for (LeftoverTarget &target : *shared) {
            S3Client client(target.target, SigningSecret(target.secret.view()));
            target.secret.clear();
            const UploadJanitor::Outcome outcome = UploadJanitor::clean(client, database, target.storageId);
            aborted += outcome.aborted;
            problems += outcome.problems;
        }
        QMetaObject::invokeMethod(
            this, [this, aborted, problems] { Q_EMIT leftoversAborted(aborted, problems); },
            Qt::QueuedConnection);
    });
}

} // namespace cairn
