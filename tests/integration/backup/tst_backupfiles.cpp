// A files backup end to end: a tree with hostile names, links, a sparse file, xattrs and large
// files goes from the host (sshd on this machine) to the strict S3 layer; awscli fetches the object
// and the extracted tree must equal the source.
#include "BackupTestBed.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

TestProcess::Result shell(const QString &script, const QStringList &args = {}, int timeoutMs = 300000)
{
    return TestProcess::run(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash") } + args,
        QProcessEnvironment::systemEnvironment(), {}, timeoutMs);
}

QByteArray sha256File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestBackupFiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start();
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
    }

    // Everything tar must not lose, under names chosen to break scripts, 256 MiB in all.
    void hostileTreeBacksUpAndRestoresIdentically()
    {
        QFile::remove(QStringLiteral("/tmp/pwned"));
        const QString root = m_bed->path(QStringLiteral("tree"));
        const TestProcess::Result made = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/maketree.sh"), root },
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(made.finished && made.exitCode == 0, qPrintable(made.describe()));

        JobSpec spec;
        spec.paths = { root };
        const qint64 jobId = m_bed->addJob(QStringLiteral("hostile tree"), spec);
        QVERIFY2(jobId, qPrintable(BackupTestBed::lastError()));
        const BackupTestBed::Outcome outcome = m_bed->run(jobId);
        QVERIFY2(outcome.finished, qPrintable(outcome.result.message));
        QVERIFY2(outcome.result.status == BackupResult::Status::Succeeded,
            qPrintable(outcome.result.message + QLatin1Char('\n') + outcome.result.detail + QLatin1Char('\n')
                + outcome.log.join(QLatin1Char('\n'))));
        QVERIFY(outcome.result.message.endsWith(QLatin1Char('.')));
        QVERIFY(outcome.progressSignals > 0);

        // Promise 1: the desktop saw control messages only.
        QVERIFY2(outcome.result.bytesToDesktop < 64 * 1024,
            qPrintable(QStringLiteral("%1 bytes reached the desktop").arg(outcome.result.bytesToDesktop)));
        QVERIFY(outcome.result.bytesStored > 256LL * 1024 * 1024);
        QVERIFY(outcome.result.bytesSource > 256LL * 1024 * 1024);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));

        const QString key = outcome.result.objectKey;
        QVERIFY2(key.startsWith(QStringLiteral("backups/web_1/hostile_tree/")), qPrintable(key));
        QVERIFY2(key.endsWith(QStringLiteral("-%1.tar.zst").arg(outcome.runId)), qPrintable(key));
        const QStringList keys = m_bed->objectKeys(QStringLiteral("backups/"));
        QVERIFY2(keys.contains(key), qPrintable(keys.join(u',')));
        QVERIFY2(keys.contains(key + QStringLiteral(".index.zst")), qPrintable(keys.join(u',')));
        QVERIFY2(keys.contains(key + QStringLiteral(".manifest.json")), qPrintable(keys.join(u',')));
        QCOMPARE(m_bed->openUploads(), QStringList());
        QCOMPARE(m_bed->hostTempLeftovers(), QStringList());

        // The object is what the host hashed and what the manifest says.
        const QString archive = m_bed->download(key, QStringLiteral("archive.tar.zst"));
        QVERIFY2(!archive.isEmpty(), qPrintable(BackupTestBed::lastError()));
        QCOMPARE(QString::fromLatin1(sha256File(archive)), outcome.result.sha256);
        const QString manifestFile
            = m_bed->download(key + QStringLiteral(".manifest.json"), QStringLiteral("manifest.json"));
        QFile manifestIn(manifestFile);
        QVERIFY(manifestIn.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestIn.readAll()).object();
        const QJsonObject archiveInfo = manifest.value(QStringLiteral("archive")).toObject();
        QCOMPARE(archiveInfo.value(QStringLiteral("sha256")).toString(), outcome.result.sha256);
        QCOMPARE(archiveInfo.value(QStringLiteral("size")).toInteger(), QFileInfo(archive).size());
        QCOMPARE(archiveInfo.value(QStringLiteral("compression")).toString(), QStringLiteral("zstd"));
        const QJsonArray flags = archiveInfo.value(QStringLiteral("tarFlags")).toArray();
        for (const char *flag : { "--sparse", "--xattrs", "--acls", "--numeric-owner" })
            QVERIFY2(flags.contains(QLatin1String(flag)), flag);
        QVERIFY(manifest.value(QStringLiteral("tools"))
                    .toObject()
                    .value(QStringLiteral("tar"))
                    .toString()
                    .contains(QStringLiteral("GNU tar")));
        QCOMPARE(manifest.value(QStringLiteral("source")).toObject().value(QStringLiteral("paths")).toArray(),
            QJsonArray { root });
        QVERIFY(!manifest.value(QStringLiteral("restore")).toArray().isEmpty());

        // Restore by hand, as the manifest says, and compare every property of every file.
        const QString restored = m_bed->path(QStringLiteral("restored"));
        QVERIFY(QDir().mkpath(restored));
        const TestProcess::Result extracted
            = shell(QStringLiteral("zstd -dc \"$1\" | tar -x -p --numeric-owner --xattrs "
                                   "--xattrs-include='*' --acls -f - -C \"$2\""),
                { archive, restored });
        QVERIFY2(extracted.finished && extracted.exitCode == 0, qPrintable(extracted.describe()));
        const TestProcess::Result compared = TestProcess::run(QStringLiteral("python3"),
            { QStringLiteral(CAIRN_BACKUP_TEST_DIR "/treecompare.py"), root, restored + root },
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(compared.finished && compared.exitCode == 0, compared.out.constData());
        QVERIFY2(compared.out.contains("24 entries, 0 differences"), compared.out.constData());
        qInfo("stored %lld bytes from %lld source bytes; the desktop received %lld bytes",
            outcome.result.bytesStored, outcome.result.bytesSource, outcome.result.bytesToDesktop);

        // The index lists what the archive holds, from the same tar run.
        const QString index
            = m_bed->download(key + QStringLiteral(".index.zst"), QStringLiteral("index.zst"));
        const TestProcess::Result listed = shell(QStringLiteral("zstd -dc \"$1\""), { index });
        QVERIFY(listed.exitCode == 0);
        QVERIFY2(listed.out.contains("tree/-C\n"), listed.out.left(2000).constData());
        QVERIFY(listed.out.contains("tree/new\\nline"));
        QVERIFY(listed.out.contains("tree/hard link to -C link to "));
        QVERIFY(listed.out.contains("big\n"));
    }

    void excludedFilesAreLeftOut()
    {
        const QString root = m_bed->path(QStringLiteral("excludes"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/cache")));
        for (const char *name : { "/keep.txt", "/drop.log", "/cache/big.bin", "/-leading dash.log" }) {
            QFile file(root + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("content\n");
        }
        JobSpec spec;
        spec.paths = { root };
        spec.excludes = { QStringLiteral("*.log"), root + QStringLiteral("/cache") };
        const BackupTestBed::Outcome outcome = m_bed->run(m_bed->addJob(QStringLiteral("excludes"), spec));
        QVERIFY2(
            outcome.result.status == BackupResult::Status::Succeeded, qPrintable(outcome.result.message));
        const QString index = m_bed->download(
            outcome.result.objectKey + QStringLiteral(".index.zst"), QStringLiteral("x.zst"));
        const TestProcess::Result listed = TestProcess::run(QStringLiteral("zstd"),
            { QStringLiteral("-dc"), index }, QProcessEnvironment::systemEnvironment());
        QVERIFY2(listed.out.contains("excludes/keep.txt\n"), listed.out.constData());
        QVERIFY(!listed.out.contains(".log"));
        QVERIFY(!listed.out.contains("cache"));
    }

private:
    std::unique_ptr<BackupTestBed> m_bed;
};

QTEST_GUILESS_MAIN(TestBackupFiles)
#include "tst_backupfiles.moc"
