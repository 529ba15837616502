// Benchmark: a ~1 GiB mixed tree backed up by Cairn (sshd on this machine as the host, the local S3
// server as storage) and by the hand-written peer `tar -cf - DIR | zstd | aws s3 cp - s3://...` to
// the same S3 server, alternating, N runs each (default 3). Prints both throughputs (source bytes
// per second, median), the ratio Cairn / peer, and what the desktop paid per GiB: bytes received
// from the host and CPU seconds of this process (all its threads).
// Goals (issue 5): ratio >= 1.0; under 16 KiB and 0.2 CPU seconds on the desktop per GiB.
#include "BackupTestBed.h"
#include "SchedAutogroup.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace cairn;
using namespace cairn::test;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

constexpr double GiB = 1024.0 * 1024 * 1024;
constexpr double MiB = 1024.0 * 1024;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --no-autogroup (root): the host's SSH sessions share the CPU as if they were other machines.
    const SchedAutogroup autogroup(arguments.removeAll(QStringLiteral("--no-autogroup")) > 0);
    const int runs = arguments.isEmpty() ? 3 : qMax(1, arguments.first().toInt());
    if (qEnvironmentVariableIsEmpty("CAIRN_FIXTURES"))
        qputenv("CAIRN_FIXTURES", CAIRN_FIXTURES_FALLBACK);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fprintf(
            stderr, "Run this inside tests/fixtures/keyring-session.sh (it needs the test keychain).\n");
        return 2;
    }

    // The plain S3 server for both sides: the strict test layer would only slow Cairn down.
    auto bed = BackupTestBed::start(
        {}, QStringLiteral("org.cairnbackup.Cairn.bench.backup"), QStringLiteral("s3"));
    if (!bed) {
        std::fprintf(stderr, "%s\n", qPrintable(BackupTestBed::lastError()));
        return 1;
    }
    const QString tree = bed->path(QStringLiteral("mixed"));
    std::printf("Making the mixed tree in %s ...\n", qPrintable(tree));
    std::fflush(stdout);
    const TestProcess::Result made
        = TestProcess::run(QStringLiteral("bash"), { QStringLiteral(CAIRN_BENCH_DIR "/makemixed.sh"), tree },
            QProcessEnvironment::systemEnvironment(), {}, 900000);
    if (made.exitCode != 0) {
        std::fprintf(stderr, "%s\n", qPrintable(made.describe()));
        return 1;
    }
    std::printf("%s", made.out.constData());

    JobSpec spec;
    spec.paths = { tree };
    // The peer runs at normal priority; so does Cairn here (its default, nice 10 and best-effort
    // I/O, is kind to a busy server and loses to anything else running on this shared machine).
    spec.niceLevel = 0;
    spec.ioniceClass = 0;
    const qint64 jobId = bed->addJob(QStringLiteral("bench"), spec);

    const S3Target target = bed->s3().target();
    QProcessEnvironment awsEnv = QProcessEnvironment::systemEnvironment();
    awsEnv.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), target.accessKeyId);
    awsEnv.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromUtf8(bed->s3().secret()));
    awsEnv.insert(QStringLiteral("AWS_DEFAULT_REGION"), target.region);
    awsEnv.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));

    QList<double> cairnRates, peerRates, desktopBytesPerGiB, desktopCpuPerGiB;
    qint64 cairnStored = 0;
    for (int i = 0; i < runs; ++i) {
        // Cairn.
        const double cpuBefore = cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        const BackupTestBed::Outcome outcome = bed->run(jobId);
        const double seconds = clock.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        if (!outcome.result.succeeded()) {
            std::fprintf(stderr, "Cairn run failed: %s\n%s\n", qPrintable(outcome.result.message),
                qPrintable(outcome.result.detail));
            return 1;
        }
        const double sourceGiB = outcome.result.bytesSource / GiB;
        cairnRates << outcome.result.bytesSource / MiB / seconds;
        desktopBytesPerGiB << outcome.result.bytesToDesktop / sourceGiB;
        desktopCpuPerGiB << cpu / sourceGiB;
        cairnStored = outcome.result.bytesStored;
        std::printf(
            "cairn run %d: %.1f s, %.0f MiB/s, stored %.0f MiB, desktop received %lld bytes, %.2f CPU s\n",
            i + 1, seconds, cairnRates.last(), outcome.result.bytesStored / MiB,
            outcome.result.bytesToDesktop, cpu);
        std::fflush(stdout);

        // The hand-written peer on the same host, to the same S3 server.
        clock.restart();
        const TestProcess::Result peer = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "set -o pipefail; tar -cf - \"$1\" 2>/dev/null | zstd -q -c | "
                    "aws --endpoint-url \"$2\" s3 cp - \"s3://$3/peer/run$4.tar.zst\" --only-show-errors"),
                QStringLiteral("bash"), tree, target.endpoint.toString(), target.bucket, QString::number(i) },
            awsEnv, {}, 1800000);
        const double peerSeconds = clock.nsecsElapsed() / 1e9;
        if (peer.exitCode != 0) {
            std::fprintf(stderr, "peer failed: %s\n", qPrintable(peer.describe()));
            return 1;
        }
        peerRates << outcome.result.bytesSource / MiB / peerSeconds;
        std::printf("peer  run %d: %.1f s, %.0f MiB/s\n", i + 1, peerSeconds, peerRates.last());
        std::fflush(stdout);
    }

    const double ratio = median(cairnRates) / median(peerRates);
    std::printf("\nCairn's object: %.0f MiB (zstd -T0, level 3; the peer runs zstd as it comes)\n",
        cairnStored / MiB);
    std::printf("throughput (median of %d): Cairn %.0f MiB/s, peer %.0f MiB/s, ratio %.2f (goal >= 1.0)\n",
        runs, median(cairnRates), median(peerRates), ratio);
    std::printf("desktop per GiB: %.0f bytes received (goal < 16384), %.3f CPU seconds (goal < 0.2)\n",
        median(desktopBytesPerGiB), median(desktopCpuPerGiB));
    std::printf("%s\n", qPrintable(autogroup.describe()));
    return 0;
}
