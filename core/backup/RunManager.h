#pragma once
// Runs backups on a QThreadPool: a global limit (default 4), at most one run per host, and a queue
// in the order runs were asked for. Lives in the GUI thread (or the CLI's main thread); every signal
// arrives there. The UI shows queued and running runs from runQueued/runStarted/runFinished and
// draws progress from runProgress.
//
//   RunManager manager(database);
//   connect(&manager, &RunManager::runFinished, this, &ActivityView::onFinished);
//   const qint64 runId = manager.enqueue(std::move(request), &error);   // secrets already read
//
// At start-up, abortLeftovers() removes multipart uploads that runs of an earlier, stopped Cairn
// left in the buckets.

#include "backup/BackupRequest.h"
#include "backup/BackupResult.h"
#include "restore/RestoreRequest.h"
#include "restore/RestoreResult.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace cairn {

class BackupRun;
class Database;
class RestoreRun;

// The credentials of one storage target, for abortLeftovers().
struct LeftoverTarget final {
    LeftoverTarget() = default;
    LeftoverTarget(LeftoverTarget &&) = default;
    LeftoverTarget &operator=(LeftoverTarget &&) = default;
    qint64 storageId = 0;
    S3Target target;
    SecureBytes secret;
};

class RunManager final : public QObject {
    Q_OBJECT

public:
    enum class RunState { Unknown, Queued, Running };
    Q_ENUM(RunState)

    static constexpr int kDefaultConcurrency = 4;

    explicit RunManager(std::shared_ptr<Database> database, QObject *parent = nullptr);
    // Cancels every run and waits for the workers to stop.
    ~RunManager() override;

    void setConcurrency(int runs);
    int concurrency() const { return m_concurrency; }

    // Records the run as queued and starts it when a slot and its host are free. Returns the run
    // id, or 0 with *error set (one sentence): an invalid spec, a job already queued or running.
    qint64 enqueue(BackupRequest request, QString *error = nullptr);
    // A queued run ends at once as cancelled; a running one stops within its grace period.
    bool cancel(qint64 runId);
    void cancelAll();

    // Restores, verifies and drills share the pool, the limit and the one-run-per-host rule with
    // backups. Records the restore as queued (its id is a restores row, not a runs row) and holds
    // the backup against retention until it ends. 0 with *error set when the request is refused.
    qint64 enqueueRestore(RestoreRequest request, QString *error = nullptr);
    bool cancelRestore(qint64 restoreId);

    RunState state(qint64 runId) const;
    QList<qint64> queuedRuns() const;
    QList<qint64> runningRuns() const;
    bool isIdle() const { return m_entries.isEmpty(); }

    // Storage targets that may hold uploads a stopped Cairn left behind: read their secrets and
    // pass them to abortLeftovers().
    QList<qint64> storagesWithLeftovers() const;
    // In the pool: aborts those uploads (the recorded ones, and any under each run's object key that
    // ListMultipartUploads shows) and marks their runs failed. Emits leftoversAborted.
    void abortLeftovers(std::vector<LeftoverTarget> targets);

Q_SIGNALS:
    void runQueued(qint64 runId, qint64 jobId);
    void runStarted(qint64 runId);
    void runProgress(
        qint64 runId, cairn::BackupPhase phase, qint64 bytesRead, qint64 bytesUploaded, qint64 totalEstimate);
    void runLog(qint64 runId, const QString &line);
    void runFinished(qint64 runId, const cairn::BackupResult &result);
    // Queued or running runs changed (a run was queued, started, finished or cancelled).
    void queueChanged();
    void leftoversAborted(int uploads, const QStringList &problems);
    // kind: "restore", "verify" or "drill"; target: the folder or database restored into (or empty).
    void restoreQueued(qint64 restoreId, const QString &kind, const QString &serverName, const QString &target);
    void restoreStarted(qint64 restoreId);
    void restoreProgress(qint64 restoreId, qint64 bytesDownloaded, qint64 total);
    void restoreLog(qint64 restoreId, const QString &line);
    void restoreFinished(qint64 restoreId, const cairn::RestoreResult &result);

private:
    struct Entry {
        qint64 runId = 0;
        qint64 jobId = 0;
        QString host;
        BackupRun *run = nullptr;
        RestoreRun *restore = nullptr; // instead of run, for a restore (runId is then the restore's id)
        bool running = false;
    };

    void dispatch();
    void onFinished(BackupRun *run, const BackupResult &result);
    void onRestoreFinished(RestoreRun *run, const RestoreResult &result);

    std::shared_ptr<Database> m_database;
    QThreadPool m_pool;
    int m_concurrency = kDefaultConcurrency;
    QList<Entry> m_entries;
};

} // namespace cairn
