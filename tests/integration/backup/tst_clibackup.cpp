// cairn-cli job add|list|show|run|remove, backup list and run list|show as a person or a script
// runs them: a real cairn-cli process on the test's database, the test keychain, sshd and the strict
// S3 layer. Exit codes, one-sentence errors and --json output are the contract.
#include "BackupTestBed.h"

#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

bool isOneSentence(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return !t.isEmpty() && !t.contains('\n') && t.endsWith('.');
}

} // namespace

class TestCliBackup final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    QString m_data;

    QJsonArray jsonArray(const QStringList &args)
    {
        const CliResult r = m_bed->cli(args);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        // cairn-cli reads its secrets from the default keychain service (of this test session).
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        m_data = m_bed->path(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(m_data + QStringLiteral("/htdocs")));
        QFile page(m_data + QStringLiteral("/htdocs/index.html"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(QByteArray(300000, 'x'));
    }

    void addListShow()
    {
        const CliResult added = m_bed->cli({ QStringLiteral("job"), QStringLiteral("add"),
            QStringLiteral("site"), QStringLiteral("--server"), QStringLiteral("web 1"),
            QStringLiteral("--storage"), QStringLiteral("bucket"), QStringLiteral("--paths"), m_data,
            QStringLiteral("--exclude"), QStringLiteral("*.tmp"), QStringLiteral("--keep-last"),
            QStringLiteral("1"), QStringLiteral("--temp-dir"), m_bed->hostTempDir() });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("Added job \"site\""));

        const QJsonArray jobs
            = jsonArray({ QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("site"));
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("files"));
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("storage")).toString(), QStringLiteral("bucket"));

        const CliResult show = m_bed->cli({ QStringLiteral("job"), QStringLiteral("show"),
            QStringLiteral("site"), QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject spec
            = QJsonDocument::fromJson(show.out).object().value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("paths")).toArray(), QJsonArray { m_data });
        QCOMPARE(spec.value(QStringLiteral("excludes")).toArray(), QJsonArray { QStringLiteral("*.tmp") });
        QCOMPARE(
            spec.value(QStringLiteral("retention")).toObject().value(QStringLiteral("keepLast")).toInt(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QStringList base { QStringLiteral("job"), QStringLiteral("add"), QStringLiteral("x"),
            QStringLiteral("--server"), QStringLiteral("web 1") };
        QTest::addRow("another client's storage") << base
                + QStringList { QStringLiteral("--storage"), QStringLiteral("foreign"),
                      QStringLiteral("--paths"), QStringLiteral("/srv") }
                                                  << 1 << QStringLiteral("belongs to client Other");
        QTest::addRow("nothing to back up")
            << base + QStringList { QStringLiteral("--storage"), QStringLiteral("bucket") } << 2
            << QStringLiteral("exactly one of");
        QTest::addRow("relative path") << base
                + QStringList { QStringLiteral("--storage"), QStringLiteral("bucket"),
                      QStringLiteral("--paths"), QStringLiteral("srv") }
                                       << 2 << QStringLiteral("not absolute");
        QTest::addRow("unknown server")
            << QStringList { QStringLiteral("job"), QStringLiteral("add"), QStringLiteral("x"),
                   QStringLiteral("--server"), QStringLiteral("nope"), QStringLiteral("--storage"),
                   QStringLiteral("bucket"), QStringLiteral("--paths"), QStringLiteral("/srv") }
            << 1 << QStringLiteral("no server");
        QTest::addRow("unknown job") << QStringList { QStringLiteral("job"), QStringLiteral("run"),
            QStringLiteral("nope") } << 1
                                     << QStringLiteral("no job");
        QTest::addRow("bad compression") << base
                + QStringList { QStringLiteral("--storage"), QStringLiteral("bucket"),
                      QStringLiteral("--paths"), QStringLiteral("/srv"), QStringLiteral("--compression"),
                      QStringLiteral("xz") }
                                         << 2 << QStringLiteral("zstd or gzip");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        // Another client with a storage target of its own.
        QSqlQuery q(m_bed->database()->connection());
        q.exec(QStringLiteral("INSERT OR IGNORE INTO clients (name, created_at) VALUES ('Other', 0)"));
        q.exec(QStringLiteral(
            "INSERT OR IGNORE INTO storage_targets (client_id, name, provider, endpoint, region, bucket, "
            "access_key_id, secret_ref, created_at) SELECT id, 'foreign', 'custom', "
            "'http://127.0.0.1:1', 'us-east-1', 'b', 'k', 'storage/foreign', 0 FROM clients WHERE name = "
            "'Other'"));
        const CliResult r = m_bed->cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY2(isOneSentence(r.err), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void runTwiceKeepsTheLast()
    {
        QStringList keys;
        for (int i = 0; i < 2; ++i) {
            const CliResult run = m_bed->cli({ QStringLiteral("job"), QStringLiteral("run"),
                QStringLiteral("site"), QStringLiteral("--wait") });
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.contains("The backup of site is complete"), run.out.constData());
            QVERIFY2(run.out.contains("Uploading"), run.out.constData()); // live progress
            QVERIFY(run.err.isEmpty());
        }
        const QJsonArray backups = jsonArray({ QStringLiteral("backup"), QStringLiteral("list"),
            QStringLiteral("site"), QStringLiteral("--json") });
        QCOMPARE(backups.size(), 1); // --keep-last 1: the first run's backup went
        const QJsonObject backup = backups.at(0).toObject();
        const QString key = backup.value(QStringLiteral("object_key")).toString();
        QVERIFY(key.endsWith(QStringLiteral(".tar.zst")));
        QCOMPARE(m_bed->objectKeys(QStringLiteral("backups/")),
            (QStringList {
                key, key + QStringLiteral(".index.zst"), key + QStringLiteral(".manifest.json") }));

        const QJsonArray runs
            = jsonArray({ QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(runs.size(), 2);
        for (const QJsonValue &run : runs) {
            QCOMPARE(run.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
            QVERIFY(run.toObject().value(QStringLiteral("bytes_to_desktop")).toInteger() > 0);
            QVERIFY(run.toObject().value(QStringLiteral("bytes_to_desktop")).toInteger() < 16 * 1024);
        }
        const qint64 runId = backup.value(QStringLiteral("run")).toInteger();
        const CliResult shown = m_bed->cli({ QStringLiteral("run"), QStringLiteral("show"),
            QString::number(runId), QStringLiteral("--json") });
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject details = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(details.value(QStringLiteral("object_key")).toString(), key);
        QCOMPARE(details.value(QStringLiteral("backup")).toInteger(),
            backup.value(QStringLiteral("id")).toInteger());
        QVERIFY(!details.value(QStringLiteral("events")).toArray().isEmpty());
        const QString log
            = QString::fromUtf8(QJsonDocument(details.value(QStringLiteral("events")).toArray()).toJson());
        QVERIFY2(log.contains(QStringLiteral("Retention removed 1 older backup.")), qPrintable(log));
    }

    void failedRunExitsNonZeroWithTheSentence()
    {
        const QString missing = m_bed->path(QStringLiteral("gone"));
        const CliResult added = m_bed->cli({ QStringLiteral("job"), QStringLiteral("add"),
            QStringLiteral("broken"), QStringLiteral("--server"), QStringLiteral("web 1"),
            QStringLiteral("--storage"), QStringLiteral("bucket"), QStringLiteral("--paths"), missing,
            QStringLiteral("--temp-dir"), m_bed->hostTempDir() });
        QCOMPARE(added.exitCode, 0);
        const CliResult run
            = m_bed->cli({ QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("broken") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("The path %1 does not exist on web 1").arg(missing).toUtf8()),
            run.err.constData());
        QCOMPARE(jsonArray({ QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("broken"),
                               QStringLiteral("--json") })
                     .size(),
            0);
        const CliResult removed
            = m_bed->cli({ QStringLiteral("job"), QStringLiteral("remove"), QStringLiteral("broken") });
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(
            jsonArray({ QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json") }).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
