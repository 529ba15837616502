// No secret in any host process's argv: the host side of two backups (files, and a MariaDB dump
// with a planted password) runs under strace, which records every execve with its full argv and
// environment size; the trace must hold none of the planted canaries nor any presigned URL's
// signature — while showing that tar, mariadb-dump and curl did run. A third, encrypted backup adds
// its archive passphrase as a canary (recovered afterwards from the manifest's wrapped key with the
// client's private key), while showing openssl enc ran. The same canaries must not be in Cairn's
// SQLite files or the runs' logs either.
#include "BackupTestBed.h"

#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"

#include "store/Database.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace cairn;
using namespace cairn::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomToken(const char *prefix)
{
    return QByteArray(prefix) + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestBackupSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/strace")), "install the Debian package strace");
    }

    void noSecretInHostArgv()
    {
        auto bed = BackupTestBed::start();
        if (!bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        auto mariadb = PeerFixture::start(QStringLiteral("mariadb"));
        if (!mariadb)
            QFAIL(qPrintable(PeerFixture::lastError()));

        // A user whose password is a canary, made over the superuser's socket (stdin, not argv).
        const QByteArray password = randomToken("CanaryPw");
        const QString db = mariadb->value(QStringLiteral("DATABASE"));
        const TestProcess::Result made = TestProcess::run(QStringLiteral("mariadb"),
            { QStringLiteral("--no-defaults"),
                QStringLiteral("--socket=") + mariadb->value(QStringLiteral("SOCKET")), QStringLiteral("-u"),
                mariadb->value(QStringLiteral("SUPERUSER")), db },
            QProcessEnvironment::systemEnvironment(),
            "CREATE USER canary@localhost IDENTIFIED BY '" + password + "';\nGRANT ALL ON `" + db.toUtf8()
                + "`.* TO canary@localhost;\nCREATE TABLE t (x INT);\nINSERT INTO t VALUES (42);\n");
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));

        // Trace sshd and everything it starts from here on.
        const QString pid
            = QString::fromLatin1(readAll(bed->sshd().dir() + QStringLiteral("/sshd.pid")).trimmed());
        const QString trace = bed->path(QStringLiteral("execve.trace"));
        QProcess strace;
        strace.setProcessChannelMode(QProcess::MergedChannels);
        strace.start(QStringLiteral("strace"),
            { QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=execve"),
                QStringLiteral("-s"), QStringLiteral("65535"), QStringLiteral("-o"), trace,
                QStringLiteral("-p"), pid });
        QVERIFY(strace.waitForStarted());
        QByteArray straceOut;
        while (!straceOut.contains("attached") && strace.waitForReadyRead(10000))
            straceOut += strace.readAll();
        QVERIFY2(straceOut.contains("attached"), straceOut.constData());

        QStringList signatures;
        BackupRunOptions options;
        options.presignHook = [&signatures](PresignedUrl &url) {
            signatures << QUrlQuery(url.url).queryItemValue(QStringLiteral("X-Amz-Signature"));
        };

        const QString tree = bed->path(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree));
        QFile big(tree + QStringLiteral("/data"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        // Incompressible, so the archive needs several 5 MiB parts (and so several URLs).
        QList<quint32> noise(24 * 1024 * 1024 / 4);
        QRandomGenerator::global()->fillRange(noise.data(), noise.size());
        big.write(reinterpret_cast<const char *>(noise.constData()), noise.size() * 4);
        big.close();
        JobSpec files;
        files.paths = { tree };
        files.partSize = 5LL * 1024 * 1024;
        files.preCommand = QStringLiteral("true");
        const BackupTestBed::Outcome first = bed->run(bed->addJob(QStringLiteral("files"), files), options);
        QVERIFY2(first.result.succeeded(), qPrintable(first.result.message));

        JobSpec dump;
        dump.kind = JobSpec::Kind::MySql;
        dump.databases = { db };
        dump.databaseLogin = JobSpec::DatabaseLogin::Password;
        dump.databaseUser = QStringLiteral("canary");
        dump.databaseHost = mariadb->value(QStringLiteral("SOCKET"));
        dump.databasePasswordRef = bed->storeSecret(password);
        const BackupTestBed::Outcome second = bed->run(bed->addJob(QStringLiteral("dump"), dump), options);
        QVERIFY2(second.result.succeeded(), qPrintable(second.result.message + second.result.detail));

        // An encrypted backup: the client's key pair first, as `client keys create` makes it.
        ClientKeyService keys(bed->database(), &bed->secrets(), nullptr);
        {
            QEventLoop loop;
            ClientKeyService::Result created;
            keys.createKeyPair(bed->clientId(), [&](const ClientKeyService::Result &r) {
                created = r;
                loop.quit();
            });
            loop.exec();
            QVERIFY2(created.ok(), qPrintable(created.error));
        }
        JobSpec encrypted;
        encrypted.paths = { tree };
        encrypted.encrypt = true;
        const BackupTestBed::Outcome third
            = bed->run(bed->addJob(QStringLiteral("encrypted"), encrypted), options);
        QVERIFY2(third.result.succeeded(), qPrintable(third.result.message + third.result.detail));

        strace.terminate();
        QVERIFY(strace.waitForFinished(20000));
        const QByteArray traced = readAll(trace);

        // The trace saw the host side work: every tool, with its argv.
        for (const char *tool : { "\"tar\"", "\"curl\"", "\"mariadb-dump\"", "\"zstd\"", "\"bash\"" })
            QVERIFY2(traced.contains(tool), tool);
        QVERIFY(traced.contains("--single-transaction"));
        QVERIFY(traced.contains("\"-K\", \"-\""));
        QVERIFY(signatures.size() >= 6); // 5 parts of the files, the index, 1 part of the dump
        QVERIFY(first.result.parts >= 5);

        // ... and no secret: no URL signature, no password, no storage or SSH key material.
        QVERIFY(!traced.contains("X-Amz-Signature"));
        QVERIFY(!traced.contains("X-Amz-Credential"));
        for (const QString &signature : std::as_const(signatures)) {
            QCOMPARE(signature.size(), 64);
            QVERIFY2(!traced.contains(signature.toLatin1()), qPrintable(signature));
        }
        QVERIFY(!traced.contains(password));
        QVERIFY(!traced.contains(bed->s3().secret()));

        // The encrypted run's passphrase, unwrapped from its manifest with the client's private key.
        QSqlQuery manifestRow(bed->database()->connection());
        manifestRow.prepare(QStringLiteral("SELECT manifest_json FROM backups WHERE run_id = ?"));
        manifestRow.addBindValue(third.runId);
        QVERIFY(manifestRow.exec() && manifestRow.next());
        const QJsonObject encryption = QJsonDocument::fromJson(manifestRow.value(0).toByteArray())
                                           .object()
                                           .value(QStringLiteral("encryption"))
                                           .toObject();
        SecureBytes privateKey;
        {
            QEventLoop loop;
            keys.readPrivateKey(bed->clientId(), [&](SecureBytes key, const ClientKeyService::Result &) {
                privateKey = std::move(key);
                loop.quit();
            });
            loop.exec();
        }
        QString unwrapError;
        const SecureBytes passphrase = ClientKeyPair::unwrap(privateKey,
            QByteArray::fromBase64(encryption.value(QStringLiteral("wrappedKey")).toString().toLatin1()),
            &unwrapError);
        QVERIFY2(passphrase.size() == 64, qPrintable(unwrapError));
        const QByteArray passphraseCanary = passphrase.view().toByteArray();
        QVERIFY(traced.contains("\"openssl\", \"enc\", \"-e\", \"-aes-256-ctr\""));
        QVERIFY(traced.contains("\"fd:3\""));
        QVERIFY(!traced.contains(passphraseCanary));
        // Nor the raw 32-byte key's other spellings (upper-case hex, base64).
        QVERIFY(!traced.contains(passphraseCanary.toUpper()));
        QVERIFY(!traced.contains(QByteArray::fromHex(passphraseCanary).toBase64()));

        // Nor in Cairn's database files (the WAL included).
        QByteArray stored;
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            stored += readAll(bed->databasePath() + suffix);
        QVERIFY(stored.size() > 0);
        QVERIFY(!stored.contains(password));
        QVERIFY(!stored.contains(bed->s3().secret()));
        QVERIFY(!stored.contains(passphraseCanary));
        QVERIFY(!stored.contains(QByteArray::fromHex(passphraseCanary)));
        for (const QString &signature : std::as_const(signatures))
            QVERIFY(!stored.contains(signature.toLatin1()));
        const QString logs = first.log.join(u'\n') + second.log.join(u'\n') + third.log.join(u'\n');
        QVERIFY(!logs.contains(QString::fromLatin1(password)));
        QVERIFY(!logs.contains(QString::fromLatin1(passphraseCanary)));
        QVERIFY(!logs.contains(QStringLiteral("X-Amz-Signature")));
    }
};

QTEST_GUILESS_MAIN(TestBackupSecrets)
#include "tst_backupsecrets.moc"
