// bench_schedule [--idle-seconds N]: prints
//   next-run: 10000 jobs in X ms (Y us per job)
//   idle: 500 scheduled jobs, Z ms CPU over N s = W ms CPU per idle minute (goal < 10)
// The idle part runs the same ScheduleService (scheduler, watchdog, one-minute check) the GUI and
// the daemon run, on a fresh database whose jobs are not due during the measurement.
#include "backup/RunManager.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleService.h"
#include "secrets/SecretStore.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace cairn;

namespace {

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

QString scheduleText(int i)
{
    static const char *zones[]
        = { "UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata" };
    const QString zone = QLatin1String(zones[i % 5]);
    switch (i % 6) {
    case 0:
        return QStringLiteral("daily %1:%2; tz=%3")
            .arg(i % 24, 2, 10, QLatin1Char('0'))
            .arg(i % 60, 2, 10, QLatin1Char('0'))
            .arg(zone);
    case 1:
        return QStringLiteral("weekly mon-fri 0%1:30; tz=%2; offset=20m").arg(i % 10).arg(zone);
    case 2:
        return QStringLiteral("monthly %1 04:00; tz=%2").arg(i % 31 + 1).arg(zone);
    case 3:
        return QStringLiteral("hourly :%1; tz=%2").arg(i % 60, 2, 10, QLatin1Char('0')).arg(zone);
    case 4:
        return QStringLiteral("cron 30 2 * * 1-5; tz=%1").arg(zone);
    default:
        return QStringLiteral("cron */15 * * * *; tz=%1").arg(zone);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int idleSeconds = 60;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--idle-seconds")); at > 0)
        idleSeconds = args.value(at + 1).toInt();

    // 1. Next run for 10,000 jobs.
    QList<Schedule> schedules;
    for (int i = 0; i < 10000; ++i) {
        QString error;
        const auto s = Schedule::fromString(scheduleText(i), &error);
        if (!s) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(scheduleText(i)), qPrintable(error));
            return 1;
        }
        schedules << *s;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    for (int i = 0; i < schedules.size(); ++i)
        sum += schedules[i].nextAfter(now, i + 1).toSecsSinceEpoch() & 1;
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("next-run: %lld jobs in %.1f ms (%.1f us per job) [%lld]\n", qlonglong(schedules.size()), ms,
        ms * 1000.0 / schedules.size(), qlonglong(sum));

    // 2. Idle: 500 scheduled jobs, none due in the measured span.
    QTemporaryDir dir;
    StoreError error;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const qint64 client = ClientRepository(db).add(QStringLiteral("Bench"), QString(), &error);
    Server server;
    server.clientId = client;
    server.name = QStringLiteral("s");
    server.host = QStringLiteral("192.0.2.1");
    server.username = QStringLiteral("b");
    const qint64 serverId = ServerRepository(db).insert(server, &error);
    StorageTarget target;
    target.clientId = client;
    target.name = QStringLiteral("t");
    target.provider = QStringLiteral("minio");
    target.endpoint = QStringLiteral("http://127.0.0.1:9");
    target.region = QStringLiteral("us-east-1");
    target.bucket = QStringLiteral("b");
    target.accessKeyId = QStringLiteral("A");
    target.secretRef = QStringLiteral("r");
    const qint64 storageId = StorageRepository(db).insert(target, &error);
    // Daily slots at least two hours from now, so nothing is due while measuring.
    const QTime base = QDateTime::currentDateTimeUtc().time().addSecs(2 * 3600);
    QSqlDatabase connection = db->connection();
    connection.transaction();
    for (int i = 0; i < 500; ++i) {
        Job job;
        job.clientId = client;
        job.name = QStringLiteral("job %1").arg(i);
        job.serverId = serverId;
        job.storageId = storageId;
        job.kind = QStringLiteral("files");
        const QTime at = base.addSecs((i % 600) * 60);
        job.schedule = QStringLiteral("daily %1; tz=UTC").arg(at.toString(QStringLiteral("HH:mm")));
        JobRepository(db).insert(job, &error);
    }
    connection.commit();

    SecretStore secrets(QStringLiteral("org.cairnbackup.Cairn.bench"), nullptr);
    RunManager runs(db);
    ScheduleService service(db, &runs, &secrets);
    const double startCpu0 = cpuMs();
    timer.restart();
    service.start();
    std::printf("start: 500 jobs fed in %.1f ms (%.1f ms CPU); scheduling: %s\n", timer.nsecsElapsed() / 1e6,
        cpuMs() - startCpu0, service.isScheduling() ? "yes" : "no");

    QEventLoop loop;
    QTimer::singleShot(std::chrono::seconds(idleSeconds), &loop, &QEventLoop::quit);
    const double cpu0 = cpuMs();
    loop.exec();
    const double cpu = cpuMs() - cpu0;
    std::printf("idle: %d scheduled jobs, %.2f ms CPU over %d s = %.2f ms CPU per idle minute (goal < 10)\n",
        int(service.scheduler()->jobIds().size()), cpu, idleSeconds, cpu * 60.0 / idleSeconds);
    return 0;
}
