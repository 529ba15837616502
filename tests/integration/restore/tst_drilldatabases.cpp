// Restore drills of database backups end to end, against the real MariaDB and PostgreSQL fixtures:
// the backup records each table's rows beside the dump (in the dump's own snapshot for PostgreSQL,
// before and after it for MariaDB), the drill loads the dump into a scratch database, compares the
// tables and drops the scratch database. A manifest whose counts were changed and re-sealed with
// the client's integrity key fails the drill in one sentence; a failing drill also leaves no
// scratch database behind.
#include "DatabasePeers.h"
#include "RestoreTestRun.h"

#include "backup/ClientKeyService.h"
#include "backup/ManifestSeal.h"
#include "backup/TableRowCounts.h"
#include "secrets/SecretStore.h"
#include "store/RestoreRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

QMap<QString, std::optional<qint64>> countsOf(const QByteArray &manifestJson)
{
    QMap<QString, std::optional<qint64>> out;
    const auto counts = TableRowCounts::fromManifest(QJsonDocument::fromJson(manifestJson).object());
    if (counts) {
        for (const TableRowCounts::Table &table : counts->tables)
            out.insert(table.name, table.rows);
    }
    return out;
}

} // namespace

class TestDrillDatabases final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    std::unique_ptr<PeerFixture> m_mariadb;
    std::unique_ptr<PeerFixture> m_postgres;
    SecureBytes m_integrity;
    qint64 m_postgresBackup = 0;
    qint64 m_mariadbTampered = 0;
    qint64 m_postgresTampered = 0;

    QByteArray mariadb(const QString &database, const QString &sql)
    {
        return mariadbSql(*m_mariadb, database, sql.toUtf8());
    }

    QByteArray postgres(const QString &database, const QString &sql)
    {
        return postgresSql(*m_postgres, database, sql.toUtf8());
    }

    QByteArray scratchMariadbDatabases()
    {
        return mariadb(QStringLiteral("mysql"), QStringLiteral("SHOW DATABASES LIKE 'cairn\\_drill\\_%'"));
    }

    QByteArray scratchPostgresDatabases()
    {
        return postgres(QStringLiteral("postgres"),
            QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'cairn\\_drill\\_%'"));
    }

    // A copy of the backup whose manifest says `table` had `rows` rows, sealed again with the
    // client's integrity key, as someone holding the key (or a bug) could write it.
    qint64 insertWithChangedCount(qint64 backupId, const QString &table, qint64 rows)
    {
        BackupRecord record = *BackupRepository(m_bed->database()).find(backupId);
        QJsonObject manifest = QJsonDocument::fromJson(record.manifestJson).object();
        manifest.remove(QStringLiteral("hmac"));
        QJsonObject counts = manifest.value(QStringLiteral("rowCounts")).toObject();
        QJsonArray tables = counts.value(QStringLiteral("tables")).toArray();
        bool changed = false;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            QJsonObject entry = tables.at(i).toObject();
            if (entry.value(QStringLiteral("table")).toString() == table) {
                entry.insert(QStringLiteral("rows"), rows);
                tables.replace(i, entry);
                changed = true;
            }
        }
        if (!changed)
            return 0;
        counts.insert(QStringLiteral("tables"), tables);
        manifest.insert(QStringLiteral("rowCounts"), counts);
        manifest.insert(
            QStringLiteral("hmac"), QString::fromLatin1(ManifestSeal::seal(manifest, m_integrity)));
        record.runId = 0;
        record.manifestJson = QJsonDocument(manifest).toJson();
        record.manifestKey += QStringLiteral(".changed");
        StoreError error;
        const qint64 id = BackupRepository(m_bed->database()).insert(record, &error);
        if (!id)
            qWarning("%s", qPrintable(error.message));
        return id;
    }

    void drillAndTamper(qint64 backupId, const QString &table, qint64 realRows,
        const std::function<QByteArray()> &scratchDatabases, qint64 *tamperedId)
    {
        RestoreRequest request = loadRestore(*m_bed, backupId, 0, RestoreRequest::Mode::Drill);
        QVERIFY2(request.databaseName.startsWith(QStringLiteral("cairn_drill_")),
            qPrintable(request.databaseName));
        const RestoreOutcome done = runRestore(*m_bed, std::move(request));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        QVERIFY2(done.result.message.contains(QStringLiteral("scratch database was dropped")),
            qPrintable(done.result.message));
        QCOMPARE(done.result.tables,
            qint64(countsOf(BackupRepository(m_bed->database()).find(backupId)->manifestJson).size()));
        QCOMPARE(scratchDatabases(), QByteArray());
        QVERIFY(RestoreRepository(m_bed->database()).verification(backupId).drilledAt.isValid());

        // Counts changed in the manifest and sealed again: the seal holds, the drill does not.
        const qint64 tampered = insertWithChangedCount(backupId, table, realRows + 1);
        QVERIFY(tampered);
        *tamperedId = tampered;
        const RestoreOutcome refused
            = runRestore(*m_bed, loadRestore(*m_bed, tampered, 0, RestoreRequest::Mode::Drill));
        QVERIFY(!refused.ok);
        QVERIFY2(
            refused.result.message.contains(
                QStringLiteral("holds %1 rows but the backup recorded %2").arg(realRows).arg(realRows + 1)),
            qPrintable(refused.describe()));
        QCOMPARE(scratchDatabases(), QByteArray());
        QVERIFY(!RestoreRepository(m_bed->database()).verification(tampered).drilledAt.isValid());

        // A drill that fails half-way (the archive does not match the checksum it is given, found
        // after the dump was loaded) drops its scratch database too.
        RestoreRequest broken = loadRestore(*m_bed, backupId, 0, RestoreRequest::Mode::Drill);
        broken.backup.sha256 = QString(64, QLatin1Char('0'));
        const RestoreOutcome failed = runRestore(*m_bed, std::move(broken));
        QVERIFY(!failed.ok);
        QVERIFY2(failed.result.integrityFailed, qPrintable(failed.describe()));
        QCOMPARE(scratchDatabases(), QByteArray());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        // The default keychain service: cairn-cli reads the secrets the test bed stores.
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        if (!startDatabasePeers(m_mariadb, m_postgres))
            QFAIL(qPrintable(PeerFixture::lastError()));
        ClientKeyService keys(m_bed->database(), &m_bed->secrets(), nullptr);
        bool done = false;
        keys.ensureIntegrityKey(m_bed->clientId(), [&](SecureBytes key, const ClientKeyService::Result &) {
            m_integrity = std::move(key);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(m_integrity.size(), ManifestSeal::kKeySize);
    }

    void mariadbDrill()
    {
        const QString db = m_mariadb->value(QStringLiteral("DATABASE"));
        mariadb(db,
            QStringLiteral(
                "CREATE TABLE people (id INT PRIMARY KEY, name TEXT); "
                "INSERT INTO people VALUES (1, 'Ada'), (2, 'O''Brien; DROP TABLE people'), (3, 'x'); "
                "CREATE TABLE `we``ird; $(name)` (id INT); INSERT INTO `we``ird; $(name)` VALUES (1), (2); "
                "CREATE TABLE empty_one (id INT); CREATE VIEW people_view AS SELECT * FROM people;"));
        const JobSpec spec = mariadbSocketJob(*m_mariadb, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("shop db"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        const BackupRecord record = *BackupRepository(m_bed->database()).find(backup.result.backupId);
        const QJsonObject manifest = QJsonDocument::fromJson(record.manifestJson).object();
        QCOMPARE(manifest.value(QStringLiteral("rowCounts"))
                     .toObject()
                     .value(QStringLiteral("consistency"))
                     .toString(),
            QStringLiteral("before-and-after"));
        const auto counts = countsOf(record.manifestJson);
        // Base tables only (no view), named database.table, each counted.
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.value(db + QStringLiteral(".people")), std::optional<qint64>(3));
        QCOMPARE(counts.value(db + QStringLiteral(".we`ird; $(name)")), std::optional<qint64>(2));
        QCOMPARE(counts.value(db + QStringLiteral(".empty_one")), std::optional<qint64>(0));

        drillAndTamper(
            record.id, db + QStringLiteral(".people"), 3, [this] { return scratchMariadbDatabases(); },
            &m_mariadbTampered);
    }

    void postgresDrill()
    {
        const QString db = m_postgres->value(QStringLiteral("DATABASE"));
        postgres(db,
            QStringLiteral("CREATE TABLE people (id INT PRIMARY KEY, name TEXT); "
                           "INSERT INTO people VALUES (1, 'Grace'), (2, 'O''Brien; DROP TABLE people'); "
                           "CREATE SCHEMA \"odd schema\"; "
                           "CREATE TABLE \"odd schema\".\"we ird\nname\" (id INT); "
                           "INSERT INTO \"odd schema\".\"we ird\nname\" SELECT generate_series(1, 1000); "
                           "CREATE TABLE empty_one (id INT);"));
        const JobSpec spec = postgresSocketJob(*m_postgres, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("crm"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        const BackupRecord record = *BackupRepository(m_bed->database()).find(backup.result.backupId);
        const QJsonObject manifest = QJsonDocument::fromJson(record.manifestJson).object();
        QCOMPARE(manifest.value(QStringLiteral("rowCounts"))
                     .toObject()
                     .value(QStringLiteral("consistency"))
                     .toString(),
            QStringLiteral("snapshot"));
        const auto counts = countsOf(record.manifestJson);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.value(QStringLiteral("public.people")), std::optional<qint64>(2));
        QCOMPARE(counts.value(QStringLiteral("odd schema.we ird\nname")), std::optional<qint64>(1000));
        QCOMPARE(counts.value(QStringLiteral("public.empty_one")), std::optional<qint64>(0));

        drillAndTamper(
            record.id, QStringLiteral("odd schema.we ird\nname"), 1000,
            [this] { return scratchPostgresDatabases(); }, &m_postgresTampered);
        m_postgresBackup = record.id;
    }

    // cairn-cli verify BACKUP --drill --server S, as a script or a cron job runs it.
    void cliDrillsADatabaseBackup()
    {
        QVERIFY(m_postgresBackup && m_postgresTampered);
        const CliResult ok = m_bed->cli({ QStringLiteral("verify"), QString::number(m_postgresBackup),
            QStringLiteral("--drill"), QStringLiteral("--server"), m_bed->serverName() });
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.out.contains("scratch database was dropped"), ok.out.constData());

        const CliResult refused = m_bed->cli({ QStringLiteral("verify"), QString::number(m_postgresTampered),
            QStringLiteral("--drill"), QStringLiteral("--server"), m_bed->serverName() });
        QCOMPARE(refused.exitCode, 1);
        const QByteArray sentence = refused.err.trimmed();
        QVERIFY2(sentence.contains("holds 1000 rows but the backup recorded 1001") && !sentence.contains('\n')
                && sentence.endsWith('.'),
            refused.err.constData());
        QCOMPARE(scratchPostgresDatabases(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestDrillDatabases)
#include "tst_drilldatabases.moc"
