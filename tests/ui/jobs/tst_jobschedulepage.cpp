// The job wizard's schedule page, offscreen: the preview of the next five runs follows the fields
// as a person types, in the chosen zone and across DST (a 02:30 run on a spring-forward night at
// 03:00, on a fall-back night once); a cron expression Cairn cannot read, a week without a day or
// an unknown zone is refused with one sentence; and the schedule and the verify schedule are saved
// with the job as `cairn-cli job schedule` stores them, and reloaded when the job is edited.
// With CAIRN_SCREENSHOT_DIR set, the page is also saved as a PNG (run under Xvfb to look at it).
#include "TestEstate.h"

#include "schedule/Schedule.h"
#include "schedule/ScheduleStateStore.h"
#include "store/JobRepository.h"
#include "wizards/AddJobSchedulePage.h"
#include "wizards/AddJobServerPage.h"
#include "wizards/AddJobSourcePage.h"
#include "wizards/AddJobSummaryPage.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

namespace {

const QString Service = QStringLiteral("org.cairnbackup.Cairn.tests.jobschedulepage");

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void setZone(AddJobSchedulePage &page, const QString &zone)
{
    page.zoneBox()->setCurrentText(zone);
    QCOMPARE(page.zoneBox()->currentText(), zone);
}

QStringList runLines(const QLabel *preview)
{
    QStringList lines;
    for (const QString &line : preview->text().split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("  \u2022 ")))
            lines << line.mid(4);
    return lines;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class tst_JobSchedulePage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Dates and times in words are compared below: one locale, whatever the machine's.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // Each row: what the person picks, when the preview starts, and per run the day and the wall
    // time with its zone abbreviation that must appear on that line.
    void previewFollowsTheFields_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("value"); // HH:MM, or the cron expression
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("daily over the spring-forward night in Berlin")
            << int(AddJobSchedulePage::Daily) << QStringLiteral("02:30") << QStringLiteral("Europe/Berlin")
            << QDateTime(QDate(2026, 3, 27), QTime(12, 0), Qt::UTC)
            << QStringList { QStringLiteral("28 March 2026 at 02:30 CET"),
                   QStringLiteral("29 March 2026 at 03:00 CEST"),
                   QStringLiteral("30 March 2026 at 02:30 CEST"),
                   QStringLiteral("31 March 2026 at 02:30 CEST"),
                   QStringLiteral("1 April 2026 at 02:30 CEST") };
        QTest::addRow("daily over the fall-back night in Berlin: once")
            << int(AddJobSchedulePage::Daily) << QStringLiteral("02:30") << QStringLiteral("Europe/Berlin")
            << QDateTime(QDate(2026, 10, 24), QTime(12, 0), Qt::UTC)
            << QStringList { QStringLiteral("25 October 2026 at 02:30 CEST"),
                   QStringLiteral("26 October 2026 at 02:30 CET"),
                   QStringLiteral("27 October 2026 at 02:30 CET"),
                   QStringLiteral("28 October 2026 at 02:30 CET"),
                   QStringLiteral("29 October 2026 at 02:30 CET") };
        QTest::addRow("cron over the spring-forward night in New York")
            << int(AddJobSchedulePage::Cron) << QStringLiteral("30 2 * * *")
            << QStringLiteral("America/New_York") << QDateTime(QDate(2026, 3, 6), QTime(12, 0), Qt::UTC)
            << QStringList { QStringLiteral("7 March 2026 at 02:30 EST"),
                   QStringLiteral("8 March 2026 at 03:00 EDT"), QStringLiteral("9 March 2026 at 02:30 EDT"),
                   QStringLiteral("10 March 2026 at 02:30 EDT"),
                   QStringLiteral("11 March 2026 at 02:30 EDT") };
        QTest::addRow("cron on weekdays, UTC")
            << int(AddJobSchedulePage::Cron) << QStringLiteral("15 23 * * 1-5") << QStringLiteral("UTC")
            << QDateTime(QDate(2026, 3, 6), QTime(12, 0), Qt::UTC) // a Friday
            << QStringList { QStringLiteral("Friday, 6 March 2026 at 23:15"),
                   QStringLiteral("Monday, 9 March 2026 at 23:15"),
                   QStringLiteral("Tuesday, 10 March 2026 at 23:15"),
                   QStringLiteral("Wednesday, 11 March 2026 at 23:15"),
                   QStringLiteral("Thursday, 12 March 2026 at 23:15") };
        QTest::addRow("monthly on the 31st: the last day of shorter months")
            << int(AddJobSchedulePage::Monthly) << QStringLiteral("04:00") << QStringLiteral("UTC")
            << QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)
            << QStringList { QStringLiteral("31 January 2026 at 04:00"),
                   QStringLiteral("28 February 2026 at 04:00"), QStringLiteral("31 March 2026 at 04:00"),
                   QStringLiteral("30 April 2026 at 04:00"), QStringLiteral("31 May 2026 at 04:00") };
    }

    void previewFollowsTheFields()
    {
        QFETCH(int, choice);
        QFETCH(QString, value);
        QFETCH(QString, zone);
        QFETCH(QDateTime, start);
        QFETCH(QStringList, expected);

        AddJobSchedulePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setPreviewStart(start);
        page.setChoice(AddJobSchedulePage::Choice(choice));
        setZone(page, zone);
        if (choice == AddJobSchedulePage::Cron) {
            QVERIFY(page.cronEdit()->isVisible());
            QVERIFY(!page.timeEdit()->isVisible());
            // Typed key by key: half an expression is answered at once, the whole one previewed.
            typeInto(page.cronEdit(), value.left(value.lastIndexOf(QLatin1Char(' '))));
            QVERIFY(!page.error()->message().isEmpty());
            QVERIFY(runLines(page.previewLabel()).isEmpty());
            QTest::keyClicks(page.cronEdit(), value.mid(value.lastIndexOf(QLatin1Char(' '))));
            QCOMPARE(page.cronEdit()->text(), value);
        } else {
            QVERIFY(!page.cronEdit()->isVisible());
            QVERIFY(page.timeEdit()->isVisible());
            QCOMPARE(page.dayOfMonthBox()->isVisible(), choice == AddJobSchedulePage::Monthly);
            page.timeEdit()->setTime(QTime::fromString(value, QStringLiteral("HH:mm")));
            if (choice == AddJobSchedulePage::Monthly)
                page.dayOfMonthBox()->setValue(31);
        }
        QVERIFY2(page.error()->message().isEmpty(), qPrintable(page.error()->message()));
        const QStringList lines = runLines(page.previewLabel());
        QCOMPARE(lines.size(), expected.size());
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(
                lines[i].contains(expected[i]), qPrintable(lines[i] + QStringLiteral(" / ") + expected[i]));
        const auto schedule = page.schedule();
        QVERIFY(schedule);
        QCOMPARE(QString::fromUtf8(schedule->timeZone().id()), zone);
        QVERIFY(page.previewLabel()->text().startsWith(schedule->describe()));

        // Another zone moves every run: the preview follows at once.
        setZone(page, QStringLiteral("Asia/Tokyo"));
        QVERIFY(runLines(page.previewLabel()) != lines);
        QVERIFY(runLines(page.previewLabel()).first().contains(QStringLiteral("JST")));
        screenshot(&page,
            QStringLiteral("schedule-page-%1")
                .arg(QString::fromLatin1(QTest::currentDataTag()))
                .replace(u' ', u'-'));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("minute 61") << int(AddJobSchedulePage::Cron) << QStringLiteral("61 * * * *")
                                   << QStringLiteral("UTC") << QStringLiteral("61");
        QTest::addRow("four fields") << int(AddJobSchedulePage::Cron) << QStringLiteral("* * * *")
                                     << QStringLiteral("UTC") << QString();
        QTest::addRow("shell") << int(AddJobSchedulePage::Cron) << QStringLiteral("$(reboot) * * * *")
                               << QStringLiteral("UTC") << QString();
        QTest::addRow("leading dash") << int(AddJobSchedulePage::Cron) << QStringLiteral("-1 2 * * *")
                                      << QStringLiteral("UTC") << QString();
        QTest::addRow("weekday 9") << int(AddJobSchedulePage::Cron) << QStringLiteral("0 2 * * 9")
                                   << QStringLiteral("UTC") << QStringLiteral("9");
        QTest::addRow("not UTF-8 safe") << int(AddJobSchedulePage::Cron) << QStringLiteral("0 2 * * \u00ff")
                                        << QStringLiteral("UTC") << QString();
        QTest::addRow("empty cron") << int(AddJobSchedulePage::Cron) << QString() << QStringLiteral("UTC")
                                    << QStringLiteral("cron expression");
        QTest::addRow("unknown zone")
            << int(AddJobSchedulePage::Daily) << QString() << QStringLiteral("Mars/Olympus Mons")
            << QStringLiteral("Mars/Olympus Mons");
    }

    void badInputIsRefused()
    {
        QFETCH(int, choice);
        QFETCH(QString, cron);
        QFETCH(QString, zone);
        QFETCH(QString, mentions);
        AddJobSchedulePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setChoice(AddJobSchedulePage::Choice(choice));
        page.zoneBox()->setCurrentText(zone);
        if (choice == AddJobSchedulePage::Cron) {
            typeInto(page.cronEdit(), QStringLiteral("0 2 * * *"));
            QVERIFY(page.error()->message().isEmpty());
            if (cron.isEmpty())
                page.cronEdit()->clear();
            else
                typeInto(page.cronEdit(), cron);
        }
        const QString sentence = page.error()->message();
        QVERIFY2(!sentence.isEmpty(), qPrintable(cron));
        // One sentence: ends with a full stop, no second sentence after it.
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        QVERIFY2(!sentence.chopped(1).contains(QStringLiteral(". ")), qPrintable(sentence));
        if (!mentions.isEmpty())
            QVERIFY2(sentence.contains(mentions), qPrintable(sentence));
        QVERIFY(!page.schedule());
        QVERIFY(runLines(page.previewLabel()).isEmpty());
        QVERIFY(!page.validatePage());
    }

    void weekWithoutADayIsRefused()
    {
        AddJobSchedulePage page;
        page.setChoice(AddJobSchedulePage::Weekly);
        page.zoneBox()->setCurrentText(QStringLiteral("UTC"));
        for (int day = 1; day <= 7; ++day)
            page.dayBox(day)->setChecked(false);
        QVERIFY(page.error()->message().contains(QStringLiteral("day")));
        QVERIFY(!page.validatePage());
        page.dayBox(3)->setChecked(true);
        QVERIFY(page.error()->message().isEmpty());
        QCOMPARE(page.schedule()->weekDays(), QList<int> { 3 });
    }

    // Any verify time the CLI's --verify takes, typed into the page and read by the same parser.
    void customVerifyTime_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused with one sentence
        QTest::addRow("weekly sun 05:00")
            << QStringLiteral("weekly sun 05:00") << QStringLiteral("weekly sun 05:00; tz=Europe/Berlin");
        QTest::addRow("own zone kept")
            << QStringLiteral("daily 04:30; tz=UTC") << QStringLiteral("daily 04:30; tz=UTC");
        QTest::addRow("cron") << QStringLiteral("cron 0 4 1-7 * 0")
                              << QStringLiteral("cron 0 4 1-7 * 0; tz=Europe/Berlin");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("shell") << QStringLiteral("$(reboot)") << QString();
        QTest::addRow("leading dash") << QStringLiteral("-rf weekly") << QString();
        QTest::addRow("bad day") << QStringLiteral("weekly xyz 05:00") << QString();
        QTest::addRow("quotes and newline") << QStringLiteral("weekly \"sun\"\n05:00") << QString();
    }

    void customVerifyTime()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        AddJobSchedulePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setPreviewStart(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        setZone(page, QStringLiteral("Europe/Berlin"));
        QVERIFY(page.verifyCustomEdit()->isHidden());
        page.verifyBox()->setCurrentIndex(AddJobSchedulePage::VerifyCustom);
        QVERIFY(page.verifyCustomEdit()->isVisible());
        QVERIFY(!page.verifyTimeEdit()->isEnabled());
        if (typed.isEmpty())
            page.verifyCustomEdit()->clear();
        else if (typed.contains(QLatin1Char('\n')))
            page.verifyCustomEdit()->setText(typed); // pasted: a key click cannot type a line break
        else
            typeInto(page.verifyCustomEdit(), typed);
        if (stored.isEmpty()) {
            const QString sentence = page.error()->message();
            QVERIFY2(
                sentence.endsWith(QLatin1Char('.')) && !sentence.chopped(1).contains(QStringLiteral(". ")),
                qPrintable(sentence));
            QVERIFY(!page.verifySchedule());
            QVERIFY(!page.previewLabel()->text().contains(QStringLiteral("Next verify")));
            QVERIFY(!page.validatePage());
            return;
        }
        QVERIFY2(page.error()->message().isEmpty(), qPrintable(page.error()->message()));
        const auto expected = Schedule::fromString(stored, nullptr);
        QVERIFY(expected);
        QCOMPARE(page.verifyText(), expected->toString());
        QVERIFY2(page.previewLabel()->text().contains(
                     QStringLiteral("Verifies the newest backup: %1.").arg(expected->describe())),
            qPrintable(page.previewLabel()->text()));
        QVERIFY(page.previewLabel()->text().contains(QStringLiteral("Next verify: ")));
        // Edit mode loads it back to the same schedule (in words or in this field).
        AddJobSchedulePage again;
        again.load(page.scheduleText(), page.verifyText());
        QCOMPARE(again.verifyText(), page.verifyText());
    }

    // The target follows the schedule until the person picks one.
    void overdueTargetDefaultsFromTheSchedule()
    {
        AddJobSchedulePage page;
        page.zoneBox()->setCurrentText(QStringLiteral("UTC"));
        page.setChoice(AddJobSchedulePage::Daily);
        QVERIFY(!page.targetBox()->isEnabled());
        QCOMPARE(page.targetBox()->value(), 26);
        QVERIFY(!page.schedule()->hasExplicitTargetAge());
        page.setChoice(AddJobSchedulePage::Hourly);
        QCOMPARE(page.targetBox()->value(), 3);
        page.setChoice(AddJobSchedulePage::Weekly);
        QCOMPARE(page.targetBox()->value(), 7 * 24 + 2);
        page.targetCheck()->setChecked(true);
        QVERIFY(page.targetBox()->isEnabled());
        page.targetBox()->setValue(50);
        QCOMPARE(page.schedule()->targetAge(), std::chrono::seconds(50 * 3600));
        QVERIFY(page.previewLabel()->text().contains(QStringLiteral("2 days and 2 hours")));
    }

    // Saved with the job as `cairn-cli job schedule` stores it; edit mode loads it back, and a
    // verify schedule set with the CLI in a form the page has no fields for survives an edit.
    void savedWithTheJobAndReloaded()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through tests/fixtures/keyring-session.sh, which provides the keychain");
        TestEstate estate;
        QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
        const qint64 client = estate.addClient(QStringLiteral("Acme"));
        const qint64 server = estate.addServer(client, QStringLiteral("web 1"));
        const qint64 storage = estate.addStorage(client, QStringLiteral("bucket"));
        QVERIFY2(client && server && storage, qPrintable(estate.lastError()));

        qint64 id = 0;
        {
            AddJobWizard wizard(estate.database(), client);
            wizard.setKeychainService(Service);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.serverPage()->nameEdit()->setText(QStringLiteral("nightly \"$(id)\""));
            wizard.next();
            wizard.sourcePage()->pathsEdit()->setPlainText(QStringLiteral("/etc"));
            for (int i = 0; i < 6 && wizard.currentId() != AddJobWizard::SchedulePageId; ++i)
                wizard.next();
            QCOMPARE(wizard.currentId(), int(AddJobWizard::SchedulePageId));
            AddJobSchedulePage *page = wizard.schedulePage();
            // A new job: every day, checked every week, in this computer's zone.
            QCOMPARE(page->kindBox()->currentIndex(), int(AddJobSchedulePage::Daily));
            QCOMPARE(page->verifyBox()->currentIndex(), int(AddJobSchedulePage::VerifyWeekly));
            QCOMPARE(page->zoneBox()->currentText(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
            screenshot(&wizard, QStringLiteral("job-wizard-schedule-default"));

            page->setChoice(AddJobSchedulePage::Weekly);
            for (int day = 1; day <= 7; ++day)
                page->dayBox(day)->setChecked(day == 1 || day == 3 || day == 5);
            page->timeEdit()->setTime(QTime(3, 15));
            setZone(*page, QStringLiteral("America/New_York"));
            page->offsetBox()->setValue(20);
            page->missedBox()->setCurrentIndex(1);
            page->targetCheck()->setChecked(true);
            page->targetBox()->setValue(50);
            page->verifyBox()->setCurrentIndex(AddJobSchedulePage::VerifyMonthly);
            page->verifyTimeEdit()->setTime(QTime(6, 0));
            QVERIFY(page->previewLabel()->text().contains(QStringLiteral("Verifies the newest backup")));
            screenshot(&wizard, QStringLiteral("job-wizard-schedule-weekly"));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(AddJobWizard::SummaryPageId));
            const QString summary = wizard.summaryPage()->summaryText();
            QVERIFY2(summary.contains(QStringLiteral("Runs: ") + page->schedule()->describe()),
                qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("Verifies the newest backup: ")), qPrintable(summary));
            QSignalSpy saved(&wizard, &AddJobWizard::jobSaved);
            wizard.button(QWizard::FinishButton)->click();
            QTRY_COMPARE(saved.size(), 1);
            id = saved.first().at(0).toLongLong();
        }
        const auto job = JobRepository(estate.database()).findById(id);
        QVERIFY(job);
        // The same text the CLI writes for --weekly mon,wed,fri 03:15 --tz America/New_York
        // --jitter 20 --missed skip --overdue-after 50 --verify "monthly 1 06:00".
        const auto cliText
            = [](const QString &text) { return Schedule::fromString(text, nullptr)->toString(); };
        QCOMPARE(job->schedule,
            cliText(QStringLiteral(
                "weekly mon,wed,fri 03:15; tz=America/New_York; offset=20m; missed=skip; target=50h")));
        QVERIFY(job->schedule.startsWith(QStringLiteral("weekly mon,wed,fri 03:15; tz=America/New_York")));
        QCOMPARE(ScheduleStateStore::verifySchedule(estate.database(), id),
            QStringLiteral("monthly 1 06:00; tz=America/New_York"));

        {
            AddJobWizard edit(estate.database(), 0, id);
            edit.setKeychainService(Service);
            edit.show();
            QVERIFY(QTest::qWaitForWindowExposed(&edit));
            for (int i = 0; i < 6 && edit.currentId() != AddJobWizard::SchedulePageId; ++i)
                edit.next();
            QCOMPARE(edit.currentId(), int(AddJobWizard::SchedulePageId));
            AddJobSchedulePage *page = edit.schedulePage();
            QCOMPARE(page->kindBox()->currentIndex(), int(AddJobSchedulePage::Weekly));
            for (int day = 1; day <= 7; ++day)
                QCOMPARE(page->dayBox(day)->isChecked(), day == 1 || day == 3 || day == 5);
            QCOMPARE(page->timeEdit()->time(), QTime(3, 15));
            QCOMPARE(page->zoneBox()->currentText(), QStringLiteral("America/New_York"));
            QCOMPARE(page->offsetBox()->value(), 20);
            QCOMPARE(page->missedBox()->currentIndex(), 1);
            QVERIFY(page->targetCheck()->isChecked());
            QCOMPARE(page->targetBox()->value(), 50);
            QCOMPARE(page->verifyBox()->currentIndex(), int(AddJobSchedulePage::VerifyMonthly));
            QCOMPARE(page->verifyTimeEdit()->time(), QTime(6, 0));
            QVERIFY(page->error()->message().isEmpty());
            // Changed to a cron expression, verify off.
            page->setChoice(AddJobSchedulePage::Cron);
            typeInto(page->cronEdit(), QStringLiteral("0 4 * * *"));
            QCOMPARE(page->cronEdit()->text(), QStringLiteral("0 4 * * *"));
            page->verifyBox()->setCurrentIndex(AddJobSchedulePage::VerifyNever);
            QSignalSpy saved(&edit, &AddJobWizard::jobSaved);
            edit.next();
            QCOMPARE(edit.currentId(), int(AddJobWizard::SummaryPageId));
            edit.button(QWizard::FinishButton)->click();
            QVERIFY2(edit.saveError().isEmpty(), qPrintable(edit.saveError()));
            QTRY_COMPARE(saved.size(), 1);
        }
        QCOMPARE(JobRepository(estate.database()).findById(id)->schedule,
            cliText(
                QStringLiteral("cron 0 4 * * *; tz=America/New_York; offset=20m; missed=skip; target=50h")));
        QCOMPARE(ScheduleStateStore::verifySchedule(estate.database(), id), QString());

        // A verify schedule only the CLI can express is shown in words and kept as it was.
        const QString custom = QStringLiteral("cron 0 4 1-7 * 0; tz=UTC");
        QVERIFY(!ScheduleStateStore::saveVerifySchedule(estate.database(), id, custom));
        {
            AddJobWizard edit(estate.database(), 0, id);
            edit.setKeychainService(Service);
            edit.show();
            QVERIFY(QTest::qWaitForWindowExposed(&edit));
            for (int i = 0; i < 6 && edit.currentId() != AddJobWizard::SchedulePageId; ++i)
                edit.next();
            QCOMPARE(edit.currentId(), int(AddJobWizard::SchedulePageId));
            AddJobSchedulePage *page = edit.schedulePage();
            QCOMPARE(page->verifyBox()->currentIndex(), int(AddJobSchedulePage::VerifyCustom));
            QCOMPARE(page->verifyCustomEdit()->text(), custom);
            QVERIFY(page->previewLabel()->text().contains(Schedule::fromString(custom, nullptr)->describe()));
            QSignalSpy saved(&edit, &AddJobWizard::jobSaved);
            edit.next();
            QCOMPARE(edit.currentId(), int(AddJobWizard::SummaryPageId));
            edit.button(QWizard::FinishButton)->click();
            QVERIFY2(edit.saveError().isEmpty(), qPrintable(edit.saveError()));
            QTRY_COMPARE(saved.size(), 1);
        }
        QCOMPARE(ScheduleStateStore::verifySchedule(estate.database(), id), custom);
    }
};

QTEST_MAIN(tst_JobSchedulePage)
#include "tst_jobschedulepage.moc"
