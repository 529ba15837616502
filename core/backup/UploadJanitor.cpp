#include "backup/UploadJanitor.h"

#include "storage/S3Client.h"

namespace cairn {

QList<LeftoverUpload> UploadJanitor::leftovers(const std::shared_ptr<Database> &database, qint64 storageId)
{
    QList<LeftoverUpload> out;
    for (const LeftoverUpload &leftover : RunRecorder::leftoverUploads(database)) {
        if (leftover.storageId == storageId && !leftover.ownerAlive)
            out.append(leftover);
    }
    return out;
}

UploadJanitor::Outcome UploadJanitor::clean(
    S3Client &client, const std::shared_ptr<Database> &database, qint64 storageId)
{
    Outcome outcome;
    const QString stopped = tr("Cairn stopped while this backup ran; its partial upload was removed.");
    for (const LeftoverUpload &leftover : leftovers(database, storageId)) {
        QStringList uploadIds;
        if (!leftover.uploadId.isEmpty())
            uploadIds << leftover.uploadId;
        // The key holds the run id, so only this run's uploads can be listed under it.
        const S3Result<QList<S3Upload>> listed = client.listAllMultipartUploads(leftover.objectKey);
        if (listed.ok()) {
            for (const S3Upload &upload : listed.value) {
                if (upload.key == leftover.objectKey && !uploadIds.contains(upload.uploadId))
                    uploadIds << upload.uploadId;
            }
        } else {
            outcome.problems << listed.error.message;
        }
        bool allGone = listed.ok();
        for (const QString &uploadId : uploadIds) {
            const S3Status aborted = client.abortMultipartUpload(leftover.objectKey, uploadId);
            if (aborted.ok())
                ++outcome.aborted;
            else if (aborted.error.kind != S3Error::Kind::NoSuchUpload) {
                allGone = false;
                outcome.problems << aborted.error.message;
            }
        }
        RunRecorder::closeLeftover(database, leftover, stopped, allGone);
    }
    return outcome;
}

} // namespace cairn
