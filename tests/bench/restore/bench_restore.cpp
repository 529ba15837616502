// Benchmark: the ~1 GiB mixed tree of bench_backup is backed up once, then restored by Cairn
// (RestoreRun: presigned GET, curl | sha256 | zstd -d | tar -x into a staging folder, then a
// rename) and by the hand-written peer `aws s3 cp s3://... - | zstd -d | tar -x`, alternating,
// N runs each (default 3), into fresh folders. Prints both throughputs (archive bytes per second,
// median), the ratio Cairn / peer, and the bytes the desktop received per GiB of archive.
// Goals (issue 6): ratio >= 1.0; under 16 KiB per GiB on the desktop.
#include "RestoreTestRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace cairn;
using namespace cairn::test;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

constexpr double GiB = 1024.0 * 1024 * 1024;
constexpr double MiB = 1024.0 * 1024;

void removeTree(const QString &path)
{
    TestProcess::run(QStringLiteral("rm"), { QStringLiteral("-rf"), QStringLiteral("--"), path },
        QProcessEnvironment::systemEnvironment(), {}, 600000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 3;
    if (qEnvironmentVariableIsEmpty("CAIRN_FIXTURES"))
        qputenv("CAIRN_FIXTURES", CAIRN_FIXTURES_FALLBACK);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fprintf(
            stderr, "Run this inside tests/fixtures/keyring-session.sh (it needs the test keychain).\n");
        return 2;
    }
    auto bed = BackupTestBed::start(
        {}, QStringLiteral("org.cairnbackup.Cairn.bench.restore"), QStringLiteral("s3"));
    if (!bed) {
        std::fprintf(stderr, "%s\n", qPrintable(BackupTestBed::lastError()));
        return 1;
    }
    const QString tree = bed->path(QStringLiteral("mixed"));
    std::printf("Making the mixed tree in %s ...\n", qPrintable(tree));
    std::fflush(stdout);
    const TestProcess::Result made = TestProcess::run(QStringLiteral("bash"),
        { QStringLiteral(CAIRN_BACKUP_BENCH_DIR "/makemixed.sh"), tree },
        QProcessEnvironment::systemEnvironment(), {}, 900000);
    if (made.exitCode != 0) {
        std::fprintf(stderr, "%s\n", qPrintable(made.describe()));
        return 1;
    }
    JobSpec spec;
    spec.paths = { tree };
    spec.niceLevel = 0;
    spec.ioniceClass = 0;
    const BackupTestBed::Outcome backup = bed->run(bed->addJob(QStringLiteral("bench"), spec));
    if (!backup.result.succeeded()) {
        std::fprintf(stderr, "the backup failed: %s\n", qPrintable(backup.result.message));
        return 1;
    }
    std::printf("archive: %.0f MiB from %.0f MiB of tar\n", backup.result.bytesStored / MiB,
        backup.result.bytesSource / MiB);

    const S3Target target = bed->s3().target();
    QProcessEnvironment awsEnv = QProcessEnvironment::systemEnvironment();
    awsEnv.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), target.accessKeyId);
    awsEnv.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromUtf8(bed->s3().secret()));
    awsEnv.insert(QStringLiteral("AWS_DEFAULT_REGION"), target.region);
    awsEnv.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));

    QList<double> cairnRates, peerRates, desktopPerGiB;
    const double archiveMiB = backup.result.bytesStored / MiB;
    for (int i = 0; i < runs; ++i) {
        const QString into = bed->path(QStringLiteral("cairn%1").arg(i));
        RestoreRequest request = loadRestore(*bed, backup.result.backupId, 0, RestoreRequest::Mode::Files);
        request.destination = into;
        QElapsedTimer clock;
        clock.start();
        const RestoreOutcome done = runRestore(*bed, std::move(request));
        const double seconds = clock.nsecsElapsed() / 1e9;
        if (!done.ok) {
            std::fprintf(stderr, "Cairn restore failed: %s\n", qPrintable(done.describe()));
            return 1;
        }
        cairnRates << archiveMiB / seconds;
        desktopPerGiB << done.result.bytesToDesktop / (backup.result.bytesStored / GiB);
        std::printf("cairn run %d: %.1f s, %.0f MiB/s, desktop received %lld bytes\n", i + 1, seconds,
            cairnRates.last(), done.result.bytesToDesktop);
        std::fflush(stdout);
        removeTree(into);

        const QString peerInto = bed->path(QStringLiteral("peer%1").arg(i));
        clock.restart();
        const TestProcess::Result peer = TestProcess::run(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "set -o pipefail; mkdir -p \"$4\" && aws --endpoint-url \"$1\" s3 cp \"s3://$2/$3\" - "
                    "| zstd -d -c -q | tar -x -p --numeric-owner -f - -C \"$4\""),
                QStringLiteral("bash"), target.endpoint.toString(), target.bucket, backup.result.objectKey,
                peerInto },
            awsEnv, {}, 1800000);
        const double peerSeconds = clock.nsecsElapsed() / 1e9;
        if (peer.exitCode != 0) {
            std::fprintf(stderr, "peer failed: %s\n", qPrintable(peer.describe()));
            return 1;
        }
        peerRates << archiveMiB / peerSeconds;
        std::printf("peer  run %d: %.1f s, %.0f MiB/s\n", i + 1, peerSeconds, peerRates.last());
        std::fflush(stdout);
        removeTree(peerInto);
    }
    std::printf("\nthroughput (median of %d): Cairn %.0f MiB/s, peer %.0f MiB/s, ratio %.2f (goal >= 1.0)\n",
        runs, median(cairnRates), median(peerRates), median(cairnRates) / median(peerRates));
    std::printf("desktop per GiB of archive: %.0f bytes received (goal < 16384)\n", median(desktopPerGiB));
    return 0;
}
