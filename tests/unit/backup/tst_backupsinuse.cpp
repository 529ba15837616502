// BackupsInUse across processes: a backup another process holds (cairn_inuse_holder, standing for
// the GUI restoring it while the daemon applies retention) is in use for this process and spared by
// retention; the hold goes when that process ends, also when it is killed without cleaning up.
#include "backup/BackupsInUse.h"
#include "backup/RetentionApplier.h"
#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestBackupsInUse final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_jobId = 0;
    qint64 m_storageId = 0;
    QList<qint64> m_backups; // oldest first

    QString dbPath() const { return m_db->path(); }

    std::unique_ptr<QProcess> holder(qint64 backupId)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(CAIRN_INUSE_HOLDER));
        process->setArguments({ dbPath(), QString::number(backupId) });
        process->start();
        if (!process->waitForStarted(30000) || !process->waitForReadyRead(30000))
            return nullptr;
        if (process->readLine().trimmed() != "HOLDING")
            return nullptr;
        return process;
    }

    QList<qint64> doomed()
    {
        RetentionPolicy keepOne;
        keepOne.keepLast = 1;
        QList<qint64> ids;
        for (const BackupRecord &b :
            RetentionApplier::preview(m_db, m_jobId, m_storageId, keepOne, QDateTime::currentDateTimeUtc()))
            ids << b.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    int holdFiles() const
    {
        return int(QDir(BackupsInUse::folderFor(dbPath()))
                       .entryList({ QStringLiteral("*.lock") }, QDir::Files)
                       .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreError error;
        // A folder with a space and a quote: the hold folder sits beside the database.
        m_db = Database::open(m_dir.filePath(QStringLiteral("my 'cairn' data/cairn.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        const qint64 client = ClientRepository(m_db).add(QStringLiteral("Acme"), QString(), &error);
        Server s;
        s.clientId = client;
        s.name = QStringLiteral("web");
        s.host = QStringLiteral("192.0.2.1");
        s.username = QStringLiteral("backup");
        const qint64 serverId = ServerRepository(m_db).insert(s, &error);
        StorageTarget t;
        t.clientId = client;
        t.name = QStringLiteral("bucket");
        t.provider = QStringLiteral("s3");
        t.endpoint = QStringLiteral("https://s3.example.test");
        t.region = QStringLiteral("r");
        t.bucket = QStringLiteral("b");
        t.accessKeyId = QStringLiteral("AKIA");
        t.secretRef = QStringLiteral("ref");
        m_storageId = StorageRepository(m_db).insert(t, &error);
        Job j;
        j.clientId = client;
        j.name = QStringLiteral("site");
        j.serverId = serverId;
        j.storageId = m_storageId;
        j.kind = QStringLiteral("files");
        m_jobId = JobRepository(m_db).insert(j, &error);
        QVERIFY2(m_jobId, qPrintable(error.message));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int i = 0; i < 3; ++i) {
            Run run;
            run.jobId = m_jobId;
            run.status = QStringLiteral("succeeded");
            run.startedAt = t0.addDays(i);
            run.finishedAt = t0.addDays(i);
            const qint64 runId = RunRepository(m_db).insert(run, &error);
            BackupRecord b;
            b.runId = runId;
            b.jobId = m_jobId;
            b.jobName = j.name;
            b.serverName = s.name;
            b.clientId = client;
            b.storageId = m_storageId;
            b.kind = QStringLiteral("files");
            b.objectKey = QStringLiteral("k/%1").arg(runId);
            b.manifestKey = b.objectKey + QStringLiteral(".manifest.json");
            b.createdAt = t0.addDays(i);
            b.size = 1000;
            b.sha256 = QString(64, QLatin1Char('0'));
            b.partSize = 5;
            b.parts = 1;
            b.compression = QStringLiteral("zstd");
            b.manifestJson = QByteArrayLiteral("{}");
            const qint64 id = BackupRepository(m_db).insert(b, &error);
            QVERIFY2(id, qPrintable(error.message));
            m_backups << id;
        }
    }

    void anotherProcessHoldsABackup()
    {
        const qint64 oldest = m_backups.at(0);
        // "Keep the last one" selects the two older backups while nobody reads them.
        QCOMPARE(doomed(), (QList<qint64> { m_backups.at(0), m_backups.at(1) }));

        auto process = holder(oldest);
        QVERIFY(process);
        QVERIFY(BackupsInUse::contains(oldest, dbPath()));
        QVERIFY(!BackupsInUse::contains(oldest)); // not in this process's own registry
        QCOMPARE(BackupsInUse::ids(dbPath()), QSet<qint64> { oldest });
        QCOMPARE(doomed(), QList<qint64> { m_backups.at(1) });

        // The holder ends normally: its hold goes with it.
        process->closeWriteChannel();
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 0);
        QVERIFY(!BackupsInUse::contains(oldest, dbPath()));
        QCOMPARE(holdFiles(), 0);
        QCOMPARE(doomed(), (QList<qint64> { m_backups.at(0), m_backups.at(1) }));
    }

    void aKilledHolderLeavesNoHold()
    {
        const qint64 middle = m_backups.at(1);
        auto first = holder(middle);
        auto second = holder(middle);
        QVERIFY(first && second);
        QCOMPARE(holdFiles(), 2);
        QCOMPARE(doomed(), QList<qint64> { m_backups.at(0) });

        // One of two holders of the same backup is killed (no destructor runs): the other still holds.
        first->kill();
        QVERIFY(first->waitForFinished(30000));
        QVERIFY(BackupsInUse::contains(middle, dbPath()));
        QCOMPARE(holdFiles(), 1); // the dead one's file was found stale and removed

        second->kill();
        QVERIFY(second->waitForFinished(30000));
        QVERIFY(!BackupsInUse::contains(middle, dbPath()));
        QCOMPARE(holdFiles(), 0);
        QCOMPARE(doomed(), (QList<qint64> { m_backups.at(0), m_backups.at(1) }));
    }

    void thisProcessHoldsAreSeenThroughTheFolderToo()
    {
        const qint64 oldest = m_backups.at(0);
        {
            BackupsInUse::Hold hold(oldest, dbPath());
            QVERIFY(hold.isShared());
            QCOMPARE(holdFiles(), 1);
            QCOMPARE(doomed(), QList<qint64> { m_backups.at(1) });
        }
        QCOMPARE(holdFiles(), 0);
        QVERIFY(!BackupsInUse::contains(oldest, dbPath()));
    }
};

QTEST_GUILESS_MAIN(TestBackupsInUse)
#include "tst_backupsinuse.moc"
