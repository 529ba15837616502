// StorageTargetStore against the real keychain (the keyring session of the test run): nothing is
// ever half-saved. The secret is written first, the row second, and a failed insert takes the
// secret back out; removal deletes the row (refused while jobs use it) and then the secret.
#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "storage/StorageTargetStore.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

const QString Service = QStringLiteral("org.cairnbackup.Cairn.tests.storage");

template <typename Job> Job *finish(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    if (!job->isFinished() || spy.isEmpty())
        spy.wait(20000);
    return job;
}

SecretJob *finishSecret(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(20000);
    return job;
}

} // namespace

class TestStorageTargetStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::shared_ptr<Database> m_db;
    qint64 m_client = 0;

    StorageTarget target(const QString &name) const
    {
        StorageTarget t;
        t.clientId = m_client;
        t.name = name;
        t.provider = QStringLiteral("custom");
        t.endpoint = QStringLiteral("http://127.0.0.1:9000");
        t.region = QStringLiteral("us-east-1");
        t.bucket = QStringLiteral("bucket");
        t.prefix = QStringLiteral("acme/");
        t.accessKeyId = QStringLiteral("AKIAEXAMPLE");
        t.addressing = QStringLiteral("path");
        return t;
    }

    SecretJob::Status keychainStatus(const QString &reference)
    {
        SecretStore keychain(Service, nullptr);
        SecretJob *job = finishSecret(keychain.read(reference));
        return job->status();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
    }

    void init()
    {
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_client = ClientRepository(m_db).add(QStringLiteral("Acme"), QString(), &error);
        QVERIFY(m_client);
    }

    void addThenRemove()
    {
        StorageTargetStore store(m_db, Service, nullptr);
        const QByteArray secret("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        StorageTargetJob *add = finish(store.add(target(QStringLiteral("Offsite")), SecureBytes(secret)));
        QVERIFY2(add->ok(), qPrintable(add->errorString()));
        const StorageTarget saved = add->target();
        QVERIFY(saved.id > 0);
        QVERIFY(saved.secretRef.startsWith(QLatin1String("storage/")));
        QCOMPARE(saved.clientName, QStringLiteral("Acme"));
        QCOMPARE(StorageRepository(m_db).findById(saved.id)->secretRef, saved.secretRef);

        SecretJob *read = finishSecret(store.readSecret(saved));
        QVERIFY2(read->ok(), qPrintable(read->errorString()));
        QCOMPARE(read->takeData().view(), QByteArrayView(secret));

        StorageTargetJob *remove = finish(store.remove(saved));
        QVERIFY2(remove->ok(), qPrintable(remove->errorString()));
        QVERIFY(!remove->secretWasAlreadyGone());
        QVERIFY(remove->keychainProblem().isEmpty());
        QVERIFY(!StorageRepository(m_db).findById(saved.id));
        QCOMPARE(keychainStatus(saved.secretRef), SecretJob::Status::NotFound);

        const QList<AuditEntry> audit = AuditLog(m_db).entries(m_client);
        QCOMPARE(audit.size(), 3); // client.add, storage.add, storage.remove (newest first)
        QCOMPARE(audit.at(0).action, QStringLiteral("storage.remove"));
        QCOMPARE(audit.at(1).action, QStringLiteral("storage.add"));
        QVERIFY(audit.at(1).object.startsWith(QLatin1String("Offsite")));
        QVERIFY(!audit.at(1).object.contains(QLatin1String("wJalr")));
        QVERIFY(AuditLog(m_db).verify().intact);
    }

    void failedInsertTakesTheSecretBack()
    {
        // The database refuses every insert from now on, after the secret was written.
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER no_storage BEFORE INSERT ON storage_targets "
                                            "BEGIN SELECT RAISE(ABORT, 'disk is full'); END")));
        StorageTargetStore store(m_db, Service, nullptr);
        StorageTargetJob *add
            = finish(store.add(target(QStringLiteral("Offsite")), SecureBytes(QByteArrayView("s3cr3t"))));
        QVERIFY(!add->ok());
        QVERIFY2(add->errorString().contains(QLatin1String("disk is full")), qPrintable(add->errorString()));
        QVERIFY(add->keychainProblem().isEmpty());
        QVERIFY(add->secretReference().startsWith(QLatin1String("storage/")));
        QCOMPARE(keychainStatus(add->secretReference()), SecretJob::Status::NotFound);
        QCOMPARE(StorageRepository(m_db).list(0).size(), 0);
        QCOMPARE(AuditLog(m_db).entries(m_client).size(), 1); // only client.add
    }

    void refusedBeforeTheKeychain_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("says");
        QTest::addRow("empty secret") << QStringLiteral("ok") << QByteArray() << QStringLiteral("secret");
        QTest::addRow("bad name") << QStringLiteral("two\nlines") << QByteArray("x")
                                  << QStringLiteral("line");
        QTest::addRow("duplicate name")
            << QStringLiteral("TAKEN") << QByteArray("x") << QStringLiteral("already");
    }

    void refusedBeforeTheKeychain()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, secret);
        QFETCH(QString, says);
        StorageTargetStore store(m_db, Service, nullptr);
        StorageTarget taken = target(QStringLiteral("taken"));
        taken.secretRef = QStringLiteral("storage/not-a-real-entry");
        StoreError error;
        QVERIFY(StorageRepository(m_db).insert(taken, &error));

        StorageTargetJob *add = store.add(target(name), SecureBytes(secret));
        QVERIFY(add->isFinished()); // decided without the keychain ...
        QSignalSpy spy(add, &StorageTargetJob::finished);
        QVERIFY(spy.wait(5000)); // ... and still reported from the event loop
        QVERIFY(!add->ok());
        QVERIFY2(add->errorString().contains(says) && add->errorString().endsWith(QLatin1Char('.')),
            qPrintable(add->errorString()));
        QVERIFY(add->secretReference().isEmpty());
        QCOMPARE(StorageRepository(m_db).list(0).size(), 1);
    }

    void removeRefusedWhileAJobUsesIt()
    {
        StorageTargetStore store(m_db, Service, nullptr);
        StorageTargetJob *add
            = finish(store.add(target(QStringLiteral("t")), SecureBytes(QByteArrayView("k"))));
        QVERIFY(add->ok());
        StoreError error;
        Server server;
        server.clientId = m_client;
        server.name = QStringLiteral("srv");
        server.host = QStringLiteral("h");
        server.username = QStringLiteral("u");
        Job job;
        job.clientId = m_client;
        job.name = QStringLiteral("nightly");
        job.serverId = ServerRepository(m_db).insert(server, &error);
        job.storageId = add->target().id;
        job.kind = QStringLiteral("files");
        const qint64 jobId = JobRepository(m_db).insert(job, &error);
        QVERIFY(jobId);

        StorageTargetJob *remove = finish(store.remove(add->target()));
        QVERIFY(!remove->ok());
        QVERIFY2(remove->errorString().contains(QLatin1String("job")), qPrintable(remove->errorString()));
        // Row and secret both still there.
        QVERIFY(StorageRepository(m_db).findById(add->target().id));
        QCOMPARE(keychainStatus(add->target().secretRef), SecretJob::Status::Ok);

        QSqlQuery drop(m_db->connection());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM jobs")));
        QVERIFY(finish(store.remove(add->target()))->ok());
    }

    void removeSaysWhenTheSecretWasAlreadyGone()
    {
        StorageTargetStore store(m_db, Service, nullptr);
        StorageTargetJob *add
            = finish(store.add(target(QStringLiteral("t")), SecureBytes(QByteArrayView("k"))));
        QVERIFY(add->ok());
        SecretStore keychain(Service, nullptr);
        QVERIFY(finishSecret(keychain.remove(add->target().secretRef))->ok());

        StorageTargetJob *remove = finish(store.remove(add->target()));
        QVERIFY2(remove->ok(), qPrintable(remove->errorString()));
        QVERIFY(remove->secretWasAlreadyGone());
        QVERIFY(!StorageRepository(m_db).findById(add->target().id));
    }
};

QTEST_GUILESS_MAIN(TestStorageTargetStore)
#include "tst_storagetargetstore.moc"
