// StorageRepository over a real SQLite file: find by name within a client and across clients,
// the addressing style round trip, and removal refused while jobs use a target.
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestStorageRepository final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::shared_ptr<Database> m_db;
    qint64 m_a = 0;
    qint64 m_b = 0;

    StorageTarget target(qint64 clientId, const QString &name, const QString &ref)
    {
        StorageTarget t;
        t.clientId = clientId;
        t.name = name;
        t.provider = QStringLiteral("custom");
        t.endpoint = QStringLiteral("http://127.0.0.1:9000");
        t.region = QStringLiteral("us-east-1");
        t.bucket = QStringLiteral("bucket");
        t.prefix = QStringLiteral("p/");
        t.accessKeyId = QStringLiteral("AKIA");
        t.secretRef = ref;
        return t;
    }

private Q_SLOTS:
    void init()
    {
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        ClientRepository clients(m_db);
        m_a = clients.add(QStringLiteral("A"), QString(), &error);
        m_b = clients.add(QStringLiteral("B"), QString(), &error);
        QVERIFY(m_a && m_b);
    }

    void findWithinAndAcrossClients()
    {
        StorageRepository repo(m_db);
        StoreError error;
        StorageTarget a = target(m_a, QStringLiteral("Offsite"), QStringLiteral("storage/1"));
        a.addressing = QStringLiteral("virtual");
        const qint64 idA = repo.insert(a, &error);
        QVERIFY2(idA, qPrintable(error.message));
        QVERIFY(repo.insert(target(m_b, QStringLiteral("offsite"), QStringLiteral("storage/2")), &error));
        QVERIFY(repo.insert(target(m_b, QStringLiteral("other"), QStringLiteral("storage/3")), &error));

        const auto found = repo.find(m_a, QStringLiteral("OFFSITE"));
        QVERIFY(found);
        QCOMPARE(found->id, idA);
        QCOMPARE(found->clientName, QStringLiteral("A"));
        QCOMPARE(found->addressing, QStringLiteral("virtual"));
        QCOMPARE(found->secretRef, QStringLiteral("storage/1"));
        QCOMPARE(repo.find(m_b, QStringLiteral("Offsite"))->secretRef, QStringLiteral("storage/2"));
        QVERIFY(!repo.find(m_a, QStringLiteral("other")));
        QCOMPARE(repo.findByName(QStringLiteral("offsite")).size(), 2);
        QCOMPARE(repo.findByName(QStringLiteral("other")).size(), 1);
        QCOMPARE(repo.findByName(QStringLiteral("'; DROP TABLE storage_targets; --")).size(), 0);
        QCOMPARE(repo.findById(idA)->name, QStringLiteral("Offsite"));
        QVERIFY(!repo.findById(idA + 100));
        QCOMPARE(repo.list(m_b).size(), 2);
        QCOMPARE(repo.list(0).size(), 3);
        // Default addressing when the caller leaves it alone.
        QCOMPARE(repo.find(m_b, QStringLiteral("other"))->addressing, QStringLiteral("path"));
        // The same name twice in one client is refused by the database too.
        QCOMPARE(repo.insert(target(m_a, QStringLiteral("offSITE"), QStringLiteral("storage/4")), &error), 0);
        QVERIFY(error.message.endsWith(QLatin1Char(')')) || error.message.endsWith(QLatin1Char('.')));
    }

    void removeRefusedWhileJobsUseIt()
    {
        StorageRepository repo(m_db);
        StoreError error;
        const qint64 id = repo.insert(target(m_a, QStringLiteral("t"), QStringLiteral("storage/x")), &error);
        Server server;
        server.clientId = m_a;
        server.name = QStringLiteral("srv");
        server.host = QStringLiteral("h");
        server.username = QStringLiteral("u");
        Job job;
        job.clientId = m_a;
        job.name = QStringLiteral("nightly");
        job.serverId = ServerRepository(m_db).insert(server, &error);
        job.storageId = id;
        job.kind = QStringLiteral("files");
        const qint64 jobId = JobRepository(m_db).insert(job, &error);
        QVERIFY2(jobId, qPrintable(error.message));

        QCOMPARE(repo.jobCount(id), 1);
        const StoreError refused = repo.remove(id);
        QVERIFY(refused);
        QVERIFY2(refused.message.contains(QLatin1String("used by a job")), qPrintable(refused.message));
        QVERIFY(repo.findById(id));

        const qint64 other
            = repo.insert(target(m_a, QStringLiteral("u"), QStringLiteral("storage/y")), &error);
        QVERIFY(!repo.remove(other));
        QVERIFY(!repo.findById(other));
        const StoreError again = repo.remove(other);
        QVERIFY(again);
        QVERIFY(again.message.endsWith(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TestStorageRepository)
#include "tst_storagerepository.moc"
