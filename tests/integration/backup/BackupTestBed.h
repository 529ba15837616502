#pragma once
// Shared by the backup integration tests: a real sshd (this machine is the "host"), the S3 server
// behind its strict layer, a Cairn database with a client, server, key and storage target whose
// secrets sit in the test keychain, and helpers to run a job through RunManager exactly as the app
// does (BackupRequestLoader reads the secrets, RunManager runs it) and to check what is left.

#include "PeerFixture.h"
#include "S3TestBed.h"
#include "TestProcess.h"

#include "backup/BackupRequest.h"
#include "backup/BackupResult.h"
#include "backup/JobSpec.h"
#include "secrets/SecretStore.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace cairn {
class RunManager;
}

namespace cairn::test {

// What a cairn-cli process did.
struct CliResult {
    int exitCode = -1; // -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
};

class BackupTestBed final {
public:
    // sshdArgs go to tests/fixtures/sshd.sh; secrets are stored under keychainService (cairn-cli
    // reads the default one). nullptr and lastError() when a peer does not start.
    static std::unique_ptr<BackupTestBed> start(const QStringList &sshdArgs = {},
        const QString &keychainService = QStringLiteral("org.cairnbackup.Cairn.tests.backup"),
        const QString &s3Peer = QStringLiteral("s3strict"));
    static QString lastError();
    ~BackupTestBed();

    std::shared_ptr<Database> database() const { return m_db; }
    S3TestBed &s3() { return *m_s3; }
    PeerFixture &sshd() { return *m_sshd; }
    SecretStore &secrets() { return *m_secrets; }
    QString databasePath() const { return m_temp.filePath(QStringLiteral("cairn.sqlite")); }
    qint64 clientId() const { return m_clientId; }
    qint64 serverId() const { return m_serverId; }
    qint64 storageId() const { return m_storageId; }
    QString serverName() const { return QStringLiteral("web 1"); }
    // A private folder on the "host" for the script's part files (JobSpec::tempDir).
    QString hostTempDir() const { return m_hostTemp.path(); }
    QString path(const QString &name) const { return m_temp.filePath(name); }

    // A job with this spec (tempDir defaults to hostTempDir()); 0 and QFAIL-able lastError() on failure.
    qint64 addJob(const QString &name, JobSpec spec);
    // Stores a secret under a fresh reference; empty on failure.
    QString storeSecret(const QByteArray &secret);

    // The request for jobId as the app prepares it (secrets read from the keychain); an empty
    // request (jobId 0) and lastError() on failure.
    BackupRequest loadRequest(qint64 jobId);

    struct Outcome {
        qint64 runId = 0;
        bool finished = false;
        BackupResult result;
        QStringList log;
        int progressSignals = 0;
        qint64 lastBytesUploaded = 0;
    };
    // Loads the job like the app does and runs it to its end (at most timeoutMs). `started` is called
    // in the test's thread when the run starts; `progress` on every progress signal.
    Outcome run(qint64 jobId, BackupRunOptions options = {},
        const std::function<void(RunManager &, qint64)> &started = {},
        const std::function<void(RunManager &, qint64, BackupPhase, qint64)> &progress = {},
        int timeoutMs = 600000);

    // Runs cairn-cli on this bed's database (`--db`) with args, stdin closed, to its end (killed after
    // five minutes). cairn-cli reads secrets from SecretStore::defaultService(): a test whose commands
    // need them starts the bed with that service.
    CliResult cli(const QStringList &args) const;

    // Entries named cairn-backup.* left in the host temp folder.
    QStringList hostTempLeftovers() const;
    // Multipart uploads the storage still has under the bucket (ListMultipartUploads via the strict layer).
    QStringList openUploads();
    // Every key in the bucket under prefix.
    QStringList objectKeys(const QString &prefix = {});
    // Downloads key with awscli into a local file; empty string on failure (lastError()).
    QString download(const QString &key, const QString &fileName);

private:
    BackupTestBed() = default;

    std::unique_ptr<PeerFixture> m_sshd;
    std::unique_ptr<S3TestBed> m_s3;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    QStringList m_refs;
    QTemporaryDir m_temp;
    QTemporaryDir m_hostTemp;
    qint64 m_clientId = 0;
    qint64 m_serverId = 0;
    qint64 m_storageId = 0;
};

} // namespace cairn::test
