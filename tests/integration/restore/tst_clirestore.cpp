// cairn-cli restore, verify, backup link and backup import as a person or a script runs them (a
// real cairn-cli process on the test's database, the test keychain, sshd and the strict S3 layer),
// and the README's "Restore by hand" commands, run exactly as the README shows them.
#include "BackupTestBed.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

QString compareTrees(const QString &source, const QString &restored)
{
    const TestProcess::Result r = TestProcess::run(QStringLiteral("python3"),
        { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/treecompare.py"), source, restored },
        QProcessEnvironment::systemEnvironment());
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.out + r.err);
}

} // namespace

class TestCliRestore final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    QString m_root;
    QString m_id;
    QString m_objectKey;
    QString m_sha256;

    QJsonObject listed(const QString &objectKey)
    {
        const CliResult r
            = m_bed->cli({ QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue &row : QJsonDocument::fromJson(r.out).array()) {
            if (row.toObject().value(QStringLiteral("object_key")).toString() == objectKey)
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        m_root = m_bed->path(QStringLiteral("tree"));
        const TestProcess::Result made = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/maketree.sh"), m_root, QStringLiteral("3"),
                QStringLiteral("1") },
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        JobSpec spec;
        spec.paths = { m_root };
        const BackupTestBed::Outcome outcome = m_bed->run(m_bed->addJob(QStringLiteral("site"), spec));
        QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.message + outcome.result.detail));
        m_id = QString::number(outcome.result.backupId);
        m_objectKey = outcome.result.objectKey;
        m_sha256 = outcome.result.sha256;
    }

    void restoreIntoANewFolder()
    {
        const QString target = m_bed->path(QStringLiteral("restored"));
        const CliResult r = m_bed->cli({ QStringLiteral("restore"), m_id, QStringLiteral("--server"),
            m_bed->serverName(), QStringLiteral("--to"), target, QStringLiteral("--wait") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("was restored to"), r.out.constData());
        const QString differences = compareTrees(m_root, target + m_root);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addRow("no target") << QStringList { QStringLiteral("restore"), QStringLiteral("ID") } << 2
                                   << QStringLiteral("--to DIR");
        QTest::addRow("over original unconfirmed") << QStringList { QStringLiteral("restore"),
            QStringLiteral("ID"), QStringLiteral("--over-original") }
                                                   << 1 << QStringLiteral("type the server's name");
        QTest::addRow("over original, wrong name") << QStringList { QStringLiteral("restore"),
            QStringLiteral("ID"), QStringLiteral("--over-original"), QStringLiteral("--confirm"),
            QStringLiteral("web 2") } << 1 << QStringLiteral("type the server's name");
        QTest::addRow("existing folder") << QStringList { QStringLiteral("restore"), QStringLiteral("ID"),
            QStringLiteral("--to"), QStringLiteral("ROOT") }
                                         << 1 << QStringLiteral("already exists");
        QTest::addRow("unknown backup") << QStringList { QStringLiteral("verify"), QStringLiteral("999") }
                                        << 1 << QStringLiteral("backup list");
        QTest::addRow("unknown server") << QStringList { QStringLiteral("verify"), QStringLiteral("ID"),
            QStringLiteral("--server"), QStringLiteral("nope") }
                                        << 1 << QStringLiteral("server list");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        args.replaceInStrings(QStringLiteral("ID"), m_id);
        args.replaceInStrings(QStringLiteral("ROOT"), m_root);
        const QByteArray before = TestProcess::run(QStringLiteral("ls"), { QStringLiteral("-laR"), m_root },
            QProcessEnvironment::systemEnvironment())
                                      .out;
        const CliResult r = m_bed->cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(isOneSentence(r.err.split('\n').first()), r.err.constData());
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(TestProcess::run(QStringLiteral("ls"), { QStringLiteral("-laR"), m_root },
                     QProcessEnvironment::systemEnvironment())
                     .out,
            before);
    }

    void verifyIsShownByBackupList()
    {
        const CliResult r = m_bed->cli({ QStringLiteral("verify"), m_id });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("intact"));
        const QJsonObject row = listed(m_objectKey);
        QCOMPARE(row.value(QStringLiteral("verify_ok")), QJsonValue(true));
        QVERIFY(!row.value(QStringLiteral("verified_at")).toString().isEmpty());
        const CliResult text = m_bed->cli({ QStringLiteral("backup"), QStringLiteral("list") });
        QVERIFY2(text.out.contains("(verified "), text.out.constData());
    }

    void linkDownloadsTheArchive()
    {
        const CliResult r = m_bed->cli({ QStringLiteral("backup"), QStringLiteral("link"), m_id,
            QStringLiteral("--expires"), QStringLiteral("900") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QUrl url;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("http"))
                url = QUrl::fromEncoded(line);
        }
        QVERIFY2(url.isValid(), r.out.constData());
        QVERIFY(r.out.contains("| sha256sum"));
        QVERIFY(r.out.contains("tar -x"));
        const QString file = m_bed->path(QStringLiteral("linked.tar.zst"));
        const S3TestBed::CurlResult got = m_bed->s3().curl(url, {}, file);
        QVERIFY2(got.httpStatus == 200, qPrintable(got.describe));
        QFile archive(file);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(archive.readAll(), QCryptographicHash::Sha256).toHex(),
            m_sha256.toLatin1());
        const CliResult tooLong = m_bed->cli({ QStringLiteral("backup"), QStringLiteral("link"), m_id,
            QStringLiteral("--expires"), QStringLiteral("99999999") });
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(isOneSentence(tooLong.err), tooLong.err.constData());
    }

    void importRebuildsTheCatalogue()
    {
        const QJsonObject before = listed(m_objectKey);
        QVERIFY(!before.isEmpty());
        {
            QSqlQuery q(m_bed->database()->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM restores")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM backups")));
        }
        QVERIFY(listed(m_objectKey).isEmpty());
        const CliResult r
            = m_bed->cli({ QStringLiteral("backup"), QStringLiteral("import"), QStringLiteral("bucket") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Imported 1 backup from") && r.out.contains("; 0 were already known."),
            r.out.constData());
        const QJsonObject after = listed(m_objectKey);
        for (const char *key :
            { "sha256", "size", "job", "server", "kind", "side_key", "manifest_key", "compression" })
            QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
        // Once known, a second import adds nothing; the imported backup restores.
        const CliResult again
            = m_bed->cli({ QStringLiteral("backup"), QStringLiteral("import"), QStringLiteral("bucket") });
        // Both counts agree with their nouns: "1 was", never "1 were".
        QVERIFY2(
            again.out.contains("Imported 0 backups from") && again.out.contains("; 1 was already known."),
            again.out.constData());
        m_id = QString::number(after.value(QStringLiteral("id")).toInteger());
        const CliResult verify = m_bed->cli({ QStringLiteral("verify"), m_id });
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
    }

    // The README's commands, taken from between its markers and run as they stand.
    void restoreByHandAsTheReadmeSays()
    {
        QFile readme(qEnvironmentVariable("CAIRN_SOURCE_DIR") + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const QRegularExpression block(
            QStringLiteral(
                "<!-- restore-by-hand:files -->\\s*```sh\\n(.*?)```\\s*<!-- /restore-by-hand:files -->"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = block.match(text);
        QVERIFY2(match.hasMatch(), "README.md has no restore-by-hand:files block");
        const QString commands = match.captured(1);
        QVERIFY(commands.contains(QStringLiteral("tar -x")));

        const S3Target target = m_bed->s3().target();
        const QString restored = m_bed->path(QStringLiteral("by hand"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ENDPOINT"), target.endpoint.toString());
        env.insert(QStringLiteral("BUCKET"), target.bucket);
        env.insert(QStringLiteral("KEY"), m_objectKey);
        env.insert(QStringLiteral("TARGET"), restored);
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), target.accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(m_bed->s3().secret()));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), target.region);
        const TestProcess::Result r = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral("-euo"), QStringLiteral("pipefail"), QStringLiteral("-c"), commands }, env, {},
            300000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith(m_sha256.toLatin1()), r.out.constData());
        const QString differences = compareTrees(m_root, restored + m_root);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }
};

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_clirestore.moc"
