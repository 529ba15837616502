#pragma once
// When a job runs: a preset (hourly, daily, weekly, monthly) or a cron expression, in one time
// zone, optionally shifted by a random offset that is fixed per job; plus what to do about runs
// missed while Cairn was not running, and the age a good backup must not exceed (the watchdog's
// target). Stored as one line of text in jobs.schedule, for example
//     daily 02:30; tz=Europe/Berlin; offset=20m; missed=skip; target=26h
// The text is an expression, then options separated by ';' (the same text a CLI can accept):
//     (empty) | manual                 runs only when started by hand
//     hourly :MM                       e.g. hourly :15
//     daily HH:MM
//     weekly DAYS HH:MM                DAYS: mon,wed,fri or mon-fri (names only)
//     monthly D HH:MM                  D 1-31; 29-31 fall on the last day of shorter months
//     [cron] F F F F F | [cron] @daily five cron fields or a shortcut, Vixie rules
//     tz=IANA-ZONE  offset=DURATION (<= 24h)  missed=catch-up|skip  target=DURATION (5m..400d)
// DURATION: <n>s, <n>m, <n>h, <n>d, combined as in 1d2h.
//
// Daylight saving time, for schedules at fixed hours: a run whose wall-clock time falls in a
// spring-forward gap runs once at the first instant after the gap (02:30 becomes 03:00); a
// run whose time repeats on a fall-back night runs once, at the first occurrence. Schedules that
// run every hour ("30 * * * *", "*/15 * * * *", hourly) follow real time instead: no run is
// invented in the gap and the repeated hour runs like any other.

#include "schedule/CronExpression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <chrono>
#include <optional>

namespace cairn {

class Schedule final {
    Q_DECLARE_TR_FUNCTIONS(cairn::Schedule)

public:
    enum class Kind { Manual, Hourly, Daily, Weekly, Monthly, Cron };
    // After sleep, shutdown or a pause: run once for all the missed slots, or wait for the next one.
    enum class MissedRuns { CatchUpOnce, Skip };

    static constexpr std::chrono::seconds maxRandomOffset { 24 * 3600 };
    static constexpr std::chrono::seconds minTargetAge { 5 * 60 };
    static constexpr std::chrono::seconds maxTargetAge { 400LL * 86400 };

    // Manual: never runs by itself. The time zone defaults to the system's.
    Schedule();

    static Schedule hourly(int minute);
    static Schedule daily(QTime time);
    // days: 1 = Monday .. 7 = Sunday (Qt::DayOfWeek values).
    static Schedule weekly(QList<int> days, QTime time);
    // day 29 to 31 falls on the last day of shorter months (a "day 31" backup runs every month).
    static Schedule monthly(int day, QTime time);
    static std::optional<Schedule> cron(const QString &expression, QString *error);

    // Reads the stored text (an empty text is Manual). On failure: nothing, and one sentence in *error.
    static std::optional<Schedule> fromString(const QString &text, QString *error);
    QString toString() const;
    // The part of toString() that decides when runs happen (expression, zone, offset): when it
    // changes, runs are counted afresh instead of catching up under the new rule.
    QString timingKey() const;

    Kind kind() const { return m_kind; }
    bool isManual() const { return m_kind == Kind::Manual; }
    int minute() const { return m_minute; }
    QTime time() const { return m_time; }
    QList<int> weekDays() const { return m_weekDays; }
    int dayOfMonth() const { return m_dayOfMonth; }
    const CronExpression &cronExpression() const { return m_cron; }

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);

    // Each run starts up to this much later than its slot; the actual shift is fixed per job.
    std::chrono::seconds randomOffsetLimit() const { return m_offsetLimit; }
    void setRandomOffsetLimit(std::chrono::seconds limit); // clamped to 0 .. maxRandomOffset
    // The job's shift, the same on every start of Cairn: derived from the job id only.
    std::chrono::seconds randomOffset(qint64 jobId) const;

    MissedRuns missedRuns() const { return m_missed; }
    void setMissedRuns(MissedRuns policy) { m_missed = policy; }

    // "A good backup at least every ...": explicit, or the longest gap between runs plus 2 hours
    // (26 hours for a daily schedule). Zero for a manual schedule without an explicit target.
    std::chrono::seconds targetAge() const;
    bool hasExplicitTargetAge() const { return m_target.count() > 0; }
    void setTargetAge(std::chrono::seconds age); // 0 = derived; else clamped to min..max

    // The first run strictly after `after`, in the schedule's time zone; invalid when manual.
    QDateTime nextAfter(const QDateTime &after, qint64 jobId = 0) const;
    QList<QDateTime> nextRuns(const QDateTime &after, int count, qint64 jobId = 0) const;

    // In words, e.g. "Every day at 02:30, Europe/Berlin time, starting up to 20 minutes later".
    QString describe(const QLocale &locale = QLocale()) const;
    // One run for a preview list, in the schedule's zone: "Sunday 31 March 2024 at 03:00 CEST".
    QString formatRun(const QDateTime &run, const QLocale &locale = QLocale()) const;

    bool operator==(const Schedule &other) const { return toString() == other.toString(); }

private:
    // The first base slot (before the random offset) strictly after the instant tMs, in seconds.
    std::optional<qint64> nextSlotAfter(qint64 tMs) const;
    QString expressionText() const;

    Kind m_kind = Kind::Manual;
    int m_minute = 0;
    QTime m_time;
    QList<int> m_weekDays;
    int m_dayOfMonth = 1;
    CronExpression m_cron;
    QTimeZone m_zone;
    std::chrono::seconds m_offsetLimit { 0 };
    MissedRuns m_missed = MissedRuns::CatchUpOnce;
    std::chrono::seconds m_target { 0 };
};

} // namespace cairn
