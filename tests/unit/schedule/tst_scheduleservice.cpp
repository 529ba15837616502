// ScheduleService without peers: one scheduler per database (the second refuses with one sentence
// and takes over once the first stops), a due slot starting exactly one run through the
// RunManager path, and a run that cannot start reported, recorded and not retried in a loop.
#include "FakeClock.h"
#include "JobsDatabase.h"

#include "backup/RunManager.h"
#include "schedule/ScheduleService.h"
#include "schedule/SchedulerLock.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

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
};

QTEST_GUILESS_MAIN(TestScheduleService)
#include "tst_scheduleservice.moc"
