// Database::open: creation, migrations, WAL, and refusal of files it must not touch.
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(const std::shared_ptr<Database> &db)
{
    QStringList names;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// Writes a small SQLite file through its own connection, outside Cairn's Database class.
void makeForeignSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/cairn.sqlite"));
        StoreError error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(error.ok());
        QCOMPARE(db->schemaVersion(), Schema::latestVersion());
        const QStringList expected { QStringLiteral("audit_log"), QStringLiteral("backups"),
            QStringLiteral("client_keys"), QStringLiteral("clients"), QStringLiteral("jobs"), QStringLiteral("provider_accounts"),
            QStringLiteral("recovery_codes"), QStringLiteral("restores"), QStringLiteral("run_events"),
            QStringLiteral("runs"), QStringLiteral("servers"), QStringLiteral("settings"),
            QStringLiteral("ssh_keys"), QStringLiteral("storage_targets") };
        QCOMPARE(tables(db), expected);

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cairn.sqlite"));
        StoreError error;
        {
            auto db = Database::open(path, &error);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO clients (name, created_at) VALUES ('kept', 1)")));
        }
        auto again = Database::open(path, &error);
        QVERIFY2(again, qPrintable(error.message));
        QSqlQuery q(again->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM clients")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
        QCOMPARE(again->schemaVersion(), Schema::latestVersion());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << QByteArray("hello, this is not a database\n")
                                   << QStringLiteral("not an SQLite file");
        QTest::addRow("binary noise")
            << QByteArray("\x00\xff\x13\x37garbage", 12) << QStringLiteral("not an SQLite file");
        QTest::addRow("sqlite header, broken body") << QByteArray("SQLite format 3\0", 16)
                + QByteArray(200, '\x7f') << QStringLiteral("not a readable SQLite database");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weird name $(touch x).sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileHash(path);
        StoreError error;
        auto db = Database::open(path, &error);
        QVERIFY(!db);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY2(error.message.endsWith(QLatin1Char('.')), "one sentence ending in a full stop");
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x"))));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        makeForeignSqlite(path,
            { QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY)"),
                QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 5) });
        const QByteArray before = fileHash(path);
        StoreError error;
        auto db = Database::open(path, &error);
        QVERIFY(!db);
        QVERIFY2(error.message.contains(QLatin1String("newer version of Cairn")), qPrintable(error.message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesOtherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.sqlite"));
        makeForeignSqlite(
            path, { QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)") });
        const QByteArray before = fileHash(path);
        StoreError error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.message.contains(QLatin1String("another program")), qPrintable(error.message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesDirectoryAsFile()
    {
        QTemporaryDir dir;
        StoreError error;
        QVERIFY(!Database::open(dir.path(), &error));
        QVERIFY2(error.message.contains(QLatin1String("is not a file")), qPrintable(error.message));
    }

    void resolvesPathInOrder()
    {
        qputenv("CAIRN_DB", "/tmp/from-env.sqlite");
        auto restore = qScopeGuard([] { qunsetenv("CAIRN_DB"); });
        QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/from-flag.sqlite")),
            QStringLiteral("/tmp/from-flag.sqlite"));
        QCOMPARE(Database::resolvePath(QString()), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("CAIRN_DB");
        QVERIFY(Database::resolvePath(QString()).endsWith(QLatin1String("/cairn/cairn.sqlite")));
    }

    void auditLogIsAppendOnly()
    {
        QTemporaryDir dir;
        StoreError error;
        auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")), &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (1, 'me', 'test')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'edited'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("test"));
    }

    void noSecretColumns()
    {
        // Secrets live in the keychain: no column may be named like a secret value.
        QTemporaryDir dir;
        StoreError error;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), &error);
        QVERIFY(db);
        for (const QString &table : tables(db)) {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
            while (q.next()) {
                const QString column = q.value(1).toString();
                const bool secretish = column.contains(QLatin1String("secret"))
                    || column.contains(QLatin1String("password")) || column.contains(QLatin1String("private"))
                    || column.contains(QLatin1String("token"));
                QVERIFY2(!secretish || column.endsWith(QLatin1String("_ref")),
                    qPrintable(
                        table + QLatin1Char('.') + column + QStringLiteral(" looks like a secret value")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
