#pragma once
// How a backup run ended and where it is, as BackupRun::finished and RunManager::runFinished hand
// it to the UI, plus the phases a run moves through (BackupRun::progress).

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cairn {

enum class BackupPhase {
    Queued,
    Connecting, // SSH connect and authentication
    Checking, // preflight probe on the host
    Preparing, // the script measures the source; the multipart upload is created
    Uploading, // parts stream from the host to storage
    Finishing, // CompleteMultipartUpload, manifest, catalogue
    Retention, // old backups are deleted
    Done,
};

struct BackupResult final {
    enum class Status { Succeeded, SucceededWithWarnings, Failed, Cancelled };

    Status status = Status::Failed;
    // One sentence: what happened and, on failure, what to do.
    QString message;
    // The host's stderr tail, escaped and with secrets redacted (failed or cancelled runs).
    QString detail;
    // Escaped, one per file tar saw change, or per other tar warning.
    QStringList warnings;
    qint64 backupId = 0;
    QString objectKey;
    qint64 bytesSource = 0;
    qint64 bytesStored = 0;
    // Every byte the desktop received from the host over SSH (stdout and stderr of all commands).
    qint64 bytesToDesktop = 0;
    QString sha256;
    int parts = 0;
    qint64 partSize = 0;
    // Backups retention deleted after this run.
    int retentionDeleted = 0;

    bool succeeded() const { return status == Status::Succeeded || status == Status::SucceededWithWarnings; }
    // The runs.status value: "succeeded", "warning", "failed" or "cancelled".
    QString statusName() const;
};

// Translated, for progress displays ("Uploading").
QString backupPhaseName(BackupPhase phase);

} // namespace cairn

Q_DECLARE_METATYPE(cairn::BackupPhase)
Q_DECLARE_METATYPE(cairn::BackupResult)
