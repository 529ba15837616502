#include "BackupTestBed.h"

#include "BackupTestRows.h"

#include "backup/BackupRequestLoader.h"
#include "backup/RunManager.h"
#include "ssh/SshHostKey.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace cairn::test {

namespace {
QString g_lastError;

bool finishJob(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending && !spy.wait(20000))
        return false;
    const bool ok = job->ok();
    if (!ok)
        g_lastError = job->errorString();
    job->deleteLater();
    return ok;
}
} // namespace

QString BackupTestBed::lastError()
{
    return g_lastError;
}

std::unique_ptr<BackupTestBed> BackupTestBed::start(
    const QStringList &sshdArgs, const QString &keychainService, const QString &s3Peer)
{
    if (!SshLibrary::initialize()) {
        g_lastError = QStringLiteral("libssh2 did not initialize");
        return nullptr;
    }
    std::unique_ptr<BackupTestBed> bed(new BackupTestBed);
    bed->m_secrets = std::make_unique<SecretStore>(keychainService, nullptr);
    bed->m_sshd = PeerFixture::start(QStringLiteral("sshd"), sshdArgs);
    if (!bed->m_sshd) {
        g_lastError = PeerFixture::lastError();
        return nullptr;
    }
    bed->m_s3 = S3TestBed::start(s3Peer);
    if (!bed->m_s3) {
        g_lastError = S3TestBed::lastError();
        return nullptr;
    }
    StoreError storeError;
    bed->m_db = Database::open(bed->m_temp.filePath(QStringLiteral("cairn.sqlite")), &storeError);
    if (!bed->m_db) {
        g_lastError = storeError.message;
        return nullptr;
    }

    const SshKey key = SshKey::generate();
    QFile authorized(bed->m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
    if (!authorized.open(QIODevice::Append)) {
        g_lastError = QStringLiteral("cannot append to authorized_keys");
        return nullptr;
    }
    authorized.write(key.authorizedKeysLine().toUtf8() + '\n');
    authorized.close();
    const QString keyRef = bed->storeSecret(key.toOpenSshPrivateKey().toByteArray());
    const QString storageRef = bed->storeSecret(bed->m_s3->secret());
    if (keyRef.isEmpty() || storageRef.isEmpty())
        return nullptr;

    QFile hostKeyFile(bed->m_sshd->value(QStringLiteral("HOST_KEY_PUB")));
    if (!hostKeyFile.open(QIODevice::ReadOnly)) {
        g_lastError = QStringLiteral("cannot read the host key");
        return nullptr;
    }
    const SshHostKey hostKey = SshHostKey::fromOpenSshLine(hostKeyFile.readAll());
    BackupTestServer server { QStringLiteral("web 1"), bed->m_sshd->value(QStringLiteral("HOST")),
        bed->m_sshd->value(QStringLiteral("PORT")).toInt(), bed->m_sshd->value(QStringLiteral("USER")),
        hostKey.blob(), hostKey.type(), hostKey.fingerprintSha256() };
    const S3Target target = bed->m_s3->target();
    BackupTestStorage storage { QStringLiteral("bucket"), target.endpoint.toString(), target.region,
        target.bucket, QStringLiteral("backups/"), target.accessKeyId };
    const BackupTestIds ids = insertBackupRows(bed->m_db, QStringLiteral("Acme"), keyRef,
        key.authorizedKeysLine(), key.fingerprintSha256(), server, storage, storageRef);
    if (!ids.error.isEmpty()) {
        g_lastError = ids.error;
        return nullptr;
    }
    bed->m_clientId = ids.clientId;
    bed->m_serverId = ids.serverId;
    bed->m_storageId = ids.storageId;
    return bed;
}

BackupTestBed::~BackupTestBed()
{
    for (const QString &ref : std::as_const(m_refs))
        finishJob(m_secrets->remove(ref));
    // QDir cannot remove names that are not UTF-8 (the hostile trees have some): rm can.
    for (const QString &dir : { m_temp.path(), m_hostTemp.path() })
        TestProcess::run(QStringLiteral("rm"), { QStringLiteral("-rf"), QStringLiteral("--"), dir },
            QProcessEnvironment::systemEnvironment());
}

QString BackupTestBed::storeSecret(const QByteArray &secret)
{
    const QString ref = SecretStore::newReference(QStringLiteral("test"));
    if (!finishJob(m_secrets->write(ref, SecureBytes(secret))))
        return {};
    m_refs << ref;
    return ref;
}

qint64 BackupTestBed::addJob(const QString &name, JobSpec spec)
{
    if (spec.tempDir.isEmpty())
        spec.tempDir = m_hostTemp.path();
    QString error;
    const qint64 id = insertJob(m_db, m_clientId, name, m_serverId, m_storageId, JobSpec::kindName(spec.kind),
        spec.toJsonBytes(), &error);
    if (!id)
        g_lastError = error;
    return id;
}

BackupTestBed::Outcome BackupTestBed::run(qint64 jobId, BackupRunOptions options,
    const std::function<void(RunManager &, qint64)> &started,
    const std::function<void(RunManager &, qint64, BackupPhase, qint64)> &progress, int timeoutMs)
{
    Outcome outcome;
    BackupRequest request = loadRequest(jobId);
    if (!request.jobId) {
        outcome.result.message = g_lastError;
        return outcome;
    }
    request.options = std::move(options);

    RunManager manager(m_db);
    QObject context;
    QObject::connect(&manager, &RunManager::runStarted, &context, [&](qint64 runId) {
        if (started)
            started(manager, runId);
    });
    QObject::connect(
        &manager, &RunManager::runLog, &context, [&](qint64, const QString &line) { outcome.log << line; });
    QObject::connect(&manager, &RunManager::runProgress, &context,
        [&](qint64 runId, BackupPhase phase, qint64, qint64 uploaded, qint64) {
            ++outcome.progressSignals;
            outcome.lastBytesUploaded = uploaded;
            if (progress)
                progress(manager, runId, phase, uploaded);
        });
    QSignalSpy finished(&manager, &RunManager::runFinished);
    QString error;
    outcome.runId = manager.enqueue(std::move(request), &error);
    if (!outcome.runId) {
        outcome.result.message = error;
        return outcome;
    }
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    if (!finished.isEmpty()) {
        outcome.finished = true;
        outcome.result = finished.first().at(1).value<BackupResult>();
    } else {
        outcome.result.message = QStringLiteral("the run did not finish in time");
    }
    return outcome;
}

BackupRequest BackupTestBed::loadRequest(qint64 jobId)
{
    BackupRequestLoader loader(m_db, m_secrets.get());
    QSignalSpy loaded(&loader, &BackupRequestLoader::finished);
    loader.start(jobId);
    if (!loader.isFinished() && !loaded.wait(30000)) {
        g_lastError = QStringLiteral("the request loader did not finish");
        return {};
    }
    if (!loader.ok()) {
        g_lastError = loader.errorString();
        return {};
    }
    return loader.takeRequest();
}

QStringList BackupTestBed::hostTempLeftovers() const
{
    return QDir(m_hostTemp.path())
        .entryList({ QStringLiteral("cairn-backup.*") }, QDir::AllEntries | QDir::Hidden);
}

QStringList BackupTestBed::openUploads()
{
    const TestProcess::Result r
        = m_s3->aws({ QStringLiteral("list-multipart-uploads"), QStringLiteral("--bucket"),
            m_s3->target().bucket, QStringLiteral("--output"), QStringLiteral("json") });
    if (!r.finished || r.exitCode != 0)
        return { QStringLiteral("list-multipart-uploads failed: ") + r.describe() };
    QStringList keys;
    for (const QJsonValue &upload :
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("Uploads")).toArray())
        keys << upload.toObject().value(QStringLiteral("Key")).toString();
    return keys;
}

QStringList BackupTestBed::objectKeys(const QString &prefix)
{
    QStringList args { QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"), m_s3->target().bucket,
        QStringLiteral("--output"), QStringLiteral("json") };
    if (!prefix.isEmpty())
        args << QStringLiteral("--prefix") << prefix;
    const TestProcess::Result r = m_s3->aws(args);
    if (!r.finished || r.exitCode != 0)
        return { QStringLiteral("list-objects-v2 failed: ") + r.describe() };
    QStringList keys;
    for (const QJsonValue &object :
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("Contents")).toArray())
        keys << object.toObject().value(QStringLiteral("Key")).toString();
    return keys;
}

QString BackupTestBed::download(const QString &key, const QString &fileName)
{
    const QString file = m_temp.filePath(fileName);
    const TestProcess::Result r = m_s3->aws({ QStringLiteral("get-object"), QStringLiteral("--bucket"),
        m_s3->target().bucket, QStringLiteral("--key"), key, file });
    if (!r.finished || r.exitCode != 0) {
        g_lastError = r.describe();
        return {};
    }
    return file;
}

CliResult BackupTestBed::cli(const QStringList &args) const
{
    QProcess process;
    process.start(qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli"),
        QStringList { QStringLiteral("--db"), databasePath() } + args);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        process.kill();
    process.waitForFinished();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace cairn::test
