// Measures AuditLog::append without and with the anchor (the signed file beside the database), the
// first AuditAnchor::prepare (a keychain write and the first anchor) and one keychain read (what
// every later process pays, once).
#include "secrets/SecretStore.h"
#include "security/AuditAnchor.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace cairn;

namespace {

double appendMs(const std::shared_ptr<Database> &db, int count)
{
    AuditLog log(db);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        log.append(QStringLiteral("bench.append"), QStringLiteral("entry %1").arg(i));
    return double(timer.nsecsElapsed()) / 1e6 / count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    QTemporaryDir dir;
    StoreError error;
    auto plain = Database::open(dir.filePath(QStringLiteral("plain.sqlite")), &error);
    auto anchored = Database::open(dir.filePath(QStringLiteral("anchored.sqlite")), &error);
    if (!plain || !anchored) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    SecretStore secrets;
    QElapsedTimer timer;
    timer.start();
    const QString problem = AuditAnchor::prepare(anchored, &secrets);
    const double prepareMs = double(timer.nsecsElapsed()) / 1e6;
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    // A keychain read, as every later process pays it once.
    timer.restart();
    SecretJob *read = secrets.read(QStringLiteral("audit-anchor/bench-missing"));
    read->waitForFinished();
    const double readMs = double(timer.nsecsElapsed()) / 1e6;

    const double without = appendMs(plain, count);
    const double with = appendMs(anchored, count);
    std::printf(
        "appends=%d without-anchor-ms=%.3f with-anchor-ms=%.3f first-prepare-ms=%.1f keychain-read-ms=%.1f "
        "intact=%d\n",
        count, without, with, prepareMs, readMs, int(AuditLog(anchored).verify().intact));
    return 0;
}
