// Database restores end to end: a MariaDB dump and a PostgreSQL custom-format dump are backed up,
// then restored through RunManager into a new database on the same server; the tables' checksums
// must be identical, an existing database name is refused, and the original is never touched.
#include "DatabasePeers.h"
#include "RestoreTestRun.h"

#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestRestoreDatabases final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    std::unique_ptr<PeerFixture> m_mariadb;
    std::unique_ptr<PeerFixture> m_postgres;

    QByteArray mariadb(const QString &database, const QString &sql)
    {
        return mariadbSql(*m_mariadb, database, sql.toUtf8());
    }

    QByteArray postgres(const QString &database, const QString &sql)
    {
        return postgresSql(*m_postgres, database, sql.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start();
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        if (!startDatabasePeers(m_mariadb, m_postgres))
            QFAIL(qPrintable(PeerFixture::lastError()));
    }

    void mariadbRoundTrip()
    {
        const QString db = m_mariadb->value(QStringLiteral("DATABASE"));
        mariadb(db,
            QStringLiteral("CREATE TABLE people (id INT PRIMARY KEY, name TEXT, photo BLOB); "
                           "INSERT INTO people VALUES (1, 'Ada Lovelace', UNHEX('00FF10')), "
                           "(2, 'O''Brien; DROP TABLE people', NULL), (3, 'USE `x`;', 'tab\\there');"));
        const JobSpec spec = mariadbSocketJob(*m_mariadb, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("shop db"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        RestoreRequest request
            = loadRestore(*m_bed, backup.result.backupId, 0, RestoreRequest::Mode::Database);
        QCOMPARE(request.sourceDatabase, db);
        request.databaseName = QStringLiteral("shop restored");
        const RestoreOutcome done = runRestore(*m_bed, std::move(request));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        QCOMPARE(done.result.restoredTo, QStringLiteral("shop restored"));
        const QByteArray original = mariadb(db, QStringLiteral("CHECKSUM TABLE people EXTENDED"));
        const QByteArray restored
            = mariadb(QStringLiteral("shop restored"), QStringLiteral("CHECKSUM TABLE people EXTENDED"));
        QVERIFY(!original.isEmpty());
        QCOMPARE(restored.split('\t').value(1), original.split('\t').value(1));
        QCOMPARE(mariadb(QStringLiteral("shop restored"), QStringLiteral("SELECT COUNT(*) FROM people")),
            QByteArray("3\n"));

        // The original's name is refused, and the original is left as it was.
        RestoreRequest again = loadRestore(*m_bed, backup.result.backupId, 0, RestoreRequest::Mode::Database);
        again.databaseName = db;
        const RestoreOutcome refused = runRestore(*m_bed, std::move(again));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.result.message.contains(QStringLiteral("already exists")),
            qPrintable(refused.result.message));
        QCOMPARE(mariadb(db, QStringLiteral("CHECKSUM TABLE people EXTENDED")), original);
    }

    void postgresRoundTrip()
    {
        const QString db = m_postgres->value(QStringLiteral("DATABASE"));
        postgres(db,
            QStringLiteral("CREATE TABLE people (id INT PRIMARY KEY, name TEXT, photo BYTEA); "
                           "INSERT INTO people VALUES (1, 'Grace Hopper', '\\x00ff10'), "
                           "(2, 'O''Brien; DROP TABLE people', NULL);"));
        const JobSpec spec = postgresSocketJob(*m_postgres, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("crm"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        RestoreRequest request
            = loadRestore(*m_bed, backup.result.backupId, 0, RestoreRequest::Mode::Database);
        request.databaseName = QStringLiteral("crm-restored");
        const RestoreOutcome done = runRestore(*m_bed, std::move(request));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        const QString checksum
            = QStringLiteral("SELECT md5(string_agg(p::text, '|' ORDER BY id)) FROM people p");
        const QByteArray original = postgres(db, checksum);
        QVERIFY(original.size() == 33);
        QCOMPARE(postgres(QStringLiteral("crm-restored"), checksum), original);
    }
};

QTEST_GUILESS_MAIN(TestRestoreDatabases)
#include "tst_restoredatabases.moc"
