// Hardening: a process that called Hardening::disableCoreDumps() has a core limit of 0 (soft and
// hard, also in the programs it starts), is not dumpable, and writes no core file when it
// crashes, where the same crash without it does. The test starts copies of itself as children.
#include "security/Hardening.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace cairn;

namespace {

// --- the children -------------------------------------------------------------------------

QByteArray procLine(const char *path, const char *prefix)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.simplified();
    }
    return "missing";
}

// Prints what the kernel says about this process, then execs grep so the grandchild reports its
// own inherited core limit.
int childReport(bool harden)
{
    if (harden && !Hardening::disableCoreDumps().ok())
        return 2;
    struct rlimit limit { };
    getrlimit(RLIMIT_CORE, &limit);
    std::printf("dumpable=%d\n", prctl(PR_GET_DUMPABLE, 0, 0, 0, 0));
    std::printf("soft=%llu hard=%llu\n", static_cast<unsigned long long>(limit.rlim_cur),
        static_cast<unsigned long long>(limit.rlim_max));
    std::printf("self %s\n", procLine("/proc/self/limits", "Max core file size").constData());
    std::printf("status %s\n", procLine("/proc/self/status", "CoreDumping").constData());
    std::printf("disabled=%d\n", Hardening::coreDumpsDisabled() ? 1 : 0);
    std::fflush(stdout);
    execl("/bin/grep", "grep", "^Max core file size", "/proc/self/limits", static_cast<char *>(nullptr));
    return 3;
}

// Crashes inside dir. The child first raises its soft core limit to the hard one, so that a core
// file appears there unless hardening prevents it.
int childCrash(bool harden, const char *dir)
{
    if (chdir(dir) != 0)
        return 2;
    // Up to the hard limit, which any user may do (scripts/test.sh lowers only the soft one).
    struct rlimit limit { };
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_max == 0)
        return 4; // the test reports that a core cannot be allowed here
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_CORE, &limit) != 0)
        return 4;
    if (harden && !Hardening::disableCoreDumps().ok())
        return 2;
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
}

// --- the test --------------------------------------------------------------------------------

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out;
};

Run runSelf(const QStringList &arguments)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    return run;
}

QStringList coreFiles(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("core*") }, QDir::Files);
}

} // namespace

class TestHardening final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hardenedChildReports_data()
    {
        QTest::addColumn<bool>("harden");
        QTest::addRow("hardened") << true;
        QTest::addRow("plain (control)") << false;
    }

    void hardenedChildReports()
    {
        QFETCH(bool, harden);
        const Run run = runSelf(
            { harden ? QStringLiteral("--child-report-hardened") : QStringLiteral("--child-report-plain") });
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0); // grep found the line in the grandchild
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY2(lines.size() >= 6, run.out.constData());
        if (harden) {
            QCOMPARE(lines.at(0), QByteArray("dumpable=0"));
            QCOMPARE(lines.at(1), QByteArray("soft=0 hard=0"));
            QCOMPARE(lines.at(2), QByteArray("self Max core file size 0 0 bytes"));
            QCOMPARE(lines.at(3), QByteArray("status CoreDumping: 0"));
            QCOMPARE(lines.at(4), QByteArray("disabled=1"));
            // The program it started inherits both limits.
            QCOMPARE(lines.at(5).simplified(), QByteArray("Max core file size 0 0 bytes"));
        } else {
            QCOMPARE(lines.at(0), QByteArray("dumpable=1"));
            QCOMPARE(lines.at(4), QByteArray("disabled=0"));
        }
    }

    void noCoreFileAfterACrash()
    {
        const QByteArray pattern = procLine("/proc/sys/kernel/core_pattern", "").trimmed();
        if (pattern.startsWith('|') || pattern.contains('/'))
            QSKIP(qPrintable(
                QStringLiteral("core_pattern is \"%1\": cores go elsewhere than the crashing process's "
                               "folder, so none can be looked for there")
                    .arg(QString::fromLocal8Bit(pattern))));

        // The control: without hardening, the same crash leaves a core file, so the check can fail.
        QTemporaryDir plainDir;
        const Run plain = runSelf({ QStringLiteral("--child-crash-plain"), plainDir.path() });
        if (plain.status == QProcess::NormalExit && plain.exitCode == 4)
            QSKIP("the hard core limit is 0 (ulimit -c 0 sets it; use ulimit -S -c 0), so the control crash "
                  "cannot write a core");
        QCOMPARE(plain.status, QProcess::CrashExit);
        QVERIFY2(!coreFiles(plainDir.path()).isEmpty(), "the unhardened crash wrote no core file");

        QTemporaryDir hardenedDir;
        const Run hardened = runSelf({ QStringLiteral("--child-crash-hardened"), hardenedDir.path() });
        QCOMPARE(hardened.status, QProcess::CrashExit);
        QCOMPARE(coreFiles(hardenedDir.path()), QStringList());
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strncmp(argv[1], "--child-", 8) == 0) {
        const QByteArray mode(argv[1]);
        if (mode == "--child-report-hardened")
            return childReport(true);
        if (mode == "--child-report-plain")
            return childReport(false);
        if (argc >= 3 && mode == "--child-crash-hardened")
            return childCrash(true, argv[2]);
        if (argc >= 3 && mode == "--child-crash-plain")
            return childCrash(false, argv[2]);
        return 64;
    }
    QCoreApplication app(argc, argv);
    TestHardening test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hardening.moc"
