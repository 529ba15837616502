// What the job wizard and progress displays read from the store: whether a client's recovery kit
// was saved after its encryption key was made (the wizard asks for the kit until then), and the
// source size of a job's last good backup (the expected size for "% of" and the time left).
#include "store/ClientKeyRepository.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestKeysAndSizes final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_client = 0;
    qint64 m_other = 0;
    qint64 m_job = 0;

    qint64 addRun(const QString &status, qint64 bytesSource, const QString &kind = QStringLiteral("backup"))
    {
        Run run;
        run.jobId = m_job;
        run.kind = kind;
        run.status = status;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.bytesSource = bytesSource;
        StoreError error;
        const qint64 id = RunRepository(m_db).insert(run, &error);
        if (!id)
            qWarning("%s", qPrintable(error.message));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("keys.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_client = ClientRepository(m_db).add(QStringLiteral("Acme"), QString(), &error);
        m_other = ClientRepository(m_db).add(QStringLiteral("Other"), QString(), &error);
        QVERIFY(m_client && m_other);
        Server server;
        server.clientId = m_client;
        server.name = QStringLiteral("web1");
        server.host = QStringLiteral("web1.example.com");
        server.username = QStringLiteral("backup");
        const qint64 serverId = ServerRepository(m_db).insert(server, &error);
        StorageTarget target;
        target.clientId = m_client;
        target.name = QStringLiteral("bucket");
        target.provider = QStringLiteral("minio");
        target.endpoint = QStringLiteral("http://127.0.0.1:9000");
        target.region = QStringLiteral("us-east-1");
        target.bucket = QStringLiteral("b");
        target.accessKeyId = QStringLiteral("AKIA");
        target.secretRef = QStringLiteral("storage/a");
        const qint64 storageId = StorageRepository(m_db).insert(target, &error);
        QVERIFY2(serverId && storageId, qPrintable(error.message));
        Job job;
        job.clientId = m_client;
        job.name = QStringLiteral("nightly");
        job.serverId = serverId;
        job.storageId = storageId;
        job.kind = QStringLiteral("files");
        m_job = JobRepository(m_db).insert(job, &error);
        QVERIFY2(m_job, qPrintable(error.message));
    }

    void kitIsAskedForUntilSaved()
    {
        ClientKeyRepository keys(m_db);
        StoreError error;
        // A kit saved before there is a key does not hold it.
        QVERIFY(keys.insertIntegrityKey(m_client, QStringLiteral("ref/integrity-a"), &error));
        QVERIFY(keys.insertIntegrityKey(m_other, QStringLiteral("ref/integrity-b"), &error));
        QVERIFY(keys.markKitSaved({ m_client }).ok());
        QVERIFY(!keys.find(m_client)->kitSavedAt.isValid());
        QVERIFY(!keys.find(m_client)->needsRecoveryKit()); // no key: nothing to save

        QVERIFY(keys.setEncryptionKey(m_client, QStringLiteral("PEM a"), QStringLiteral("SHA256:a"),
                        QStringLiteral("ref/private-a"))
                    .ok());
        QVERIFY(keys.setEncryptionKey(m_other, QStringLiteral("PEM b"), QStringLiteral("SHA256:b"), QString())
                    .ok());
        const auto made = keys.find(m_client);
        QVERIFY(made->keyCreatedAt.isValid());
        QVERIFY(made->needsRecoveryKit());
        // A public key only: Cairn holds no private key a kit could keep.
        QVERIFY(!keys.find(m_other)->needsRecoveryKit());

        // A kit of another client leaves this one asking.
        QVERIFY(keys.markKitSaved({ m_other }).ok());
        QVERIFY(keys.find(m_client)->needsRecoveryKit());
        QVERIFY(keys.find(m_other)->kitSavedAt.isValid());
        QVERIFY(keys.markKitSaved({ m_client }).ok());
        QVERIFY(!keys.find(m_client)->needsRecoveryKit());

        // A kit saved before the key was made does not hold it: asked again.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE client_keys SET kit_saved_at = key_created_at - 10")));
        QVERIFY(keys.find(m_client)->needsRecoveryKit());
        // An empty list means every client (a kit of all clients).
        QVERIFY(keys.markKitSaved({}).ok());
        QVERIFY(!keys.find(m_client)->needsRecoveryKit());
    }

    void expectedSizeIsTheLastGoodBackup()
    {
        RunRepository runs(m_db);
        QCOMPARE(runs.lastGoodSourceBytes(m_job), qint64(0)); // never ran
        QVERIFY(addRun(QStringLiteral("failed"), 999));
        QVERIFY(addRun(QStringLiteral("cancelled"), 777));
        QCOMPARE(runs.lastGoodSourceBytes(m_job), qint64(0));
        QVERIFY(addRun(QStringLiteral("succeeded"), 1000));
        QCOMPARE(runs.lastGoodSourceBytes(m_job), qint64(1000));
        QVERIFY(addRun(QStringLiteral("warning"), 1500)); // complete, with files that changed
        QCOMPARE(runs.lastGoodSourceBytes(m_job), qint64(1500));
        // Later failures, restores and verifies do not replace it.
        QVERIFY(addRun(QStringLiteral("failed"), 5));
        QVERIFY(addRun(QStringLiteral("succeeded"), 42, QStringLiteral("restore")));
        QVERIFY(addRun(QStringLiteral("running"), 0));
        QCOMPARE(runs.lastGoodSourceBytes(m_job), qint64(1500));
        QCOMPARE(runs.lastGoodSourceBytes(m_job + 1000), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestKeysAndSizes)
#include "tst_keysandsizes.moc"
