// Benchmark: connect + authenticate + `true` through Cairn's SshSession against OpenSSH's
// `ssh -i KEY -p PORT host true` on the same sshd fixture.
//   1. one host: median of N sequential runs each, printed with the ratio Cairn / OpenSSH;
//   2. many at once: C sessions through a QThreadPool beside C parallel `ssh` processes, wall time
//      of the whole batch, median of R rounds (sshd runs with MaxStartups 100, so none is refused).
// Goal (issue 3): ratio <= 1.0 for both.
#include "PeerFixture.h"
#include "SshTestSupport.h"
#include "TestProcess.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"
#include "ssh/SshSession.h"

#include <libssh2.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace cairn;
using namespace cairn::test;

namespace {

struct Target {
    SshEndpoint endpoint;
    SshHostKey hostKey;
    SshKey key;
    QString keyFile;
    QString knownHosts;
    QProcessEnvironment env;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool cairnTrue(const Target &target)
{
    SshSession session;
    return session.connect(target.endpoint, HostKeyPolicy::pinned(target.hostKey)).ok()
        && session.authenticateWithKey(target.key).ok() && session.exec("true").ok();
}

QStringList sshArguments(const Target &target)
{
    // No user config, no agent, the pinned host key only: the same work Cairn does.
    return { QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"), target.keyFile,
        QStringLiteral("-p"), QString::number(target.endpoint.port), QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes"), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=") + target.knownHosts, QStringLiteral("-o"),
        QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-l"), target.endpoint.user,
        target.endpoint.host, QStringLiteral("true") };
}

bool opensshTrue(const Target &target)
{
    const TestProcess::Result r = TestProcess::run(QStringLiteral("ssh"), sshArguments(target), target.env);
    if (r.exitCode != 0)
        std::fprintf(stderr, "ssh failed: %s\n", qPrintable(r.describe()));
    return r.finished && r.exitCode == 0;
}

// Milliseconds per run, after two warm-up runs.
std::vector<double> sequential(int runs, const std::function<bool()> &once, int &failures)
{
    once();
    once();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!once())
            ++failures;
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

double cairnBatch(const Target &target, int count, QThreadPool &pool, int &failures)
{
    std::atomic_int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        pool.start([&target, &failed] {
            if (!cairnTrue(target))
                ++failed;
        });
    }
    pool.waitForDone();
    const double ms = timer.nsecsElapsed() / 1e6;
    failures += failed;
    return ms;
}

double opensshBatch(const Target &target, int count, int &failures)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(target.env);
        process->start(QStringLiteral("ssh"), sshArguments(target));
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        if (!process->waitForFinished(120000) || process->exitStatus() != QProcess::NormalExit
            || process->exitCode() != 0)
            ++failures;
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 20;
    const int concurrent = args.size() > 2 ? args.at(2).toInt() : 50;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 5;
    if (qEnvironmentVariableIsEmpty("CAIRN_FIXTURES"))
        qputenv("CAIRN_FIXTURES", CAIRN_FIXTURES_DEFAULT);
    if (!SshLibrary::initialize()) {
        std::fprintf(stderr, "libssh2 did not initialise\n");
        return 1;
    }

    auto sshd = PeerFixture::start(
        QStringLiteral("sshd"), { QStringLiteral("--config"), QStringLiteral("MaxStartups 100") });
    if (!sshd) {
        std::fprintf(stderr, "%s\n", qPrintable(PeerFixture::lastError()));
        return 1;
    }
    QTemporaryDir home;
    Target target;
    target.endpoint = { sshd->value(QStringLiteral("HOST")), sshd->value(QStringLiteral("PORT")).toInt(),
        sshd->value(QStringLiteral("USER")) };
    target.hostKey = SshHostKey::fromOpenSshLine(readFile(sshd->value(QStringLiteral("HOST_KEY_PUB"))));
    target.key = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("cairn-bench"));
    target.keyFile = home.filePath(QStringLiteral("id_ed25519"));
    target.knownHosts = home.filePath(QStringLiteral("known_hosts"));
    target.env = TestProcess::cleanEnvironment(home.path());
    writePrivateFile(target.keyFile, target.key.toOpenSshPrivateKey().view());
    {
        QFile known(target.knownHosts);
        known.open(QIODevice::WriteOnly);
        known.write(QStringLiteral("[%1]:%2 %3\n")
                        .arg(target.endpoint.host)
                        .arg(target.endpoint.port)
                        .arg(target.hostKey.toOpenSshLine())
                        .toUtf8());
        QFile authorized(sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        authorized.open(QIODevice::Append);
        authorized.write(target.key.authorizedKeysLine().toUtf8() + '\n');
    }
    const QByteArray sshVersion = runProcess(QStringLiteral("ssh"), { QStringLiteral("-V") }).err.trimmed();
    std::printf("sshd fixture on %s:%d (MaxStartups 100); client %s; %d CPU(s)\n",
        qPrintable(target.endpoint.host), target.endpoint.port, sshVersion.constData(),
        QThread::idealThreadCount());

    int cairnFailures = 0;
    int opensshFailures = 0;
    const double cairnMedian = median(sequential(
        runs, [&] { return cairnTrue(target); }, cairnFailures));
    const double opensshMedian = median(sequential(
        runs, [&] { return opensshTrue(target); }, opensshFailures));
    std::printf("\nOne host, connect + authenticate + true, median of %d:\n", runs);
    std::printf(
        "  Cairn (libssh2 %s): %8.1f ms   failures %d\n", libssh2_version(0), cairnMedian, cairnFailures);
    std::printf("  OpenSSH ssh:        %8.1f ms   failures %d\n", opensshMedian, opensshFailures);
    std::printf("  ratio Cairn/OpenSSH: %.2f\n", cairnMedian / opensshMedian);

    // Where Cairn's time goes, to tell the library's share from sshd's.
    std::vector<double> connectMs, authMs, execMs, closeMs;
    for (int i = 0; i < runs; ++i) {
        auto owned = std::make_unique<SshSession>();
        SshSession &session = *owned;
        QElapsedTimer timer;
        timer.start();
        const bool connected = session.connect(target.endpoint, HostKeyPolicy::pinned(target.hostKey)).ok();
        connectMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const bool authenticated = connected && session.authenticateWithKey(target.key).ok();
        authMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        if (!authenticated || !session.exec("true").ok())
            ++cairnFailures;
        execMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        owned.reset();
        closeMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf(
        "  Cairn phases (median): connect+handshake %.1f ms, authenticate %.1f ms, exec true %.1f ms, "
        "disconnect %.1f ms\n",
        median(connectMs), median(authMs), median(execMs), median(closeMs));

    QThreadPool pool;
    pool.setMaxThreadCount(concurrent);
    std::vector<double> cairnBatches;
    std::vector<double> opensshBatches;
    int cairnBatchFailures = 0;
    int opensshBatchFailures = 0;
    for (int round = 0; round < rounds; ++round) {
        cairnBatches.push_back(cairnBatch(target, concurrent, pool, cairnBatchFailures));
        opensshBatches.push_back(opensshBatch(target, concurrent, opensshBatchFailures));
    }
    const double cairnBatchMedian = median(cairnBatches);
    const double opensshBatchMedian = median(opensshBatches);
    std::printf(
        "\n%d hosts at once (one sshd), wall time of the batch, median of %d rounds:\n", concurrent, rounds);
    std::printf("  Cairn, QThreadPool limit %d: %8.1f ms   failures %d\n", pool.maxThreadCount(),
        cairnBatchMedian, cairnBatchFailures);
    std::printf("  OpenSSH, %d parallel ssh:    %8.1f ms   failures %d\n", concurrent, opensshBatchMedian,
        opensshBatchFailures);
    std::printf("  ratio Cairn/OpenSSH: %.2f\n", cairnBatchMedian / opensshBatchMedian);
    return cairnFailures + opensshFailures + cairnBatchFailures + opensshBatchFailures == 0 ? 0 : 2;
}
