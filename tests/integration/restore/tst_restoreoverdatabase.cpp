// Restores over the original database, end to end against real MariaDB and PostgreSQL: the dump
// is loaded into a staging database first and only then replaces the original. Database, table and
// data carry hostile text (quotes, `$(...)`, newlines, non-UTF-8 bytes). After a restore the
// tables' checksums are the backup-time ones and a table added since is gone; a corrupted archive,
// a missing confirmation, a session on the original or a role the dump needs that no longer
// exists each fail with one sentence and leave the original exactly as it was; no staging or old
// database is ever left behind.
#include "DatabasePeers.h"
#include "RestoreTestRun.h"

#include "backup/RunManager.h"
#include "restore/RestoreRun.h"
#include "restore/RestoreTarget.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

const QString kPwned = QStringLiteral("/tmp/cairn-overdb-pwned");

} // namespace

class TestRestoreOverDatabase final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    std::unique_ptr<PeerFixture> m_mariadb;
    std::unique_ptr<PeerFixture> m_postgres;

    // SQL through stdin, never argv: the names hold quotes and `$(...)`.
    QByteArray mariadb(const QString &database, const QByteArray &sql, bool *ok = nullptr)
    {
        return mariadbSql(*m_mariadb, database, sql, ok);
    }

    QByteArray postgres(const QString &database, const QByteArray &sql, bool *ok = nullptr)
    {
        return postgresSql(*m_postgres, database, sql, ok);
    }

    // Every table's checksum (and the list of tables), as one comparable text.
    QByteArray mariadbState(const QString &db)
    {
        const QByteArray tables = mariadb(db,
            "SELECT CONCAT('CHECKSUM TABLE `', REPLACE(TABLE_NAME, '`', '``'), '` EXTENDED;') FROM "
            "information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' "
            "ORDER BY TABLE_NAME");
        QByteArray state = mariadb(db, tables);
        // CHECKSUM TABLE names the table as db.table; the view's rows show it still works.
        state += mariadb(db, "SELECT COUNT(*) FROM `odd view`;");
        return state;
    }

    QByteArray postgresState(const QString &db)
    {
        return postgres(db,
            "SELECT format('SELECT %L || '':'' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), "
            "'''') "
            "|| '':'' || pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = %L::regclass)) FROM "
            "%I.%I t', "
            "c.relname, format('%I.%I', n.nspname, c.relname), n.nspname, c.relname) FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER "
            "BY "
            "c.relname \\gexec\n"
            "SELECT count(*) FROM \"odd view\";\n"
            "SELECT pg_get_userbyid(datdba), datacl FROM pg_database WHERE datname = current_database();\n");
    }

    QByteArray leftoverMariadb()
    {
        return mariadb(QString(),
            "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE "
            "'cairn\\_restore\\_%' "
            "OR SCHEMA_NAME LIKE 'cairn\\_old\\_%';");
    }

    QByteArray leftoverPostgres()
    {
        return postgres(QStringLiteral("postgres"),
            "SELECT datname FROM pg_database WHERE datname LIKE 'cairn\\_restore\\_%' OR datname LIKE "
            "'cairn\\_old\\_%';");
    }

    // Flips bytes in the middle of the archive in the bucket; returns the original file to put back.
    QString corrupt(const QString &objectKey, const QString &name)
    {
        const QString original = m_bed->download(objectKey, name + QStringLiteral(".orig"));
        if (original.isEmpty())
            return {};
        QFile in(original);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = in.readAll();
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 16 && i < bytes.size(); ++i)
            bytes[i] = char(bytes.at(i) ^ 0x5a);
        const QString bad = m_bed->path(name + QStringLiteral(".bad"));
        QFile out(bad);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        out.close();
        return put(objectKey, bad) ? original : QString();
    }

    bool put(const QString &objectKey, const QString &file)
    {
        const TestProcess::Result r = m_bed->s3().aws(
            { QStringLiteral("put-object"), QStringLiteral("--bucket"), m_bed->s3().target().bucket,
                QStringLiteral("--key"), objectKey, QStringLiteral("--body"), file });
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    RestoreRequest overOriginal(qint64 backupId, const QString &confirmation)
    {
        RestoreRequest request = loadRestore(*m_bed, backupId, 0, RestoreRequest::Mode::Database);
        const QString problem = RestoreTarget::setOverOriginalDatabase(request, confirmation);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return request;
    }

    // Restores over the original while `session` (a database client, started and connected to the
    // original) stays open, then ends the session: refused with the one-session sentence.
    void expectRefusedWhileConnected(QProcess &session, qint64 backupId, const QString &db)
    {
        QVERIFY(session.waitForStarted());
        session.write("SELECT 'connected';\n");
        QVERIFY(session.waitForReadyRead(30000));
        const RestoreOutcome busy = runRestore(*m_bed, overOriginal(backupId, m_bed->serverName()));
        session.closeWriteChannel();
        QVERIFY(session.waitForFinished(30000));
        QVERIFY(!busy.ok);
        QVERIFY2(
            busy.result.message.contains(QStringLiteral("1 session is using database %1 on web 1; stop the "
                                                        "application that uses it and restore again")
                                             .arg(db)),
            qPrintable(busy.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        QFile::remove(kPwned);
        // The default keychain service: cairn-cli reads it.
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        if (!startDatabasePeers(m_mariadb, m_postgres))
            QFAIL(qPrintable(PeerFixture::lastError()));
    }

    void cleanupTestCase() { QVERIFY2(!QFile::exists(kPwned), "a name or a value was run as a command"); }

    void validateNeedsConfirmationAndTheOriginal()
    {
        RestoreRequest r;
        r.mode = RestoreRequest::Mode::Database;
        r.backup.kind = QStringLiteral("postgres");
        r.backup.state = QStringLiteral("complete");
        r.backup.sha256 = QString(64, QLatin1Char('a'));
        r.backup.objectKey = QStringLiteral("k");
        r.serverName = QStringLiteral("db 1");
        r.sourceDatabase = QStringLiteral("shop");
        QVERIFY(RestoreTarget::setOverOriginalDatabase(r, QStringLiteral("db")).isEmpty());
        QCOMPARE(r.databaseName, QStringLiteral("shop"));
        QVERIFY(RestoreRun::validate(r).contains(QStringLiteral("type the server's name (db 1)")));
        r.confirmation = QStringLiteral("db 1");
        QCOMPARE(RestoreRun::validate(r), QString());
        r.databaseName = QStringLiteral("other");
        QVERIFY(RestoreRun::validate(r).contains(QStringLiteral("only over the one the backup was made of")));
        r.sourceDatabase.clear();
        QVERIFY(!RestoreTarget::setOverOriginalDatabase(r, QStringLiteral("db 1")).isEmpty());
    }

    void mariadbOverOriginal()
    {
        const QString db = QStringLiteral("shop 'db' \"$(touch %1)\"").arg(kPwned);
        const QByteArray quotedDb = "`shop 'db' \"$(touch " + kPwned.toUtf8() + ")\"`";
        bool ok = false;
        mariadb(QString(), "CREATE DATABASE " + quotedDb + " CHARACTER SET latin1 COLLATE latin1_swedish_ci;",
            &ok);
        QVERIFY(ok);
        mariadb(db,
            "CREATE TABLE `it's \"odd\" $(touch " + kPwned.toUtf8()
                + ")` (id INT PRIMARY KEY, name TEXT, photo BLOB);\n"
                  "INSERT INTO `it's \"odd\" $(touch "
                + kPwned.toUtf8() + ")` VALUES (1, 'O''Brien; DROP TABLE x; $(touch " + kPwned.toUtf8()
                + ")', UNHEX('00FFFE80')), (2, 'line one\\nline two', NULL), (3, 'USE `x`;', 'tab\\there');\n"
                  "CREATE VIEW `odd view` AS SELECT id FROM `it's \"odd\" $(touch "
                + kPwned.toUtf8() + ")`;\n",
            &ok);
        QVERIFY(ok);
        const QByteArray atBackup = mariadbState(db);
        QVERIFY(atBackup.contains("\t"));

        const JobSpec spec = mariadbSocketJob(*m_mariadb, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("shop over"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        // The original changes after the backup: rows added and deleted, a table added.
        mariadb(db,
            "INSERT INTO `it's \"odd\" $(touch " + kPwned.toUtf8()
                + ")` VALUES (4, 'new', NULL);\n"
                  "DELETE FROM `it's \"odd\" $(touch "
                + kPwned.toUtf8()
                + ")` WHERE id = 1;\n"
                  "CREATE TABLE added_since (x INT); INSERT INTO added_since VALUES (7);\n",
            &ok);
        QVERIFY(ok);
        const QByteArray changed = mariadbState(db);
        QVERIFY(changed != atBackup);
        QVERIFY(changed.contains("added_since"));

        // Without the typed server name: refused, nothing changes.
        const RestoreOutcome refused
            = runRestore(*m_bed, overOriginal(backup.result.backupId, QStringLiteral("web")));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.result.message.contains(QStringLiteral("type the server's name")),
            qPrintable(refused.result.message));
        QCOMPARE(mariadbState(db), changed);

        // Another connection using the original: refused before the download, the original untouched.
        {
            QProcess session;
            session.start(QStringLiteral("mariadb"),
                { QStringLiteral("--no-defaults"),
                    QStringLiteral("--socket=") + m_mariadb->value(QStringLiteral("SOCKET")),
                    QStringLiteral("--user=") + m_mariadb->value(QStringLiteral("SUPERUSER")),
                    QStringLiteral("--database=") + db, QStringLiteral("--unbuffered"), QStringLiteral("-N"),
                    QStringLiteral("-B") });
            expectRefusedWhileConnected(session, backup.result.backupId, db);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(mariadbState(db), changed);
            QCOMPARE(leftoverMariadb(), QByteArray());
        }

        // A corrupted archive: fails on the checksum, the original is exactly as it was.
        const QString original = corrupt(backup.result.objectKey, QStringLiteral("mariadb"));
        QVERIFY(!original.isEmpty());
        const RestoreOutcome broken
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()));
        QVERIFY(!broken.ok);
        QVERIFY2(broken.result.message.contains(QStringLiteral("does not match the SHA-256")),
            qPrintable(broken.describe()));
        QCOMPARE(broken.result.message.count(QLatin1Char('.')), 1);
        QCOMPARE(mariadbState(db), changed);
        QCOMPARE(leftoverMariadb(), QByteArray());
        QVERIFY(put(backup.result.objectKey, original));

        // Over the original with the confirmation: the backup-time tables, the added one gone.
        const RestoreOutcome done
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        QCOMPARE(done.result.restoredTo, db);
        QCOMPARE(mariadbState(db), atBackup);
        QCOMPARE(leftoverMariadb(), QByteArray());
        // The original's character set survives the drop and create.
        QCOMPARE(mariadb(db, "SELECT @@character_set_database, @@collation_database;"),
            QByteArray("latin1\tlatin1_swedish_ci\n"));
        const QString log = done.log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("staging database")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("replacing")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("dropping its previous contents")), qPrintable(log));

        // The same through cairn-cli: refused without --confirm, then done with it.
        mariadb(db, "DROP VIEW `odd view`; CREATE TABLE added_again (x INT);", &ok);
        QVERIFY(ok);
        const QByteArray changedAgain = mariadb(db, "SHOW TABLES;");
        const QString id = QString::number(backup.result.backupId);
        const CliResult unconfirmed
            = m_bed->cli({ QStringLiteral("restore"), id, QStringLiteral("--over-original") });
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY2(unconfirmed.err.contains("type the server's name"), unconfirmed.err.constData());
        QCOMPARE(mariadb(db, "SHOW TABLES;"), changedAgain);
        const CliResult confirmed = m_bed->cli({ QStringLiteral("restore"), id, QStringLiteral("--server"),
            m_bed->serverName(), QStringLiteral("--over-original"), QStringLiteral("--confirm"),
            m_bed->serverName(), QStringLiteral("--wait") });
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QVERIFY2(confirmed.out.contains("replaced the database"), confirmed.out.constData());
        QVERIFY2(confirmed.out.contains("staging database"), confirmed.out.constData());
        QCOMPARE(mariadbState(db), atBackup);
        QCOMPARE(leftoverMariadb(), QByteArray());
    }

    void postgresOverOriginal()
    {
        const QString owner = m_postgres->value(QStringLiteral("USER"));
        const QString db = QStringLiteral("crm \"db\" '$(touch %1)'").arg(kPwned);
        const QByteArray quotedDb = "\"crm \"\"db\"\" '$(touch " + kPwned.toUtf8() + ")'\"";
        const QByteArray table = "\"it's \"\"odd\"\" $(touch " + kPwned.toUtf8() + ")\"";
        bool ok = false;
        // Only the owner and a reporting role may connect: the grants stay with the database.
        postgres(QStringLiteral("postgres"),
            "CREATE DATABASE " + quotedDb + " OWNER " + owner.toUtf8() + ";\nREVOKE ALL ON DATABASE "
                + quotedDb + " FROM PUBLIC;\nCREATE ROLE reporter NOLOGIN;\nGRANT CONNECT ON DATABASE "
                + quotedDb + " TO reporter;\n",
            &ok);
        QVERIFY(ok);
        // The application's role owns the tables; a restore over the original keeps that.
        postgres(db,
            "SET ROLE " + owner.toUtf8() + ";\nCREATE TABLE " + table
                + " (id INT PRIMARY KEY, name TEXT, photo BYTEA);\n"
                  "INSERT INTO "
                + table + " VALUES (1, 'O''Brien; DROP TABLE x; $(touch " + kPwned.toUtf8()
                + ")', '\\x00fffe80'), (2, E'line one\\nline two', NULL);\n"
                  "CREATE VIEW \"odd view\" AS SELECT id FROM "
                + table + ";\n",
            &ok);
        QVERIFY(ok);
        const QByteArray atBackup = postgresState(db);
        QVERIFY2(atBackup.contains(":" + owner.toUtf8()), atBackup.constData());
        QVERIFY2(atBackup.contains("reporter=c/" + owner.toUtf8()), atBackup.constData());
        QVERIFY2(!atBackup.contains("=Tc/"), atBackup.constData()); // PUBLIC's default grants are revoked

        const JobSpec spec = postgresSocketJob(*m_postgres, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("crm over"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        postgres(db,
            "INSERT INTO " + table + " VALUES (3, 'new', NULL);\nDELETE FROM " + table
                + " WHERE id = 1;\nCREATE TABLE added_since (x INT); INSERT INTO added_since VALUES (7);\n",
            &ok);
        QVERIFY(ok);
        const QByteArray changed = postgresState(db);
        QVERIFY(changed != atBackup);
        QVERIFY(changed.contains("added_since"));

        const RestoreOutcome refused = runRestore(*m_bed, overOriginal(backup.result.backupId, QString()));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.result.message.contains(QStringLiteral("type the server's name")),
            qPrintable(refused.result.message));
        QCOMPARE(postgresState(db), changed);

        // Another session on the original: refused before the download, the original untouched.
        {
            QProcessEnvironment env = postgresSuperuserEnvironment(*m_postgres);
            env.insert(QStringLiteral("PGDATABASE"), db);
            QProcess session;
            session.setProcessEnvironment(env);
            session.start(QStringLiteral("psql"), { QStringLiteral("-X"), QStringLiteral("-q") });
            // One psql session holds the original open (psql ends at the end of its input).
            expectRefusedWhileConnected(session, backup.result.backupId, db);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(postgresState(db), changed);
            QCOMPARE(leftoverPostgres(), QByteArray());
        }

        const QString original = corrupt(backup.result.objectKey, QStringLiteral("postgres"));
        QVERIFY(!original.isEmpty());
        const RestoreOutcome broken
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()));
        QVERIFY(!broken.ok);
        QVERIFY2(broken.result.message.contains(QStringLiteral("does not match the SHA-256")),
            qPrintable(broken.describe()));
        QCOMPARE(postgresState(db), changed);
        QCOMPARE(leftoverPostgres(), QByteArray());
        QVERIFY(put(backup.result.objectKey, original));

        const RestoreOutcome done
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()));
        QVERIFY2(done.ok, qPrintable(done.describe()));
        QCOMPARE(postgresState(db), atBackup);
        QCOMPARE(leftoverPostgres(), QByteArray());
    }

    // A cancel while the dump loads into staging (or, if the host was faster, after it finished):
    // either the restore was cancelled and the original is exactly as it was, or it completed and
    // the original is the backup's copy; never anything in between, and no database left behind.
    void mariadbCancelLeavesOneOrTheOther()
    {
        const QString db = QStringLiteral("bulk -db");
        bool ok = false;
        mariadb(QString(),
            "CREATE DATABASE `bulk -db`; CREATE TABLE `bulk -db`.rows_ (id INT PRIMARY KEY, body TEXT);\n"
            "INSERT INTO `bulk -db`.rows_ SELECT seq, REPEAT('x', 200) FROM `bulk -db`.seq_1_to_50000;\n",
            &ok);
        QVERIFY(ok);
        const QByteArray atBackup = mariadb(db, "CHECKSUM TABLE rows_ EXTENDED; SHOW TABLES;");
        const JobSpec spec = mariadbSocketJob(*m_mariadb, db);
        const BackupTestBed::Outcome backup = m_bed->run(m_bed->addJob(QStringLiteral("bulk"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));
        mariadb(db, "DELETE FROM rows_ WHERE id > 100; CREATE TABLE later (x INT);", &ok);
        QVERIFY(ok);
        const QByteArray changed = mariadb(db, "CHECKSUM TABLE rows_ EXTENDED; SHOW TABLES;");

        QObject context;
        const RestoreOutcome outcome
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()),
                [&context](RunManager &manager, qint64 id) {
                    QObject::connect(&manager, &RunManager::restoreLog, &context,
                        [&manager, id](qint64, const QString &line) {
                            if (line.contains(QStringLiteral("staging database")))
                                manager.cancelRestore(id);
                        });
                });
        const QByteArray after = mariadb(db, "CHECKSUM TABLE rows_ EXTENDED; SHOW TABLES;");
        qInfo("the cancelled restore ended as %s", qPrintable(outcome.result.statusName()));
        if (outcome.result.status == RestoreResult::Status::Cancelled) {
            QCOMPARE(after, changed);
        } else {
            QVERIFY2(outcome.ok, qPrintable(outcome.describe()));
            QCOMPARE(after, atBackup);
        }
        QCOMPARE(leftoverMariadb(), QByteArray());
    }

    // MariaDB: the verified dump fails to load into the recreated original (the login lost the
    // TRIGGER privilege there after the backup; the staging database still allows it), so the safety
    // dump is loaded back: the original is exactly as it was and the sentence says so.
    void mariadbFailedSwapPutsTheOriginalBack()
    {
        const QString db = QStringLiteral("ledger db");
        const QByteArray password = "it's a \"pass\" $(touch " + kPwned.toUtf8() + ")";
        bool ok = false;
        mariadb(QString(),
            "CREATE DATABASE `ledger db`;\n"
            "CREATE USER 'restorer'@'localhost' IDENTIFIED BY 'it''s a \"pass\" $(touch "
                + kPwned.toUtf8()
                + ")';\n"
                  "GRANT ALL PRIVILEGES ON `ledger db`.* TO 'restorer'@'localhost';\n"
                  "GRANT ALL PRIVILEGES ON `cairn\\_restore\\_%`.* TO 'restorer'@'localhost';\n",
            &ok);
        QVERIFY(ok);
        // The trigger belongs to the login itself (a dump loads it with that DEFINER).
        const TestProcess::Result made = TestProcess::run(
            QStringLiteral("mariadb"),
            { QStringLiteral("--no-defaults"),
                QStringLiteral("--socket=") + m_mariadb->value(QStringLiteral("SOCKET")),
                QStringLiteral("--user=restorer"), QStringLiteral("--database=") + db },
            [&] {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("MYSQL_PWD"), QString::fromUtf8(password));
                return env;
            }(),
            "CREATE TABLE entries (id INT PRIMARY KEY, memo TEXT, changed INT DEFAULT 0);\n"
            "CREATE TABLE audit (id INT);\n"
            "CREATE TRIGGER remember AFTER INSERT ON entries FOR EACH ROW INSERT INTO audit VALUES "
            "(NEW.id);\n"
            "INSERT INTO entries (id, memo) VALUES (1, 'one'), (2, 'line\\nbreak');\n");
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        JobSpec spec;
        spec.kind = JobSpec::Kind::MySql;
        spec.databases = { db };
        spec.databaseLogin = JobSpec::DatabaseLogin::Password;
        spec.databaseUser = QStringLiteral("restorer");
        spec.databaseHost = m_mariadb->value(QStringLiteral("SOCKET"));
        spec.databasePasswordRef = m_bed->storeSecret(password);
        QVERIFY(!spec.databasePasswordRef.isEmpty());
        const BackupTestBed::Outcome backup
            = m_bed->run(m_bed->addJob(QStringLiteral("ledger mariadb"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));

        mariadb(db,
            "DROP TRIGGER remember;\nREVOKE TRIGGER ON `ledger db`.* FROM 'restorer'@'localhost';\n"
            "INSERT INTO entries (id, memo) VALUES (3, 'after the backup');\nDELETE FROM entries WHERE id = "
            "1;\n",
            &ok);
        QVERIFY(ok);
        const QByteArray changed
            = mariadb(db, "CHECKSUM TABLE entries, audit EXTENDED; SHOW TABLES; SHOW TRIGGERS;");
        QVERIFY(changed.contains("entries"));

        const RestoreOutcome failed
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()));
        QVERIFY(!failed.ok);
        QVERIFY2(failed.result.message.contains(QStringLiteral("Cairn put the original contents back")),
            qPrintable(failed.describe()));
        QVERIFY2(!failed.result.message.contains(QString::fromUtf8(password)), qPrintable(failed.describe()));
        QCOMPARE(mariadb(db, "CHECKSUM TABLE entries, audit EXTENDED; SHOW TABLES; SHOW TRIGGERS;"), changed);
        QCOMPARE(leftoverMariadb(), QByteArray());
    }

    // A role the dump's tables belong to no longer exists: the load fails in staging, and the
    // original is left exactly as it was.
    void postgresMissingRoleLeavesOriginal()
    {
        const QString db = QStringLiteral("ledger");
        bool ok = false;
        postgres(QStringLiteral("postgres"),
            "CREATE ROLE \"gone 'role'\" NOLOGIN;\nCREATE DATABASE ledger;\n", &ok);
        QVERIFY(ok);
        postgres(db,
            "CREATE TABLE entries (id INT PRIMARY KEY, memo TEXT);\nINSERT INTO entries VALUES (1, 'a');\n"
            "ALTER TABLE entries OWNER TO \"gone 'role'\";\nCREATE VIEW \"odd view\" AS SELECT 1;\n",
            &ok);
        QVERIFY(ok);
        const JobSpec spec = postgresSocketJob(*m_postgres, db);
        const BackupTestBed::Outcome backup
            = m_bed->run(m_bed->addJob(QStringLiteral("ledger postgres"), spec));
        QVERIFY2(backup.result.succeeded(), qPrintable(backup.result.message + backup.result.detail));
        postgres(db,
            "ALTER TABLE entries OWNER TO postgres;\nDROP ROLE \"gone 'role'\";\n"
            "INSERT INTO entries VALUES (2, 'after');\n",
            &ok);
        QVERIFY(ok);
        const QByteArray changed = postgresState(db);
        const RestoreOutcome failed
            = runRestore(*m_bed, overOriginal(backup.result.backupId, m_bed->serverName()));
        QVERIFY(!failed.ok);
        QVERIFY2(failed.result.message.contains(QStringLiteral("staging copy of ledger"))
                && failed.result.message.contains(QStringLiteral("was left as it was")),
            qPrintable(failed.describe()));
        QCOMPARE(postgresState(db), changed);
        QCOMPARE(leftoverPostgres(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestRestoreOverDatabase)
#include "tst_restoreoverdatabase.moc"
