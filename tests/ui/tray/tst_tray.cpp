// TrayIcon without a window: the watchdog's colours and reasons, Run job now, Pause and Resume;
// and start-on-login as the settings dialog switches it (an XDG autostart entry).
#include "dialogs/SettingsDialog.h"
#include "settings/Autostart.h"
#include "settings/UiSettings.h"
#include "tray/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cairn;

namespace {

JobHealth health(qint64 id, const QString &name, HealthState state, const QString &reason)
{
    JobHealth job;
    job.jobId = id;
    job.jobName = name;
    job.state = state;
    job.reason = reason;
    return job;
}

} // namespace

class TestTray final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(Autostart::entryPath());
    }
    void cleanupTestCase()
    {
        QSettings().clear();
        QFile::remove(Autostart::entryPath());
    }

    void colourFollowsTheWatchdog_data()
    {
        QTest::addColumn<int>("tray");
        QTest::addColumn<int>("health");
        QTest::addRow("green") << int(TrayState::Ok) << int(Health::Ok);
        QTest::addRow("amber") << int(TrayState::Amber) << int(Health::Warning);
        QTest::addRow("red") << int(TrayState::Red) << int(Health::Error);
    }
    void colourFollowsTheWatchdog()
    {
        QFETCH(int, tray);
        QFETCH(int, health);
        TrayIcon icon;
        QCOMPARE(icon.health(), Health::Idle);
        WatchdogReport report;
        report.tray = TrayState(tray);
        report.summary = QStringLiteral("Summary sentence.");
        report.jobs = { ::health(1, QStringLiteral("web & db"), HealthState::Overdue,
                            QStringLiteral("The last good backup of web & db is 30 hours old.")),
            ::health(2, QStringLiteral("fine"), HealthState::Ok, QStringLiteral("All good.")) };
        icon.setReport(report);
        QCOMPARE(int(icon.health()), health);
        QVERIFY(icon.toolTip().contains(QStringLiteral("Summary sentence.")));
        // The reasons of jobs that are not fine, one click away; an '&' stays an '&'.
        QStringList texts;
        for (QAction *action : icon.statusMenu()->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts,
            (QStringList { QStringLiteral("Summary sentence."),
                QStringLiteral("The last good backup of web && db is 30 hours old.") }));
    }

    void runJobNowAndPause()
    {
        TrayIcon icon;
        QSignalSpy run(&icon, &TrayIcon::runJobRequested);
        QSignalSpy pause(&icon, &TrayIcon::pauseRequested);
        QSignalSpy resume(&icon, &TrayIcon::resumeRequested);
        QCOMPARE(icon.runMenu()->actions().size(), 1);
        QVERIFY(!icon.runMenu()->actions().first()->isEnabled()); // "No jobs yet"
        icon.setJobs({ { 7, QStringLiteral("site") }, { 9, QStringLiteral("&db") } });
        QCOMPARE(icon.runMenu()->actions().size(), 2);
        QCOMPARE(icon.runMenu()->actions().at(1)->text(), QStringLiteral("&&db"));
        icon.runMenu()->actions().at(1)->trigger();
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.at(0).at(0).toLongLong(), 9);

        const QList<Scheduler::PauseLength> lengths { Scheduler::PauseLength::OneHour,
            Scheduler::PauseLength::UntilTomorrowMorning, Scheduler::PauseLength::UntilResumed };
        for (Scheduler::PauseLength length : lengths)
            icon.pauseAction(length)->trigger();
        QCOMPARE(pause.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pause.at(i).at(0).value<Scheduler::PauseLength>(), lengths.at(i));

        QVERIFY(!icon.resumeAction()->isVisible());
        icon.setPaused(true, QDateTime());
        QVERIFY(icon.isPaused());
        QVERIFY(icon.resumeAction()->isVisible());
        QVERIFY(!icon.pauseMenu()->menuAction()->isVisible());
        QVERIFY(icon.toolTip().contains(TrayIcon::tr("Schedules are paused until resumed.")));
        icon.resumeAction()->trigger();
        QCOMPARE(resume.size(), 1);
        icon.setPaused(false, QDateTime());
        QVERIFY(!icon.toolTip().contains(TrayIcon::tr("Schedules are paused until resumed.")));
        QVERIFY(icon.pauseMenu()->menuAction()->isVisible());
    }

    void autostartEntry_data()
    {
        QTest::addColumn<QString>("executable");
        QTest::addColumn<QString>("exec");
        QTest::addRow("plain") << QStringLiteral("/usr/bin/cairn")
                               << QStringLiteral("Exec=\"/usr/bin/cairn\" --minimized");
        QTest::addRow("spaces") << QStringLiteral("/opt/my apps/cairn")
                                << QStringLiteral("Exec=\"/opt/my apps/cairn\" --minimized");
        QTest::addRow("hostile") << QStringLiteral("/tmp/$(x)`y`\"%u\\z")
                                 << QStringLiteral(
                                        "Exec=\"/tmp/\\\\$(x)\\\\`y\\\\`\\\\\"%%u\\\\\\\\z\" --minimized");
    }
    void autostartEntry()
    {
        QFETCH(QString, executable);
        QFETCH(QString, exec);
        const QStringList lines = QString::fromUtf8(Autostart::entry(executable)).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(exec), qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(lines.contains(QStringLiteral("[Desktop Entry]")));
    }

    void settingsSwitchAutostartAndNotifications()
    {
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(UiSettings().notifies(UiSettings::Notify::RunFailed));
        QVERIFY(UiSettings().notifies(UiSettings::Notify::Overdue));
        QVERIFY(!UiSettings().notifies(UiSettings::Notify::RunStarted));
        QVERIFY(!UiSettings().notifies(UiSettings::Notify::RunSucceeded));
        {
            SettingsDialog dialog(true);
            auto *autostart = dialog.findChild<QCheckBox *>(QStringLiteral("autostart"));
            QVERIFY(autostart && !autostart->isChecked());
            autostart->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("notifySucceeded"))->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("notifyFailed"))->setChecked(false);
            dialog.accept();
        }
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QVERIFY(entry.readAll().contains(QCoreApplication::applicationFilePath().toUtf8()));
        QVERIFY(UiSettings().notifies(UiSettings::Notify::RunSucceeded));
        QVERIFY(!UiSettings().notifies(UiSettings::Notify::RunFailed));
        {
            SettingsDialog dialog(true);
            auto *autostart = dialog.findChild<QCheckBox *>(QStringLiteral("autostart"));
            QVERIFY(autostart->isChecked());
            autostart->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(!QFile::exists(Autostart::entryPath()));
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
