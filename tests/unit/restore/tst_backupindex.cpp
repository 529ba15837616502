// The file index as backup.sh stores it: tar's own `-vv --full-time` listing, compressed and maybe
// encrypted. Parsed line by line (hostile names: newlines, non-UTF-8, leading dashes and spaces,
// " -> " inside names), cross-checked against a listing the real tar writes for the hostile tree,
// and decoded from what the real zstd, gzip and openssl write.
#include "restore/BackupIndex.h"
#include "restore/BackupIndexDecoder.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using Type = BackupIndexEntry::Type;

namespace {

QByteArray run(
    const QString &program, const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    if (p.exitCode() != 0)
        qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestBackupIndex final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesOneLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("owner");

        QTest::addRow("plain file") << QByteArray(
            "-rw-r--r--  0/0            1048576 2026-11-29 16:01:43.136365393 /srv/data/big")
                                    << QByteArray("srv/data/big") << int(Type::File) << qint64(1048576)
                                    << 0644 << QByteArray() << "0/0";
        QTest::addRow("folder with trailing slash")
            << QByteArray(
                   "drwsr-xr-x  0/0               0 2026-11-29 16:01:43.133624021 /srv/sub dir/deeper/")
            << QByteArray("srv/sub dir/deeper") << int(Type::Directory) << qint64(0) << 04755 << QByteArray()
            << "0/0";
        QTest::addRow("newline escaped")
            << QByteArray("-rw-r--r--  0/0               8 2026-11-29 16:01:43.092526262 /t/new\\nline")
            << QByteArray("t/new\nline") << int(Type::File) << qint64(8) << 0644 << QByteArray() << "0/0";
        QTest::addRow("non-UTF-8 as octal") << QByteArray(
            "-rw-r--r--  0/0               6 2026-11-29 16:01:43.096734374 /t/latin1-\\351\\377")
                                            << QByteArray("t/latin1-\xe9\xff") << int(Type::File) << qint64(6)
                                            << 0644 << QByteArray() << "0/0";
        QTest::addRow("backslash") << QByteArray(
            "-rw-r--r--  0/0               6 2026-11-29 16:01:43.096734374 t/a\\\\b")
                                   << QByteArray("t/a\\b") << int(Type::File) << qint64(6) << 0644
                                   << QByteArray() << "0/0";
        QTest::addRow("leading dashes")
            << QByteArray("-rw-r--r--  0/0               2 2026-11-29 16:01:43.096734374 /t/-C")
            << QByteArray("t/-C") << int(Type::File) << qint64(2) << 0644 << QByteArray() << "0/0";
        QTest::addRow("command substitution") << QByteArray(
            "-rw-r--r--  0/0               7 2026-11-29 16:01:43.096734374 /t/$(touch /tmp/pwned)")
                                              << QByteArray("t/$(touch /tmp/pwned)") << int(Type::File)
                                              << qint64(7) << 0644 << QByteArray() << "0/0";
        QTest::addRow("symlink") << QByteArray(
            "lrwxrwxrwx  0/0               0 2026-11-29 16:01:43.09746782 /t/link -> a file with spaces")
                                 << QByteArray("t/link") << int(Type::Symlink) << qint64(0) << 0777
                                 << QByteArray("a file with spaces") << "0/0";
        QTest::addRow("hard link") << QByteArray(
            "-rw-r--r--  0/0               2 2026-11-29 16:01:43.096734374 /t/-C\n"
            "hrw-r--r--  0/0               0 2026-11-29 16:01:43.096734374 /t/hard link to -C link to t/-C")
                                   << QByteArray("t/hard link to -C") << int(Type::HardLink) << qint64(0)
                                   << 0644 << QByteArray("t/-C") << "0/0";
        QTest::addRow("xattr marker, other owner")
            << QByteArray("-rw-r-----* 1234/5678        11 2026-11-29 16:01:43.109368793 /t/x")
            << QByteArray("t/x") << int(Type::File) << qint64(11) << 0640 << QByteArray() << "1234/5678";
        QTest::addRow("device") << QByteArray(
            "crw-r--r--  0/0             1,3 2026-11-29 16:01:43.144365393 /t/null")
                                << QByteArray("t/null") << int(Type::CharDevice) << qint64(0) << 0644
                                << QByteArray() << "0/0";
        QTest::addRow("name starting with spaces")
            << QByteArray("-rw-r--r--  0/0               1 2026-11-29 16:01:43.144365393   two spaces")
            << QByteArray("  two spaces") << int(Type::File) << qint64(1) << 0644 << QByteArray() << "0/0";
    }

    void parsesOneLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, path);
        QFETCH(int, type);
        QFETCH(qint64, size);
        QFETCH(int, mode);
        QFETCH(QByteArray, target);
        QFETCH(QString, owner);
        const BackupIndex index = BackupIndex::parse(line + '\n');
        QCOMPARE(index.skippedLines(), 0);
        QVERIFY(!index.isEmpty());
        const BackupIndexEntry &e = index.entries().last(); // earlier lines give context
        QCOMPARE(e.path, path);
        QCOMPARE(int(e.type), type);
        QCOMPARE(e.size, size);
        QCOMPARE(int(e.mode), mode);
        QCOMPARE(e.linkTarget, target);
        QCOMPARE(e.owner, owner);
        QCOMPARE(e.mtime.date(), QDate(2026, 11, 29));
        QCOMPARE(e.mtime.time().hour(), 16);
        QCOMPARE(e.mtime.time().second(), 43);
    }

    void skipsWhatIsNotAnEntry()
    {
        const BackupIndex index = BackupIndex::parse(
            "garbage\n  x: 11 user.cairn\n\n-rw-r--r--  0/0 notanumber 2026-11-29 16:01:43 f\n"
            "-rw-r--r--  0/0 3 2026-11-29 16:01:43 ok");
        QCOMPARE(index.entries().size(), 1);
        QCOMPARE(index.entries().first().path, QByteArray("ok"));
        QCOMPARE(index.skippedLines(), 2);
    }

    void buildsTheTree()
    {
        const BackupIndex index = BackupIndex::parse("drwxr-xr-x  0/0 0 2026-11-29 16:01:43 /srv/www/\n"
                                                     "-rw-r--r--  0/0 5 2026-11-29 16:01:43 /srv/www/b\n"
                                                     "-rw-r--r--  0/0 7 2026-11-29 16:01:43 /srv/www/a\n"
                                                     "drwxr-xr-x  0/0 0 2026-11-29 16:01:43 /srv/www/z/\n");
        // "srv" is never listed (tar was given /srv/www): an implicit folder.
        const auto &root = index.nodes().front();
        QCOMPARE(root.children.size(), size_t(1));
        const int srv = root.children.front();
        QCOMPARE(index.nodes()[srv].entry, -1);
        QVERIFY(index.isFolder(srv));
        const int www = index.find("srv/www");
        QVERIFY(www > 0);
        QCOMPARE(index.pathOf(www), QByteArray("srv/www"));
        const auto &children = index.nodes()[www].children;
        QCOMPARE(children.size(), size_t(3));
        // Folders first, then by name.
        QCOMPARE(index.nodes()[children[0]].name, QByteArray("z"));
        QCOMPARE(index.nodes()[children[1]].name, QByteArray("a"));
        QCOMPARE(index.nodes()[children[2]].name, QByteArray("b"));
        QCOMPARE(index.totalSize(), qint64(12));
        QCOMPARE(index.find("srv/nope"), -1);
    }

    void displayNames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::addRow("utf-8") << QByteArray("Bäckerei") << QStringLiteral("Bäckerei");
        QTest::addRow("newline") << QByteArray("new\nline") << QStringLiteral("new\\012line");
        QTest::addRow("latin-1") << QByteArray("latin1-\xe9\xff") << QStringLiteral("latin1-\\351\\377");
    }

    void displayNames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        QCOMPARE(BackupIndex::displayName(bytes), shown);
    }

    // The real tar over the hostile tree of the backup tests, as backup.sh runs it: every name
    // find(1) sees comes back byte for byte.
    void realTarListing()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("tree"));
        int code = -1;
        run(QStringLiteral("bash"),
            { qEnvironmentVariable("CAIRN_SOURCE_DIR")
                    + QStringLiteral("/tests/integration/backup/maketree.sh"),
                root, QStringLiteral("1"), QStringLiteral("1") },
            {}, &code);
        QCOMPARE(code, 0);
        const QString indexFile = dir.filePath(QStringLiteral("index"));
        QByteArray paths = root.toUtf8() + '\0';
        run(QStringLiteral("env"),
            { QStringLiteral("LC_ALL=C"), QStringLiteral("tar"), QStringLiteral("-c"), QStringLiteral("-f"),
                QStringLiteral("/dev/null"), QStringLiteral("--numeric-owner"), QStringLiteral("--sparse"),
                QStringLiteral("--xattrs"), QStringLiteral("--xattrs-include=*"), QStringLiteral("-vv"),
                QStringLiteral("--full-time"), QStringLiteral("--index-file=") + indexFile,
                QStringLiteral("--null"), QStringLiteral("--verbatim-files-from"), QStringLiteral("-T"),
                QStringLiteral("-") },
            paths, &code);
        QCOMPARE(code, 0);
        // Qt cannot remove the non-UTF-8 name (it does not round-trip through QString): rm can.
        auto cleanup = qScopeGuard([&] { run(QStringLiteral("rm"), { QStringLiteral("-rf"), root }); });
        QFile file(indexFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const BackupIndex index = BackupIndex::parse(file.readAll());
        QCOMPARE(index.skippedLines(), 0);

        QList<QByteArray> expected
            = run(QStringLiteral("find"), { root, QStringLiteral("-print0") }).split('\0');
        expected.removeAll(QByteArray());
        QList<QByteArray> parsed;
        for (const BackupIndexEntry &e : index.entries())
            parsed << '/' + e.path;
        std::sort(expected.begin(), expected.end());
        std::sort(parsed.begin(), parsed.end());
        QCOMPARE(parsed, expected);

        const int newline = index.find(root.mid(1).toUtf8() + "/new\nline");
        QVERIFY(newline > 0);
        QCOMPARE(index.entries()[index.nodes()[newline].entry].size, qint64(8));
        const int latin = index.find(root.mid(1).toUtf8() + "/latin1-\xe9\xff");
        QVERIFY(latin > 0);
        const int link = index.find(root.mid(1).toUtf8() + "/link-to-spaces");
        QCOMPARE(index.entries()[index.nodes()[link].entry].linkTarget, QByteArray("a file with spaces"));
        const int deeper = index.find(root.mid(1).toUtf8() + "/sub dir/deeper");
        QCOMPARE(int(index.entries()[index.nodes()[deeper].entry].mode), 04755);
        QCOMPARE(
            index.entries()[index.nodes()[index.find(root.mid(1).toUtf8() + "/sub dir/empty2")].entry].owner,
            QStringLiteral("1234/5678"));
    }

    void decodesWhatTheToolsWrite_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<bool>("encrypted");
        QTest::addRow("zstd") << QStringLiteral("zstd") << false;
        QTest::addRow("gzip") << QStringLiteral("gzip") << false;
        QTest::addRow("zstd, encrypted") << QStringLiteral("zstd") << true;
        QTest::addRow("gzip, encrypted") << QStringLiteral("gzip") << true;
    }

    void decodesWhatTheToolsWrite()
    {
        QFETCH(QString, compression);
        QFETCH(bool, encrypted);
        QByteArray listing;
        for (int i = 0; i < 5000; ++i)
            listing += "-rw-r--r--  0/0 " + QByteArray::number(i) + " 2026-11-29 16:01:43 /srv/f"
                + QByteArray::number(i) + '\n';
        const QByteArray compressed = run(compression, { QStringLiteral("-c") }, listing);
        QVERIFY(!compressed.isEmpty());
        const QByteArray passphrase = QByteArray(64, 'a').replace(3, 5, "01f9e");
        QTemporaryDir dir;
        QByteArray stored = compressed;
        if (encrypted) {
            QFile pass(dir.filePath(QStringLiteral("pass")));
            QVERIFY(pass.open(QIODevice::WriteOnly));
            pass.write(passphrase);
            pass.close();
            // What backup.sh runs (it feeds the passphrase on a pipe; a file is the same to openssl).
            stored = run(QStringLiteral("openssl"),
                { QStringLiteral("enc"), QStringLiteral("-e"), QStringLiteral("-aes-256-ctr"),
                    QStringLiteral("-pbkdf2"), QStringLiteral("-iter"), QStringLiteral("1000"),
                    QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-pass"),
                    QStringLiteral("file:") + pass.fileName() },
                compressed);
            QVERIFY(stored.startsWith("Salted__"));
        }
        QString error;
        QCOMPARE(BackupIndexDecoder::decode(
                     stored, compression, encrypted ? passphrase : QByteArray(), 1000, &error),
            listing);
        QVERIFY(error.isEmpty());
        if (encrypted) {
            const QByteArray wrong
                = BackupIndexDecoder::decode(stored, compression, QByteArray(64, 'b'), 1000, &error);
            QVERIFY(wrong.isEmpty());
            QVERIFY(error.endsWith(QLatin1Char('.')));
        }
        // Truncated: refused, never a half listing.
        error.clear();
        QVERIFY(BackupIndexDecoder::decompress(compressed.first(compressed.size() / 2), compression, &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupIndex)
#include "tst_backupindex.moc"
