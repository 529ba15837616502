// BackupTimeline: what the Backups view lists. Only complete backups (never one being deleted or
// deleted), grouped by client, server and job with the newest first, each with the duration of the
// run that made it and whether its manifest says it is encrypted; one client or all. Read on a
// worker thread, as the view does.
#include "backup/BackupTimeline.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cairn;

class TestBackupTimeline final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_acme = 0;
    qint64 m_beta = 0;

    qint64 addJob(qint64 clientId, const QString &server, const QString &job)
    {
        Server s;
        s.clientId = clientId;
        s.name = server;
        s.host = QStringLiteral("192.0.2.1");
        s.username = QStringLiteral("backup");
        StoreError error;
        const qint64 serverId = ServerRepository(m_db).insert(s, &error);
        StorageTarget t;
        t.clientId = clientId;
        t.name = job + QStringLiteral(" storage");
        t.provider = QStringLiteral("s3");
        t.endpoint = QStringLiteral("https://s3.example.test");
        t.region = QStringLiteral("r");
        t.bucket = QStringLiteral("b");
        t.accessKeyId = QStringLiteral("AKIA");
        t.secretRef = QStringLiteral("ref-") + job;
        const qint64 storageId = StorageRepository(m_db).insert(t, &error);
        Job j;
        j.clientId = clientId;
        j.name = job;
        j.serverId = serverId;
        j.storageId = storageId;
        j.kind = QStringLiteral("files");
        return JobRepository(m_db).insert(j, &error);
    }

    // A run of durationSeconds and the backup it made.
    qint64 addBackup(qint64 clientId, qint64 jobId, const QString &server, const QString &job,
        const QDateTime &at, qint64 durationSeconds, bool encrypted,
        const QString &state = QStringLiteral("complete"))
    {
        Run run;
        run.jobId = jobId;
        run.status = QStringLiteral("succeeded");
        run.startedAt = at;
        run.finishedAt = at.addSecs(durationSeconds);
        StoreError error;
        const qint64 runId = RunRepository(m_db).insert(run, &error);
        BackupRecord b;
        b.runId = runId;
        b.jobId = jobId;
        b.jobName = job;
        b.serverName = server;
        b.clientId = clientId;
        b.kind = QStringLiteral("files");
        b.objectKey = QStringLiteral("k/%1").arg(runId);
        b.manifestKey = b.objectKey + QStringLiteral(".manifest.json");
        b.createdAt = at.addSecs(durationSeconds);
        b.size = 1000;
        b.sha256 = QStringLiteral("00");
        b.partSize = 5;
        b.parts = 1;
        b.compression = QStringLiteral("zstd");
        b.state = state;
        b.manifestJson = encrypted ? QByteArrayLiteral(R"({"archive":{"encrypted":true}})")
                                   : QByteArrayLiteral(R"({"archive":{"encrypted":false}})");
        return BackupRepository(m_db).insert(b, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_acme = ClientRepository(m_db).add(QStringLiteral("Acme"), QString(), &error);
        m_beta = ClientRepository(m_db).add(QStringLiteral("Beta"), QString(), &error);
        QVERIFY(m_acme && m_beta);
        const qint64 site = addJob(m_acme, QStringLiteral("web"), QStringLiteral("site"));
        const qint64 db = addJob(m_acme, QStringLiteral("db"), QStringLiteral("dump"));
        const qint64 beta = addJob(m_beta, QStringLiteral("beta web"), QStringLiteral("beta site"));
        QVERIFY(site && db && beta);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(addBackup(m_acme, site, QStringLiteral("web"), QStringLiteral("site"), t0, 60, false));
        QVERIFY(
            addBackup(m_acme, site, QStringLiteral("web"), QStringLiteral("site"), t0.addDays(1), 90, true));
        QVERIFY(addBackup(m_acme, site, QStringLiteral("web"), QStringLiteral("site"), t0.addDays(2), 5,
            false, QStringLiteral("deleting")));
        QVERIFY(addBackup(m_acme, db, QStringLiteral("db"), QStringLiteral("dump"), t0, 30, false));
        QVERIFY(addBackup(m_beta, beta, QStringLiteral("beta web"), QStringLiteral("beta site"), t0, 10,
            false, QStringLiteral("deleted")));
        QVERIFY(
            addBackup(m_beta, beta, QStringLiteral("beta web"), QStringLiteral("beta site"), t0, 20, false));
    }

    void oneClient()
    {
        QList<BackupTimelineEntry> entries;
        StoreError error;
        // On a worker thread, with its own connection, as the Backups page reads it.
        QThread *thread = QThread::create([&] { entries = BackupTimeline::load(m_db, m_acme, &error); });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY2(!error, qPrintable(error.message));
        // Server "db" before "web"; within "site" the newest first; the one being deleted is absent.
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).backup.serverName, QStringLiteral("db"));
        QCOMPARE(entries.at(0).durationSeconds, 30);
        QCOMPARE(entries.at(1).backup.jobName, QStringLiteral("site"));
        QCOMPARE(entries.at(1).durationSeconds, 90);
        QVERIFY(entries.at(1).encrypted);
        QCOMPARE(entries.at(2).durationSeconds, 60);
        QVERIFY(!entries.at(2).encrypted);
        QVERIFY(entries.at(1).backup.createdAt > entries.at(2).backup.createdAt);
        for (const BackupTimelineEntry &e : std::as_const(entries)) {
            QCOMPARE(e.clientName, QStringLiteral("Acme"));
            QVERIFY(e.backup.isComplete());
            QVERIFY(!e.verifiedAt.isValid());
        }
    }

    void everyClient()
    {
        const QList<BackupTimelineEntry> entries = BackupTimeline::load(m_db, 0);
        QCOMPARE(entries.size(), 4); // Beta's deleted backup is not listed
        QCOMPARE(entries.first().clientName, QStringLiteral("Acme"));
        QCOMPARE(entries.last().clientName, QStringLiteral("Beta"));
        QCOMPARE(entries.last().durationSeconds, 20);
    }
};

QTEST_GUILESS_MAIN(TestBackupTimeline)
#include "tst_backuptimeline.moc"
