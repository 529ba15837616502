#pragma once
// One restore, verify or drill on a worker thread (a QRunnable of RunManager's pool, like
// BackupRun): connect to the target server with its pinned host key, presign one GET for the
// archive, start restore.sh there and watch it — it downloads, hashes, decrypts, decompresses and
// extracts (or loads, or only hashes) in one stream and moves the result into place only once the
// archive's size and SHA-256 match the manifest. Cancel or any failure leaves the target as it was.
// The backup is held in BackupsInUse from construction to destruction, so retention never deletes
// it under the run. Signals come from the worker thread; cancel() is thread-safe.

#include "backup/BackupsInUse.h"
#include "restore/RestoreRequest.h"
#include "restore/RestoreResult.h"

#include <QObject>
#include <QRunnable>

#include <atomic>

namespace cairn {

class RestoreRun final : public QObject, public QRunnable {
    Q_OBJECT

public:
    RestoreRun(qint64 restoreId, RestoreRequest request, QObject *parent = nullptr);
    ~RestoreRun() override;

    qint64 restoreId() const { return m_restoreId; }
    qint64 backupId() const { return m_request.backup.id; }
    QString hostIdentity() const { return m_hostIdentity; }

    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }

    void run() override;

    // The refusal of a request before it is queued (one sentence), empty when it may run: an over-
    // original restore without the server's name typed, a target that is not absolute, ...
    static QString validate(const RestoreRequest &request);

Q_SIGNALS:
    // About once a second: archive bytes downloaded so far, of total.
    void progress(qint64 bytesDownloaded, qint64 total);
    void logLine(const QString &line);
    void finished(const cairn::RestoreResult &result);

private:
    class Conversation;

    qint64 m_restoreId;
    QString m_hostIdentity;
    RestoreRequest m_request;
    BackupsInUse::Hold m_hold;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_cancelAtMs { 0 };
};

} // namespace cairn
