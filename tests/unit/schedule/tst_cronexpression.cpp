// Cron parsing: every form Vixie cron accepts, the Vixie day rule, and one-sentence errors for
// bad and hostile input.
#include "schedule/CronExpression.h"

#include <QTest>

using namespace cairn;

namespace {

// "0-5,10,20": the set bits, consecutive runs of three or more as ranges.
QString setText(quint64 bits)
{
    QStringList parts;
    for (int v = 0; v < 64;) {
        if (!(bits & (quint64(1) << v))) {
            ++v;
            continue;
        }
        int end = v;
        while (end + 1 < 64 && (bits & (quint64(1) << (end + 1))))
            ++end;
        if (end - v >= 2) {
            parts.append(QStringLiteral("%1-%2").arg(v).arg(end));
        } else {
            for (int x = v; x <= end; ++x)
                parts.append(QString::number(x));
        }
        v = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

class TestCronExpression final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("daysOfMonth");
        QTest::addColumn<QString>("months");
        QTest::addColumn<QString>("daysOfWeek");
        QTest::addColumn<bool>("domStar");
        QTest::addColumn<bool>("dowStar");

        auto row
            = [](const char *name, const char *text, const char *normalised, const char *mi, const char *h,
                  const char *dom, const char *mo, const char *dow, bool domStar, bool dowStar) {
                  QTest::addRow("%s", name)
                      << QString::fromUtf8(text) << QString::fromUtf8(normalised) << QString::fromUtf8(mi)
                      << QString::fromUtf8(h) << QString::fromUtf8(dom) << QString::fromUtf8(mo)
                      << QString::fromUtf8(dow) << domStar << dowStar;
              };
        row("every minute", "* * * * *", "* * * * *", "0-59", "0-23", "1-31", "1-12", "0-6", true, true);
        row("steps", "*/15 */6 * * *", "*/15 */6 * * *", "0,15,30,45", "0,6,12,18", "1-31", "1-12", "0-6",
            true, true);
        row("range with step", "5-59/20 9-17/4 * * *", "5-59/20 9-17/4 * * *", "5,25,45", "9,13,17", "1-31",
            "1-12", "0-6", true, true);
        row("start with step", "10/25 * * * *", "10/25 * * * *", "10,35", "0-23", "1-31", "1-12", "0-6", true,
            true);
        row("lists", "0,30 8,12,18 * * *", "0,30 8,12,18 * * *", "0,30", "8,12,18", "1-31", "1-12", "0-6",
            true, true);
        row("lists and ranges", "0-2,58 1 * * *", "0-2,58 1 * * *", "0-2,58", "1", "1-31", "1-12", "0-6",
            true, true);
        row("month names any case", "0 0 1 jan,JUL,Dec *", "0 0 1 jan,JUL,Dec *", "0", "0", "1", "1,7,12",
            "0-6", false, true);
        row("month name range", "0 0 1 mar-may *", "0 0 1 mar-may *", "0", "0", "1", "3-5", "0-6", false,
            true);
        row("weekday names", "0 9 * * mon-fri", "0 9 * * mon-fri", "0", "9", "1-31", "1-12", "1-5", true,
            false);
        row("sunday as 7", "0 0 * * 7", "0 0 * * 7", "0", "0", "1-31", "1-12", "0", true, false);
        row("friday to sunday 5-7", "0 0 * * 5-7", "0 0 * * 5-7", "0", "0", "1-31", "1-12", "0,5,6", true,
            false);
        row("weekend names", "0 0 * * SAT,sun", "0 0 * * SAT,sun", "0", "0", "1-31", "1-12", "0,6", true,
            false);
        row("weekday step", "0 0 * * 1-5/2", "0 0 * * 1-5/2", "0", "0", "1-31", "1-12", "1,3,5", true, false);
        row("day of month star step counts as star", "0 0 */10 * 5", "0 0 */10 * 5", "0", "0", "1,11,21,31",
            "1-12", "5", true, false);
        row("both day fields restricted", "0 0 13 * 5", "0 0 13 * 5", "0", "0", "13", "1-12", "5", false,
            false);
        row("feb 31 or mondays is fine", "0 0 31 2 mon", "0 0 31 2 mon", "0", "0", "31", "2", "1", false,
            false);
        row("leap day", "0 12 29 2 *", "0 12 29 2 *", "0", "12", "29", "2", "0-6", false, true);
        row("tabs and spaces", " 0\t2  *  * * ", "0 2 * * *", "0", "2", "1-31", "1-12", "0-6", true, true);
        row("@hourly", "@hourly", "@hourly", "0", "0-23", "1-31", "1-12", "0-6", true, true);
        row("@daily", "@daily", "@daily", "0", "0", "1-31", "1-12", "0-6", true, true);
        row("@midnight", "@MIDNIGHT", "@midnight", "0", "0", "1-31", "1-12", "0-6", true, true);
        row("@weekly", "@weekly", "@weekly", "0", "0", "1-31", "1-12", "0", true, false);
        row("@monthly", "@monthly", "@monthly", "0", "0", "1", "1-12", "0-6", false, true);
        row("@yearly", "@yearly", "@yearly", "0", "0", "1", "1", "0-6", false, true);
        row("@annually", "@annually", "@annually", "0", "0", "1", "1", "0-6", false, true);
    }

    void valid()
    {
        QFETCH(QString, text);
        QString error;
        const auto cron = CronExpression::parse(text, &error);
        QVERIFY2(cron, qPrintable(error));
        QVERIFY(error.isEmpty());
        QTEST(cron->text(), "normalised");
        QTEST(setText(cron->minutes()), "minutes");
        QTEST(setText(cron->hours()), "hours");
        QTEST(setText(cron->daysOfMonth()), "daysOfMonth");
        QTEST(setText(cron->months()), "months");
        QTEST(setText(cron->daysOfWeek()), "daysOfWeek");
        QTEST(cron->dayOfMonthStar(), "domStar");
        QTEST(cron->dayOfWeekStar(), "dowStar");
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the whole sentence, or a part of it after "~"

        auto row = [](const char *name, const QString &text, const char *expected) {
            QTest::addRow("%s", name) << text << QString::fromUtf8(expected);
        };
        row("minute 61", QStringLiteral("61 * * * *"), "The minute field '61' is outside 0-59; use 0-59.");
        row("hour 24", QStringLiteral("0 24 * * *"), "The hour field '24' is outside 0-23; use 0-23.");
        row("day 0", QStringLiteral("0 0 0 * *"), "The day of month field '0' is outside 1-31; use 1-31.");
        row("month 13", QStringLiteral("0 0 * 13 *"),
            "The month field '13' is outside 1-12; use 1-12 or jan-dec.");
        row("weekday 8", QStringLiteral("0 0 * * 8"),
            "The day of week field '8' is outside 0-7; use 0-7 or sun-sat (0 and 7 are Sunday).");
        row("range end out of range", QStringLiteral("0 0 * * 1-9"),
            "~The day of week field '9' is outside 0-7");
        row("huge number", QStringLiteral("99999999999999999999999999999 * * * *"),
            "~The minute field '999999999999999999999999\u2026' is outside 0-59");
        row("empty", QString(), "~The cron expression is empty");
        row("spaces only", QStringLiteral("   \t "), "~The cron expression is empty");
        row("four fields", QStringLiteral("* * * *"), "~has 4 fields; it needs 5");
        row("one field", QStringLiteral("*"), "~has 1 field; it needs 5");
        row("six fields", QStringLiteral("0 * * * * *"), "~has 6 fields; it needs 5");
        row("step zero", QStringLiteral("*/0 * * * *"),
            "The step in the minute field '*/0' must be a number from 1 to 59; write for example '*/15'.");
        row("step missing", QStringLiteral("*/ * * * *"), "~The step in the minute field '*/'");
        row("step too big", QStringLiteral("*/60 * * * *"), "~must be a number from 1 to 59");
        row("step not a number", QStringLiteral("*/x * * * *"), "~The step in the minute field '*/x'");
        row("backwards range", QStringLiteral("30-10 * * * *"),
            "The minute field range '30-10' runs backwards; write the smaller value first.");
        row("backwards names", QStringLiteral("0 0 * * fri-mon"), "~range 'fri-mon' runs backwards");
        row("empty list item", QStringLiteral("1,,2 * * * *"),
            "The minute field '1,,2' has an empty item; remove the extra comma.");
        row("trailing comma", QStringLiteral("0 1, * * *"), "~The hour field '1,' has an empty item");
        row("unknown month name", QStringLiteral("0 0 * foo *"),
            "The month field 'foo' is not a value cron understands; use 1-12 or jan-dec.");
        row("day name in hour field", QStringLiteral("0 mon * * *"),
            "The hour field 'mon' is not a value cron understands; use 0-23.");
        row("full month name", QStringLiteral("0 0 1 january *"),
            "~The month field 'january' is not a value");
        row("half range", QStringLiteral("0 0 * * mon-"), "~The day of week field 'mon-' is not a value");
        row("leading dash", QStringLiteral("-1 * * * *"), "~The minute field '-1' is not a value");
        row("quartz L", QStringLiteral("0 0 L * *"), "~The day of month field 'L' is not a value");
        row("quartz W", QStringLiteral("0 0 1W * *"), "~The day of month field '1W' is not a value");
        row("quartz question mark", QStringLiteral("0 0 ? * *"), "~the character '?'");
        row("30 february", QStringLiteral("0 0 30 2 *"),
            "The schedule '0 0 30 2 *' never runs, because none of its months has the day of month it asks "
            "for; "
            "pick another day or month.");
        row("31 in short months", QStringLiteral("0 0 31 4,6,9,11 *"), "~never runs");
        row("@reboot", QStringLiteral("@reboot"), "~@reboot is not a time of day");
        row("unknown shortcut", QStringLiteral("@often"),
            "'@often' is not a cron shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.");
        row("shortcut with more", QStringLiteral("@daily 0 2 * * *"), "~the character U+0020");
        row("command substitution", QStringLiteral("$(rm -rf /) * * * *"), "~the character '$'");
        row("backticks", QStringLiteral("`id` * * * *"), "~the character '`'");
        row("newline and command", QStringLiteral("0 2 * * *\nrm -rf /"), "~the character U+000A");
        row("semicolon", QStringLiteral("0 2 * * *; ls"), "~the character ';'");
        row("quoted", QStringLiteral("'0 2 * * *'"), "~the character U+0027");
        row("double quoted", QStringLiteral("\"0 2 * * *\""), "~the character U+0022");
        row("nul byte", QString::fromUtf8("0 2 * * *\0", 10), "~the character U+0000");
        row("escape sequence", QStringLiteral("\x1b[31m0 2 * * *"), "~the character U+001B");
        row("not utf-8", QString::fromUtf8("\xff\xfe 2 * * *"), "~the character U+FFFD");
        row("fullwidth digit", QStringLiteral("\uff10 2 * * *"), "~the character U+FF10");
        row("too long", QString(201, QLatin1Char('*')), "~longer than 200 characters");
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        const auto cron = CronExpression::parse(text, &error);
        QVERIFY(!cron);
        if (expected.startsWith(QLatin1Char('~')))
            QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
        else
            QCOMPARE(error, expected);
        // One sentence for a person: ends with a full stop, no line breaks, no raw control characters.
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
        for (QChar c : error)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(error));
    }

    void nullErrorPointerIsAllowed()
    {
        QVERIFY(!CronExpression::parse(QStringLiteral("61 * * * *"), nullptr));
        QVERIFY(CronExpression::parse(QStringLiteral("1 * * * *"), nullptr));
    }

    // Vixie cron: with both day fields restricted either one matching is enough; when one of them
    // starts with '*', both must match.
    void dayRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("matches");
        const QString either = QStringLiteral("0 0 13 * 5"); // the 13th, or any Friday
        QTest::addRow("13th and friday") << either << QDate(2024, 9, 13) << true;
        QTest::addRow("friday only") << either << QDate(2024, 9, 6) << true;
        QTest::addRow("13th only (sunday)") << either << QDate(2024, 10, 13) << true;
        QTest::addRow("neither") << either << QDate(2024, 9, 12) << false;
        const QString both = QStringLiteral("0 0 */10 * 5"); // days 1, 11, 21, 31 that are Fridays
        QTest::addRow("star step: day and friday") << both << QDate(2024, 11, 1) << true;
        QTest::addRow("star step: friday, wrong day") << both << QDate(2024, 11, 8) << false;
        QTest::addRow("star step: day, not friday") << both << QDate(2024, 11, 11) << false;
        const QString dayOnly = QStringLiteral("0 0 13 * *");
        QTest::addRow("day only: 13th") << dayOnly << QDate(2024, 10, 13) << true;
        QTest::addRow("day only: a friday") << dayOnly << QDate(2024, 9, 6) << false;
        const QString sunday7 = QStringLiteral("0 0 * * 7");
        QTest::addRow("7 is sunday") << sunday7 << QDate(2024, 9, 8) << true;
        QTest::addRow("7 is not saturday") << sunday7 << QDate(2024, 9, 7) << false;
    }

    void dayRule()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QString error;
        const auto cron = CronExpression::parse(text, &error);
        QVERIFY2(cron, qPrintable(error));
        QTEST(cron->dayMatches(date), "matches");
    }

    void nextMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("fromDate");
        QTest::addColumn<int>("fromMinute");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("minute"); // -1: none before the last date

        QTest::addRow("same minute") << QStringLiteral("30 2 * * *") << QDate(2024, 1, 1) << 150
                                     << QDate(2024, 1, 1) << 150;
        QTest::addRow("later today") << QStringLiteral("30 2 * * *") << QDate(2024, 1, 1) << 0
                                     << QDate(2024, 1, 1) << 150;
        QTest::addRow("tomorrow") << QStringLiteral("30 2 * * *") << QDate(2024, 1, 1) << 151
                                  << QDate(2024, 1, 2) << 150;
        QTest::addRow("next hour") << QStringLiteral("0,30 * * * *") << QDate(2024, 1, 1) << 31
                                   << QDate(2024, 1, 1) << 60;
        QTest::addRow("year end") << QStringLiteral("59 23 31 12 *") << QDate(2024, 12, 31) << 23 * 60 + 59
                                  << QDate(2024, 12, 31) << 23 * 60 + 59;
        QTest::addRow("across new year")
            << QStringLiteral("0 0 1 1 *") << QDate(2024, 1, 1) << 1 << QDate(2025, 1, 1) << 0;
        QTest::addRow("next leap day skips 2100")
            << QStringLiteral("0 0 29 2 *") << QDate(2097, 1, 1) << 0 << QDate(2104, 2, 29) << 0;
        QTest::addRow("none within span")
            << QStringLiteral("0 0 29 2 *") << QDate(2097, 1, 1) << 0 << QDate() << -1;
    }

    void nextMatch()
    {
        QFETCH(QString, text);
        QFETCH(QDate, fromDate);
        QFETCH(int, fromMinute);
        QFETCH(int, minute);
        const auto cron = CronExpression::parse(text, nullptr);
        QVERIFY(cron);
        QDate date = fromDate;
        int m = fromMinute;
        // The "none" row ends its span before 2104; the others look ten years ahead.
        const QDate last = minute < 0 ? QDate(2103, 12, 31) : fromDate.addYears(10);
        const bool found = cron->nextMatch(&date, &m, last);
        QCOMPARE(found, minute >= 0);
        if (found) {
            QTEST(date, "date");
            QCOMPARE(m, minute);
        }
    }

    void describe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addRow("daily") << QStringLiteral("30 2 * * *") << QStringLiteral("at 02:30, every day");
        QTest::addRow("two times") << QStringLiteral("0 8,20 * * *")
                                   << QStringLiteral("at 08:00 and 20:00, every day");
        QTest::addRow("every 15 minutes")
            << QStringLiteral("*/15 * * * *") << QStringLiteral("every 15 minutes, every day");
        QTest::addRow("every minute")
            << QStringLiteral("* * * * *") << QStringLiteral("every minute, every day");
        QTest::addRow("hourly at 5") << QStringLiteral("5 * * * *")
                                     << QStringLiteral("every hour, at minute 5, every day");
        QTest::addRow("four times a day")
            << QStringLiteral("0 */6 * * *") << QStringLiteral("at 00:00, 06:00, 12:00 and 18:00, every day");
        QTest::addRow("every 4 hours")
            << QStringLiteral("0 */4 * * *") << QStringLiteral("every 4 hours at minute 0, every day");
        QTest::addRow("office hours")
            << QStringLiteral("*/30 9-17 * * mon-fri")
            << QStringLiteral("every 30 minutes, during hours 9 to 17, on Monday to Friday");
        QTest::addRow("weekdays") << QStringLiteral("0 9 * * 1-5")
                                  << QStringLiteral("at 09:00, on Monday to Friday");
        QTest::addRow("weekend") << QStringLiteral("0 9 * * 6,0")
                                 << QStringLiteral("at 09:00, on Saturday and Sunday");
        QTest::addRow("days of month")
            << QStringLiteral("0 0 1,15 * *") << QStringLiteral("at 00:00, on day 1 and 15 of the month");
        QTest::addRow("either day field") << QStringLiteral("0 0 1 * mon")
                                          << QStringLiteral("at 00:00, on day 1 of the month or on Monday");
        QTest::addRow("yearly") << QStringLiteral("@yearly")
                                << QStringLiteral("at 00:00, on day 1 of the month, in January");
        QTest::addRow("quarterly")
            << QStringLiteral("0 3 1 1,4,7,10 *")
            << QStringLiteral("at 03:00, on day 1 of the month, in January, April, July and October");
    }

    void describe()
    {
        QFETCH(QString, text);
        const auto cron = CronExpression::parse(text, nullptr);
        QVERIFY(cron);
        QTEST(cron->describe(QLocale(QLocale::English, QLocale::UnitedKingdom)), "words");
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
