// What the desktop sends restore.sh, and what it refuses before a restore is queued: parameters are
// NUL-terminated records that carry any name unchanged, secrets appear only where they belong, the
// manifest's encryption is read strictly, and risky requests are refused with one sentence.
#include "restore/RestoreRun.h"
#include "restore/RestoreScript.h"
#include "restore/RestoreTarget.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cairn;

namespace {

QList<QByteArray> records(const SecureBytes &parameters)
{
    QList<QByteArray> out = parameters.toByteArray().split('\0');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

RestoreRequest filesRequest()
{
    RestoreRequest r;
    r.mode = RestoreRequest::Mode::Files;
    r.backup.id = 7;
    r.backup.kind = QStringLiteral("files");
    r.backup.objectKey = QStringLiteral("b/web/site/x.tar.zst");
    r.backup.sha256 = QString(64, QLatin1Char('a'));
    r.backup.size = 1234;
    r.backup.compression = QStringLiteral("zstd");
    r.backup.manifestJson = R"({"archive":{"encrypted":false}})";
    r.serverName = QStringLiteral("web 1");
    r.destination = QStringLiteral("/srv/restore");
    return r;
}

QByteArray encryptedManifest(const QJsonObject &encryption, bool inArchive = false)
{
    QJsonObject manifest;
    if (inArchive)
        manifest.insert(QStringLiteral("archive"),
            QJsonObject {
                { QStringLiteral("encrypted"), true }, { QStringLiteral("encryption"), encryption } });
    else {
        manifest.insert(QStringLiteral("encrypted"), true);
        manifest.insert(QStringLiteral("encryption"), encryption);
    }
    return QJsonDocument(manifest).toJson();
}

const QJsonObject kContract { { QStringLiteral("cipher"), QStringLiteral("aes-256-ctr") },
    { QStringLiteral("kdf"), QStringLiteral("pbkdf2") }, { QStringLiteral("md"), QStringLiteral("sha256") },
    { QStringLiteral("iter"), 200000 } };

} // namespace

class TestRestoreScript final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scriptIsCompiledIn()
    {
        const QByteArray script = RestoreScript::script();
        QVERIFY(script.contains("set -o pipefail"));
        QVERIFY(script.contains("curl -K -"));
        QVERIFY(script.trimmed().endsWith("main; exit 1"));
    }

    void hostileMembersPassUnchanged()
    {
        RestoreRequest r = filesRequest();
        r.archiveRoot = QStringLiteral("srv/www");
        r.members = { QStringLiteral("srv/www/-C"), QStringLiteral("srv/www/new\nline"),
            QStringLiteral("srv/www/$(touch /tmp/pwned)"), QStringLiteral("srv/www/it's \"quoted\""),
            QStringLiteral("srv/www/end=") };
        const QList<QByteArray> list
            = records(RestoreScript::parameters(r, "https://s3.example/x?X-Amz-Signature=1"));
        QCOMPARE(list.first(), QByteArray("version=1"));
        QCOMPARE(list.last(), QByteArray("end="));
        QVERIFY(list.contains("url=https://s3.example/x?X-Amz-Signature=1"));
        QVERIFY(list.contains("mode=files"));
        QVERIFY(list.contains("dest=/srv/restore"));
        QVERIFY(list.contains("root=srv/www"));
        QVERIFY(list.contains("over=0"));
        QVERIFY(list.contains("encrypted=0"));
        QVERIFY(list.contains("compression=zstd"));
        QVERIFY(list.contains("size=1234"));
        for (const QString &member : r.members)
            QVERIFY2(list.contains("member=" + member.toUtf8()), qPrintable(member));
        // No key is sent for an archive that is not encrypted, even when one was given.
        r.passphrase = SecureBytes(QByteArrayView("secret passphrase"));
        const QByteArray all = RestoreScript::parameters(r, "https://s3.example/x").toByteArray();
        QVERIFY(!all.contains("secret passphrase"));
    }

    // Over the original database: the database and the one the dump holds are the same name, and
    // the script is told to stage the load (over=1); a new database says over=0.
    void databaseOverTheOriginalSendsOver()
    {
        RestoreRequest r = filesRequest();
        r.mode = RestoreRequest::Mode::Database;
        r.backup.kind = QStringLiteral("postgres");
        r.sourceDatabase = QStringLiteral("crm \"db\" $(touch /tmp/pwned)");
        r.databaseName = QStringLiteral("crm_new");
        QVERIFY(records(RestoreScript::parameters(r, "https://s3.example/x")).contains("over=0"));
        QVERIFY(RestoreTarget::setOverOriginalDatabase(r, QStringLiteral("web 1")).isEmpty());
        const QList<QByteArray> list = records(RestoreScript::parameters(r, "https://s3.example/x"));
        QVERIFY(list.contains("mode=postgres"));
        QVERIFY(list.contains("over=1"));
        QVERIFY(list.contains("database=crm \"db\" $(touch /tmp/pwned)"));
        QVERIFY(list.contains("source_database=crm \"db\" $(touch /tmp/pwned)"));
        QCOMPARE(RestoreRun::validate(r), QString());
    }

    void encryptedArchiveSendsItsKey()
    {
        RestoreRequest r = filesRequest();
        r.backup.manifestJson = encryptedManifest(kContract);
        r.passphrase = SecureBytes(QByteArrayView("0123abcd"));
        const QList<QByteArray> list = records(RestoreScript::parameters(r, "https://s3.example/x"));
        QVERIFY(list.contains("encrypted=1"));
        QVERIFY(list.contains("iter=200000"));
        QVERIFY(list.contains("pass=0123abcd"));
    }

    void readsEncryption_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<int>("iterations");
        QJsonObject otherCipher = kContract;
        otherCipher.insert(QStringLiteral("cipher"), QStringLiteral("aes-128-cbc"));
        QJsonObject noIter = kContract;
        noIter.remove(QStringLiteral("iter"));
        QTest::addRow("plain") << QByteArray(R"({"archive":{"encrypted":false}})") << true << false << 0;
        QTest::addRow("old manifest") << QByteArray("{}") << true << false << 0;
        QTest::addRow("top level") << encryptedManifest(kContract) << true << true << 200000;
        QTest::addRow("in archive") << encryptedManifest(kContract, true) << true << true << 200000;
        QTest::addRow("other cipher") << encryptedManifest(otherCipher) << false << true << 0;
        QTest::addRow("no iterations") << encryptedManifest(noIter) << false << true << 0;
        QTest::addRow("flag without details") << QByteArray(R"({"encrypted":true})") << false << true << 0;
    }

    void readsEncryption()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(bool, ok);
        QFETCH(bool, encrypted);
        QFETCH(int, iterations);
        bool isEncrypted = false;
        int iter = -1;
        QString error;
        QCOMPARE(RestoreScript::readEncryption(manifest, &isEncrypted, &iter, &error), ok);
        QCOMPARE(isEncrypted, encrypted);
        QCOMPARE(iter, iterations);
        QCOMPARE(error.isEmpty(), ok);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("says");
        QTest::addRow("fine") << 0 << QString();
        QTest::addRow("over original, not confirmed") << 1 << QStringLiteral("type the server's name");
        QTest::addRow("over original, wrong name") << 2 << QStringLiteral("type the server's name");
        QTest::addRow("over original, confirmed") << 3 << QString();
        QTest::addRow("relative target") << 4 << QStringLiteral("absolute path");
        QTest::addRow("dot-dot target") << 5 << QStringLiteral("absolute path");
        QTest::addRow("absolute archive folder") << 6 << QStringLiteral("leading");
        QTest::addRow("deleted backup") << 7 << QStringLiteral("deleted");
        QTest::addRow("database from files") << 8 << QStringLiteral("holds files");
        QTest::addRow("empty member") << 9 << QStringLiteral("invalid name");
        QTest::addRow("over the original database, confirmed") << 10 << QString();
        QTest::addRow("over the original database, not confirmed")
            << 11 << QStringLiteral("type the server's name");
        QTest::addRow("over another database")
            << 12 << QStringLiteral("only over the one the backup was made of");
    }

    void refusals()
    {
        QFETCH(int, change);
        QFETCH(QString, says);
        RestoreRequest r = filesRequest();
        switch (change) {
        case 1:
            r.overOriginal = true;
            break;
        case 2:
            r.overOriginal = true;
            r.confirmation = QStringLiteral("web 2");
            break;
        case 3:
            r.overOriginal = true;
            r.confirmation = QStringLiteral("web 1");
            break;
        case 4:
            r.destination = QStringLiteral("srv/restore");
            break;
        case 5:
            r.destination = QStringLiteral("/srv/../etc");
            break;
        case 6:
            r.archiveRoot = QStringLiteral("/srv/www");
            break;
        case 7:
            r.backup.state = QStringLiteral("deleting");
            break;
        case 8:
            r.mode = RestoreRequest::Mode::Database;
            r.databaseName = QStringLiteral("x");
            break;
        case 9:
            r.members = { QString() };
            break;
        case 10:
            r.mode = RestoreRequest::Mode::Database;
            r.backup.kind = QStringLiteral("mysql");
            r.databaseName = QStringLiteral("shop");
            r.sourceDatabase = QStringLiteral("shop");
            r.overOriginal = true;
            r.confirmation = QStringLiteral("web 1");
            break;
        case 11:
        case 12:
            r.mode = RestoreRequest::Mode::Database;
            r.backup.kind = QStringLiteral("postgres");
            r.databaseName = change == 11 ? QStringLiteral("shop") : QStringLiteral("shop_live");
            r.sourceDatabase = QStringLiteral("shop");
            r.overOriginal = true;
            r.confirmation = change == 11 ? QStringLiteral("web") : QStringLiteral("web 1");
            break;
        }
        const QString problem = RestoreRun::validate(r);
        if (says.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            return;
        }
        QVERIFY2(problem.contains(says), qPrintable(problem));
        QVERIFY(problem.endsWith(QLatin1Char('.')));
        QCOMPARE(problem.count(QStringLiteral(". ")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestoreScript)
#include "tst_restorescript.moc"
