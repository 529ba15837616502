// JobSpec: JSON round trips, refusal of damaged documents, and one sentence per invalid setting.
#include "backup/JobSpec.h"

#include <QJsonDocument>
#include <QTest>

using namespace cairn;

namespace {

JobSpec filesSpec()
{
    JobSpec spec;
    spec.paths = { QStringLiteral("/srv/www"), QStringLiteral("/etc") };
    return spec;
}

JobSpec databaseSpec(JobSpec::Kind kind)
{
    JobSpec spec;
    spec.kind = kind;
    spec.databases = { QStringLiteral("shop") };
    return spec;
}

} // namespace

class TestJobSpec final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<JobSpec>("spec");
        QTest::addRow("defaults for files") << filesSpec();
        JobSpec everything = filesSpec();
        everything.paths << QStringLiteral("/srv/it's \"quoted\" $(x)\nnewline") << QStringLiteral("/-C");
        everything.excludes = { QStringLiteral("*.tmp"), QStringLiteral("--exclude-trick") };
        everything.compression = JobSpec::Compression::Gzip;
        everything.compressionLevel = 9;
        everything.uploadBytesPerSecond = 10 * 1024 * 1024;
        everything.niceLevel = 19;
        everything.ioniceClass = 3;
        everything.retention = RetentionPolicy { 0, 7, 4, 12, 2 };
        everything.preCommand = QStringLiteral("systemctl stop app");
        everything.postCommand = QStringLiteral("systemctl start app");
        everything.commandTimeoutSeconds = 120;
        everything.partSize = 128LL * 1024 * 1024;
        everything.partsInFlight = 8;
        everything.tempDir = QStringLiteral("/var/tmp");
        everything.fileIndex = false;
        QTest::addRow("every setting") << everything;
        JobSpec mysql = databaseSpec(JobSpec::Kind::MySql);
        mysql.databases << QStringLiteral("blog");
        mysql.databaseLogin = JobSpec::DatabaseLogin::Password;
        mysql.databaseUser = QStringLiteral("backup");
        mysql.databaseHost = QStringLiteral("/run/mysqld/mysqld.sock");
        mysql.databasePasswordRef = QStringLiteral("db-password/1234");
        QTest::addRow("mysql with password") << mysql;
        JobSpec postgres = databaseSpec(JobSpec::Kind::Postgres);
        postgres.databaseLogin = JobSpec::DatabaseLogin::Sudo;
        postgres.databaseSudoUser = QStringLiteral("postgres");
        postgres.databasePort = 5433;
        QTest::addRow("postgres via sudo") << postgres;
    }

    void roundTrip()
    {
        QFETCH(JobSpec, spec);
        QCOMPARE(spec.validate(), QString());
        QString error;
        const auto back = JobSpec::fromJsonBytes(spec.toJsonBytes(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == spec);
    }

    void damagedDocumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("not json") << QByteArray("{nope");
        QTest::addRow("array") << QByteArray("[]");
        QTest::addRow("no kind") << QByteArray("{\"paths\": [\"/a\"]}");
        QTest::addRow("unknown kind") << QByteArray("{\"kind\": \"tape\"}");
        QTest::addRow("paths not strings") << QByteArray("{\"kind\": \"files\", \"paths\": [1]}");
        QTest::addRow("unknown compression")
            << QByteArray("{\"kind\": \"files\", \"compression\": {\"tool\": \"xz\"}}");
        QTest::addRow("newer version") << QByteArray("{\"version\": 99, \"kind\": \"files\"}");
    }

    void damagedDocumentsAreRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!JobSpec::fromJsonBytes(json, &error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }

    void validation_data()
    {
        QTest::addColumn<JobSpec>("spec");
        QTest::addColumn<QString>("mentions");
        JobSpec s = filesSpec();
        s.paths.clear();
        QTest::addRow("no paths") << s << QStringLiteral("at least one");
        s = filesSpec();
        s.paths << QStringLiteral("relative/path");
        QTest::addRow("relative path") << s << QStringLiteral("relative/path");
        s = filesSpec();
        s.paths << QStringLiteral("/a") + QChar(u'\0') + QStringLiteral("b");
        QTest::addRow("NUL in a path") << s << QStringLiteral("control characters");
        s = filesSpec();
        s.excludes << QString();
        QTest::addRow("empty exclude") << s << QStringLiteral("exclude");
        s = databaseSpec(JobSpec::Kind::MySql);
        s.databases.clear();
        QTest::addRow("no database") << s << QStringLiteral("database");
        s = databaseSpec(JobSpec::Kind::MySql);
        s.databases = { QStringLiteral("--all-databases") };
        QTest::addRow("database like an option") << s << QStringLiteral("dash");
        s = databaseSpec(JobSpec::Kind::Postgres);
        s.databases << QStringLiteral("second");
        QTest::addRow("two postgres databases") << s << QStringLiteral("one job per database");
        s = databaseSpec(JobSpec::Kind::Postgres);
        s.databaseLogin = JobSpec::DatabaseLogin::Password;
        QTest::addRow("password without reference") << s << QStringLiteral("password");
        s = databaseSpec(JobSpec::Kind::Postgres);
        s.databaseLogin = JobSpec::DatabaseLogin::Sudo;
        QTest::addRow("sudo without user") << s << QStringLiteral("system user");
        s = filesSpec();
        s.compression = JobSpec::Compression::Gzip;
        s.compressionLevel = 12;
        QTest::addRow("gzip level 12") << s << QStringLiteral("between 1 and 9");
        s = filesSpec();
        s.niceLevel = 20;
        QTest::addRow("nice 20") << s << QStringLiteral("nice");
        s = filesSpec();
        s.ioniceClass = 1;
        QTest::addRow("realtime io") << s << QStringLiteral("I/O");
        s = filesSpec();
        s.partSize = 1024 * 1024;
        QTest::addRow("tiny parts") << s << QStringLiteral("5 MiB");
        s = filesSpec();
        s.partsInFlight = 0;
        QTest::addRow("no parts in flight") << s << QStringLiteral("at once");
        s = filesSpec();
        s.commandTimeoutSeconds = 0;
        QTest::addRow("zero timeout") << s << QStringLiteral("timeout");
        s = filesSpec();
        s.retention.keepLast = -3;
        QTest::addRow("negative retention") << s << QStringLiteral("Retention");
        s = filesSpec();
        s.tempDir = QStringLiteral("tmp");
        QTest::addRow("relative temp folder") << s << QStringLiteral("temporary folder");
        s = filesSpec();
        s.uploadBytesPerSecond = -1;
        QTest::addRow("negative rate") << s << QStringLiteral("rate");
    }

    void validation()
    {
        QFETCH(JobSpec, spec);
        QFETCH(QString, mentions);
        const QString sentence = spec.validate();
        QVERIFY2(sentence.contains(mentions), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        QCOMPARE(sentence.count(QStringLiteral(". ")), 0); // one sentence
    }

    void kindNamesMatchTheJobsTable()
    {
        QCOMPARE(JobSpec::kindName(JobSpec::Kind::Files), QStringLiteral("files"));
        QCOMPARE(JobSpec::kindName(JobSpec::Kind::MySql), QStringLiteral("mysql"));
        QCOMPARE(JobSpec::kindName(JobSpec::Kind::Postgres), QStringLiteral("postgres"));
        QCOMPARE(JobSpec::kindFromName(QStringLiteral("snapshot")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestJobSpec)
#include "tst_jobspec.moc"
