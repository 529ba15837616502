#pragma once
// Words and short notations shared by schedules and the watchdog: value lists ("Monday to
// Friday"), durations in words ("26 hours") and the compact duration notation the stored schedule
// text uses ("26h", "1d12h", "90s").

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>

namespace cairn {

class ScheduleText final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ScheduleText)

public:
    // "1, 3 and 5 to 9": sorted values, runs of three or more become ranges.
    static QString list(
        const QList<int> &values, const QLocale &locale, const std::function<QString(int)> &name);

    // "Monday to Friday", "Monday, Wednesday and Sunday"; days 1 = Monday .. 7 = Sunday.
    static QString weekDays(QList<int> days, const QLocale &locale);

    // "26 hours", "2 days and 3 hours", "45 minutes", "30 seconds": at most two units, rounded down;
    // days only from two days on.
    static QString duration(std::chrono::seconds length);

    // Compact notation: one or more <number><unit> groups, unit s, m, h or d ("1d12h"). Nothing
    // when the text is not that, or the total is negative or above ten years.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text);
    static QString formatDuration(std::chrono::seconds length);
};

} // namespace cairn
