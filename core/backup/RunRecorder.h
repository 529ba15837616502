#pragma once
// What a backup run writes to SQLite, from the worker thread that runs it (the Database hands each
// thread its own connection): the runs row as the run moves, its events, and the backups row of a
// complete backup. Also names the process that owns a run, so a later start can tell a run that
// is still going from one whose process died.

#include "backup/BackupResult.h"
#include "store/BackupRepository.h"

#include <memory>

namespace cairn {

class Database;

// A run whose multipart upload may still exist in a bucket (see RunRepository::openUploads).
struct LeftoverUpload final {
    qint64 runId = 0;
    qint64 storageId = 0;
    QString status;
    QString objectKey;
    QString uploadId; // empty: the process stopped between naming the object and storing the id
    bool ownerAlive = false;
};

class RunRecorder final {
public:
    RunRecorder(std::shared_ptr<Database> database, qint64 runId);

    void started(qint64 storageId);
    void objectKey(const QString &key);
    void uploadId(const QString &uploadId);
    void uploadClosed();
    // kind: "log", "warning", "error" or "progress".
    void event(const QString &kind, const QString &text, qint64 bytes = -1);
    void finished(const BackupResult &result);
    qint64 recordBackup(const BackupRecord &backup, QString *error);

    // "<host>:<pid>:<start time>" of this process.
    static QString ownerTag();
    // False only when the tag names a process on this machine that no longer exists.
    static bool ownerAlive(const QString &tag);
    static QList<LeftoverUpload> leftoverUploads(const std::shared_ptr<Database> &database);
    // Marks a leftover run failed with message and its upload closed.
    static void closeLeftover(const std::shared_ptr<Database> &database, const LeftoverUpload &leftover,
        const QString &message, bool uploadGone);

private:
    std::shared_ptr<Database> m_database;
    qint64 m_runId;
    int m_events = 0;
};

} // namespace cairn
