// The preflight checklist: parsing the probe's key=value output strictly (it is untrusted text),
// the verdict per tool and the fix hints; and the probe script itself, run by a local bash.
#include "SshTestSupport.h"
#include "ssh/PreflightProbe.h"
#include "ssh/PreflightReport.h"

#include <QProcessEnvironment>
#include <QTest>

using cairn::PreflightCheck;
using cairn::PreflightProbe;
using cairn::PreflightReport;
using namespace cairn::test;
using Status = PreflightCheck::Status;

Q_DECLARE_METATYPE(PreflightCheck::Status)

namespace {

// What a complete Debian host with every tool reports.
QByteArray fullOutput()
{
    return "cairn_preflight=1\n"
           "os_id=debian\nos_like=\nos_version=12\nos_name=Debian GNU/Linux 12 (bookworm)\n"
           "kernel=Linux 6.1.0 x86_64\nuser=backup\nuid=1001\nbash=5.2.15(1)-release\n"
           "tar=tar (GNU tar) 1.34\ntar_sparse=1\ntar_xattrs=1\ntar_acls=1\ntar_selinux=1\n"
           "curl=7.88.1\nzstd=1.5.4\ngzip=1.12\nsha256sum=sha256sum (GNU coreutils) 9.1\nsha256sum_works=1\n"
           "tmp_dir=/tmp\nmktemp=1\ntmp_writable=1\ntmp_free_kib=10485760\n"
           "mariadb-dump=mariadb-dump  Ver 10.19 Distrib 10.11.6-MariaDB\npg_dump=pg_dump (PostgreSQL) 15.5\n"
           "sudo=ok\ncairn_preflight_end=1\n";
}

QByteArray withLine(QByteArray output, const QByteArray &key, const QByteArray &value)
{
    QList<QByteArray> lines = output.split('\n');
    bool replaced = false;
    for (QByteArray &line : lines) {
        if (line.startsWith(key + '=')) {
            line = key + '=' + value;
            replaced = true;
        }
    }
    if (!replaced)
        lines.insert(1, key + '=' + value);
    return lines.join('\n');
}

QByteArray withoutLine(const QByteArray &output, const QByteArray &key)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith(key + '='))
            kept << line;
    }
    return kept.join('\n');
}

} // namespace

class TestPreflightReport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullHostPasses()
    {
        const PreflightReport report = PreflightReport::parse(fullOutput());
        QVERIFY(report.isComplete());
        QVERIFY(report.passed());
        for (const PreflightCheck &check : report.checks()) {
            QVERIFY2(check.status == Status::Ok, qPrintable(check.id));
            QVERIFY(check.fixHint.isEmpty());
            QVERIFY(!check.title.isEmpty());
        }
        QCOMPARE(report.check(QStringLiteral("tar"))->found, QStringLiteral("GNU tar 1.34"));
        QCOMPARE(report.check(QStringLiteral("compression"))->found, QStringLiteral("zstd 1.5.4"));
        QCOMPARE(report.check(QStringLiteral("tar-features"))->found,
            QStringLiteral("--sparse --xattrs --acls --selinux"));
        QCOMPARE(report.tempFreeBytes(), 10485760LL * 1024);
        QCOMPARE(report.osName(), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("id");
        QTest::addColumn<PreflightCheck::Status>("status");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("hintContains");

        const QByteArray full = fullOutput();
        QTest::addRow("no tar") << withoutLine(withoutLine(full, "tar"), "tar_sparse")
                                << QStringLiteral("tar") << Status::Missing << false
                                << QStringLiteral("sudo apt install tar");
        QTest::addRow("busybox tar") << withLine(full, "tar", "tar (busybox) 1.36.1") << QStringLiteral("tar")
                                     << Status::Warning << true << QStringLiteral("not GNU tar");
        QTest::addRow("tar without acls") << withLine(full, "tar_acls", "0") << QStringLiteral("tar-features")
                                          << Status::Warning << true << QStringLiteral("--acls");
        QTest::addRow("no bash value") << withoutLine(full, "bash") << QStringLiteral("bash")
                                       << Status::Missing << false << QStringLiteral("bash");
        QTest::addRow("no curl") << withoutLine(full, "curl") << QStringLiteral("curl") << Status::Missing
                                 << false << QStringLiteral("sudo apt install curl");
        QTest::addRow("gzip only") << withoutLine(full, "zstd") << QStringLiteral("compression")
                                   << Status::Warning << true << QStringLiteral("zstd");
        QTest::addRow("no compression")
            << withoutLine(withoutLine(full, "zstd"), "gzip") << QStringLiteral("compression")
            << Status::Missing << false << QStringLiteral("zstd");
        QTest::addRow("sha256sum broken")
            << withoutLine(full, "sha256sum_works") << QStringLiteral("sha256sum") << Status::Missing << false
            << QStringLiteral("coreutils");
        QTest::addRow("tmp not writable") << withLine(full, "tmp_writable", "0") << QStringLiteral("mktemp")
                                          << Status::Missing << false << QStringLiteral("TMPDIR");
        QTest::addRow("little temp space")
            << withLine(full, "tmp_free_kib", "1024") << QStringLiteral("temp-space") << Status::Missing
            << false << QStringLiteral("TMPDIR");
        QTest::addRow("unreadable temp space")
            << withLine(full, "tmp_free_kib", "lots") << QStringLiteral("temp-space") << Status::Warning
            << true << QStringLiteral("free space");
        QTest::addRow("no database tools")
            << withoutLine(withoutLine(full, "mariadb-dump"), "pg_dump") << QStringLiteral("mysqldump")
            << Status::Info << true << QStringLiteral("mariadb-client");
        QTest::addRow("sudo asks") << withLine(full, "sudo", "password") << QStringLiteral("sudo")
                                   << Status::Info << true << QStringLiteral("without a password");
        QTest::addRow("rhel hint") << withLine(
            withLine(withoutLine(full, "pg_dump"), "os_id", "rocky"), "os_like", "rhel centos fedora")
                                   << QStringLiteral("pg_dump") << Status::Info << true
                                   << QStringLiteral("sudo dnf install postgresql)");
        QTest::addRow("unknown distribution hint")
            << withLine(withLine(withoutLine(full, "curl"), "os_id", "plan9"), "os_like", "")
            << QStringLiteral("curl") << Status::Missing << false << QStringLiteral("package curl");
        QTest::addRow("cut short") << full.left(full.indexOf("curl=")) << QStringLiteral("probe")
                                   << Status::Missing << false << QStringLiteral("again");
    }

    void verdicts()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, id);
        QFETCH(PreflightCheck::Status, status);
        QFETCH(bool, passed);
        QFETCH(QString, hintContains);
        const PreflightReport report = PreflightReport::parse(output);
        const PreflightCheck *check = report.check(id);
        QVERIFY(check);
        QCOMPARE(check->status, status);
        QCOMPARE(report.passed(), passed);
        QVERIFY2(check->fixHint.contains(hintContains), qPrintable(check->fixHint));
        QVERIFY(check->fixHint.endsWith(QLatin1Char('.')));
    }

    void noBash()
    {
        const PreflightReport report = PreflightReport::parse("cairn_preflight_no_bash=1\n");
        QVERIFY(report.isComplete());
        QVERIFY(!report.passed());
        QCOMPARE(report.check(QStringLiteral("bash"))->status, Status::Missing);
    }

    void hostileOutput()
    {
        QByteArray output = "Welcome to host!\nos_name=forged before start\n" + fullOutput();
        output = withLine(output, "os_name", "Evil\x1b[2J\xe2\x80\xae OS\xff");
        output.replace("curl=7.88.1\n", "curl=7.88.1\ncurl=9.9.9\nBAD KEY=1\n$(x)=1\n");
        output = withLine(output, "pg_dump", QByteArray(5000, 'p'));
        const PreflightReport report = PreflightReport::parse(output);
        QVERIFY(report.isComplete());
        // Banner lines and keys before the start marker are ignored; escapes are shown, not obeyed.
        QCOMPARE(report.osName(), QStringLiteral("Evil\\x1b[2J\\u{202e} OS\\xff"));
        QCOMPARE(report.check(QStringLiteral("curl"))->found, QStringLiteral("curl 7.88.1"));
        QVERIFY(report.check(QStringLiteral("pg_dump"))->found.size() <= 201);
        QVERIFY(report.value(QStringLiteral("BAD KEY")).isEmpty());
        // Nothing after the end marker counts.
        const PreflightReport late = PreflightReport::parse(withoutLine(fullOutput(), "curl") + "curl=1\n");
        QCOMPARE(late.check(QStringLiteral("curl"))->status, Status::Missing);
    }

    void garbageNeverPasses_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("binary") << QByteArray("\x00\xff\x01=\x02\n=\n==", 9);
        QTest::addRow("only markers") << QByteArray("cairn_preflight=1\ncairn_preflight_end=1\n");
        QTest::addRow("end without start") << QByteArray("bash=5\ncairn_preflight_end=1\n");
    }

    void garbageNeverPasses()
    {
        QFETCH(QByteArray, output);
        QVERIFY(!PreflightReport::parse(output).passed());
    }

    void scriptIsCompiledIn()
    {
        const QByteArray script = PreflightProbe::script();
        QVERIFY(script.contains("cairn_preflight_end=1"));
        const ProcessResult syntax = runProcess(QStringLiteral("bash"), { QStringLiteral("-n") }, script);
        QVERIFY2(syntax.exitCode == 0, syntax.err.constData());
    }

    // The exec command and script as sshd would run them, on this machine, through /bin/sh.
    void probeRunsLocally()
    {
        const ProcessResult r = runProcess(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QString::fromLatin1(PreflightProbe::command()) },
            PreflightProbe::script());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const PreflightReport report = PreflightReport::parse(r.out);
        QVERIFY(report.isComplete());
        const ProcessResult bash = runProcess(
            QStringLiteral("bash"), { QStringLiteral("-c"), QStringLiteral("printf %s \"$BASH_VERSION\"") });
        QCOMPARE(report.value(QStringLiteral("bash")), QString::fromLatin1(bash.out));
        QCOMPARE(report.check(QStringLiteral("bash"))->status, Status::Ok);
        const ProcessResult tar = runProcess(QStringLiteral("tar"), { QStringLiteral("--version") });
        QCOMPARE(report.value(QStringLiteral("tar")), QString::fromLatin1(tar.out.split('\n').first()));
    }

    void probeWithoutBash()
    {
        QProcess process;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QString::fromLatin1(PreflightProbe::command()) });
        QVERIFY(process.waitForStarted());
        process.write(PreflightProbe::script());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished());
        const PreflightReport report = PreflightReport::parse(process.readAllStandardOutput());
        QVERIFY(!report.passed());
        QCOMPARE(report.check(QStringLiteral("bash"))->status, Status::Missing);
    }
};

QTEST_GUILESS_MAIN(TestPreflightReport)
#include "tst_preflightreport.moc"
