#pragma once
// Applies a job's retention policy to its backups in one bucket: Retention::select() decides, and
// BackupRemover deletes the doomed backups (archive first, then index and manifest) together with
// those an earlier run left "deleting".
// Runs in a worker thread (S3Client blocks).

#include "backup/Retention.h"
#include "store/BackupRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace cairn {

class S3Client;

class RetentionApplier final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RetentionApplier)

public:
    struct Outcome {
        QList<qint64> deleted;
        QStringList problems; // one sentence each
    };

    // The complete backups of jobId in storageId the policy would delete now, oldest first.
    static QList<BackupRecord> preview(const std::shared_ptr<Database> &database, qint64 jobId,
        qint64 storageId, const RetentionPolicy &policy, const QDateTime &now,
        const QSet<qint64> &inUse = {});
    static Outcome apply(S3Client &client, const std::shared_ptr<Database> &database, qint64 jobId,
        qint64 storageId, const RetentionPolicy &policy, const QDateTime &now,
        const QSet<qint64> &inUse = {});
};

} // namespace cairn
