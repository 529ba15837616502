#pragma once
// The catalogue of complete backups: one row per archive in a bucket, with its index and manifest
// keys, size and SHA-256. Only a run that completed its upload and stored its manifest adds a row;
// retention moves rows to "deleting" before it deletes objects and to "deleted" after.
// (Its own record type: the rows outlive the job and the run that made them.)

#include "store/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace cairn {

struct BackupRecord final {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 jobId = 0; // 0 once the job is removed
    QString jobName;
    QString serverName;
    qint64 clientId = 0;
    qint64 storageId = 0;
    QString kind; // "files", "mysql", "postgres"
    QString objectKey;
    QString sideKey; // the file index or the PostgreSQL globals; empty when none
    QString manifestKey;
    QDateTime createdAt;
    qint64 size = 0;
    qint64 sourceBytes = 0;
    QString sha256;
    qint64 partSize = 0;
    int parts = 0;
    QString compression;
    int warnings = 0;
    QString state = QStringLiteral("complete"); // "complete", "deleting", "deleted"
    QDateTime deletedAt;
    QByteArray manifestJson;

    bool isComplete() const { return state == QLatin1String("complete"); }
};

class BackupRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::BackupRepository)

public:
    explicit BackupRepository(std::shared_ptr<Database> database);

    qint64 insert(const BackupRecord &backup, StoreError *error);
    // Newest first. jobId 0: every job; clientId 0: every client. Deleted ones only when asked.
    QList<BackupRecord> list(
        qint64 jobId, qint64 clientId = 0, bool includeDeleted = false, StoreError *error = nullptr) const;
    // Backups listed under a job name (their job may be gone), newest first.
    QList<BackupRecord> listByJobName(
        const QString &jobName, qint64 clientId, StoreError *error = nullptr) const;
    std::optional<BackupRecord> find(qint64 id) const;
    std::optional<BackupRecord> findByRun(qint64 runId) const;
    StoreError setState(qint64 id, const QString &state);

private:
    QList<BackupRecord> select(const QString &where, const QVariantList &values, StoreError *error) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cairn
