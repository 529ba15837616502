// The scheduler driven by a fake clock: on-time runs, sleep and downtime caught up once (or
// skipped), overlap held as pending, pause and resume, wall-clock jumps, DST nights, and restarts
// over a real database that neither run a slot twice nor forget one. No test waits for real time:
// each moves the clock and calls tick(), which is what the timers call.
#include "FakeClock.h"
#include "JobsDatabase.h"

#include "schedule/ScheduleStateStore.h"
#include "schedule/Scheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using cairn::test::FakeClock;
using namespace std::chrono_literals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Schedule parsed(const QString &text)
{
    const auto s = Schedule::fromString(text, nullptr);
    if (!s)
        qFatal("test schedule '%s' does not parse", qPrintable(text));
    return *s;
}

using Due = QPair<qint64, Scheduler::Reason>;

// The runDue() signals caught since the last call.
QList<Due> takeDue(QSignalSpy &spy)
{
    QList<Due> out;
    for (const QList<QVariant> &args : std::as_const(spy))
        out.append({ args.at(0).toLongLong(), args.at(1).value<Scheduler::Reason>() });
    spy.clear();
    return out;
}

const Scheduler::Reason Scheduled = Scheduler::Reason::Scheduled;
const Scheduler::Reason CatchUp = Scheduler::Reason::CatchUp;
const Scheduler::Reason Released = Scheduler::Reason::PendingReleased;

} // namespace

class TestScheduler final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    std::shared_ptr<Database> databaseWithJobs(int n, QList<qint64> *jobIds)
    {
        return cairn::test::databaseWithJobs(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)), n, jobIds);
    }

private Q_SLOTS:
    void firesOnTime()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(7, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();
        QVERIFY(due.isEmpty()); // a new job does not run for slots before it was scheduled
        QCOMPARE(scheduler.nextRun(7), utc("2024-05-01T11:00:00Z"));
        QCOMPARE(scheduler.nextWakeUp(), utc("2024-05-01T11:00:00Z"));

        clock.advanceTo(utc("2024-05-01T10:59:59.999Z"));
        scheduler.tick();
        QVERIFY(due.isEmpty());

        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due), QList<Due>({ { 7, Scheduled } }));
        QVERIFY(scheduler.isRunning(7));
        QCOMPARE(scheduler.nextRun(7), utc("2024-05-01T12:00:00Z"));
        QCOMPARE(scheduler.nextWakeUp(), utc("2024-05-01T12:00:00Z"));
        scheduler.tick();
        clock.advance(10min);
        scheduler.runFinished(7, true, clock.now());
        scheduler.tick();
        QVERIFY(due.isEmpty());
        QVERIFY(!scheduler.isRunning(7));
    }

    void lateTimerStillOnTime()
    {
        // A timer that fires a little late (a busy machine) still gives a scheduled run.
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(1, parsed(QStringLiteral("hourly :00; tz=UTC; missed=skip")));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T11:04:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due), QList<Due>({ { 1, Scheduled } }));
    }

    void wakeAfterMissedSlots_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDateTime>("wakeAt");
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QDateTime>("next");
        const QString catchUp = QStringLiteral("hourly :00; tz=UTC");
        const QString skip = QStringLiteral("hourly :00; tz=UTC; missed=skip");
        QTest::addRow("3 slots missed, catch up once")
            << catchUp << utc("2024-05-01T13:30:00Z") << 1 << int(CatchUp) << utc("2024-05-01T14:00:00Z");
        QTest::addRow("3 slots missed, skip")
            << skip << utc("2024-05-01T13:30:00Z") << 0 << -1 << utc("2024-05-01T14:00:00Z");
        QTest::addRow("3 days asleep, catch up once")
            << catchUp << utc("2024-05-04T10:30:00Z") << 1 << int(CatchUp) << utc("2024-05-04T11:00:00Z");
        QTest::addRow("3 days asleep, daily, catch up once")
            << QStringLiteral("daily 02:00; tz=UTC") << utc("2024-05-04T10:30:00Z") << 1 << int(CatchUp)
            << utc("2024-05-05T02:00:00Z");
        QTest::addRow("3 days asleep, daily, skip")
            << QStringLiteral("daily 02:00; tz=UTC; missed=skip") << utc("2024-05-04T10:30:00Z") << 0 << -1
            << utc("2024-05-05T02:00:00Z");
        QTest::addRow("woke just after a slot: on time, even with skip")
            << skip << utc("2024-05-01T13:02:00Z") << 1 << int(Scheduled) << utc("2024-05-01T14:00:00Z");
        QTest::addRow("slept between slots: nothing missed")
            << catchUp << utc("2024-05-01T10:50:00Z") << 0 << -1 << utc("2024-05-01T11:00:00Z");
    }

    void wakeAfterMissedSlots()
    {
        QFETCH(QString, schedule);
        QFETCH(QDateTime, wakeAt);
        QFETCH(int, runs);
        QFETCH(int, reason);
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QSignalSpy jumped(&scheduler, &Scheduler::clockJumped);
        scheduler.setJob(3, parsed(schedule));
        scheduler.start();

        // Asleep: the monotonic clock stands still, so the timer fires nothing until wake-up,
        // when the next tick (the 60 s check or the late timer) sees the wall clock ahead.
        clock.sleep(std::chrono::milliseconds(clock.now().msecsTo(wakeAt)));
        scheduler.tick();
        QCOMPARE(jumped.size(), 1);
        QCOMPARE(jumped.at(0).at(0).toLongLong(), utc("2024-05-01T10:00:30Z").msecsTo(wakeAt));
        const QList<Due> got = takeDue(due);
        QCOMPARE(got.size(), runs);
        if (runs > 0)
            QCOMPARE(int(got.first().second), reason);
        QTEST(scheduler.nextRun(3), "next");

        // Nothing more for the slots already handled, however often the clock is checked.
        if (runs > 0)
            scheduler.runFinished(3, true, clock.now());
        scheduler.tick();
        clock.advance(1min);
        scheduler.tick();
        QVERIFY(due.isEmpty());
    }

    void overlapHeldAsPending()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QSignalSpy pending(&scheduler, &Scheduler::pendingChanged);
        scheduler.setJob(5, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();

        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due), QList<Due>({ { 5, Scheduled } }));
        scheduler.runStarted(5);

        // Still running at 12:00 and at 13:00: one run is held, never two, never started beside.
        clock.advanceTo(utc("2024-05-01T12:00:00Z"));
        scheduler.tick();
        QVERIFY(due.isEmpty());
        QVERIFY(scheduler.isPending(5));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).at(1).toBool(), true);
        clock.advanceTo(utc("2024-05-01T13:00:00Z"));
        scheduler.tick();
        QVERIFY(due.isEmpty());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(scheduler.nextRun(5), utc("2024-05-01T14:00:00Z"));

        clock.advanceTo(utc("2024-05-01T13:10:00Z"));
        scheduler.runFinished(5, true, clock.now());
        QCOMPARE(takeDue(due), QList<Due>({ { 5, Released } }));
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(1).at(1).toBool(), false);
        QVERIFY(!scheduler.isPending(5));
        QVERIFY(scheduler.isRunning(5));

        // The released run finishes; nothing else is owed until 14:00.
        clock.advanceTo(utc("2024-05-01T13:20:00Z"));
        scheduler.runFinished(5, true, clock.now());
        scheduler.tick();
        QVERIFY(due.isEmpty());
        clock.advanceTo(utc("2024-05-01T14:00:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due), QList<Due>({ { 5, Scheduled } }));
    }

    void runByHandBlocksScheduledStart()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(5, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T10:50:00Z"));
        scheduler.runStarted(5); // "Run job now"
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QVERIFY(due.isEmpty());
        QVERIFY(scheduler.isPending(5));
        scheduler.runFinished(5, false, clock.now());
        QCOMPARE(takeDue(due), QList<Due>({ { 5, Released } }));
    }

    void manyJobsDueTogether()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(1, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.setJob(2, parsed(QStringLiteral("daily 11:00; tz=UTC")));
        scheduler.setJob(3, parsed(QStringLiteral("daily 13:00; tz=Europe/Berlin"))); // 11:00 UTC in May
        scheduler.setJob(4, parsed(QStringLiteral("daily 12:00; tz=UTC")));
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), utc("2024-05-01T11:00:00Z"));
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QList<Due> got = takeDue(due);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, QList<Due>({ { 1, Scheduled }, { 2, Scheduled }, { 3, Scheduled } }));
        QCOMPARE(scheduler.nextWakeUp(), utc("2024-05-01T12:00:00Z"));
        scheduler.removeJob(1);
        scheduler.removeJob(4);
        QCOMPARE(scheduler.nextWakeUp(), utc("2024-05-02T11:00:00Z"));
        scheduler.removeJob(2);
        scheduler.removeJob(3);
        QVERIFY(!scheduler.nextWakeUp().isValid());
        QVERIFY(scheduler.jobIds().isEmpty());
    }

    void dstNightsRunOnce_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("spring forward: 02:30 runs at 03:00 CEST")
            << utc("2024-03-30T12:00:00Z") << utc("2024-03-31T01:00:00Z");
        QTest::addRow("fall back: 02:30 runs at the first 02:30")
            << utc("2024-10-26T12:00:00Z") << utc("2024-10-27T00:30:00Z");
    }

    void dstNightsRunOnce()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, expected);
        FakeClock clock(start);
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(9, parsed(QStringLiteral("daily 02:30; tz=Europe/Berlin")));
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), expected);
        // Walk through the night a minute at a time: exactly one run, at the expected instant.
        QList<QDateTime> runsAt;
        while (clock.now() < start.addSecs(20 * 3600)) {
            clock.advance(1min);
            scheduler.tick();
            if (!takeDue(due).isEmpty()) {
                runsAt.append(clock.now());
                scheduler.runFinished(9, true, clock.now());
            }
        }
        QCOMPARE(runsAt, QList<QDateTime>({ expected }));
    }

    void wallClockSetBack()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QSignalSpy jumped(&scheduler, &Scheduler::clockJumped);
        scheduler.setJob(1, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due).size(), 1);
        scheduler.runFinished(1, true, clock.now());
        // Someone sets the clock back an hour: the 11:00 slot does not run a second time.
        clock.set(utc("2024-05-01T10:05:00Z"));
        scheduler.tick();
        QCOMPARE(jumped.size(), 1);
        QVERIFY(jumped.at(0).at(0).toLongLong() < 0);
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QVERIFY(due.isEmpty());
        clock.advanceTo(utc("2024-05-01T12:00:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due), QList<Due>({ { 1, Scheduled } }));
    }

    void pauseAndResume_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<int>("runsOnResume");
        QTest::addRow("catch up once") << QStringLiteral("hourly :00; tz=UTC") << 1;
        QTest::addRow("skip") << QStringLiteral("hourly :00; tz=UTC; missed=skip") << 0;
    }

    void pauseAndResume()
    {
        QFETCH(QString, schedule);
        QFETCH(int, runsOnResume);
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QSignalSpy paused(&scheduler, &Scheduler::pausedChanged);
        scheduler.setJob(2, parsed(schedule));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T10:30:00Z"));
        scheduler.pause(
            Scheduler::pauseEnd(Scheduler::PauseLength::UntilResumed, clock.now(), QTimeZone::utc()));
        QVERIFY(scheduler.isPaused());
        QVERIFY(!scheduler.pausedUntil().isValid());
        QVERIFY(!scheduler.nextWakeUp().isValid()); // nothing to wake up for
        QCOMPARE(paused.size(), 1);
        for (int i = 0; i < 3 * 60; ++i) {
            clock.advance(1min);
            scheduler.tick();
        }
        QVERIFY(due.isEmpty());
        scheduler.resume();
        QVERIFY(!scheduler.isPaused());
        QCOMPARE(paused.size(), 2);
        const QList<Due> got = takeDue(due);
        QCOMPARE(got.size(), runsOnResume);
        if (runsOnResume)
            QCOMPARE(got.first(), Due(2, CatchUp));
        QCOMPARE(scheduler.nextRun(2), utc("2024-05-01T14:00:00Z"));
    }

    void pauseForAnHourEndsByItself()
    {
        FakeClock clock(utc("2024-05-01T10:30:00Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QSignalSpy paused(&scheduler, &Scheduler::pausedChanged);
        scheduler.setJob(2, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();
        const QDateTime end
            = Scheduler::pauseEnd(Scheduler::PauseLength::OneHour, clock.now(), QTimeZone::utc());
        QCOMPARE(end, utc("2024-05-01T11:30:00Z"));
        scheduler.pause(end);
        QCOMPARE(scheduler.nextWakeUp(), end); // the timer now waits for the end of the pause
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QVERIFY(due.isEmpty());
        clock.advanceTo(end);
        scheduler.tick();
        QVERIFY(!scheduler.isPaused());
        QCOMPARE(paused.size(), 2);
        QCOMPARE(takeDue(due), QList<Due>({ { 2, CatchUp } })); // the 11:00 slot, held by the pause
        QCOMPARE(scheduler.nextWakeUp(), utc("2024-05-01T12:00:00Z"));
    }

    void pendingHeldThroughPause()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(4, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        QCOMPARE(takeDue(due).size(), 1);
        clock.advanceTo(utc("2024-05-01T12:00:00Z"));
        scheduler.tick();
        QVERIFY(scheduler.isPending(4));
        scheduler.pause(QDateTime());
        scheduler.runFinished(4, true, clock.now());
        QVERIFY(due.isEmpty()); // held while paused
        QVERIFY(scheduler.isPending(4));
        clock.advanceTo(utc("2024-05-01T15:30:00Z"));
        scheduler.tick();
        scheduler.resume();
        // One run for the held slot and the three that passed during the pause together.
        QCOMPARE(takeDue(due), QList<Due>({ { 4, Released } }));
        scheduler.runFinished(4, true, clock.now());
        scheduler.tick();
        QVERIFY(due.isEmpty());
    }

    void pauseEnd_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("evening: tomorrow 06:00 (the DST night)")
            << utc("2024-03-30T20:00:00Z") << utc("2024-03-31T04:00:00Z");
        QTest::addRow("after midnight: this morning 06:00")
            << utc("2024-03-31T00:30:00Z") << utc("2024-03-31T04:00:00Z");
        QTest::addRow("winter evening") << utc("2024-01-10T18:00:00Z") << utc("2024-01-11T05:00:00Z");
    }

    void pauseEnd()
    {
        QFETCH(QDateTime, now);
        QTEST(Scheduler::pauseEnd(
                  Scheduler::PauseLength::UntilTomorrowMorning, now, QTimeZone("Europe/Berlin")),
            "expected");
    }

    void pauseInThePastIsNoPause()
    {
        FakeClock clock(utc("2024-05-01T10:30:00Z"));
        Scheduler scheduler(&clock);
        scheduler.start();
        scheduler.pause(utc("2024-05-01T10:00:00Z"));
        QVERIFY(!scheduler.isPaused());
    }

    void policyChangeKeepsSlotsTimingChangeStartsAfresh()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        scheduler.setJob(1, parsed(QStringLiteral("daily 02:00; tz=UTC")));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T12:00:00Z"));
        scheduler.setJob(1, parsed(QStringLiteral("daily 02:00; tz=UTC; missed=skip")));
        QCOMPARE(scheduler.nextRun(1), utc("2024-05-02T02:00:00Z"));
        // A new time earlier than now today must not run at once: it counts from the change.
        scheduler.setJob(1, parsed(QStringLiteral("daily 11:00; tz=UTC")));
        scheduler.tick();
        QVERIFY(due.isEmpty());
        QCOMPARE(scheduler.nextRun(1), utc("2024-05-02T11:00:00Z"));
        scheduler.setJob(1, Schedule());
        QVERIFY(scheduler.jobIds().isEmpty());
    }

    void reentrantRunManager()
    {
        // A run manager that refuses at once (runFinished inside runDue) must not confuse it.
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        int calls = 0;
        connect(&scheduler, &Scheduler::runDue, this, [&](qint64 jobId, Scheduler::Reason) {
            ++calls;
            scheduler.runFinished(jobId, false, clock.now());
        });
        scheduler.setJob(1, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.setJob(2, parsed(QStringLiteral("hourly :00; tz=UTC")));
        scheduler.start();
        clock.advanceTo(utc("2024-05-01T11:00:00Z"));
        scheduler.tick();
        scheduler.tick();
        QCOMPARE(calls, 2);
        QVERIFY(!scheduler.isRunning(1));
        QVERIFY(!scheduler.isRunning(2));
    }

    void runRecordedForEveryFinish()
    {
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock);
        QSignalSpy recorded(&scheduler, &Scheduler::runRecorded);
        scheduler.runFinished(99, false, utc("2024-05-01T10:00:00Z")); // a job without a schedule
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).at(0).toLongLong(), 99);
        QCOMPARE(recorded.at(0).at(1).toBool(), false);
        QCOMPARE(recorded.at(0).at(2).toDateTime(), utc("2024-05-01T10:00:00Z"));
    }

    // Restarts over a real database.
    void restartDoesNotRunTwice()
    {
        QList<qint64> ids;
        auto db = databaseWithJobs(1, &ids);
        QVERIFY(db);
        const qint64 job = ids.first();
        ScheduleStateStore store(db);
        const Schedule hourly = parsed(QStringLiteral("hourly :00; tz=UTC"));
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        {
            Scheduler first(&clock, &store);
            QSignalSpy due(&first, &Scheduler::runDue);
            QSignalSpy problems(&first, &Scheduler::problem);
            first.setJob(job, hourly);
            first.start();
            clock.advanceTo(utc("2024-05-01T11:00:00Z"));
            first.tick();
            QCOMPARE(takeDue(due).size(), 1);
            first.runFinished(job, true, clock.now());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        }
        clock.advanceTo(utc("2024-05-01T11:00:20Z"));
        {
            Scheduler second(&clock, &store);
            QSignalSpy due(&second, &Scheduler::runDue);
            second.setJob(job, hourly);
            second.start();
            QVERIFY(due.isEmpty());
            QCOMPARE(second.nextRun(job), utc("2024-05-01T12:00:00Z"));
        }
        // Closed over three slots: the next start catches up once, and the one after that not again.
        clock.advanceTo(utc("2024-05-01T14:30:00Z"));
        {
            Scheduler third(&clock, &store);
            QSignalSpy due(&third, &Scheduler::runDue);
            third.setJob(job, hourly);
            third.start();
            QCOMPARE(takeDue(due), QList<Due>({ { job, CatchUp } }));
            third.runFinished(job, true, clock.now());
        }
        clock.advanceTo(utc("2024-05-01T14:31:00Z"));
        {
            Scheduler fourth(&clock, &store);
            QSignalSpy due(&fourth, &Scheduler::runDue);
            fourth.setJob(job, parsed(QStringLiteral("hourly :00; tz=UTC; missed=skip")));
            fourth.start();
            QVERIFY(due.isEmpty());
            QCOMPARE(fourth.nextRun(job), utc("2024-05-01T15:00:00Z"));
        }
    }

    void restartCatchesUpAHeldRun()
    {
        QList<qint64> ids;
        auto db = databaseWithJobs(1, &ids);
        QVERIFY(db);
        const qint64 job = ids.first();
        ScheduleStateStore store(db);
        const Schedule hourly = parsed(QStringLiteral("hourly :00; tz=UTC"));
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        {
            Scheduler first(&clock, &store);
            QSignalSpy due(&first, &Scheduler::runDue);
            first.setJob(job, hourly);
            first.start();
            clock.advanceTo(utc("2024-05-01T11:00:00Z"));
            first.tick();
            QCOMPARE(takeDue(due).size(), 1);
            clock.advanceTo(utc("2024-05-01T12:00:00Z"));
            first.tick();
            QVERIFY(first.isPending(job));
            // Cairn quits (or crashes) with the 12:00 run still held.
        }
        clock.advanceTo(utc("2024-05-01T12:10:00Z"));
        Scheduler second(&clock, &store);
        QSignalSpy due(&second, &Scheduler::runDue);
        second.setJob(job, hourly);
        second.start();
        QCOMPARE(takeDue(due), QList<Due>({ { job, CatchUp } }));
    }

    void restartWithNewTimingDoesNotCatchUp()
    {
        QList<qint64> ids;
        auto db = databaseWithJobs(1, &ids);
        QVERIFY(db);
        const qint64 job = ids.first();
        ScheduleStateStore store(db);
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        {
            Scheduler first(&clock, &store);
            first.setJob(job, parsed(QStringLiteral("hourly :00; tz=UTC")));
            first.start();
        }
        clock.advanceTo(utc("2024-05-01T14:40:00Z"));
        Scheduler second(&clock, &store);
        QSignalSpy due(&second, &Scheduler::runDue);
        second.setJob(job, parsed(QStringLiteral("hourly :30; tz=UTC")));
        second.start();
        QVERIFY(due.isEmpty());
        QCOMPARE(second.nextRun(job), utc("2024-05-01T15:30:00Z"));
    }

    void pauseSurvivesRestart()
    {
        QList<qint64> ids;
        auto db = databaseWithJobs(1, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        const QDateTime until = utc("2024-05-02T06:00:00Z");
        {
            Scheduler first(&clock, &store);
            first.start();
            first.pause(until);
        }
        {
            Scheduler second(&clock, &store);
            QSignalSpy due(&second, &Scheduler::runDue);
            second.setJob(ids.first(), parsed(QStringLiteral("hourly :00; tz=UTC")));
            second.start();
            QVERIFY(second.isPaused());
            QCOMPARE(second.pausedUntil(), until);
            second.resume();
        }
        Scheduler third(&clock, &store);
        third.start();
        QVERIFY(!third.isPaused());
    }

    void removedJobForgetsItsRecord()
    {
        QList<qint64> ids;
        auto db = databaseWithJobs(1, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock, &store);
        scheduler.setJob(ids.first(), parsed(QStringLiteral("hourly :00; tz=UTC")));
        QVERIFY(store.load(ids.first()).has_value());
        scheduler.removeJob(ids.first());
        QVERIFY(!store.load(ids.first()).has_value());
    }

    void unknownJobIsReportedNotFatal()
    {
        // The record refers to jobs(id): a job that does not exist cannot be recorded, and the
        // scheduler says so in one sentence instead of failing silently.
        QList<qint64> ids;
        auto db = databaseWithJobs(0, &ids);
        QVERIFY(db);
        ScheduleStateStore store(db);
        FakeClock clock(utc("2024-05-01T10:00:30Z"));
        Scheduler scheduler(&clock, &store);
        QSignalSpy problems(&scheduler, &Scheduler::problem);
        scheduler.setJob(12345, parsed(QStringLiteral("hourly :00; tz=UTC")));
        QCOMPARE(problems.size(), 1);
        const QString message = problems.at(0).at(0).toString();
        QVERIFY2(message.startsWith(QLatin1String("Cairn could not record that job 12345 ran on schedule")),
            qPrintable(message));
        QCOMPARE(scheduler.nextRun(12345), utc("2024-05-01T11:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
