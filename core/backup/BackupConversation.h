#pragma once
// The desktop's side of one BackupRun, on its worker thread: the SSH session, the storage client
// and the conversation with backup.sh (see the protocol at the top of that script). Private to
// BackupRun; split out so the run's state lives in one object that exists only while it runs.

#include "backup/BackupResult.h"
#include "backup/PartLedger.h"
#include "backup/RemoteMessage.h"
#include "backup/RemoteScriptSession.h"
#include "backup/RunRecorder.h"
#include "backup/TableRowCounts.h"
#include "secrets/SecureBytes.h"
#include "storage/PresignedUrl.h"

#include <QElapsedTimer>
#include <QMap>

#include <memory>
#include <optional>

namespace cairn {

class BackupRun;
class S3Client;
class S3Presigner;
struct BackupRequest;

class BackupConversation final {
    Q_DECLARE_TR_FUNCTIONS(cairn::BackupRun)

public:
    explicit BackupConversation(BackupRun &run);
    ~BackupConversation();

    BackupResult execute();

private:
    struct Done {
        qint64 total = 0;
        QString sha256;
        qint64 sourceBytes = 0;
        QString stages;
    };

    bool connectAndCheck();
    bool runScript();
    void handle(const RemoteMessage &message);
    void onEstimate(qint64 bytes);
    void onNeed(const RemoteMessage &message);
    void onSide(const RemoteMessage &message);
    void sendUrl(int id, PresignedUrl url);
    bool finishUpload();
    void cleanUpAfterFailure();

    // First failure wins; later ones are logged only.
    void fail(const QString &sentence) { m_session.fail(sentence); }
    void protocolFailure(const QString &what);
    QString remoteFailureSentence() const;
    void setPhase(BackupPhase phase);
    void emitProgress(bool force = false);
    void log(const QString &line, const QString &kind = QStringLiteral("log"));
    QList<QByteArrayView> secrets() const;

    BackupRun &m_run;
    BackupRequest &m_request;
    RunRecorder m_recorder;
    BackupResult m_result;
    QString m_server;
    RemoteScriptSession m_session;

    std::unique_ptr<S3Client> m_s3;
    std::unique_ptr<S3Presigner> m_presigner;

    QString m_compression;
    BackupPhase m_phase = BackupPhase::Queued;
    QElapsedTimer m_sinceProgress;
    bool m_helloSeen = false;
    QMap<QString, QString> m_info;
    // Database backups: each table's rows as the host counted them beside the dump (ROWS lines).
    TableRowCounts m_rowCounts;
    qint64 m_estimate = 0;
    qint64 m_bytesRead = 0;
    QString m_objectKey;
    QString m_uploadId;
    bool m_createAttempted = false;
    std::optional<PartLedger> m_ledger;
    QString m_sideKind;
    QString m_sideKey;
    bool m_sideUploaded = false;
    bool m_archiveStored = false; // completed, but not yet a backup (no manifest or catalogue row)
    std::optional<Done> m_done;
    // Encrypted jobs: this archive's passphrase until the script has it, and its wrapped form.
    SecureBytes m_passphrase;
    QByteArray m_wrappedKey;
};

} // namespace cairn
