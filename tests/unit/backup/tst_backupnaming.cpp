// Object keys: stable shape, names reduced to safe characters, suffix per kind and compression.
#include "backup/BackupNaming.h"

#include <QTest>

using namespace cairn;

class TestBackupNaming final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyComponent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("component");
        QTest::addRow("plain") << QStringLiteral("web1") << QStringLiteral("web1");
        QTest::addRow("spaces") << QStringLiteral("web server 1") << QStringLiteral("web_server_1");
        QTest::addRow("slashes and dots") << QStringLiteral("../../etc") << QStringLiteral(".._.._etc");
        QTest::addRow("only dots") << QStringLiteral("..") << QStringLiteral("x..");
        QTest::addRow("shell") << QStringLiteral("$(rm -rf /)") << QStringLiteral("_rm_-rf_");
        QTest::addRow("unicode") << QStringLiteral("Bäckerei Müller") << QStringLiteral("B_ckerei_M_ller");
        QTest::addRow("empty") << QString() << QStringLiteral("x");
    }

    void keyComponent()
    {
        QFETCH(QString, name);
        QFETCH(QString, component);
        QCOMPARE(BackupNaming::keyComponent(name), component);
    }

    void keys()
    {
        const QDateTime at(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const QString suffix = BackupNaming::archiveSuffix(JobSpec::Kind::Files, QStringLiteral("zstd"));
        QCOMPARE(suffix, QStringLiteral(".tar.zst"));
        const QString key = BackupNaming::archiveKey(QStringLiteral("/acme/"), QStringLiteral("db 1"),
            QStringLiteral("nightly"), at.toTimeZone(QTimeZone(3600)), 42, suffix);
        QCOMPARE(key, QStringLiteral("acme/db_1/nightly/20250102T030405Z-42.tar.zst"));
        QCOMPARE(BackupNaming::archiveKey({}, QStringLiteral("s"), QStringLiteral("j"), at, 1, suffix),
            QStringLiteral("s/j/20250102T030405Z-1.tar.zst"));
        QCOMPARE(BackupNaming::sideKey(key, QStringLiteral("index"), QStringLiteral("zstd")),
            key + QStringLiteral(".index.zst"));
        QCOMPARE(BackupNaming::sideKey(key, QStringLiteral("globals"), QStringLiteral("gzip")),
            key + QStringLiteral(".globals.sql.gz"));
        QCOMPARE(BackupNaming::manifestKey(key), key + QStringLiteral(".manifest.json"));
        QCOMPARE(BackupNaming::archiveSuffix(JobSpec::Kind::MySql, QStringLiteral("gzip")),
            QStringLiteral(".mysql.sql.gz"));
        QCOMPARE(BackupNaming::archiveSuffix(JobSpec::Kind::Postgres, QStringLiteral("zstd")),
            QStringLiteral(".pgdump.zst"));
    }
};

QTEST_GUILESS_MAIN(TestBackupNaming)
#include "tst_backupnaming.moc"
