// Benchmark: 20 jobs on 20 host sessions at concurrency 4, with
// the main window's Activity page shown (QT_QPA_PLATFORM=offscreen unless set). A 5 ms QTimer and
// a QElapsedTimer measure the longest gap of the GUI event loop from the first Run now to the last
// run's end. Prints that gap, how many gaps exceeded 50 ms, and the total throughput.
// The 20 hosts: one sshd fixture listening on 10 ports (sshd takes at most 16 listen sockets), each
// port reached as 127.0.0.1 and as localhost, so 20 server rows are 20 hosts to RunManager (its
// one-run-per-host rule would otherwise serialise them).
// Goal (issue 5): no stall over 50 ms.
#include "BackupTestBed.h"

#include "backup/JobSpec.h"
#include "backup/RunManager.h"
#include "secrets/SecretStore.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <cstdio>

using namespace cairn;
using namespace cairn::test;

namespace {

constexpr int kJobs = 20;

// Ports free right now on 127.0.0.1 (held open together so they differ, then released for sshd).
QList<int> freePorts(int count)
{
    QList<QTcpServer *> servers;
    QList<int> ports;
    for (int i = 0; i < count; ++i) {
        auto *server = new QTcpServer;
        if (server->listen(QHostAddress::LocalHost, 0))
            ports << server->serverPort();
        servers << server;
    }
    qDeleteAll(servers);
    return ports;
}

bool writeRandomFile(const QString &path, int mebibytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < mebibytes; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (file.write(block) != block.size())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("CAIRN_FIXTURES"))
        qputenv("CAIRN_FIXTURES", CAIRN_FIXTURES_FALLBACK);
    QApplication app(argc, argv);
    const int mebibytes = argc > 1 ? qMax(1, atoi(argv[1])) : 16;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fprintf(
            stderr, "Run this inside tests/fixtures/keyring-session.sh (it needs the test keychain).\n");
        return 2;
    }

    constexpr int kPorts = kJobs / 2;
    const QList<int> ports = freePorts(kPorts - 1);
    QStringList sshdArgs { QStringLiteral("--config"), QStringLiteral("MaxStartups 200"),
        QStringLiteral("--config"), QStringLiteral("MaxSessions 200") };
    for (int port : ports)
        sshdArgs << QStringLiteral("--config") << QStringLiteral("ListenAddress 127.0.0.1:%1").arg(port);
    // The window reads secrets from the default service, as the app does (a private keyring).
    auto bed = BackupTestBed::start(sshdArgs, SecretStore::defaultService(), QStringLiteral("s3"));
    if (!bed) {
        std::fprintf(stderr, "%s\n", qPrintable(BackupTestBed::lastError()));
        return 1;
    }

    // 20 server rows, 20 distinct hosts as far as RunManager can tell.
    const auto first = ServerRepository(bed->database()).findById(bed->serverId());
    if (!first || ports.size() != kPorts - 1)
        return 1;
    const QList<int> allPorts = QList<int> { first->port } + ports;
    QList<qint64> serverIds { bed->serverId() };
    for (int i = 1; i < kJobs; ++i) {
        Server server = *first;
        server.id = 0;
        server.name = QStringLiteral("web %1").arg(i + 1);
        server.host = i < kPorts ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost");
        server.port = allPorts.at(i % kPorts);
        StoreError error;
        const qint64 id = ServerRepository(bed->database()).insert(server, &error);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        serverIds << id;
    }

    std::printf("Writing %d x %d MiB of random data ...\n", kJobs, mebibytes);
    std::fflush(stdout);
    QList<qint64> jobIds;
    for (int i = 0; i < kJobs; ++i) {
        const QString dir = bed->path(QStringLiteral("data%1").arg(i));
        QDir().mkpath(dir);
        if (!writeRandomFile(dir + QStringLiteral("/random.bin"), mebibytes)) {
            std::fprintf(stderr, "cannot write the source data\n");
            return 1;
        }
        JobSpec spec;
        spec.paths = { dir };
        spec.tempDir = bed->hostTempDir();
        spec.compression = JobSpec::Compression::Zstd;
        spec.compressionLevel = 1;
        Job job;
        job.clientId = bed->clientId();
        job.name = QStringLiteral("bench job %1").arg(i + 1);
        job.serverId = serverIds.at(i);
        job.storageId = bed->storageId();
        job.kind = JobSpec::kindName(spec.kind);
        StoreError error;
        const qint64 id = JobRepository(bed->database()).insert(job, spec.toJsonBytes(), &error);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        jobIds << id;
    }

    MainWindow window(bed->database(), false);
    window.runManager()->setConcurrency(4);
    window.show();
    window.showPage(MainWindow::Activity);

    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int gapsOver50 = 0;
    int finished = 0;
    int succeeded = 0;
    qint64 sourceBytes = 0;
    QStringList failures;
    QStringList stalls; // when each gap over 50 ms happened, to find its cause
    int started = 0;
    QTimer tick;
    tick.setInterval(5);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 gap = sinceTick.restart();
        longestGap = std::max(longestGap, gap);
        if (gap > 50) {
            ++gapsOver50;
            stalls << QStringLiteral("%1 ms at %2 s (%3 started, %4 finished)")
                          .arg(gap)
                          .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 2)
                          .arg(started)
                          .arg(finished);
        }
    });
    QObject::connect(window.runManager(), &RunManager::runStarted, &app, [&] { ++started; });
    QObject::connect(
        window.runManager(), &RunManager::runFinished, &app, [&](qint64, const BackupResult &result) {
            ++finished;
            if (result.succeeded()) {
                ++succeeded;
                sourceBytes += result.bytesSource;
            } else {
                failures << result.message;
            }
            if (finished == kJobs)
                app.quit();
        });
    QTimer::singleShot(200, &app, [&] {
        wall.start();
        sinceTick.start();
        tick.start();
        for (qint64 id : std::as_const(jobIds))
            window.runJob(id);
    });
    QTimer::singleShot(30 * 60 * 1000, &app, [&] {
        failures << QStringLiteral("timed out after 30 minutes");
        app.quit();
    });
    app.exec();
    const double seconds = double(wall.elapsed()) / 1000.0;
    tick.stop();

    std::printf("jobs: %d, succeeded: %d, concurrency: 4, %d MiB each\n", kJobs, succeeded, mebibytes);
    std::printf("wall time: %.1f s, throughput: %.1f MiB/s (source bytes of successful runs)\n", seconds,
        double(sourceBytes) / (1024.0 * 1024.0) / std::max(seconds, 0.001));
    std::printf("GUI event loop: longest gap %lld ms, gaps over 50 ms: %d (goal: none)\n",
        static_cast<long long>(longestGap), gapsOver50);
    for (const QString &stall : std::as_const(stalls))
        std::printf("stall: %s\n", qPrintable(stall));
    for (const QString &failure : std::as_const(failures))
        std::printf("failure: %s\n", qPrintable(failure));
    return succeeded == kJobs ? 0 : 1;
}
