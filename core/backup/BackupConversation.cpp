#include "backup/BackupConversation.h"

#include "backup/BackupManifest.h"
#include "backup/BackupNaming.h"
#include "backup/BackupRun.h"
#include "backup/BackupScript.h"
#include "backup/ClientKeyPair.h"
#include "backup/ManifestSeal.h"
#include "backup/RetentionApplier.h"
#include "ssh/PreflightProbe.h"
#include "ssh/SshSession.h"
#include "ssh/UntrustedText.h"
#include "storage/S3Client.h"
#include "util/Sentence.h"

#include <QLocale>

namespace cairn {

namespace {

// Host output the desktop keeps: protocol lines are short; stderr goes to the log line by line.
constexpr int kMaxLoggedStderrLines = 200;
constexpr int kMaxWarnings = 1000;
constexpr int kMaxInfoKeys = 50;
// A ROWS line per table: O(tables), never O(data); more than this is not a database we dump.
constexpr qsizetype kMaxCountedTables = 100000;
// The script says something every second while it runs; progress reaches the UI at most 10/s.
constexpr qint64 kProgressIntervalMs = 100;

RemoteScriptSession::Limits limitsFor(const BackupRequest &request)
{
    const BackupRunOptions &options = request.options;
    RemoteScriptSession::Limits limits;
    limits.idleTimeoutMs = 1000LL
        * (options.idleTimeoutSeconds > 0 ? options.idleTimeoutSeconds
                                          : request.spec.commandTimeoutSeconds + 180);
    limits.cancelGraceMs = 1000LL * options.cancelGraceSeconds;
    limits.maxLoggedStderrLines = kMaxLoggedStderrLines;
    return limits;
}

} // namespace

BackupConversation::BackupConversation(BackupRun &run)
    : m_run(run)
    , m_request(run.m_request)
    , m_recorder(run.m_request.database, run.m_runId)
    , m_server(run.m_request.serverName)
    , m_session(run.m_cancel, run.m_cancelAtMs, limitsFor(run.m_request),
          {
              .message = [this](const RemoteMessage &message) { handle(message); },
              .log = [this](const QString &line, const QString &kind) { log(line, kind); },
              .secrets = [this] { return secrets(); },
              .lineTooLong =
                  [this] {
                      protocolFailure(tr("a line longer than %1 bytes").arg(RemoteMessage::kMaxLineBytes));
                  },
              .keyUnreadable =
                  [this](const QString &reason) {
                      return tr(
                          "The SSH key for %1 could not be read from the keychain (%2); generate or import "
                          "it again.")
                          .arg(m_server, reason);
                  },
          })
{ }

BackupConversation::~BackupConversation() = default;

QList<QByteArrayView> BackupConversation::secrets() const
{
    // Views into the request's wiped buffers: no copies of a secret are made to look for it.
    QList<QByteArrayView> list;
    if (!m_request.databasePassword.isEmpty())
        list << m_request.databasePassword.view();
    if (!m_request.storageSecret.isEmpty())
        list << m_request.storageSecret.view();
    if (!m_passphrase.isEmpty())
        list << m_passphrase.view();
    return list;
}

void BackupConversation::log(const QString &line, const QString &kind)
{
    m_recorder.event(kind, line);
    Q_EMIT m_run.logLine(line);
}

void BackupConversation::protocolFailure(const QString &what)
{
    fail(
        tr("The backup script on %1 broke Cairn's rules (%2), so Cairn stopped it; run the backup again, and "
           "check the server if it happens again.")
            .arg(m_server, what));
}

void BackupConversation::setPhase(BackupPhase phase)
{
    m_phase = phase;
    emitProgress(true);
}

void BackupConversation::emitProgress(bool force)
{
    if (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    m_sinceProgress.start();
    // The last good run's size is the better guess; df's used space (m_estimate) only sizes parts.
    const qint64 expected = m_request.expectedSourceBytes > 0 ? m_request.expectedSourceBytes : m_estimate;
    Q_EMIT m_run.progress(m_phase, m_bytesRead, m_ledger ? m_ledger->bytesConfirmed() : 0, expected);
}

BackupResult BackupConversation::execute()
{
    m_recorder.started(m_request.storageId);
    log(tr("Backup of %1 on %2 started.").arg(m_request.jobName, m_server));
    m_session.startWatchdog();

    bool ok = connectAndCheck() && runScript() && finishUpload();

    m_session.stopWatchdog();

    if (!ok) {
        cleanUpAfterFailure();
        if (!m_session.failure().isEmpty()) {
            m_result.status = BackupResult::Status::Failed;
            m_result.message = m_session.failure();
        } else if (m_run.m_cancel.load()) {
            m_result.status = BackupResult::Status::Cancelled;
            m_result.message = tr("The backup of %1 was cancelled; nothing was kept.").arg(m_request.jobName);
        } else {
            m_result.status = BackupResult::Status::Failed;
            m_result.message = tr("The backup of %1 failed; run it again.").arg(m_request.jobName);
        }
        m_result.detail = m_session.stderrDetail();
        m_result.objectKey.clear();
        m_result.backupId = 0;
    }
    m_session.disconnect();
    m_result.warnings = m_result.warnings.mid(0, kMaxWarnings);
    m_recorder.finished(m_result);
    if (m_session.failure().isEmpty()) // a failure's sentence is in the log already
        log(m_result.message);
    m_phase = BackupPhase::Done;
    emitProgress(true);
    // Secrets are not needed after the run.
    m_request.databasePassword.clear();
    m_request.storageSecret.clear();
    m_request.sshPrivateKey.clear();
    m_request.integrityKey.clear();
    m_passphrase.clear();
    return m_result;
}

bool BackupConversation::connectAndCheck()
{
    setPhase(BackupPhase::Connecting);
    if (m_request.hostKey.isNull()) {
        fail(tr("Cairn has not trusted a host key for %1 yet; check and trust the server's key first.")
                 .arg(m_server));
        return false;
    }
    if (!m_session.connect(m_request.endpoint, m_request.hostKey, m_request.sshPrivateKey))
        return false;

    setPhase(BackupPhase::Checking);
    QByteArray probeOutput;
    SshExecOptions options;
    const QByteArray probe = PreflightProbe::script();
    options.stdinData = probe;
    options.onStdout = [&probeOutput](QByteArrayView data) {
        if (probeOutput.size() < 64 * 1024)
            probeOutput.append(data);
    };
    options.timeout = PreflightProbe::kTimeout;
    const SshExecResult probed = m_session.ssh().exec(PreflightProbe::command(), options);
    m_result.bytesToDesktop += probed.stdoutBytes + probed.stderrBytes;
    if (!probed.ok()) {
        if (probed.error.kind != SshErrorKind::Cancelled)
            fail(probed.error.message);
        return false;
    }
    // The temp space check here uses the default part size; the script checks again with the real one.
    const PreflightReport report = PreflightReport::parse(probeOutput);
    if (!report.passed()) {
        for (const PreflightCheck &check : report.checks()) {
            if (check.required && check.status == PreflightCheck::Status::Missing) {
                fail(tr("%1 cannot run backups yet (%2: %3); %4")
                         .arg(m_server, check.title, check.found, lowerFirst(check.fixHint)));
                return false;
            }
        }
        fail(tr("The check of %1 did not finish; run the backup again.").arg(m_server));
        return false;
    }
    const bool hasZstd = !report.value(QStringLiteral("zstd")).isEmpty();
    switch (m_request.spec.compression) {
    case JobSpec::Compression::Auto:
        m_compression = hasZstd ? QStringLiteral("zstd") : QStringLiteral("gzip");
        break;
    case JobSpec::Compression::Zstd:
        if (!hasZstd) {
            fail(tr("zstd is not installed on %1; install it or choose gzip for this job.").arg(m_server));
            return false;
        }
        m_compression = QStringLiteral("zstd");
        break;
    case JobSpec::Compression::Gzip:
        m_compression = QStringLiteral("gzip");
        break;
    }
    const auto missingTool = [&](const char *id) {
        const PreflightCheck *check = report.check(QLatin1String(id));
        fail(tr("%1 cannot dump this database: %2 is not installed; %3")
                 .arg(m_server, check ? check->title : QLatin1String(id),
                     lowerFirst(check ? check->fixHint : QString())));
    };
    if (m_request.spec.kind == JobSpec::Kind::MySql && report.value(QStringLiteral("mariadb-dump")).isEmpty()
        && report.value(QStringLiteral("mysqldump")).isEmpty()) {
        missingTool("mysqldump");
        return false;
    }
    if (m_request.spec.kind == JobSpec::Kind::Postgres && report.value(QStringLiteral("pg_dump")).isEmpty()) {
        missingTool("pg_dump");
        return false;
    }
    return !m_run.m_cancel.load();
}

bool BackupConversation::runScript()
{
    setPhase(BackupPhase::Preparing);
    m_s3 = std::make_unique<S3Client>(m_request.target, SigningSecret(m_request.storageSecret.view()));
    if (!m_s3->isValid()) {
        fail(m_s3->errorString());
        return false;
    }
    m_s3->setCancelFlag(&m_run.m_cancel);
    m_presigner = std::make_unique<S3Presigner>(m_s3->presigner());

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    m_objectKey = BackupNaming::archiveKey(m_request.target.prefix, m_request.serverName, m_request.jobName,
        startedAt, m_run.m_runId, BackupNaming::archiveSuffix(m_request.spec.kind, m_compression));
    // Named before the upload exists, so a crash right after CreateMultipartUpload leaves a trace.
    m_recorder.objectKey(m_objectKey);

    if (m_request.integrityKey.size() != ManifestSeal::kKeySize) {
        fail(tr("The integrity key of %1 is missing or damaged in the keychain; import the client's recovery "
                "kit to restore it.")
                 .arg(m_request.clientName));
        return false;
    }
    if (m_request.spec.encrypt) {
        // A fresh key per archive; only its wrapped form outlives the run (in the manifest).
        m_passphrase = ClientKeyPair::newPassphrase();
        QString wrapError;
        m_wrappedKey = m_passphrase.isEmpty()
            ? QByteArray()
            : ClientKeyPair::wrap(m_request.encryptionPublicKey, m_passphrase.view(), &wrapError);
        if (m_wrappedKey.isEmpty()) {
            m_passphrase.clear();
            fail(wrapError.isEmpty() ? tr("OpenSSL could not make a random key; reinstall Cairn.")
                                     : wrapError);
            return false;
        }
    }

    const std::optional<SshExecResult> ran = m_session.runScript(BackupScript::script());
    if (!ran)
        return false;
    const SshExecResult &result = *ran;

    m_result.bytesToDesktop += result.stdoutBytes + result.stderrBytes;
    if (!m_session.failure().isEmpty())
        return false;
    if (m_run.m_cancel.load())
        return false;
    if (!m_session.remoteCode().isEmpty()) {
        fail(remoteFailureSentence());
        return false;
    }
    if (m_session.idleAborted()) {
        fail(
            tr("%1 stopped answering during the backup; check the server and the network, then run it again.")
                .arg(m_server));
        return false;
    }
    if (!m_done) {
        if (!result.ok() && result.error.kind != SshErrorKind::CommandFailed)
            fail(tr(
                "The connection to %1 was lost during the backup (%2); check the network and run it again.")
                     .arg(m_server, lowerFirst(result.error.message)));
        else
            fail(tr("The backup script on %1 ended without finishing; run the backup again, and check the "
                    "server's log if it happens again.")
                     .arg(m_server));
        return false;
    }
    return true;
}

void BackupConversation::handle(const RemoteMessage &m)
{
    using Type = RemoteMessage::Type;
    switch (m.type) {
    case Type::Invalid:
        protocolFailure(tr("a malformed line"));
        return;
    case Type::Unknown:
        return;
    case Type::Hello: {
        if (m.number != BackupScript::kProtocolVersion || m_helloSeen) {
            protocolFailure(tr("protocol version %1").arg(m.number));
            return;
        }
        m_helloSeen = true;
        BackupScriptOptions options;
        options.compression = m_compression;
        options.urlTimeoutSeconds = m_request.options.urlTimeoutSeconds;
        const SecureBytes parameters = BackupScript::parameters(m_request.spec, options,
            m_request.databasePassword.view(), m_passphrase.view(), m_request.pingUrl.view());
        m_session.write(parameters.view());
        // The host has it now; the desktop keeps only the wrapped key.
        m_passphrase.clear();
        return;
    }
    case Type::Info:
        if (m_info.size() < kMaxInfoKeys)
            m_info.insert(QString::fromLatin1(m.token), escapeUntrustedText(m.text, 200));
        return;
    case Type::Estimate:
        onEstimate(m.a);
        return;
    case Type::Rows:
        if (m_request.spec.kind == JobSpec::Kind::Files || m_rowCounts.tables.size() >= kMaxCountedTables) {
            protocolFailure(tr("unexpected row counts"));
            return;
        }
        m_rowCounts.tables.append(TableRowCounts::Table {
            QString::fromUtf8(m.token), m.b ? std::optional<qint64>(m.a) : std::optional<qint64>() });
        return;
    case Type::Need:
        onNeed(m);
        return;
    case Type::Part: {
        if (!m_ledger) {
            protocolFailure(tr("a part before the upload started"));
            return;
        }
        const QString problem = m_ledger->acceptPart(m.number, m.token, m.a);
        if (!problem.isEmpty()) {
            protocolFailure(problem);
            return;
        }
        emitProgress();
        return;
    }
    case Type::Progress:
        m_bytesRead = m.a;
        emitProgress();
        return;
    case Type::Warn: {
        const QString text = escapeUntrustedText(m.text, 1000);
        QString line;
        if (m.token == "changed")
            line = tr("%1 changed while it was read; the backup holds the version tar saw.").arg(text);
        else if (m.token == "more")
            line = tr("%1 more warnings were not listed.").arg(text);
        else
            line = QString::fromLatin1(m.token) + QStringLiteral(": ") + text;
        if (m_result.warnings.size() < kMaxWarnings) {
            m_result.warnings << line;
            log(line, QStringLiteral("warning"));
        }
        return;
    }
    case Type::Side:
        onSide(m);
        return;
    case Type::SideDone:
        if (m_sideKey.isEmpty() || QString::fromLatin1(m.token) != m_sideKind) {
            protocolFailure(tr("an unexpected side object"));
            return;
        }
        m_sideUploaded = true;
        return;
    case Type::Done:
        m_done = Done { m.a, QString::fromLatin1(m.token), m.b, QString::fromLatin1(m.text) };
        return;
    case Type::Fail: // kept by the session
        return;
    }
}

void BackupConversation::onEstimate(qint64 bytes)
{
    if (m_ledger || m_createAttempted) {
        protocolFailure(tr("a second estimate"));
        return;
    }
    m_estimate = bytes;
    const qint64 partSize
        = m_request.spec.partSize > 0 ? m_request.spec.partSize : PartLedger::choosePartSize(bytes);
    m_createAttempted = true;
    const S3Result<QString> created = m_s3->createMultipartUpload(m_objectKey);
    if (!created.ok()) {
        if (created.error.kind != S3Error::Kind::Cancelled)
            fail(created.error.message);
        else
            m_session.stop();
        return;
    }
    m_uploadId = created.value;
    // Stored before part 1: a crash from here on leaves an upload Cairn knows to abort.
    m_recorder.uploadId(m_uploadId);
    m_ledger.emplace(partSize);
    m_result.partSize = m_ledger->partSize();
    log(tr("Uploading to %1 in parts of %2.")
            .arg(m_request.storageName, QLocale().formattedDataSize(m_ledger->partSize())));
    m_session.write(QByteArray("GO ") + QByteArray::number(m_ledger->partSize()) + '\n');
    setPhase(BackupPhase::Uploading);
}

void BackupConversation::onNeed(const RemoteMessage &m)
{
    if (!m_ledger) {
        protocolFailure(tr("a part before the upload started"));
        return;
    }
    const QString problem = m_ledger->acceptNeed(m.number, m.a);
    if (!problem.isEmpty()) {
        protocolFailure(problem);
        return;
    }
    sendUrl(m.number,
        m_presigner->presignUploadPart(
            m_objectKey, m_uploadId, m.number, m.a, m.token, m_request.options.urlExpirySeconds));
}

void BackupConversation::onSide(const RemoteMessage &m)
{
    const QString kind = QString::fromLatin1(m.token);
    const bool expected = (kind == QLatin1String("index") && m_request.spec.kind == JobSpec::Kind::Files)
        || (kind == QLatin1String("globals") && m_request.spec.kind == JobSpec::Kind::Postgres);
    // The side object is small by nature; a huge one is not what we asked for.
    if (!expected || !m_sideKey.isEmpty() || !m_ledger || m.a > PartLedger::kMaxPartSize) {
        protocolFailure(tr("an unexpected side object"));
        return;
    }
    m_sideKind = kind;
    m_sideKey = BackupNaming::sideKey(m_objectKey, kind, m_compression);
    sendUrl(0, m_presigner->presignPut(m_sideKey, m_request.options.urlExpirySeconds, m.a, m.token2));
}

void BackupConversation::sendUrl(int id, PresignedUrl url)
{
    if (m_request.options.presignHook)
        m_request.options.presignHook(url);
    if (!url.isValid()) {
        fail(url.error.isEmpty()
                ? tr("Cairn could not sign an upload URL for %1; check the storage settings.")
                      .arg(m_request.storageName)
                : url.error);
        return;
    }
    QByteArray line = "URL " + QByteArray::number(id) + ' ' + url.url.toEncoded() + '\n';
    m_session.write(line);
    SecureBytes::wipe(line);
}

bool BackupConversation::finishUpload()
{
    setPhase(BackupPhase::Finishing);
    const QString problem = m_ledger ? m_ledger->finish(m_done->total) : tr("the upload never started");
    if (!problem.isEmpty()) {
        protocolFailure(problem);
        return false;
    }
    const bool sideRequired = (m_request.spec.kind == JobSpec::Kind::Files && m_request.spec.fileIndex)
        || (m_request.spec.kind == JobSpec::Kind::Postgres && m_info.contains(QStringLiteral("dumpall")));
    if (sideRequired && !m_sideUploaded) {
        protocolFailure(
            tr("the %1 was not stored")
                .arg(m_request.spec.kind == JobSpec::Kind::Files ? tr("file index") : tr("globals dump")));
        return false;
    }

    const S3Result<QString> completed
        = m_s3->completeMultipartUpload(m_objectKey, m_uploadId, m_ledger->completedParts());
    if (!completed.ok()) {
        if (completed.error.kind != S3Error::Kind::Cancelled)
            fail(tr("Storage did not assemble the backup of %1 (%2)")
                     .arg(m_request.jobName, completed.error.message));
        return false;
    }
    m_recorder.uploadClosed();
    m_uploadId.clear();
    m_archiveStored = true;
    // Trust, but verify: the object storage now holds is exactly as long as the host said.
    const S3Result<S3ObjectInfo> head = m_s3->headObject(m_objectKey);
    if (!head.ok() && head.error.kind == S3Error::Kind::Cancelled)
        return false;
    if (!head.ok() || head.value.size != m_done->total) {
        fail(head.ok()
                ? tr("Storage holds %1 bytes for the backup of %2 but the server sent %3; run it again.")
                      .arg(head.value.size)
                      .arg(m_request.jobName)
                      .arg(m_done->total)
                : head.error.message);
        return false;
    }

    m_result.bytesStored = m_done->total;
    m_result.bytesSource = m_done->sourceBytes > 0 ? m_done->sourceBytes : m_bytesRead;
    // A short run ends before the first progress tick; later phases report the real total.
    m_bytesRead = m_result.bytesSource;
    m_result.sha256 = m_done->sha256;
    m_result.parts = m_ledger->partsDone();
    m_result.objectKey = m_objectKey;

    BackupManifestInput manifest;
    manifest.runId = m_run.m_runId;
    manifest.clientName = m_request.clientName;
    manifest.jobName = m_request.jobName;
    manifest.serverName = m_request.serverName;
    manifest.serverAddress = m_request.hostIdentity();
    manifest.serverUser = m_request.endpoint.user;
    manifest.hostKeyFingerprint = m_request.hostKey.fingerprintSha256();
    manifest.spec = m_request.spec;
    manifest.compression = m_compression;
    manifest.hostInfo = m_info;
    manifest.endpoint = m_request.target.endpoint.toString();
    manifest.bucket = m_request.target.bucket;
    manifest.objectKey = m_objectKey;
    manifest.sideKind = m_sideUploaded ? m_sideKind : QString();
    manifest.sideKey = m_sideUploaded ? m_sideKey : QString();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.size = m_result.bytesStored;
    manifest.sourceBytes = m_result.bytesSource;
    manifest.sha256 = m_result.sha256;
    manifest.parts = m_result.parts;
    manifest.partSize = m_result.partSize;
    manifest.stageStatuses = m_done->stages;
    manifest.warnings = m_result.warnings;
    // Only counts the script says how it took; "unavailable: why" leaves the manifest without any.
    const QString rowCountsMethod = m_info.value(QStringLiteral("row_counts"));
    if (m_request.spec.kind != JobSpec::Kind::Files
        && (rowCountsMethod == QLatin1String("snapshot")
            || rowCountsMethod == QLatin1String("before-and-after"))) {
        manifest.rowCounts = m_rowCounts;
        manifest.rowCounts->consistency = rowCountsMethod;
    } else if (m_request.spec.kind != JobSpec::Kind::Files) {
        log(tr(
            "%1 could not count the tables' rows (%2); restore drills of this backup can check only that it "
            "loads.")
                .arg(m_server, rowCountsMethod));
    }
    if (m_request.spec.encrypt) {
        manifest.encrypted = true;
        manifest.wrappedKey = QString::fromLatin1(m_wrappedKey.toBase64());
        manifest.keyFingerprint = m_request.encryptionFingerprint;
    }
    QJsonObject sealed = BackupManifest::build(manifest);
    sealed.insert(
        QStringLiteral("hmac"), QString::fromLatin1(ManifestSeal::seal(sealed, m_request.integrityKey)));
    const QByteArray manifestBytes = BackupManifest::toBytes(sealed);
    const QString manifestKey = BackupNaming::manifestKey(m_objectKey);
    const S3Result<S3ObjectInfo> put = m_s3->putObject(manifestKey, manifestBytes, "application/json");
    if (!put.ok()) {
        if (put.error.kind == S3Error::Kind::Cancelled)
            return false;
        fail(tr("Cairn could not store the manifest of the backup of %1 (%2)")
                 .arg(m_request.jobName, put.error.message));
        return false;
    }

    BackupRecord record;
    record.runId = m_run.m_runId;
    record.jobId = m_request.jobId;
    record.jobName = m_request.jobName;
    record.serverName = m_request.serverName;
    record.clientId = m_request.clientId;
    record.storageId = m_request.storageId;
    record.kind = JobSpec::kindName(m_request.spec.kind);
    record.objectKey = m_objectKey;
    record.sideKey = manifest.sideKey;
    record.manifestKey = manifestKey;
    record.createdAt = manifest.createdAt;
    record.size = m_result.bytesStored;
    record.sourceBytes = m_result.bytesSource;
    record.sha256 = m_result.sha256;
    record.partSize = m_result.partSize;
    record.parts = m_result.parts;
    record.compression = m_compression;
    record.warnings = int(m_result.warnings.size());
    record.manifestJson = manifestBytes;
    QString storeError;
    m_result.backupId = m_recorder.recordBackup(record, &storeError);
    if (!m_result.backupId) {
        m_s3->deleteObject(manifestKey);
        fail(storeError);
        return false;
    }

    m_result.status = m_result.warnings.isEmpty() ? BackupResult::Status::Succeeded
                                                  : BackupResult::Status::SucceededWithWarnings;
    const QString size = QLocale().formattedDataSize(m_result.bytesStored);
    const int warnings = int(m_result.warnings.size());
    m_result.message = (warnings == 0
            ? tr("The backup of %1 is complete: %2 stored in %3.")
            : tr("The backup of %1 is complete with %n warning(s): %2 stored in %3; see the run's log for "
                 "what changed while it was read.",
                nullptr, warnings))
                           .arg(m_request.jobName, size, m_request.storageName);

    if (m_request.spec.retention.isEnabled()) {
        setPhase(BackupPhase::Retention);
        m_s3->setCancelFlag(nullptr);
        const RetentionApplier::Outcome outcome = RetentionApplier::apply(*m_s3, m_request.database,
            m_request.jobId, m_request.storageId, m_request.spec.retention, QDateTime::currentDateTimeUtc());
        m_result.retentionDeleted = int(outcome.deleted.size());
        if (!outcome.deleted.isEmpty())
            log(tr("Retention removed %n older backup(s).", nullptr, int(outcome.deleted.size())));
        for (const QString &trouble : outcome.problems)
            log(tr("Retention could not remove an old backup: %1").arg(trouble), QStringLiteral("warning"));
    }
    return true;
}

void BackupConversation::cleanUpAfterFailure()
{
    if (!m_s3)
        return;
    // Cleanup must run even after Cancel, so the storage calls no longer watch the cancel flag.
    m_s3->setCancelFlag(nullptr);
    if (!m_uploadId.isEmpty()) {
        const S3Status aborted = m_s3->abortMultipartUpload(m_objectKey, m_uploadId);
        if (aborted.ok() || aborted.error.kind == S3Error::Kind::NoSuchUpload) {
            m_recorder.uploadClosed();
            log(tr("The partial upload was removed from %1.").arg(m_request.storageName));
        } else {
            log(tr("The partial upload could not be removed yet (%1); Cairn retries when it next starts.")
                    .arg(aborted.error.message),
                QStringLiteral("warning"));
        }
    } else if (!m_objectKey.isEmpty() && !m_createAttempted) {
        m_recorder.uploadClosed(); // named, never created: nothing to clean
    }
    // An archive without its manifest is not a backup: nothing of it stays in the bucket.
    if (m_archiveStored)
        m_s3->deleteObject(m_objectKey);
    if (m_sideUploaded)
        m_s3->deleteObject(m_sideKey);
}

QString BackupConversation::remoteFailureSentence() const
{
    const QString detail = m_session.remoteDetail();
    const QByteArray &code = m_session.remoteCode();
    const QString server = m_server;
    if (code == "missing-path")
        return tr("The path %1 does not exist on %2; correct the job's paths or create it there.")
            .arg(detail, server);
    if (code == "tar")
        return tr(
            "tar could not read everything on %1 (%2); check that the paths exist and the SSH user can read "
            "them.")
            .arg(server, detail);
    if (code == "dump")
        return tr(
            "The database dump on %1 failed (%2); check the database name, the login and that the database "
            "server runs.")
            .arg(server, detail);
    if (code == "compress")
        return tr("Compression failed on %1 (%2); check the server's free memory and disk.")
            .arg(server, detail);
    if (code == "encrypt")
        return tr("Encryption failed on %1 (%2); check that OpenSSL 1.1.1 or newer is installed there.")
            .arg(server, detail);
    if (code == "no-space") {
        const QStringList words = detail.split(QLatin1Char(' '));
        const QLocale locale;
        return tr("%1 has %2 free in %3 but the backup needs %4 there for its parts; free up space or choose "
                  "another temporary folder in the job.")
            .arg(server, locale.formattedDataSize(words.value(1).toLongLong()),
                words.mid(2).join(QLatin1Char(' ')), locale.formattedDataSize(words.value(0).toLongLong()));
    }
    if (code == "temp")
        return tr(
            "Cairn could not use the temporary folder on %1 (%2); check that it exists and is writable.")
            .arg(server, detail);
    if (code == "timeout")
        return tr(
            "The backup script on %1 gave up waiting for Cairn (%2); keep Cairn running and connected until "
            "the backup ends.")
            .arg(server, detail);
    if (code == "upload")
        return tr("Uploading from %1 to %2 failed (%3); check the storage and the server's connection to it.")
            .arg(server, m_request.storageName, detail);
    if (code == "pre-command")
        return tr(
            "The command before the backup failed on %1 (%2); fix the command or remove it from the job.")
            .arg(server, detail);
    if (code == "missing-tool")
        return tr("%1 is not installed on %2; install it and run the backup again.").arg(detail, server);
    if (code == "cancelled")
        return tr("The backup script on %1 was stopped; run the backup again.").arg(server);
    return tr("The backup script on %1 stopped unexpectedly (%2); run it again, and check the server if it "
              "happens again.")
        .arg(server, detail);
}

} // namespace cairn
