#pragma once
// Aborts multipart uploads that runs of a stopped Cairn left in a bucket: the upload ids recorded in
// SQLite, and — for a process that stopped between CreateMultipartUpload and storing the id — any
// upload ListMultipartUploads shows under that run's object key. Runs in a worker thread.

#include "backup/RunRecorder.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace cairn {

class S3Client;

class UploadJanitor final {
    Q_DECLARE_TR_FUNCTIONS(cairn::UploadJanitor)

public:
    struct Outcome {
        int aborted = 0;
        QStringList problems;
    };

    // Leftovers of stopped processes (and failed runs whose abort did not go through) in storageId.
    static QList<LeftoverUpload> leftovers(const std::shared_ptr<Database> &database, qint64 storageId);
    static Outcome clean(S3Client &client, const std::shared_ptr<Database> &database, qint64 storageId);
};

} // namespace cairn
