// Failures are failures: each of these runs ends failed or cancelled with the right sentence,
// nothing is listed as a backup, no temp folder is left on the host and no multipart upload in the
// bucket. And a file that grows while tar reads it gives a success with a warning naming it.
#include "BackupTestBed.h"
#include "BackupTestRows.h"

#include "backup/RunManager.h"
#include "storage/S3Client.h"
#include "store/BackupRepository.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <csignal>

using namespace cairn;
using namespace cairn::test;

namespace {

TestProcess::Result shell(const QString &script, const QStringList &args = {})
{
    return TestProcess::run(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash") } + args,
        QProcessEnvironment::systemEnvironment());
}

} // namespace

class TestBackupFailures final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    QString m_data; // 96 MiB of incompressible data in 3 files

    // A job over m_data cut into 8 MiB parts, uploaded at a bounded rate so a test can act mid-upload.
    qint64 slowJob(const QString &name)
    {
        JobSpec spec;
        spec.paths = { m_data };
        spec.partSize = 8LL * 1024 * 1024;
        spec.partsInFlight = 2;
        spec.uploadBytesPerSecond = 16LL * 1024 * 1024;
        return m_bed->addJob(name, spec);
    }

    // What every failed or cancelled run must leave: no backup, no upload, no temp folder, and the
    // run row saying what the result said.
    void verifyNothingLeft(const BackupTestBed::Outcome &outcome, qint64 jobId, const QString &status)
    {
        QVERIFY2(outcome.finished, qPrintable(outcome.result.message));
        QCOMPARE(outcome.result.statusName(), status);
        QVERIFY(outcome.result.message.endsWith(QLatin1Char('.')));
        QVERIFY(outcome.result.objectKey.isEmpty());
        QCOMPARE(BackupRepository(m_bed->database()).list(jobId).size(), 0);
        QCOMPARE(m_bed->openUploads(), QStringList());
        QCOMPARE(m_bed->objectKeys(QStringLiteral("backups/")), QStringList());
        const BackupTestRun run = runRow(m_bed->database(), outcome.runId);
        QVERIFY(run.found);
        QCOMPARE(run.status, status);
        QCOMPARE(run.message, outcome.result.message);
        QVERIFY(run.uploadClosed || run.uploadId.isEmpty());
        // The host script removes its folder before it exits; after a cut connection it notices
        // within a second or two, so allow it some time.
        QDeadlineTimer deadline(30000);
        while (!m_bed->hostTempLeftovers().isEmpty() && !deadline.hasExpired())
            QThread::msleep(100);
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start();
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        m_data = m_bed->path(QStringLiteral("data"));
        const TestProcess::Result made = shell(
            QStringLiteral(
                "mkdir -p \"$1\" && for i in 1 2 3; do head -c 32M /dev/urandom > \"$1/file $i\"; done"),
            { m_data });
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
    }

    void missingPathFails()
    {
        JobSpec spec;
        const QString missing = m_bed->path(QStringLiteral("no such folder"));
        spec.paths = { m_data, missing };
        const qint64 jobId = m_bed->addJob(QStringLiteral("missing path"), spec);
        QVERIFY(jobId);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QCOMPARE(outcome.result.message,
            QStringLiteral("The path %1 does not exist on web 1; correct the job's paths or create it there.")
                .arg(missing));
        verifyNothingLeft(outcome, jobId, QStringLiteral("failed"));
    }

    void cancelMidUpload()
    {
        const qint64 jobId = slowJob(QStringLiteral("cancelled"));
        QVERIFY(jobId);
        bool cancelled = false;
        const BackupTestBed::Outcome outcome
            = m_bed->run(jobId, {}, {}, [&](RunManager &manager, qint64 runId, BackupPhase, qint64 uploaded) {
                  if (uploaded > 0 && !cancelled)
                      cancelled = manager.cancel(runId);
              });
        QVERIFY(cancelled);
        QCOMPARE(outcome.result.message,
            QStringLiteral("The backup of cancelled was cancelled; nothing was kept."));
        // A cancelled script cleans up before it exits, and the run waits for it: nothing to wait for.
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());
        verifyNothingLeft(outcome, jobId, QStringLiteral("cancelled"));
    }

    void connectionKilledMidUpload()
    {
        const qint64 jobId = slowJob(QStringLiteral("connection killed"));
        QVERIFY(jobId);
        QFile pidFile(m_bed->sshd().dir() + QStringLiteral("/sshd.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const QString sshdPid = QString::fromLatin1(pidFile.readAll().trimmed());
        bool killed = false;
        const BackupTestBed::Outcome outcome
            = m_bed->run(jobId, {}, {}, [&](RunManager &, qint64, BackupPhase, qint64 uploaded) {
                  if (uploaded == 0 || killed)
                      return;
                  // The per-connection sshd processes are the listener's children.
                  const TestProcess::Result r = shell(QStringLiteral("pkill -KILL -P \"$1\""), { sshdPid });
                  killed = r.exitCode == 0;
              });
        QVERIFY(killed);
        QVERIFY2(outcome.result.message.startsWith(
                     QStringLiteral("The connection to web 1 was lost during the backup")),
            qPrintable(outcome.result.message));
        verifyNothingLeft(outcome, jobId, QStringLiteral("failed"));
    }

    void refusedUrlFails()
    {
        const qint64 jobId = slowJob(QStringLiteral("refused"));
        QVERIFY(jobId);
        BackupRunOptions options;
        // Part 2's URL carries a wrong signature: storage refuses it, as it would an expired URL.
        options.presignHook = [](PresignedUrl &url) {
            if (url.url.query().contains(QStringLiteral("partNumber=2&"))
                || url.url.query().endsWith(QStringLiteral("partNumber=2"))) {
                QUrlQuery query(url.url);
                QString signature = query.queryItemValue(QStringLiteral("X-Amz-Signature"));
                signature[0] = signature.at(0) == u'0' ? u'1' : u'0';
                query.removeQueryItem(QStringLiteral("X-Amz-Signature"));
                query.addQueryItem(QStringLiteral("X-Amz-Signature"), signature);
                url.url.setQuery(query);
            }
        };
        const BackupTestBed::Outcome outcome = m_bed->run(jobId, options);
        QCOMPARE(outcome.result.message,
            QStringLiteral("Uploading from web 1 to bucket failed (storage refused part 2 with HTTP 403 "
                           "(SignatureDoesNotMatch)); check the storage and the server's connection to it."));
        verifyNothingLeft(outcome, jobId, QStringLiteral("failed"));
    }

    void failingPreCommandFailsAndPostCommandStillRuns()
    {
        const QString marker = m_bed->path(QStringLiteral("post ran"));
        JobSpec spec;
        spec.paths = { m_data };
        spec.preCommand = QStringLiteral("echo stopping the app >&2; exit 3");
        spec.postCommand
            = QStringLiteral("touch \"$CAIRN_MARKER\"").replace(QStringLiteral("$CAIRN_MARKER"), marker);
        const qint64 jobId = m_bed->addJob(QStringLiteral("pre fails"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QCOMPARE(outcome.result.message,
            QStringLiteral(
                "The command before the backup failed on web 1 (exit status 3); fix the command or remove it "
                "from the job."));
        QVERIFY2(outcome.result.detail.contains(QStringLiteral("stopping the app")),
            qPrintable(outcome.result.detail));
        // What the command before changed, the command after puts back, even when the backup fails.
        QVERIFY(QFile::exists(marker));
        verifyNothingLeft(outcome, jobId, QStringLiteral("failed"));
    }

    void preAndPostCommandsRunAroundASuccess()
    {
        const QString log = m_bed->path(QStringLiteral("commands.log"));
        JobSpec spec;
        spec.paths = { m_data + QStringLiteral("/file 1") };
        spec.preCommand = QStringLiteral("echo pre >> '%1'").arg(log);
        spec.postCommand = QStringLiteral("echo post >> '%1'").arg(log);
        const qint64 jobId = m_bed->addJob(QStringLiteral("pre and post"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QVERIFY2(
            outcome.result.status == BackupResult::Status::Succeeded, qPrintable(outcome.result.message));
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("pre\npost\n"));
        const auto client = m_bed->s3().client();
        const BackupRecord backup = BackupRepository(m_bed->database()).list(jobId).first();
        client->deleteObjects({ backup.objectKey, backup.sideKey, backup.manifestKey });
    }

    // The desktop that stops answering (a laptop gone to sleep): the script gives up at its deadline.
    void urlDeadlinePassesAndTheScriptCleansUp()
    {
        const qint64 jobId = slowJob(QStringLiteral("no answer"));
        QVERIFY(jobId);
        BackupRunOptions options;
        options.urlTimeoutSeconds = 2;
        options.presignHook = [](PresignedUrl &url) {
            if (url.url.query().contains(QStringLiteral("partNumber=3")))
                QThread::sleep(4);
        };
        const BackupTestBed::Outcome outcome = m_bed->run(jobId, options);
        QVERIFY2(outcome.result.message.startsWith(
                     QStringLiteral("The backup script on web 1 gave up waiting for Cairn (no answer from "
                                    "Cairn within 2 seconds)")),
            qPrintable(outcome.result.message));
        verifyNothingLeft(outcome, jobId, QStringLiteral("failed"));
    }

    void growingFileIsAWarning()
    {
        const QString dir = m_bed->path(QStringLiteral("growing"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/growing log");
        QVERIFY(shell(QStringLiteral("head -c 64M /dev/urandom > \"$1\""), { file }).exitCode == 0);
        QProcess writer;
        writer.start(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral("while :; do printf 'line\\n' >> \"$1\"; sleep 0.001; done"),
                QStringLiteral("bash"), file });
        QVERIFY(writer.waitForStarted());
        JobSpec spec;
        spec.paths = { dir };
        spec.compression = JobSpec::Compression::Gzip; // slower: tar reads the file for longer
        const qint64 jobId = m_bed->addJob(QStringLiteral("growing"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        writer.kill();
        writer.waitForFinished();
        QVERIFY2(outcome.result.status == BackupResult::Status::SucceededWithWarnings,
            qPrintable(outcome.result.message + outcome.log.join(u'\n')));
        QVERIFY2(outcome.result.message.contains(QStringLiteral("with 1 warning")),
            qPrintable(outcome.result.message));
        QCOMPARE(outcome.result.warnings.size(), 1);
        QVERIFY2(outcome.result.warnings.first().contains(
                     QStringLiteral("growing/growing log changed while it was read")),
            qPrintable(outcome.result.warnings.first()));
        QVERIFY(outcome.result.objectKey.endsWith(QStringLiteral(".tar.gz")));
        const QList<BackupRecord> backups = BackupRepository(m_bed->database()).list(jobId);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().warnings, 1);
        QCOMPARE(m_bed->openUploads(), QStringList());
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());
        QCOMPARE(runRow(m_bed->database(), outcome.runId).status, QStringLiteral("warning"));
        // Leave the bucket empty for the tests after this one.
        const auto client = m_bed->s3().client();
        client->deleteObjects(
            { backups.first().objectKey, backups.first().sideKey, backups.first().manifestKey });
    }

    // A Cairn that died mid-upload left an upload (recorded, or created just before it could be
    // recorded); the next start aborts both and marks the runs failed.
    void leftoversOfAStoppedCairnAreAborted()
    {
        const qint64 jobId = m_bed->addJob(QStringLiteral("crashed"), [this] {
            JobSpec spec;
            spec.paths = { m_data };
            return spec;
        }());
        const auto client = m_bed->s3().client();
        const QString recordedKey = QStringLiteral("backups/web_1/crashed/20250101T000000Z-900001.tar.zst");
        const QString unrecordedKey = QStringLiteral("backups/web_1/crashed/20250101T000000Z-900002.tar.zst");
        const S3Result<QString> recorded = client->createMultipartUpload(recordedKey);
        const S3Result<QString> unrecorded = client->createMultipartUpload(unrecordedKey);
        QVERIFY(recorded.ok() && unrecorded.ok());
        QCOMPARE(m_bed->openUploads().size(), 2);
        // A process id that is not running (pid_max is below 2^22) stands for the dead Cairn.
        QSqlQuery insert(m_bed->database()->connection());
        insert.prepare(
            QStringLiteral("INSERT INTO runs (id, job_id, status, started_at, owner, storage_id, object_key, "
                           "upload_id) VALUES (?, ?, 'running', 1, ?, ?, ?, ?)"));
        for (const auto &[id, key, upload] : { std::tuple { 900001, recordedKey, QVariant(recorded.value) },
                 std::tuple { 900002, unrecordedKey, QVariant() } }) {
            insert.addBindValue(id);
            insert.addBindValue(jobId);
            insert.addBindValue(QSysInfo::machineHostName() + QStringLiteral(":4999999:12345"));
            insert.addBindValue(m_bed->storageId());
            insert.addBindValue(key);
            insert.addBindValue(upload);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }

        RunManager manager(m_bed->database());
        QCOMPARE(manager.storagesWithLeftovers(), QList<qint64> { m_bed->storageId() });
        std::vector<LeftoverTarget> targets(1);
        targets[0].storageId = m_bed->storageId();
        targets[0].target = m_bed->s3().target();
        targets[0].secret = SecureBytes(m_bed->s3().secret());
        QSignalSpy done(&manager, &RunManager::leftoversAborted);
        manager.abortLeftovers(std::move(targets));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toInt(), 2);
        QCOMPARE(done.first().at(1).toStringList(), QStringList());
        QCOMPARE(m_bed->openUploads(), QStringList());
        for (qint64 runId : { 900001, 900002 }) {
            const BackupTestRun run = runRow(m_bed->database(), runId);
            QCOMPARE(run.status, QStringLiteral("failed"));
            QVERIFY(run.uploadClosed);
        }
        QCOMPARE(manager.storagesWithLeftovers(), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestBackupFailures)
#include "tst_backupfailures.moc"
