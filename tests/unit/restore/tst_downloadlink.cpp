// The by-hand commands of a download link: each kind of backup gets the tools it needs (zstd or
// gzip, openssl for an encrypted archive, tar, mysql or pg_restore), and hostile values (a URL or
// key with quotes, spaces, $(...), newlines, a leading dash) reach the shell as single words. The
// commands are run by bash with the fetching tools replaced by functions that print their
// arguments, so what the shell would pass is checked, not how the text looks.
#include "restore/DownloadLink.h"
#include "storage/S3Client.h"
#include "storage/S3Target.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

BackupRecord backupOf(const QString &kind, const QString &compression, const QJsonObject &extra = {})
{
    BackupRecord b;
    b.id = 3;
    b.kind = kind;
    b.objectKey = QStringLiteral("acme/web 1/-rf $(id)/it's \"x\".tar.zst");
    b.sha256 = QString(64, QLatin1Char('c'));
    b.compression = compression;
    QJsonObject manifest { { QStringLiteral("archive"),
        QJsonObject { { QStringLiteral("encrypted"), false } } } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        manifest.insert(it.key(), it.value());
    b.manifestJson = QJsonDocument(manifest).toJson();
    return b;
}

S3Target targetOf()
{
    S3Target t;
    t.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9000"));
    t.region = QStringLiteral("us-east-1");
    t.bucket = QStringLiteral("bucket");
    t.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    t.addressing = S3Addressing::Path;
    return t;
}

// Runs command under bash with curl, aws and the unpackers replaced by functions that print each
// argument on its own line (NUL-safe enough for these values) and pass stdin through.
QByteArray argumentsSeen(const QString &command, const QString &dir)
{
    const QString stubs = QStringLiteral(
        "curl() { printf 'curl:%s\\n' \"$@\"; }\n"
        "aws() { printf 'aws:%s\\n' \"$@\"; }\n"
        "zstd() { cat; }\n gzip() { cat; }\n sha256sum() { cat; }\n"
        "tar() { cat; printf 'tar:%s\\n' \"$@\"; }\n mysql() { cat; echo mysql; }\n"
        "openssl() { cat; printf 'openssl:%s\\n' \"$@\"; }\n mkdir() { printf 'mkdir:%s\\n' \"$@\"; }\n"
        "pg_restore() { printf 'pg_restore:%s\\n' \"$@\"; }\n");
    QProcess bash;
    bash.setWorkingDirectory(dir);
    bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), stubs + command });
    bash.waitForFinished(10000);
    return bash.readAllStandardOutput() + bash.readAllStandardError();
}

} // namespace

class tst_DownloadLink final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("restoreTool");
        QTest::addColumn<QString>("unpacker");
        QTest::addRow("files, zstd") << QStringLiteral("files") << QStringLiteral("zstd")
                                     << QStringLiteral("tar -x") << QStringLiteral("zstd -dc");
        QTest::addRow("files, gzip") << QStringLiteral("files") << QStringLiteral("gzip")
                                     << QStringLiteral("tar -x") << QStringLiteral("gzip -dc");
        QTest::addRow("mysql") << QStringLiteral("mysql") << QStringLiteral("zstd")
                               << QStringLiteral("| mysql") << QStringLiteral("zstd -dc");
        QTest::addRow("postgres") << QStringLiteral("postgres") << QStringLiteral("zstd")
                                  << QStringLiteral("pg_restore --create") << QStringLiteral("zstd -dc");
    }

    void kinds()
    {
        QFETCH(QString, kind);
        QFETCH(QString, compression);
        QFETCH(QString, restoreTool);
        QFETCH(QString, unpacker);
        const QList<DownloadLinkStep> steps = DownloadLink::commands(backupOf(kind, compression),
            QStringLiteral("http://127.0.0.1:9000/bucket/k?X-Amz-Signature=ab"), targetOf());
        QVERIFY(steps.size() >= 3);
        QVERIFY(steps.first().explanation.contains(QString(64, QLatin1Char('c'))));
        QVERIFY(steps.first().command.endsWith(QStringLiteral("| sha256sum")));
        QVERIFY2(steps.last().command.contains(restoreTool), qPrintable(steps.last().command));
        QVERIFY2(steps.last().command.contains(unpacker), qPrintable(steps.last().command));
        QVERIFY(!steps.last().command.contains(QStringLiteral("openssl")));
        for (const DownloadLinkStep &step : steps) {
            QVERIFY(step.explanation.endsWith(QLatin1Char(':')));
            QVERIFY(!step.command.contains(QLatin1Char('\n')));
        }
    }

    void hostileValuesStayOneWord_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("quotes and command substitution")
            << QStringLiteral("http://127.0.0.1:9000/bucket/it's%20\"$(touch pwned)\"?a=`id`&b=$HOME");
        QTest::addRow("newline") << QStringLiteral("http://h/a\nrm -rf x");
        QTest::addRow("leading dash") << QStringLiteral("-o/tmp/evil http://h/");
    }

    void hostileValuesStayOneWord()
    {
        QFETCH(QString, url);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BackupRecord backup = backupOf(QStringLiteral("files"), QStringLiteral("zstd"));
        const QList<DownloadLinkStep> steps = DownloadLink::commands(backup, url, targetOf());
        const QByteArray check = argumentsSeen(steps.at(0).command, dir.path());
        QCOMPARE(check, QByteArray("curl:-fsS\ncurl:") + url.toUtf8() + '\n');
        const QByteArray aws = argumentsSeen(steps.at(1).command, dir.path());
        QCOMPARE(aws,
            QByteArray("aws:--endpoint-url\naws:http://127.0.0.1:9000\naws:s3\naws:cp\naws:s3://bucket/")
                + backup.objectKey.toUtf8() + "\naws:-\n");
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("pwned"))), "nothing in the values ran");
    }

    void encryptedArchivesUnwrapTheirKey()
    {
        const QByteArray wrapped = QByteArray("\x01\x02 wrapped key \xff", 17);
        const QJsonObject encryption { { QStringLiteral("cipher"), QStringLiteral("aes-256-ctr") },
            { QStringLiteral("kdf"), QStringLiteral("pbkdf2") },
            { QStringLiteral("md"), QStringLiteral("sha256") }, { QStringLiteral("iter"), 200000 },
            { QStringLiteral("wrappedKey"), QString::fromLatin1(wrapped.toBase64()) } };
        const BackupRecord backup = backupOf(QStringLiteral("files"), QStringLiteral("zstd"),
            { { QStringLiteral("encrypted"), true }, { QStringLiteral("encryption"), encryption } });
        const QList<DownloadLinkStep> steps
            = DownloadLink::commands(backup, QStringLiteral("http://h/k"), targetOf());
        QCOMPARE(steps.size(), 5);
        // The wrapped key step writes exactly the manifest's bytes to key.bin.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        argumentsSeen(steps.at(2).command, dir.path());
        QFile key(dir.filePath(QStringLiteral("key.bin")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), wrapped);
        QVERIFY(steps.at(3).command.contains(QStringLiteral("rsa_oaep_md:sha256")));
        const QByteArray restore = argumentsSeen(steps.at(4).command, dir.path());
        QVERIFY2(restore.contains("openssl:-iter\nopenssl:200000\n"), restore.constData());
        QVERIFY2(restore.contains("openssl:file:pass.txt\n"), restore.constData());
        QVERIFY2(restore.contains("tar:-x\n"), restore.constData());
    }

    void lifetimeIsBounded_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("valid");
        QTest::addRow("14 minutes") << qint64(14 * 60) << false;
        QTest::addRow("1 hour") << qint64(3600) << true;
        QTest::addRow("7 days") << DownloadLink::kMaximumSeconds << true;
        QTest::addRow("7 days and a second") << DownloadLink::kMaximumSeconds + 1 << false;
    }

    void lifetimeIsBounded()
    {
        QFETCH(qint64, seconds);
        QFETCH(bool, valid);
        S3Client client(targetOf(), SigningSecret(QByteArrayView("secret")));
        const DownloadLink link = DownloadLink::create(
            backupOf(QStringLiteral("files"), QStringLiteral("zstd")), client, seconds);
        QCOMPARE(link.isValid(), valid);
        if (valid) {
            QVERIFY(link.url.contains(QStringLiteral("X-Amz-Expires=%1").arg(seconds)));
            QVERIFY(link.commandsText().contains(link.url.left(30)));
        } else {
            QVERIFY(link.error.endsWith(QLatin1Char('.')));
            QVERIFY(link.url.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_DownloadLink)
#include "tst_downloadlink.moc"
