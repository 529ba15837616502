// `cairn-cli daemon` as a headless box runs it: a job scheduled every minute runs at least twice
// against the real sshd and S3 server, a job with a missing path fails, and the client's webhook
// (a local HTTP receiver in this test) gets the right JSON for one success and one failure; the
// host calls the client's ping URL after good runs; a second daemon on the same database refuses
// to schedule and says why in one sentence; SIGTERM stops the daemon cleanly. At start, before it
// schedules, the daemon aborts the multipart upload a Cairn that died mid-backup left in the bucket.
#include "BackupTestBed.h"

#include "storage/S3Client.h"
#include "store/BackupRepository.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace cairn;
using namespace cairn::test;

namespace {

// A tiny HTTP/1.1 server: records each request (method, path, headers, body), answers 200.
class Receiver final : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray headers;
        QByteArray body;
    };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QList<Request> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
        requests.append(Request { first.value(0), first.value(1), head, buffer.mid(end + 4, length) });
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestDaemon final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    Receiver m_receiver;

    QString cliPath() const
    {
        return qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli");
    }

    // Not BackupTestBed::cli: this one feeds stdin and keeps the event loop running.
    CliResult cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(cliPath(), QStringList { QStringLiteral("--db"), m_bed->databasePath() } + args);
        process.write(input);
        process.closeWriteChannel();
        // Waited on with the event loop running, so the receiver keeps answering meanwhile.
        QElapsedTimer waited;
        waited.start();
        while (process.state() != QProcess::NotRunning && waited.elapsed() < 120000)
            QTest::qWait(20);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

    int goodRuns(qint64 jobId)
    {
        QSqlQuery q(m_bed->database()->connection());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM runs WHERE job_id = ? AND status IN ('succeeded', 'warning')"));
        q.addBindValue(jobId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QList<QJsonObject> hooks(const QString &event) const
    {
        QList<QJsonObject> found;
        for (const Receiver::Request &r : m_receiver.requests) {
            if (!r.path.startsWith("/hook/"))
                continue;
            const QJsonObject object = QJsonDocument::fromJson(r.body).object();
            if (object.value(QStringLiteral("event")).toString() == event)
                found << object;
        }
        return found;
    }

    int pings() const
    {
        int n = 0;
        for (const Receiver::Request &r : m_receiver.requests)
            n += r.path == "/ping/t0ken-1234" ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        QVERIFY(m_receiver.listen());
    }

    void daemonRunsOnScheduleAndReports()
    {
        const QString data = m_bed->path(QStringLiteral("site data"));
        QVERIFY(QDir().mkpath(data));
        QFile page(data + QStringLiteral("/index.html"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(QByteArray(100000, 'x'));
        page.close();

        JobSpec good;
        good.kind = JobSpec::Kind::Files;
        good.paths = { data };
        const qint64 goodId = m_bed->addJob(QStringLiteral("site files"), good);
        QVERIFY2(goodId, qPrintable(BackupTestBed::lastError()));
        JobSpec missing = good;
        missing.paths = { m_bed->path(QStringLiteral("not there $(touch pwned)")) };
        const qint64 missingId = m_bed->addJob(QStringLiteral("missing path"), missing);
        QVERIFY2(missingId, qPrintable(BackupTestBed::lastError()));
        const QString client = ClientRepository(m_bed->database()).findById(m_bed->clientId())->name;

        CliResult r = cli(
            { QStringLiteral("client"), QStringLiteral("webhook"), client, QStringLiteral("--kind"),
                QStringLiteral("generic"), QStringLiteral("--url-stdin"), QStringLiteral("--on-success") },
            m_receiver.url(QStringLiteral("/hook/secret-t0ken")).toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains("secret-t0ken"));
        r = cli({ QStringLiteral("client"), QStringLiteral("ping"), client, QStringLiteral("--url-stdin") },
            m_receiver.url(QStringLiteral("/ping/t0ken-1234")).toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Nothing of either address in the database: only keychain references.
        {
            QSqlQuery settings(m_bed->database()->connection());
            QVERIFY(
                settings.exec(QStringLiteral("SELECT group_concat(value) FROM settings")) && settings.next());
            QVERIFY(!settings.value(0).toString().contains(QStringLiteral("t0ken")));
        } // an open statement would keep this connection reading an old snapshot of the database

        for (const QString &job : { QStringLiteral("site files"), QStringLiteral("missing path") }) {
            r = cli({ QStringLiteral("job"), QStringLiteral("schedule"), job, QStringLiteral("--cron"),
                QStringLiteral("* * * * *"), QStringLiteral("--tz"), QStringLiteral("UTC") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        r = cli({ QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listed
            = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(listed.size(), 2);
        for (const QJsonValue &job : listed)
            QVERIFY(!job.toObject().value(QStringLiteral("next_run")).toString().isEmpty());

        QProcess daemon;
        daemon.start(cliPath(), { QStringLiteral("--db"), m_bed->databasePath(), QStringLiteral("daemon") });
        QVERIFY(daemon.waitForStarted());
        auto stopDaemon = qScopeGuard([&daemon] {
            if (daemon.state() != QProcess::NotRunning) {
                daemon.kill();
                daemon.waitForFinished();
            }
        });

        // A second daemon on the same database schedules nothing and says why, in one sentence.
        QProcess second;
        QByteArray daemonOut;
        QTRY_VERIFY2_WITH_TIMEOUT((daemonOut += daemon.readAllStandardOutput()).contains("Scheduling"),
            (daemonOut + daemon.readAllStandardError()).constData(), 60000);
        second.start(cliPath(), { QStringLiteral("--db"), m_bed->databasePath(), QStringLiteral("daemon") });
        QVERIFY(second.waitForStarted());
        QByteArray secondErr;
        QTRY_VERIFY_WITH_TIMEOUT((secondErr += second.readAllStandardError()).contains('\n'), 30000);
        QVERIFY2(secondErr.startsWith("Another Cairn"), secondErr.constData());
        QCOMPARE(secondErr.count('\n'), 1);
        QVERIFY(secondErr.trimmed().endsWith('.'));
        QCOMPARE(second.state(), QProcess::Running);
        ::kill(pid_t(second.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
        QCOMPARE(second.exitCode(), 0);

        // Every minute: at least two good runs, a failure, and the webhooks for both.
        const auto done = [&] {
            return goodRuns(goodId) >= 2 && !hooks(QStringLiteral("failure")).isEmpty()
                && !hooks(QStringLiteral("success")).isEmpty() && pings() >= 2;
        };
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < 400000)
            QTest::qWait(200);
        if (!done()) {
            QStringList seen;
            for (const Receiver::Request &request : std::as_const(m_receiver.requests))
                seen << QString::fromUtf8(request.method + ' ' + request.path + ' ' + request.body.left(80));
            daemonOut += daemon.readAllStandardOutput();
            QFAIL(qPrintable(QStringLiteral("good runs %1; requests: %2; the daemon said: %3")
                                 .arg(goodRuns(goodId))
                                 .arg(seen.join(QStringLiteral(" | ")), QString::fromUtf8(daemonOut))));
        }

        const QJsonObject success = hooks(QStringLiteral("success")).first();
        QCOMPARE(success.value(QStringLiteral("source")).toString(), QStringLiteral("cairn"));
        QCOMPARE(success.value(QStringLiteral("job")).toString(), QStringLiteral("site files"));
        QCOMPARE(success.value(QStringLiteral("client")).toString(), client);
        QCOMPARE(success.value(QStringLiteral("server")).toString(), m_bed->serverName());
        QVERIFY(success.value(QStringLiteral("run_id")).toInteger() > 0);
        const QJsonObject failure = hooks(QStringLiteral("failure")).first();
        QCOMPARE(failure.value(QStringLiteral("job")).toString(), QStringLiteral("missing path"));
        QVERIFY(!failure.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(failure.value(QStringLiteral("title")).toString().contains(QStringLiteral("missing path")));
        for (const Receiver::Request &request : std::as_const(m_receiver.requests)) {
            if (request.path.startsWith("/hook/")) {
                QCOMPARE(request.method, QByteArray("POST"));
                QVERIFY(request.headers.toLower().contains("content-type: application/json"));
                QVERIFY(!request.body.contains("t0ken"));
            }
        }

        // status: a failed job makes it exit 1, for monitoring scripts.
        r = cli({ QStringLiteral("status"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("red"));
        bool sawFailed = false;
        for (const QJsonValue &job : status.value(QStringLiteral("jobs")).toArray()) {
            const QJsonObject o = job.toObject();
            if (o.value(QStringLiteral("job")).toString() == QLatin1String("missing path"))
                sawFailed = o.value(QStringLiteral("state")).toString() == QLatin1String("failed");
            if (o.value(QStringLiteral("job")).toString() == QLatin1String("site files"))
                QVERIFY(!o.value(QStringLiteral("last_good")).toString().isEmpty());
        }
        QVERIFY(sawFailed);

        // SIGTERM: a clean stop, no runs left queued or running, the host's temp folder empty.
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(daemon.state() == QProcess::NotRunning, 120000);
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        QVERIFY((daemonOut += daemon.readAllStandardOutput()).contains("Stopped."));
        QSqlQuery open(m_bed->database()->connection());
        QVERIFY(open.exec(QStringLiteral("SELECT count(*) FROM runs WHERE status IN ('queued', 'running')"))
            && open.next());
        QCOMPARE(open.value(0).toInt(), 0);
        QVERIFY(m_bed->hostTempLeftovers().isEmpty());
        QVERIFY(m_bed->openUploads().isEmpty());
    }

    // The verify schedule under the daemon, against the real peers: backups by hand only now, the
    // newest complete backup of "site files" verified every minute on its server; the result lands
    // on the backup row.
    void daemonVerifiesTheNewestBackupOnSchedule()
    {
        const auto job
            = JobRepository(m_bed->database()).find(m_bed->clientId(), QStringLiteral("site files"));
        QVERIFY(job);
        const QList<BackupRecord> backups = BackupRepository(m_bed->database()).list(job->id);
        QVERIFY(!backups.isEmpty());
        const auto newest = std::find_if(
            backups.cbegin(), backups.cend(), [](const BackupRecord &b) { return b.isComplete(); });
        QVERIFY(newest != backups.cend());
        const qint64 backupId = newest->id;
        for (const QString &name : { QStringLiteral("site files"), QStringLiteral("missing path") }) {
            const CliResult r = cli({ QStringLiteral("job"), QStringLiteral("schedule"), name,
                QStringLiteral("--manual"), QStringLiteral("--verify"),
                name == QLatin1String("site files") ? QStringLiteral("cron * * * * *")
                                                    : QStringLiteral("never"),
                QStringLiteral("--tz"), QStringLiteral("UTC") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const auto verified = [&] {
            QSqlQuery q(m_bed->database()->connection());
            q.prepare(QStringLiteral("SELECT verified_at, verify_ok FROM backups WHERE id = ?"));
            q.addBindValue(backupId);
            return q.exec() && q.next() && !q.value(0).isNull() ? q.value(1).toInt() : -1;
        };
        QCOMPARE(verified(), -1);

        QProcess daemon;
        daemon.start(cliPath(), { QStringLiteral("--db"), m_bed->databasePath(), QStringLiteral("daemon") });
        QVERIFY(daemon.waitForStarted());
        auto stopDaemon = qScopeGuard([&daemon] {
            if (daemon.state() != QProcess::NotRunning) {
                daemon.kill();
                daemon.waitForFinished();
            }
        });
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (verified() < 0 && waited.elapsed() < 200000)
            QTest::qWait(500);
        out += daemon.readAllStandardOutput();
        QVERIFY2(verified() == 1, (out + daemon.readAllStandardError()).constData());
        QTRY_VERIFY2_WITH_TIMEOUT(
            (out += daemon.readAllStandardOutput()).contains("Verify of site files succeeded"),
            out.constData(), 30000);
        // Backups by hand only: the verify started no backup.
        QVERIFY2(!out.contains("Scheduled run of"), out.constData());
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(daemon.state() == QProcess::NotRunning, 120000);
        QCOMPARE(daemon.exitCode(), 0);
        const CliResult off = cli({ QStringLiteral("job"), QStringLiteral("schedule"),
            QStringLiteral("site files"), QStringLiteral("--verify"), QStringLiteral("never") });
        QVERIFY2(off.exitCode == 0, off.err.constData());
    }

    // A Cairn that died mid-upload left a multipart upload in the bucket, recorded with its run;
    // the daemon aborts it before it schedules anything, and marks the run failed.
    void daemonAbortsALeftoverUploadFirst()
    {
        JobSpec spec;
        spec.kind = JobSpec::Kind::Files;
        spec.paths = { m_bed->path(QStringLiteral("crashed data")) };
        const qint64 jobId = m_bed->addJob(QStringLiteral("crashed"), spec);
        QVERIFY2(jobId, qPrintable(BackupTestBed::lastError()));
        auto removeJob = qScopeGuard([&] { JobRepository(m_bed->database()).remove(jobId); });
        const QString key = QStringLiteral("backups/web_1/crashed/20250101T000000Z-900101.tar.zst");
        const S3Result<QString> upload = m_bed->s3().client()->createMultipartUpload(key);
        QVERIFY(upload.ok());
        QCOMPARE(m_bed->openUploads().size(), 1);
        {
            // A process id above pid_max stands for the dead Cairn.
            QSqlQuery insert(m_bed->database()->connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO runs (id, job_id, status, started_at, owner, storage_id, object_key, upload_id) "
                "VALUES (900101, ?, 'running', 1, ?, ?, ?, ?)"));
            insert.addBindValue(jobId);
            insert.addBindValue(QSysInfo::machineHostName() + QStringLiteral(":4999999:12345"));
            insert.addBindValue(m_bed->storageId());
            insert.addBindValue(key);
            insert.addBindValue(upload.value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }

        QProcess daemon;
        daemon.start(cliPath(), { QStringLiteral("--db"), m_bed->databasePath(), QStringLiteral("daemon") });
        QVERIFY(daemon.waitForStarted());
        auto stopDaemon = qScopeGuard([&daemon] {
            if (daemon.state() != QProcess::NotRunning) {
                daemon.kill();
                daemon.waitForFinished();
            }
        });
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += daemon.readAllStandardOutput()).contains("Scheduling"),
            (out + daemon.readAllStandardError()).constData(), 60000);
        // Cleaned first, then scheduling.
        const qsizetype removed = out.indexOf("Removed 1 partial upload");
        QVERIFY2(removed >= 0 && removed < out.indexOf("Scheduling"), out.constData());
        QCOMPARE(m_bed->openUploads(), QStringList());
        {
            QSqlQuery run(m_bed->database()->connection());
            QVERIFY(run.exec(QStringLiteral("SELECT status, upload_closed_at FROM runs WHERE id = 900101"))
                && run.next());
            QCOMPARE(run.value(0).toString(), QStringLiteral("failed"));
            QVERIFY(!run.value(1).isNull());
        }
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(daemon.state() == QProcess::NotRunning, 60000);
        QCOMPARE(daemon.exitCode(), 0);
    }

    void cleanupTestCase() { m_bed.reset(); }
};

int main(int argc, char *argv[])
{
    // A job every minute needs a few minutes: more than Qt Test's default five per test function.
    qputenv("QTEST_FUNCTION_TIMEOUT", "800000");
    QCoreApplication app(argc, argv);
    TestDaemon test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_daemon.moc"
