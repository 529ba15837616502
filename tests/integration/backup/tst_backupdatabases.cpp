// Database dumps end to end: MariaDB (mariadb-dump over the socket with a password from the
// keychain) and PostgreSQL (pg_dump -Fc plus pg_dumpall --globals-only, with a password and with
// peer login) stream from the host to the strict S3 layer; what storage holds restores.
#include "BackupTestBed.h"
#include "DatabasePeers.h"

#include "store/BackupRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

TestProcess::Result shell(const QString &script, const QStringList &args = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return TestProcess::run(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash") } + args, env);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBackupDatabases final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    std::unique_ptr<PeerFixture> m_mariadb;
    std::unique_ptr<PeerFixture> m_postgres;

    QJsonObject manifestOf(const QString &key)
    {
        return QJsonDocument::fromJson(
            readAll(m_bed->download(key + QStringLiteral(".manifest.json"), QStringLiteral("manifest.json"))))
            .object();
    }

    QProcessEnvironment postgresEnvironment(const QString &user, const QString &password = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_postgres->value(QStringLiteral("HOST")));
        env.insert(QStringLiteral("PGPORT"), m_postgres->value(QStringLiteral("PORT")));
        env.insert(QStringLiteral("PGUSER"), user);
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
        return env;
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

    void mariadbDumpBacksUp()
    {
        const QString db = m_mariadb->value(QStringLiteral("DATABASE"));
        const TestProcess::Result made
            = shell(QStringLiteral(R"(mariadb --no-defaults --socket="$1" -u "$2" "$3" <<'SQL'
CREATE TABLE people (id INT PRIMARY KEY, name TEXT);
INSERT INTO people VALUES (1, 'Ada Lovelace'), (2, 'O''Brien; DROP TABLE people');
SQL
)"),
                { m_mariadb->value(QStringLiteral("SOCKET")), m_mariadb->value(QStringLiteral("SUPERUSER")),
                    db });
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));

        JobSpec spec;
        spec.kind = JobSpec::Kind::MySql;
        spec.databases = { db };
        spec.databaseLogin = JobSpec::DatabaseLogin::Password;
        spec.databaseUser = m_mariadb->value(QStringLiteral("USER"));
        spec.databaseHost = m_mariadb->value(QStringLiteral("SOCKET"));
        spec.databasePasswordRef = m_bed->storeSecret(m_mariadb->value(QStringLiteral("PASSWORD")).toUtf8());
        QVERIFY(!spec.databasePasswordRef.isEmpty());
        const qint64 jobId = m_bed->addJob(QStringLiteral("shop db"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QVERIFY2(outcome.result.status == BackupResult::Status::Succeeded,
            qPrintable(outcome.result.message + u'\n' + outcome.result.detail));
        QVERIFY(outcome.result.objectKey.endsWith(QStringLiteral(".mysql.sql.zst")));

        const QString dump = m_bed->download(outcome.result.objectKey, QStringLiteral("dump.sql.zst"));
        const TestProcess::Result sql = shell(QStringLiteral("zstd -dc \"$1\""), { dump });
        QVERIFY(sql.exitCode == 0);
        QVERIFY2(sql.out.contains("CREATE TABLE `people`"), sql.out.left(3000).constData());
        QVERIFY(sql.out.contains("'Ada Lovelace'"));
        QVERIFY(sql.out.contains("CREATE DATABASE"));
        QVERIFY(sql.out.contains("-- Dump completed"));

        const QJsonObject manifest = manifestOf(outcome.result.objectKey);
        const QString tool
            = manifest.value(QStringLiteral("tools")).toObject().value(QStringLiteral("dump")).toString();
        QVERIFY2(tool.contains(QStringLiteral("mariadb-dump")) || tool.contains(QStringLiteral("mysqldump")),
            qPrintable(tool));
        QCOMPARE(
            manifest.value(QStringLiteral("source")).toObject().value(QStringLiteral("login")).toString(),
            QStringLiteral("password"));
        QCOMPARE(m_bed->openUploads(), QStringList());
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());
    }

    void mariadbWrongPasswordFails()
    {
        JobSpec spec;
        spec.kind = JobSpec::Kind::MySql;
        spec.databases = { m_mariadb->value(QStringLiteral("DATABASE")) };
        spec.databaseLogin = JobSpec::DatabaseLogin::Password;
        spec.databaseUser = m_mariadb->value(QStringLiteral("USER"));
        spec.databaseHost = m_mariadb->value(QStringLiteral("SOCKET"));
        spec.databasePasswordRef = m_bed->storeSecret("wrong password");
        const qint64 jobId = m_bed->addJob(QStringLiteral("wrong password"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QCOMPARE(outcome.result.status, BackupResult::Status::Failed);
        QVERIFY2(
            outcome.result.message.startsWith(QStringLiteral("The database dump on web 1 failed (exit 2: ")),
            qPrintable(outcome.result.message));
        QVERIFY2(outcome.result.message.contains(QStringLiteral("Access denied")),
            qPrintable(outcome.result.message));
        QVERIFY(!outcome.result.message.contains(QStringLiteral("wrong password")));
        QCOMPARE(BackupRepository(m_bed->database()).list(jobId).size(), 0);
        QCOMPARE(m_bed->openUploads(), QStringList());
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());
    }

    void postgresDumpBacksUp_data()
    {
        QTest::addColumn<bool>("peer");
        QTest::addRow("password (not a superuser)") << false;
        QTest::addRow("peer login over the socket (superuser)") << true;
    }

    void postgresDumpBacksUp()
    {
        QFETCH(bool, peer);
        const QString db = m_postgres->value(QStringLiteral("DATABASE"));
        const QString user = m_postgres->value(QStringLiteral("USER"));
        const QString password = m_postgres->value(QStringLiteral("PASSWORD"));
        const TestProcess::Result made = shell(QStringLiteral(R"(psql -X -q -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
CREATE TABLE IF NOT EXISTS people (id INT PRIMARY KEY, name TEXT);
INSERT INTO people VALUES (1, 'Grace Hopper') ON CONFLICT DO NOTHING;
SQL
)"),
            { db }, postgresEnvironment(user, password));
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));

        JobSpec spec;
        spec.kind = JobSpec::Kind::Postgres;
        spec.databases = { db };
        spec.databaseHost = m_postgres->value(QStringLiteral("HOST"));
        spec.databasePort = m_postgres->value(QStringLiteral("PORT")).toInt();
        if (peer) {
            spec.databaseLogin = JobSpec::DatabaseLogin::Socket;
            spec.databaseUser = m_postgres->value(QStringLiteral("SUPERUSER"));
        } else {
            spec.databaseLogin = JobSpec::DatabaseLogin::Password;
            spec.databaseUser = user;
            spec.databasePasswordRef = m_bed->storeSecret(password.toUtf8());
        }
        const qint64 jobId
            = m_bed->addJob(peer ? QStringLiteral("pg peer") : QStringLiteral("pg password"), spec);
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QVERIFY2(outcome.result.status == BackupResult::Status::Succeeded,
            qPrintable(
                outcome.result.message + u'\n' + outcome.result.detail + u'\n' + outcome.log.join(u'\n')));
        const QString key = outcome.result.objectKey;
        QVERIFY(key.endsWith(QStringLiteral(".pgdump.zst")));

        // pg_restore reads what storage holds: the table and its row are there.
        const QString dump = m_bed->download(key, QStringLiteral("db.pgdump.zst"));
        const TestProcess::Result restored = shell(
            QStringLiteral(
                "zstd -dc \"$1\" > \"$1.raw\" && pg_restore -l \"$1.raw\" && pg_restore -f - \"$1.raw\""),
            { dump });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QVERIFY(restored.out.contains("TABLE public people"));
        QVERIFY(restored.out.contains("Grace Hopper"));

        const QString globals
            = m_bed->download(key + QStringLiteral(".globals.sql.zst"), QStringLiteral("globals.sql.zst"));
        const TestProcess::Result roles = shell(QStringLiteral("zstd -dc \"$1\""), { globals });
        QVERIFY2(roles.out.contains("CREATE ROLE " + user.toUtf8()), roles.out.constData());
        // Role passwords come with a superuser login only.
        QCOMPARE(roles.out.contains("PASSWORD 'SCRAM-SHA-256"), peer);

        const QJsonObject manifest = manifestOf(key);
        const QJsonObject tools = manifest.value(QStringLiteral("tools")).toObject();
        QVERIFY2(tools.value(QStringLiteral("dump"))
                     .toString()
                     .startsWith(QStringLiteral("pg_dump (PostgreSQL) ")),
            qPrintable(tools.value(QStringLiteral("dump")).toString()));
        QVERIFY(tools.value(QStringLiteral("dumpall"))
                    .toString()
                    .startsWith(QStringLiteral("pg_dumpall (PostgreSQL) ")));
        const QJsonObject globalsInfo = manifest.value(QStringLiteral("globals")).toObject();
        QCOMPARE(
            globalsInfo.value(QStringLiteral("key")).toString(), key + QStringLiteral(".globals.sql.zst"));
        QCOMPARE(globalsInfo.value(QStringLiteral("rolePasswords")).toBool(), peer);
        QCOMPARE(m_bed->openUploads(), QStringList());
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBackupDatabases)
#include "tst_backupdatabases.moc"
