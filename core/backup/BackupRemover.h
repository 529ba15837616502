#pragma once
// Removes backups from storage and the catalogue, the one way retention and "Delete backup" both do
// it: each row goes to "deleting" first (from then on it is never offered as restorable), a backup a
// restore or verify took hold of meanwhile is given back, every archive is deleted first, then the
// index and manifest of each backup whose archive is gone, and only then is the row "deleted". A
// backup whose objects could not all be deleted stays "deleting" and is retried by the next
// retention. Objects go in DeleteObjects batches of up to 1000 keys; a key S3 reports as failed
// inside a 200 answer counts as not deleted. Runs in a worker thread (S3Client blocks).

#include "store/BackupRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

namespace cairn {

class S3Client;

class BackupRemover final {
    Q_DECLARE_TR_FUNCTIONS(cairn::BackupRemover)

public:
    struct Outcome {
        QList<qint64> deleted; // now "deleted" in the catalogue
        QList<qint64> inUse; // a restore or verify held them: left as they were
        QStringList problems; // one sentence each; the backups they concern stay "deleting"
    };

    // backups: rows of one storage target (the client's bucket), "complete" or "deleting".
    static Outcome remove(
        S3Client &client, const std::shared_ptr<Database> &database, const QList<BackupRecord> &backups);
};

} // namespace cairn
