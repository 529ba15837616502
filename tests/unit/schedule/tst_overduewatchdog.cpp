// The overdue watchdog: each job's state and sentence at the right ages, the tray colour, the
// timer that wakes it when a job turns worse, and its wiring to the scheduler (runs, pause).
#include "FakeClock.h"

#include "schedule/OverdueWatchdog.h"
#include "schedule/Scheduler.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace cairn;
using cairn::test::FakeClock;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(cairn::HealthState)
Q_DECLARE_METATYPE(cairn::TrayState)

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const QDateTime now = QDateTime(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);

JobHealthInput job(qint64 id, const QString &name, std::chrono::seconds target,
    std::chrono::seconds sinceGood, bool failed = false, const QString &failure = QString())
{
    JobHealthInput input;
    input.jobId = id;
    input.jobName = name;
    input.targetAge = target;
    input.watchedSince = now.addDays(-30);
    input.lastGoodAt = now.addSecs(-sinceGood.count());
    input.lastRunFailed = failed;
    input.lastFailure = failure;
    return input;
}

} // namespace

class TestOverdueWatchdog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void assess_data()
    {
        QTest::addColumn<JobHealthInput>("input");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QDateTime>("changesAt");
        QTest::addColumn<QString>("reason");

        const QString name = QStringLiteral("web1 files");
        QTest::addRow("fresh") << job(1, name, 26h, 1h) << false << HealthState::Ok << now.addSecs(25 * 3600)
                               << QStringLiteral(
                                      "The last good backup of web1 files is 1 hour old, within its target "
                                      "of 26 hours.");
        QTest::addRow("a second under the target")
            << job(1, name, 26h, 26h - 1s) << false << HealthState::Ok << now.addSecs(1)
            << QStringLiteral(
                   "The last good backup of web1 files is 25 hours and 59 minutes old, within its target "
                   "of 26 hours.");
        QTest::addRow("at the target")
            << job(1, name, 26h, 26h) << false << HealthState::Overdue << now.addSecs(26 * 3600)
            << QStringLiteral("The last good backup of web1 files is 26 hours old, over its "
                              "target of 26 hours; run it now or check its schedule.");
        QTest::addRow("overdue") << job(1, name, 26h, 30h) << false << HealthState::Overdue
                                 << now.addSecs(22 * 3600)
                                 << QStringLiteral(
                                        "The last good backup of web1 files is 30 hours old, over its target "
                                        "of 26 hours; run it now or check its schedule.");
        QTest::addRow("a second under twice the target")
            << job(1, name, 26h, 52h - 1s) << false << HealthState::Overdue << now.addSecs(1)
            << QStringLiteral(
                   "The last good backup of web1 files is 2 days and 3 hours old, over its target of 26 "
                   "hours; run it now or check its schedule.");
        QTest::addRow("twice the target")
            << job(1, name, 26h, 52h) << false << HealthState::BadlyOverdue << QDateTime()
            << QStringLiteral("The last good backup of web1 files is 2 days and 4 "
                              "hours old, over twice its target of 26 hours; run it now "
                              "and check why it does not run.");
        QTest::addRow("overdue while paused")
            << job(1, name, 26h, 30h) << true << HealthState::Overdue << now.addSecs(22 * 3600)
            << QStringLiteral(
                   "The last good backup of web1 files is 30 hours old, over its target of 26 hours, and "
                   "schedules are paused; resume them or run it now.");
        QTest::addRow("badly overdue while paused")
            << job(1, name, 26h, 60h) << true << HealthState::BadlyOverdue << QDateTime()
            << QStringLiteral(
                   "The last good backup of web1 files is 2 days and 12 hours old, over twice its target "
                   "of 26 hours, and schedules are paused; resume them or run it now.");
        QTest::addRow("paused but fresh")
            << job(1, name, 26h, 2h) << true << HealthState::Ok << now.addSecs(24 * 3600)
            << QStringLiteral("The last good backup of web1 files is 2 hours old, within "
                              "its target of 26 hours.");
        QTest::addRow("failed after a recent good backup")
            << job(1, name, 26h, 1h, true, QStringLiteral("The host web1 refused the SSH key.")) << false
            << HealthState::Failed << QDateTime()
            << QStringLiteral(
                   "The last backup of web1 files failed (The host web1 refused the SSH key); fix the cause "
                   "and run it again.");
        QTest::addRow("failed without a message")
            << job(1, name, 26h, 1h, true) << false << HealthState::Failed << QDateTime()
            << QStringLiteral(
                   "The last backup of web1 files failed; open its run log, fix the cause and run it again.");
        QTest::addRow("failure text with line breaks")
            << job(1, name, 26h, 1h, true, QStringLiteral("tar: exit 2\n$(rm -rf /)\n")) << false
            << HealthState::Failed << QDateTime()
            << QStringLiteral(
                   "The last backup of web1 files failed (tar: exit 2 $(rm -rf /)); fix the cause and run "
                   "it again.");

        JobHealthInput fresh = job(2, QStringLiteral("db1"), 26h, 0s);
        fresh.lastGoodAt = QDateTime();
        fresh.watchedSince = now.addSecs(-2 * 3600);
        QTest::addRow("never good, just set up")
            << fresh << false << HealthState::Ok << now.addSecs(24 * 3600)
            << QStringLiteral("db1 has had no good backup yet; one is due within 26 hours of being set up.");
        JobHealthInput neverLate = fresh;
        neverLate.watchedSince = now.addSecs(-30 * 3600);
        QTest::addRow("never good, past the target")
            << neverLate << false << HealthState::Overdue << now.addSecs(22 * 3600)
            << QStringLiteral(
                   "db1 has had no good backup in the 30 hours since it was set up, over its target of 26 "
                   "hours; run it now or check its schedule.");
        JobHealthInput neverVeryLate = fresh;
        neverVeryLate.watchedSince = now.addDays(-3);
        QTest::addRow("never good, past twice the target")
            << neverVeryLate << false << HealthState::BadlyOverdue << QDateTime()
            << QStringLiteral(
                   "db1 has had no good backup in the 3 days since it was set up, over twice its target of "
                   "26 hours; run it now and check why it does not run.");
        JobHealthInput manual = job(3, QStringLiteral("archive"), 0s, 90 * 24h);
        QTest::addRow("no target") << manual << false << HealthState::Ok << QDateTime()
                                   << QStringLiteral(
                                          "The last good backup of archive is 90 days old; it has no "
                                          "target age.");
    }

    void assess()
    {
        QFETCH(JobHealthInput, input);
        QFETCH(bool, paused);
        const JobHealth health = OverdueWatchdog::assess(input, now, paused);
        QTEST(health.state, "state");
        QTEST(health.changesAt, "changesAt");
        QTEST(health.reason, "reason");
    }

    void tray_data()
    {
        QTest::addColumn<QList<JobHealthInput>>("jobs");
        QTest::addColumn<TrayState>("tray");
        QTest::addColumn<QString>("summary");
        const auto ok = job(1, QStringLiteral("a"), 26h, 1h);
        const auto overdue = job(2, QStringLiteral("b"), 26h, 27h);
        const auto badly = job(3, QStringLiteral("c"), 26h, 53h);
        const auto failed = job(4, QStringLiteral("d"), 26h, 1h, true, QStringLiteral("Disk full."));
        QTest::addRow("nothing") << QList<JobHealthInput>() << TrayState::Ok
                                 << QStringLiteral("No job is watched yet.");
        QTest::addRow("all good") << QList<JobHealthInput>({ ok, job(5, QStringLiteral("e"), 3h, 2h) })
                                  << TrayState::Ok << QStringLiteral("Every job has a recent good backup.");
        QTest::addRow("one overdue: amber, its own sentence") << QList<JobHealthInput>(
            { ok, overdue }) << TrayState::Amber << OverdueWatchdog::assess(overdue, now, false).reason;
        QTest::addRow("badly overdue: red") << QList<JobHealthInput>({ ok, badly }) << TrayState::Red
                                            << OverdueWatchdog::assess(badly, now, false).reason;
        QTest::addRow("failed: red") << QList<JobHealthInput>({ failed, ok }) << TrayState::Red
                                     << OverdueWatchdog::assess(failed, now, false).reason;
        QTest::addRow("several") << QList<JobHealthInput>({ ok, overdue, failed, badly }) << TrayState::Red
                                 << QStringLiteral(
                                        "3 jobs need attention: 2 failed or badly overdue, 1 overdue; the "
                                        "worst: ")
                + OverdueWatchdog::assess(failed, now, false).reason;
    }

    void tray()
    {
        QFETCH(QList<JobHealthInput>, jobs);
        const WatchdogReport report = OverdueWatchdog::assess(jobs, now, false);
        QTEST(report.tray, "tray");
        QTEST(report.summary, "summary");
        // Worst first: the dashboard and the tray menu list the jobs that need attention on top.
        for (qsizetype i = 1; i < report.jobs.size(); ++i)
            QVERIFY(int(report.jobs[i - 1].state) >= int(report.jobs[i].state));
    }

    void turnsAmberAndRedAtTheRightAges()
    {
        FakeClock clock(utc("2024-05-01T02:00:00Z"));
        OverdueWatchdog watchdog(&clock);
        QSignalSpy changed(&watchdog, &OverdueWatchdog::jobChanged);
        QSignalSpy reports(&watchdog, &OverdueWatchdog::reportChanged);
        const auto daily = Schedule::fromString(QStringLiteral("daily 02:00; tz=UTC"), nullptr);
        QVERIFY(daily);
        ScheduleStateStore::Outcome outcome;
        outcome.lastGoodAt = utc("2024-05-01T02:00:00Z");
        watchdog.setJob(OverdueWatchdog::inputFor(
            1, QStringLiteral("web1"), utc("2024-01-01T00:00:00Z"), *daily, outcome));
        QCOMPARE(watchdog.report().tray, TrayState::Ok);
        QCOMPARE(watchdog.nextWakeUp(), utc("2024-05-02T04:00:00Z")); // 26 hours after the good backup
        changed.clear();
        reports.clear();

        clock.advanceTo(utc("2024-05-02T03:59:59Z"));
        watchdog.reevaluate();
        QVERIFY(changed.isEmpty());
        QVERIFY(reports.isEmpty());

        clock.advanceTo(utc("2024-05-02T04:00:00Z"));
        watchdog.reevaluate();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<JobHealth>().state, HealthState::Overdue);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0).at(0).value<WatchdogReport>().tray, TrayState::Amber);
        QCOMPARE(watchdog.nextWakeUp(), utc("2024-05-03T06:00:00Z"));

        clock.advanceTo(utc("2024-05-03T06:00:00Z"));
        watchdog.reevaluate();
        QCOMPARE(watchdog.report().tray, TrayState::Red);
        QCOMPARE(watchdog.report().jobs.first().state, HealthState::BadlyOverdue);
        QVERIFY(!watchdog.nextWakeUp().isValid()); // nothing gets worse by itself now

        watchdog.recordRun(1, true, clock.now());
        QCOMPARE(watchdog.report().tray, TrayState::Ok);
        QCOMPARE(watchdog.nextWakeUp(), utc("2024-05-04T08:00:00Z"));

        clock.advance(1h);
        watchdog.recordRun(1, false, clock.now(), QStringLiteral("The bucket refused the upload."));
        QCOMPARE(watchdog.report().tray, TrayState::Red);
        QCOMPARE(watchdog.report().jobs.first().state, HealthState::Failed);
        // A failure reported late, older than the last good backup, changes nothing.
        watchdog.recordRun(1, true, clock.now());
        watchdog.recordRun(1, false, clock.now().addSecs(-600));
        QCOMPARE(watchdog.report().tray, TrayState::Ok);
        watchdog.removeJob(1);
        QVERIFY(watchdog.report().jobs.isEmpty());
        QVERIFY(!watchdog.nextWakeUp().isValid());
    }

    void newestBackupsFailedVerifyNeedsAttention()
    {
        FakeClock clock(utc("2024-05-01T02:00:00Z"));
        OverdueWatchdog watchdog(&clock);
        const auto daily = Schedule::fromString(QStringLiteral("daily 02:00; tz=UTC"), nullptr);
        QVERIFY(daily);
        // From the store: the newest backup is fresh, but its latest verify failed.
        ScheduleStateStore::Outcome outcome;
        outcome.lastGoodAt = utc("2024-05-01T02:00:00Z");
        outcome.newestVerifyFailedAt = utc("2024-05-01T05:30:00Z");
        clock.advanceTo(utc("2024-05-01T06:00:00Z"));
        watchdog.setJob(OverdueWatchdog::inputFor(
            1, QStringLiteral("web1 \"files\""), utc("2024-01-01T00:00:00Z"), *daily, outcome));
        QCOMPARE(watchdog.report().tray, TrayState::Red);
        QCOMPARE(watchdog.report().jobs.first().state, HealthState::Failed);
        const QString expected
            = QStringLiteral("The last verify of the newest backup of web1 \"files\" failed on "
                             "%1; run Verify now or make a new backup.")
                  .arg(QLocale().toString(utc("2024-05-01T05:30:00Z").toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(watchdog.report().jobs.first().reason, expected);
        QCOMPARE(watchdog.report().summary, expected);

        // A later verify that passes ends it.
        clock.advance(1h);
        watchdog.recordVerify(1, true, clock.now());
        QCOMPARE(watchdog.report().tray, TrayState::Ok);
        // A scheduled verify that fails turns it red again.
        clock.advance(1h);
        watchdog.recordVerify(1, false, clock.now());
        QCOMPARE(watchdog.report().jobs.first().state, HealthState::Failed);
        QVERIFY(watchdog.report().jobs.first().reason.startsWith(QLatin1String("The last verify")));
        // A failed backup run is said first: it is the newer problem.
        watchdog.recordRun(1, false, clock.now().addSecs(60), QStringLiteral("Disk full."));
        QVERIFY(watchdog.report().jobs.first().reason.startsWith(QLatin1String("The last backup")));
        // A newer good backup ends both.
        clock.advance(1h);
        watchdog.recordRun(1, true, clock.now());
        QCOMPARE(watchdog.report().tray, TrayState::Ok);
        // A failed verify finished before that backup was of an older backup: no change.
        watchdog.recordVerify(1, false, clock.now().addSecs(-60));
        QCOMPARE(watchdog.report().tray, TrayState::Ok);
    }

    void followsTheScheduler()
    {
        FakeClock clock(utc("2024-05-01T02:00:00Z"));
        Scheduler scheduler(&clock);
        OverdueWatchdog watchdog(&clock);
        watchdog.follow(&scheduler);
        JobHealthInput input;
        input.jobId = 8;
        input.jobName = QStringLiteral("db1");
        input.targetAge = 26h;
        input.watchedSince = utc("2024-04-01T00:00:00Z");
        input.lastGoodAt = utc("2024-04-30T12:00:00Z");
        watchdog.setJob(input);
        scheduler.setJob(8, *Schedule::fromString(QStringLiteral("daily 02:00; tz=UTC"), nullptr));
        scheduler.start();

        // Paused schedules do not excuse the job: it turns amber on time, and the sentence says why.
        scheduler.pause(QDateTime());
        clock.advanceTo(utc("2024-05-01T14:00:00Z"));
        watchdog.reevaluate();
        QCOMPARE(watchdog.report().tray, TrayState::Amber);
        QVERIFY2(watchdog.report().summary.contains(QLatin1String("schedules are paused")),
            qPrintable(watchdog.report().summary));
        scheduler.resume();
        QVERIFY(!watchdog.report().summary.contains(QLatin1String("paused")));

        // A run finished through the scheduler reaches the watchdog.
        scheduler.runFinished(8, true, clock.now());
        QCOMPARE(watchdog.report().tray, TrayState::Ok);

        // After a sleep, the scheduler's clock check wakes the watchdog too.
        QSignalSpy reports(&watchdog, &OverdueWatchdog::reportChanged);
        clock.sleep(std::chrono::hours(3 * 24));
        scheduler.tick();
        QCOMPARE(watchdog.report().tray, TrayState::Red);
        QVERIFY(!reports.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOverdueWatchdog)
#include "tst_overduewatchdog.moc"
