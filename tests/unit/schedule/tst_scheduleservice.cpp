// ScheduleService without peers: one scheduler per database (the second refuses with one sentence
// and takes over once the first stops), a due slot starting exactly one run through the
// RunManager path, and a run that cannot start reported, recorded and not retried in a loop; the
// scheduled verify picking the newest complete backup; an overdue job announced once, also across
// restarts, and again after a new good backup.
#include "FakeClock.h"
#include "JobsDatabase.h"

#include "backup/RunManager.h"
#include "schedule/OverdueWatchdog.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleStateStore.h"
#include "schedule/SchedulerLock.h"
#include "secrets/SecretStore.h"
#include "store/BackupRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

qint64 addBackup(
    const std::shared_ptr<Database> &db, qint64 jobId, const QDateTime &createdAt, const QString &state)
{
    BackupRecord b;
    b.jobId = jobId;
    b.jobName = QStringLiteral("job 0");
    b.serverName = QStringLiteral("web1");
    b.clientId = 1;
    b.storageId = 1;
    b.kind = QStringLiteral("files");
    b.objectKey = QStringLiteral("backups/%1.tar.zst").arg(createdAt.toSecsSinceEpoch());
    b.manifestKey = b.objectKey + QStringLiteral(".manifest.json");
    b.createdAt = createdAt;
    b.size = 1000;
    b.sha256 = QString(64, QLatin1Char('a'));
    b.partSize = 5 << 20;
    b.parts = 1;
    b.compression = QStringLiteral("zstd");
    b.state = state;
    b.manifestJson = "{}";
    StoreError error;
    const qint64 id = BackupRepository(db).insert(b, &error);
    if (error)
        qWarning("%s", qPrintable(error.message));
    return id;
}

// A finished backup run of the job, as RunRecorder leaves it.
bool addRun(
    const std::shared_ptr<Database> &db, qint64 jobId, const QString &status, const QDateTime &finished)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO runs (job_id, kind, status, started_at, finished_at) VALUES (?, "
                             "'backup', ?, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(status);
    q.addBindValue(finished.toSecsSinceEpoch() - 60);
    q.addBindValue(finished.toSecsSinceEpoch());
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    return q.numRowsAffected() == 1;
}

} // namespace

class TestScheduleService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondSchedulerRefuses()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        auto db = databaseWithJobs(dir.filePath(QStringLiteral("my db.sqlite")), 1, &ids);
        QVERIFY(db);
        SecretStore secrets(QStringLiteral("org.cairnbackup.Cairn.tests.scheduleservice"), nullptr);
        RunManager runsA(db);
        RunManager runsB(db);
        ScheduleService first(db, &runsA, &secrets);
        ScheduleService second(db, &runsB, &secrets);
        QSignalSpy secondChanged(&second, &ScheduleService::schedulingChanged);

        QVERIFY(first.start());
        QVERIFY(first.isScheduling());
        QVERIFY(first.notSchedulingReason().isEmpty());
        QVERIFY(!second.start());
        QVERIFY(!second.isScheduling());
        const QString reason = second.notSchedulingReason();
        QVERIFY2(reason.startsWith(QStringLiteral("Another Cairn")), qPrintable(reason));
        QVERIFY2(
            reason.endsWith(QLatin1Char('.')) && reason.count(QStringLiteral(". ")) == 0, qPrintable(reason));
        QVERIFY(reason.contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(secondChanged.size(), 1);
        QCOMPARE(secondChanged.at(0).at(0).toBool(), false);
        QCOMPARE(secondChanged.at(0).at(1).toString(), reason);
        QVERIFY(QFile::exists(SchedulerLock::lockPathFor(db->path())));

        // Still refused while the first one runs; taken over once it stops.
        second.check();
        QVERIFY(!second.isScheduling());
        first.stop();
        QVERIFY(!first.isScheduling());
        second.check();
        QVERIFY(second.isScheduling());
        QVERIFY(second.notSchedulingReason().isEmpty());
    }

    void dueSlotStartsOneRunAndAFailedStartIsReported()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        auto db = databaseWithJobs(dir.filePath(QStringLiteral("cairn.sqlite")), 2, &ids);
        QVERIFY(db);
        // Job 0 every minute, job 1 by hand only.
        QVERIFY(!ScheduleService::saveSchedule(db, ids[0], QStringLiteral("cron * * * * *; tz=UTC")));
        FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0, 30), Qt::UTC));
        SecretStore secrets(QStringLiteral("org.cairnbackup.Cairn.tests.scheduleservice"), nullptr);
        RunManager runs(db);
        ScheduleService service(db, &runs, &secrets, &clock);
        QSignalSpy ended(&service, &ScheduleService::runEnded);
        QVERIFY(service.start());
        QCOMPARE(service.scheduler()->jobIds(), QList<qint64> { ids[0] });
        QCOMPARE(service.nextRun(ids[0]), QDateTime(QDate(2026, 3, 2), QTime(10, 1), Qt::UTC));
        QCOMPARE(ended.size(), 0);

        clock.advance(std::chrono::seconds(31));
        service.scheduler()->tick();
        // The job's server has no key in the keychain: the run cannot start, and says why.
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
        QCOMPARE(ended.at(0).at(0).toLongLong(), ids[0]);
        QCOMPARE(ended.at(0).at(2).toBool(), false); // ok
        QCOMPARE(ended.at(0).at(3).toBool(), false); // not cancelled
        QVERIFY(!ended.at(0).at(4).toString().isEmpty());
        QCOMPARE(ended.at(0).at(5).toBool(), true); // scheduled
        QVERIFY(!service.scheduler()->isRunning(ids[0]));
        QCOMPARE(service.nextRun(ids[0]), QDateTime(QDate(2026, 3, 2), QTime(10, 2), Qt::UTC));
        // The watchdog counts it as a failure: red.
        QCOMPARE(service.report().tray, TrayState::Red);
        // Nothing more starts until the next slot.
        service.scheduler()->tick();
        QTest::qWait(50);
        QCOMPARE(ended.size(), 1);
        QVERIFY(service.isIdle());

        // A schedule written by another process is picked up by the minute's check.
        QVERIFY(!ScheduleService::saveSchedule(db, ids[1], QStringLiteral("daily 02:30; tz=Europe/Berlin")));
        service.reload();
        QCOMPARE(service.scheduler()->jobIds(), (QList<qint64> { ids[0], ids[1] }));
        QVERIFY(!ScheduleService::saveSchedule(db, ids[1], QStringLiteral("manual")));
        service.reload();
        QCOMPARE(service.scheduler()->jobIds(), QList<qint64> { ids[0] });
    }

    void pauseFromTheNonSchedulingProcessReachesTheScheduler()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        auto db = databaseWithJobs(dir.filePath(QStringLiteral("cairn.sqlite")), 1, &ids);
        QVERIFY(db);
        SecretStore secrets(QStringLiteral("org.cairnbackup.Cairn.tests.scheduleservice"), nullptr);
        RunManager runsA(db);
        RunManager runsB(db);
        ScheduleService first(db, &runsA, &secrets);
        ScheduleService second(db, &runsB, &secrets);
        QVERIFY(first.start());
        QVERIFY(!second.start());
        second.pause(Scheduler::PauseLength::UntilResumed);
        QVERIFY(second.isPaused());
        QVERIFY(!first.isPaused());
        first.reload();
        QVERIFY(first.isPaused());
        second.resume();
        first.reload();
        QVERIFY(!first.isPaused());
        first.pause(Scheduler::PauseLength::OneHour);
        QVERIFY(second.isPaused());
        QVERIFY(second.pausedUntil().isValid());
    }

    // The verify schedule runs beside the backup schedule (here: backups by hand, verify every
    // minute): at its slot the newest COMPLETE backup is the one verified, on the job's server; a
    // verify that cannot start is reported once and waits for the next slot; a job without a
    // complete backup says so without counting as a failure.
    void scheduledVerifyTakesTheNewestCompleteBackup()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        auto db = databaseWithJobs(dir.filePath(QStringLiteral("cairn.sqlite")), 2, &ids);
        QVERIFY(db);
        const QDateTime start(QDate(2026, 3, 2), QTime(10, 0, 30), Qt::UTC);
        for (qint64 id : ids)
            QVERIFY(!ScheduleService::saveVerifySchedule(db, id, QStringLiteral("cron * * * * *; tz=UTC")));
        QCOMPARE(ScheduleStateStore::verifySchedule(db, ids[0]), QStringLiteral("cron * * * * *; tz=UTC"));
        const qint64 older = addBackup(db, ids[0], start.addDays(-2), QStringLiteral("complete"));
        const qint64 newest = addBackup(db, ids[0], start.addDays(-1), QStringLiteral("complete"));
        const qint64 deleting = addBackup(db, ids[0], start.addSecs(-60), QStringLiteral("deleting"));
        QVERIFY(older && newest && deleting);

        FakeClock clock(start);
        SecretStore secrets(QStringLiteral("org.cairnbackup.Cairn.tests.scheduleservice"), nullptr);
        RunManager runs(db);
        ScheduleService service(db, &runs, &secrets, &clock);
        QSignalSpy ended(&service, &ScheduleService::verifyEnded);
        QSignalSpy backupRuns(&service, &ScheduleService::runEnded);
        QVERIFY(service.start());
        // Backups run by hand only: nothing on the backup scheduler, both jobs on the verify one.
        QVERIFY(service.scheduler()->jobIds().isEmpty());
        QCOMPARE(service.verifyScheduler()->jobIds(), ids);
        const QDateTime firstSlot(QDate(2026, 3, 2), QTime(10, 1), Qt::UTC);
        QCOMPARE(service.nextVerify(ids[0]), firstSlot);

        clock.advance(std::chrono::seconds(31));
        service.verifyScheduler()->tick();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 20000);
        QHash<qint64, QVariantList> byJob;
        for (const QVariantList &args : std::as_const(ended))
            byJob.insert(args.at(0).toLongLong(), args);
        // Job 0: the newest complete backup; its server has no key in the test keychain, so the
        // verify cannot start, and says why.
        QCOMPARE(byJob.value(ids[0]).at(2).toLongLong(), newest);
        QCOMPARE(byJob.value(ids[0]).at(3).toBool(), false); // ok
        QCOMPARE(byJob.value(ids[0]).at(4).toBool(), false); // cancelled
        QVERIFY(!byJob.value(ids[0]).at(5).toString().isEmpty());
        // Job 1: nothing to verify, in one sentence that names the job.
        QCOMPARE(byJob.value(ids[1]).at(2).toLongLong(), 0);
        const QString nothing = byJob.value(ids[1]).at(5).toString();
        QVERIFY2(nothing.contains(QStringLiteral("job 1")) && nothing.endsWith(QLatin1Char('.')),
            qPrintable(nothing));
        // No backup run was started for a verify, and the next verify waits for its slot.
        QCOMPARE(backupRuns.size(), 0);
        QVERIFY(!service.verifyScheduler()->isRunning(ids[0]));
        QCOMPARE(service.nextVerify(ids[0]), firstSlot.addSecs(60));
        service.verifyScheduler()->tick();
        QTest::qWait(50);
        QCOMPARE(ended.size(), 2);
        QVERIFY(service.isIdle());
        // Never verified: the backup rows are untouched by a verify that did not run.
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM backups WHERE verified_at IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A verify that could not start proved nothing about the backup: no job turns red for it.
        for (const JobHealth &health : service.report().jobs)
            QVERIFY2(health.state != HealthState::Failed, qPrintable(health.reason));

        // "never" removes the job from the verify scheduler.
        QVERIFY(!ScheduleService::saveVerifySchedule(db, ids[1], QString()));
        service.reload();
        QCOMPARE(service.verifyScheduler()->jobIds(), QList<qint64> { ids[0] });
        // A pause holds verifies too.
        service.pause(Scheduler::PauseLength::UntilResumed);
        QVERIFY(service.verifyScheduler()->isPaused());
        service.resume();
        QVERIFY(!service.verifyScheduler()->isPaused());
    }

    // An overdue job is announced once per stretch of being overdue: not again when it turns badly
    // overdue, not again after a restart, and again once a good backup ended the stretch (also one
    // made while this process was not running).
    void overdueAnnouncementSurvivesARestart()
    {
        QTemporaryDir dir;
        QList<qint64> ids;
        auto db = databaseWithJobs(dir.filePath(QStringLiteral("cairn.sqlite")), 1, &ids);
        QVERIFY(db);
        const qint64 job = ids[0];
        // By hand only, with a target: the watchdog judges it, no scheduled run interferes.
        QVERIFY(!ScheduleService::saveSchedule(db, job, QStringLiteral("manual; target=2h")));
        const QDateTime created = JobRepository(db).findById(job)->createdAt;
        FakeClock clock(created.addSecs(3 * 3600));
        SecretStore secrets(QStringLiteral("org.cairnbackup.Cairn.tests.scheduleservice"), nullptr);
        const auto announced = [&db] { return ScheduleStateStore(db).overdueNotified(); };
        {
            RunManager runs(db);
            ScheduleService first(db, &runs, &secrets, &clock);
            QSignalSpy said(&first, &ScheduleService::overdueAnnounced);
            QVERIFY(first.start());
            QCOMPARE(first.report().tray, TrayState::Amber);
            QCOMPARE(said.size(), 1);
            QCOMPARE(said.at(0).at(0).toLongLong(), job);
            QVERIFY(!said.at(0).at(2).toString().isEmpty());
            QCOMPARE(announced().value(job), clock.now());
            // Badly overdue (red) is the same stretch: not said again.
            clock.advance(std::chrono::hours(2));
            first.watchdog()->reevaluate();
            QCOMPARE(first.report().tray, TrayState::Red);
            QCOMPARE(said.size(), 1);
            first.stop();
        }
        {
            // A restart: the memory comes from the store.
            RunManager runs(db);
            ScheduleService second(db, &runs, &secrets, &clock);
            QSignalSpy said(&second, &ScheduleService::overdueAnnounced);
            QVERIFY(second.start());
            QCOMPARE(second.report().tray, TrayState::Red);
            QCOMPARE(said.size(), 0);
            // A good backup ends the stretch and clears the memory ...
            QVERIFY(addRun(db, job, QStringLiteral("succeeded"), clock.now()));
            second.reload();
            QCOMPARE(second.report().tray, TrayState::Ok);
            QVERIFY(announced().isEmpty());
            // ... so the next stretch is announced again.
            clock.advance(std::chrono::hours(3));
            second.watchdog()->reevaluate();
            QCOMPARE(second.report().tray, TrayState::Amber);
            QCOMPARE(said.size(), 1);
            QVERIFY(announced().contains(job));
            second.stop();
        }
        {
            // A good backup made while no scheduler ran (cairn-cli job run), and overdue again by the
            // next start: a new stretch, announced.
            QVERIFY(addRun(db, job, QStringLiteral("succeeded"), clock.now().addSecs(60)));
            clock.advance(std::chrono::hours(3));
            RunManager runs(db);
            ScheduleService third(db, &runs, &secrets, &clock);
            QSignalSpy said(&third, &ScheduleService::overdueAnnounced);
            QVERIFY(third.start());
            QCOMPARE(third.report().tray, TrayState::Amber);
            QCOMPARE(said.size(), 1);
            QCOMPARE(announced().value(job), clock.now());
            // A process that does not schedule never announces, and leaves the memory alone.
            RunManager otherRuns(db);
            ScheduleService watcher(db, &otherRuns, &secrets, &clock);
            QSignalSpy watcherSaid(&watcher, &ScheduleService::overdueAnnounced);
            QVERIFY(!watcher.start());
            QCOMPARE(watcherSaid.size(), 0);
            QCOMPARE(announced().value(job), clock.now());
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleService)
#include "tst_scheduleservice.moc"
