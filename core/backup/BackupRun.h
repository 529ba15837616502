#pragma once
// One backup run on a worker thread (a QRunnable of RunManager's pool): connect with the pinned host
// key, run the preflight probe, start backup.sh on the host and answer it — create the multipart
// upload, check each part it asks for and sign a URL for exactly that part, confirm what storage
// took — then complete the upload, write the manifest and record the backup. On failure or Cancel
// the upload is aborted, the host script removes its temp folder, and the run is recorded as
// failed or cancelled with one sentence and the host's stderr tail (escaped, secrets redacted).
//
// Signals are emitted from the worker thread; connect with a context object in the GUI thread
// (queued). cancel() may be called from any thread.

#include "backup/BackupRequest.h"
#include "backup/BackupResult.h"

#include <QObject>
#include <QRunnable>

#include <atomic>

namespace cairn {

class BackupConversation;

class BackupRun final : public QObject, public QRunnable {
    Q_OBJECT

public:
    BackupRun(qint64 runId, BackupRequest request, QObject *parent = nullptr);
    ~BackupRun() override;

    qint64 runId() const { return m_runId; }
    qint64 jobId() const { return m_jobId; }
    QString hostIdentity() const { return m_hostIdentity; }

    // Thread-safe. The host script is told to stop and clean up; if it does not end within the
    // grace period the connection is cut (the script then cleans up on its own).
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }

    void run() override;

    // Host text (stderr) made fit for a message or the log: secrets and presigned URL signatures
    // replaced by "[redacted]", then escaped and cut to its last maxBytes.
    static QString sanitizeHostText(QByteArrayView raw, const QList<QByteArrayView> &secrets,
        qsizetype maxBytes = 2048, bool fromEnd = true);

Q_SIGNALS:
    // Throttled to about ten per second; totalEstimate is 0 while unknown.
    void progress(cairn::BackupPhase phase, qint64 bytesRead, qint64 bytesUploaded, qint64 totalEstimate);
    // One escaped line for the run's live log.
    void logLine(const QString &line);
    void finished(const cairn::BackupResult &result);

private:
    friend class BackupConversation;

    qint64 m_runId;
    qint64 m_jobId;
    QString m_hostIdentity;
    BackupRequest m_request;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_cancelAtMs { 0 };
};

} // namespace cairn
