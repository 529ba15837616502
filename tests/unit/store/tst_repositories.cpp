// Repositories over a real SQLite file: clients, cross-client refusal, paging of run history.
#include "security/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestRepositories final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    std::shared_ptr<Database> freshDatabase(const QString &name)
    {
        StoreError error;
        auto db = Database::open(m_dir.filePath(name), &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

private Q_SLOTS:
    void clientNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << QStringLiteral("Acme GmbH") << true;
        QTest::addRow("quotes and dollar") << QStringLiteral("O'Brien \"&\" $(rm -rf /)") << true;
        QTest::addRow("leading dash") << QStringLiteral("--force") << true;
        QTest::addRow("unicode rtl") << QStringLiteral("شركة Müller 東京") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("spaces only") << QStringLiteral("   ") << false;
        QTest::addRow("newline") << QStringLiteral("a\nb") << false;
        QTest::addRow("escape") << QStringLiteral("a\x1b[31mred") << false;
        QTest::addRow("too long") << QString(101, QLatin1Char('x')) << false;
    }

    void clientNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ClientRepository::validateName(name).isEmpty(), valid);
        auto db = freshDatabase(QStringLiteral("names-%1.sqlite")
                                    .arg(QString::fromUtf8(QTest::currentDataTag()))
                                    .replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(db);
        ClientRepository clients(db);
        StoreError error;
        const qint64 id = clients.add(name, QString(), &error);
        QCOMPARE(id != 0, valid);
        QCOMPARE(error.ok(), valid);
        QCOMPARE(clients.list().size(), valid ? 1 : 0);
        if (valid)
            QCOMPARE(clients.find(name)->name, name.trimmed());
    }

    void duplicateNamesIgnoreCase()
    {
        auto db = freshDatabase(QStringLiteral("dup.sqlite"));
        ClientRepository clients(db);
        StoreError error;
        QVERIFY(clients.add(QStringLiteral("Acme"), QString(), &error));
        QVERIFY(!clients.add(QStringLiteral("ACME "), QString(), &error));
        QVERIFY2(error.message.contains(QLatin1String("already exists")), qPrintable(error.message));
        QCOMPARE(clients.list().size(), 1);
    }

    void removeRefusesWhileInUse()
    {
        auto db = freshDatabase(QStringLiteral("remove.sqlite"));
        ClientRepository clients(db);
        StoreError error;
        const qint64 acme = clients.add(QStringLiteral("Acme"), QString(), &error);
        Server server;
        server.clientId = acme;
        server.name = QStringLiteral("web1");
        server.host = QStringLiteral("web1.example.com");
        server.username = QStringLiteral("backup");
        QVERIFY(ServerRepository(db).insert(server, &error));

        const StoreError refused = clients.remove(QStringLiteral("acme"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message.contains(QLatin1String("1 server")), qPrintable(refused.message));
        QCOMPARE(clients.list().size(), 1);
        QCOMPARE(ServerRepository(db).list(0).size(), 1);

        QVERIFY(!clients.remove(QStringLiteral("nobody")).ok());
        QVERIFY(clients.add(QStringLiteral("Empty Ltd"), QString(), &error));
        QVERIFY(clients.remove(QStringLiteral("empty ltd")).ok());
        QCOMPARE(clients.list().size(), 1);

        // Every change is in the audit log, and the chain holds.
        const QList<AuditEntry> audit = AuditLog(db).entries();
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).action, QStringLiteral("client.remove"));
        QCOMPARE(audit.at(0).object, QStringLiteral("Empty Ltd"));
        QCOMPARE(audit.at(2).action, QStringLiteral("client.add"));
        QVERIFY(AuditLog(db).verify().intact);
    }

    void jobsStayWithinTheirClient()
    {
        auto db = freshDatabase(QStringLiteral("cross.sqlite"));
        ClientRepository clients(db);
        StoreError error;
        const qint64 a = clients.add(QStringLiteral("A"), QString(), &error);
        const qint64 b = clients.add(QStringLiteral("B"), QString(), &error);
        Server server;
        server.clientId = a;
        server.name = QStringLiteral("srv");
        server.host = QStringLiteral("h");
        server.username = QStringLiteral("u");
        const qint64 serverA = ServerRepository(db).insert(server, &error);
        StorageTarget target;
        target.name = QStringLiteral("bucket");
        target.provider = QStringLiteral("minio");
        target.endpoint = QStringLiteral("http://127.0.0.1:9000");
        target.region = QStringLiteral("us-east-1");
        target.bucket = QStringLiteral("b");
        target.accessKeyId = QStringLiteral("AKIA");
        target.clientId = a;
        target.secretRef = QStringLiteral("storage/a");
        const qint64 storageA = StorageRepository(db).insert(target, &error);
        target.clientId = b;
        target.secretRef = QStringLiteral("storage/b");
        const qint64 storageB = StorageRepository(db).insert(target, &error);
        QVERIFY(serverA && storageA && storageB);

        JobRepository jobs(db);
        Job job;
        job.clientId = a;
        job.name = QStringLiteral("nightly");
        job.serverId = serverA;
        job.storageId = storageB;
        job.kind = QStringLiteral("files");
        QCOMPARE(jobs.insert(job, &error), 0);
        QVERIFY2(error.message.contains(QLatin1String("another client")), qPrintable(error.message));
        QCOMPARE(jobs.list(0).size(), 0);

        job.storageId = storageA;
        QVERIFY2(jobs.insert(job, &error), qPrintable(error.message));
        QCOMPARE(jobs.list(a).size(), 1);
        QCOMPARE(jobs.list(b).size(), 0);
        QCOMPARE(jobs.list(a).first().storageName, QStringLiteral("bucket"));
    }

    void runHistoryPages()
    {
        auto db = freshDatabase(QStringLiteral("runs.sqlite"));
        StoreError error;
        const qint64 a = ClientRepository(db).add(QStringLiteral("A"), QString(), &error);
        Server server;
        server.clientId = a;
        server.name = QStringLiteral("srv");
        server.host = QStringLiteral("h");
        server.username = QStringLiteral("u");
        StorageTarget target;
        target.clientId = a;
        target.name = QStringLiteral("t");
        target.provider = QStringLiteral("aws");
        target.endpoint = QStringLiteral("https://s3.amazonaws.com");
        target.region = QStringLiteral("eu-central-1");
        target.bucket = QStringLiteral("b");
        target.accessKeyId = QStringLiteral("AKIA");
        target.secretRef = QStringLiteral("storage/x");
        Job job;
        job.clientId = a;
        job.name = QStringLiteral("j");
        job.serverId = ServerRepository(db).insert(server, &error);
        job.storageId = StorageRepository(db).insert(target, &error);
        job.kind = QStringLiteral("files");
        const qint64 jobId = JobRepository(db).insert(job, &error);
        QVERIFY(jobId);

        RunRepository runs(db);
        const QDateTime base = QDateTime::fromSecsSinceEpoch(1'700'000'000);
        for (int i = 0; i < 25; ++i) {
            Run run;
            run.jobId = jobId;
            run.status = i % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("succeeded");
            run.startedAt = base.addSecs(i * 3600);
            run.finishedAt = run.startedAt.addSecs(60);
            QVERIFY(runs.insert(run, &error));
        }
        QCOMPARE(runs.count(a), 25);
        const QList<Run> first = runs.recent(a, 10, 0);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.first().startedAt, base.addSecs(24 * 3600));
        const QList<Run> last = runs.recent(0, 10, 20);
        QCOMPARE(last.size(), 5);
        QCOMPARE(last.last().startedAt, base);
        QCOMPARE(last.last().status, QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
