// The demo sandbox (scripts/demo.sh) as a newcomer uses it: start, run the demo job, find a
// complete backup, start again (a clean slate), stop (nothing left running, no Demo client).
#include "TestProcess.h"

#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using cairn::test::TestProcess;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("CAIRN_SOURCE_DIR");
}

QString cli()
{
    return qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli");
}

// True while the process runs; a zombie (exited, not yet reaped) counts as gone.
bool processRuns(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid.isEmpty() || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(") ");
    return end >= 0 && end + 2 < line.size() && line.at(end + 2) != 'Z' && line.at(end + 2) != 'X';
}

bool pidAlive(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pid = file.readAll().trimmed();
    return !pid.isEmpty() && QFile::exists(QStringLiteral("/proc/%1").arg(QString::fromLatin1(pid)));
}

} // namespace

class TestDemo final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startRunStop()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), base.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("CAIRN_CLI"), cli());
        env.remove(QStringLiteral("CAIRN_FIXTURE_OWNER_PID"));
        const QString db = base.filePath(QStringLiteral("cairn.db"));
        const QString demo = base.filePath(QStringLiteral("state/cairn/demo"));
        const QString script = sourceDir() + QStringLiteral("/scripts/demo.sh");
        const auto demoScript = [&](const QString &action) {
            return TestProcess::run(QStringLiteral("bash"), { script, action, QStringLiteral("--db"), db }, env);
        };
        // Whatever happens below, no demo peer outlives the test.
        const auto cleanup = qScopeGuard([&] { demoScript(QStringLiteral("stop")); });

        auto started = demoScript(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
        QVERIFY2(started.out.contains("job run demo-files"), started.out.constData());
        QVERIFY(pidAlive(demo + QStringLiteral("/sshd/sshd.pid")));
        QVERIFY(pidAlive(demo + QStringLiteral("/s3/s3.pid")));

        const auto run = TestProcess::run(cli(),
            { QStringLiteral("--db"), db, QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("demo-files"),
                QStringLiteral("--client"), QStringLiteral("Demo") },
            env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const auto list = TestProcess::run(cli(),
            { QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("demo-files") },
            env);
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains("demo/demo-server/demo-files/"), list.out.constData());

        // A second start replaces the first demo instead of failing on names already taken.
        const QByteArray oldSshd = [&] {
            QFile f(demo + QStringLiteral("/sshd/sshd.pid"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        started = demoScript(QStringLiteral("start"));
        QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
        // The old sshd may linger a moment as a zombie of init before it is reaped.
        QTRY_VERIFY_WITH_TIMEOUT(!processRuns(QString::fromLatin1(oldSshd.trimmed())), 10000);

        const auto stopped = demoScript(QStringLiteral("stop"));
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.describe()));
        QVERIFY(!QDir(demo).exists());
        const auto clients = TestProcess::run(
            cli(), { QStringLiteral("--db"), db, QStringLiteral("client"), QStringLiteral("list") }, env);
        QVERIFY2(clients.exitCode == 0, qPrintable(clients.describe()));
        QVERIFY2(!clients.out.contains("Demo"), clients.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
