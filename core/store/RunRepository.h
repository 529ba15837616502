#pragma once
// Runs (backups, restores, verifies) and their events. History grows large: read it in pages.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <QMap>
#include <memory>
#include <optional>

namespace cairn {

// One line of a run's log: kind is "log", "warning", "error" or "progress".
struct RunEvent {
    qint64 id = 0;
    qint64 runId = 0;
    QDateTime at;
    QString kind;
    QString text;
    qint64 bytes = -1; // -1: none
};

// A run with the columns the runner keeps for its upload (see Schema version 2).
struct RunDetails {
    Run run;
    QString objectKey;
    QString uploadId;
    // "<host>:<pid>:<start time>" of the process that ran it; empty while queued.
    QString owner;
    qint64 storageId = 0;
    QDateTime uploadClosedAt; // invalid while the upload may still exist
};

// A run whose multipart upload was started (or about to be) and never completed or aborted.
struct OpenUpload {
    qint64 runId = 0;
    qint64 jobId = 0;
    qint64 storageId = 0;
    QString status;
    QString owner;
    QString objectKey;
    QString uploadId; // empty when the process stopped between naming the object and storing the id
};

class RunRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RunRepository)

public:
    explicit RunRepository(std::shared_ptr<Database> database);
    // Newest first; clientId 0 for every client. Pages keep the first screen fast on large histories.
    QList<Run> recent(qint64 clientId, int limit, int offset = 0, StoreError *error = nullptr) const;
    qint64 count(qint64 clientId) const;
    // How many jobs have each status as their latest run's status; jobs that never ran count under
    // an empty status. clientId 0 for every client. One index seek per job, not a scan of the history.
    QMap<QString, int> latestStatusCounts(qint64 clientId, StoreError *error = nullptr) const;
    qint64 insert(const Run &run, StoreError *error);

    // Additions for the backup runner (core/backup/RunRecorder).
    std::optional<RunDetails> find(qint64 runId) const;
    QList<Run> recentForJob(qint64 jobId, int limit, StoreError *error = nullptr) const;
    // The bytes the job's latest successful backup read from its source; 0 when it never had one.
    qint64 lastGoodSourceBytes(qint64 jobId) const;
    StoreError markRunning(qint64 runId, const QString &owner, qint64 storageId);
    StoreError setObjectKey(qint64 runId, const QString &objectKey);
    // Stored before the first part is uploaded, so a crash leaves a trace to clean up.
    StoreError setUploadId(qint64 runId, const QString &uploadId);
    // The upload was completed or aborted: nothing is left to clean up.
    StoreError closeUpload(qint64 runId);
    StoreError finish(qint64 runId, const QString &status, const QString &message, qint64 bytesSource,
        qint64 bytesStored, qint64 bytesToDesktop);
    StoreError addEvent(qint64 runId, const QString &kind, const QString &text, qint64 bytes = -1);
    QList<RunEvent> events(qint64 runId, int limit = 1000) const;
    QList<OpenUpload> openUploads() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
