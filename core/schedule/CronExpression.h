#pragma once
// A 5-field cron expression (minute, hour, day of month, month, day of week) as bit sets, with
// Vixie cron's rules: ranges, lists, steps, month and day names, @daily and friends, 0 and 7 both
// Sunday, and "either day field matches" when neither day field starts with '*'. Times are wall
// clock times; Schedule turns them into instants in a time zone.

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace cairn {

class CronExpression final {
    Q_DECLARE_TR_FUNCTIONS(cairn::CronExpression)

public:
    // "* * * * *": every minute.
    CronExpression() = default;

    // Longer input is refused before parsing: nobody writes a 200-character cron line on purpose.
    static constexpr int maxLength = 200;

    // Parses text; on failure returns nothing and sets *error to one sentence that names the field.
    static std::optional<CronExpression> parse(const QString &text, QString *error);

    // Builds an expression from sets directly (the presets use this). Bit i set means value i is
    // allowed; days of week use 0 = Sunday .. 6 = Saturday. clampToMonthEnd: a day of month the
    // month does not have (31 in April) falls on the month's last day instead of being skipped.
    static CronExpression fromSets(quint64 minutes, quint32 hours, quint32 daysOfMonth, quint16 months,
        quint8 daysOfWeek, bool dayOfMonthStar, bool dayOfWeekStar, bool clampToMonthEnd = false);

    // The text as parsed, whitespace normalised ("0  2 * * *" becomes "0 2 * * *"); empty for fromSets.
    QString text() const { return m_text; }

    quint64 minutes() const { return m_minutes; }
    quint32 hours() const { return m_hours; }
    quint32 daysOfMonth() const { return m_daysOfMonth; }
    quint16 months() const { return m_months; }
    quint8 daysOfWeek() const { return m_daysOfWeek; }
    bool dayOfMonthStar() const { return m_dayOfMonthStar; }
    bool dayOfWeekStar() const { return m_dayOfWeekStar; }

    // Every hour of the day allowed: such a schedule is an interval ("every 15 minutes"), so across a
    // DST change it follows real time; a schedule at fixed hours follows the wall clock instead.
    bool everyHour() const { return m_hours == allHours; }

    bool dayMatches(const QDate &date) const;

    // The first allowed wall-clock minute at or after (*date, *minuteOfDay), not later than lastDate.
    // Returns false when there is none in that span.
    bool nextMatch(QDate *date, int *minuteOfDay, const QDate &lastDate) const;

    // In words, e.g. "at 02:30, Monday to Friday"; translatable.
    QString describe(const QLocale &locale = QLocale()) const;

    bool operator==(const CronExpression &other) const;

    static constexpr quint64 allMinutes = (quint64(1) << 60) - 1;
    static constexpr quint32 allHours = (quint32(1) << 24) - 1;
    static constexpr quint32 allDaysOfMonth = ((quint32(1) << 31) - 1) << 1; // bits 1..31
    static constexpr quint16 allMonths = ((quint16(1) << 12) - 1) << 1; // bits 1..12
    static constexpr quint8 allDaysOfWeek = (quint8(1) << 7) - 1; // bits 0..6

private:
    QString m_text;
    quint64 m_minutes = allMinutes;
    quint32 m_hours = allHours;
    quint32 m_daysOfMonth = allDaysOfMonth;
    quint16 m_months = allMonths;
    quint8 m_daysOfWeek = allDaysOfWeek;
    bool m_dayOfMonthStar = true;
    bool m_dayOfWeekStar = true;
    bool m_clampToMonthEnd = false;
};

} // namespace cairn
