#include "schedule/Schedule.h"

#include "schedule/ScheduleText.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace cairn {

namespace {

constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
constexpr qint64 day = 86400;
constexpr int maxTextLength = 300;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

// The offsets in force within a day and a half either side of a wall-clock time: every offset an
// instant showing that wall-clock time can have (zones change at most once in that span).
struct NearbyOffsets {
    int values[3];
    int min;
    int max;
};

NearbyOffsets nearbyOffsets(const QTimeZone &zone, qint64 around)
{
    NearbyOffsets o { { offsetAt(zone, around - 36 * 3600), offsetAt(zone, around),
                          offsetAt(zone, around + 36 * 3600) },
        0, 0 };
    o.min = *std::min_element(std::begin(o.values), std::end(o.values));
    o.max = *std::max_element(std::begin(o.values), std::end(o.values));
    return o;
}

// The instants (UTC seconds) at which a slot at wall-clock time `local` (seconds since the epoch,
// read as if the wall clock were UTC) runs. See Schedule.h for the DST rules.
struct Resolution {
    qint64 instants[2] = { 0, 0 };
    int count = 0;
    int maxOffset = 0;
};

Resolution resolve(const QTimeZone &zone, qint64 local, bool followsRealTime)
{
    const NearbyOffsets offsets = nearbyOffsets(zone, local);
    Resolution r;
    r.maxOffset = offsets.max;
    qint64 valid[3];
    int found = 0;
    for (int offset : offsets.values) {
        const qint64 u = local - offset;
        if (offsetAt(zone, u) != offset)
            continue;
        if (std::find(valid, valid + found, u) == valid + found)
            valid[found++] = u;
    }
    // At most three values: sort by hand (std::sort on a fixed array trips GCC 12's -Warray-bounds).
    for (int i = 1; i < found; ++i)
        for (int j = i; j > 0 && valid[j - 1] > valid[j]; --j)
            std::swap(valid[j - 1], valid[j]);
    if (found == 0) {
        // Spring-forward gap: this wall-clock time does not exist today.
        if (followsRealTime)
            return r;
        const QTimeZone::OffsetData transition
            = zone.nextTransition(QDateTime::fromSecsSinceEpoch(local - offsets.max, Qt::UTC));
        if (!transition.atUtc.isValid())
            return r;
        const qint64 t = transition.atUtc.toSecsSinceEpoch();
        if (t > local - offsets.max && t <= local - offsets.min) {
            r.instants[0] = t;
            r.count = 1;
        }
        return r;
    }
    // Fall-back night: the wall-clock time happens twice; a fixed-time schedule takes the first.
    r.count = followsRealTime ? std::min(found, 2) : 1;
    for (int i = 0; i < r.count; ++i)
        r.instants[i] = valid[i];
    return r;
}

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

const char *const dayNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

int dayFromName(const QString &name)
{
    for (int i = 0; i < 7; ++i)
        if (name.compare(QLatin1String(dayNames[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

QString formatTime(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString shown(const QString &text)
{
    return text.size() > 32 ? text.left(32) + QChar(0x2026) : text;
}

std::optional<QTime> parseTime(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (match.hasMatch()) {
        const int h = match.captured(1).toInt();
        const int m = match.captured(2).toInt();
        if (h < 24 && m < 60)
            return QTime(h, m);
    }
    *error = Schedule::tr("'%1' is not a time of day; write HH:MM from 00:00 to 23:59.").arg(shown(text));
    return std::nullopt;
}

// Characters an IANA zone name uses; checked before Qt looks for a file of that name.
bool plausibleZoneId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,3}$"));
    return id.size() <= 64 && pattern.match(id).hasMatch();
}

QString describeCharacter(QChar c)
{
    return QStringLiteral("U+")
        + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

Schedule::Schedule() : m_zone(QTimeZone::systemTimeZone())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

Schedule Schedule::hourly(int minute)
{
    Schedule s;
    s.m_kind = Kind::Hourly;
    s.m_minute = std::clamp(minute, 0, 59);
    s.m_cron = CronExpression::fromSets(quint64(1) << s.m_minute, CronExpression::allHours,
        CronExpression::allDaysOfMonth, CronExpression::allMonths, CronExpression::allDaysOfWeek, true, true);
    return s;
}

Schedule Schedule::daily(QTime time)
{
    Schedule s;
    s.m_kind = Kind::Daily;
    s.m_time = time.isValid() ? QTime(time.hour(), time.minute()) : QTime(0, 0);
    s.m_cron = CronExpression::fromSets(quint64(1) << s.m_time.minute(), quint32(1) << s.m_time.hour(),
        CronExpression::allDaysOfMonth, CronExpression::allMonths, CronExpression::allDaysOfWeek, true, true);
    return s;
}

Schedule Schedule::weekly(QList<int> days, QTime time)
{
    Schedule s = daily(time);
    s.m_kind = Kind::Weekly;
    days.erase(std::remove_if(days.begin(), days.end(), [](int d) { return d < 1 || d > 7; }), days.end());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.isEmpty())
        days = { 1 };
    s.m_weekDays = days;
    quint8 bits = 0;
    for (int d : days)
        bits |= quint8(1u << (d % 7)); // cron counts Sunday as 0
    s.m_cron = CronExpression::fromSets(quint64(1) << s.m_time.minute(), quint32(1) << s.m_time.hour(),
        CronExpression::allDaysOfMonth, CronExpression::allMonths, bits, true, false);
    return s;
}

Schedule Schedule::monthly(int dayOfMonth, QTime time)
{
    Schedule s = daily(time);
    s.m_kind = Kind::Monthly;
    s.m_dayOfMonth = std::clamp(dayOfMonth, 1, 31);
    s.m_cron = CronExpression::fromSets(quint64(1) << s.m_time.minute(), quint32(1) << s.m_time.hour(),
        quint32(1) << s.m_dayOfMonth, CronExpression::allMonths, CronExpression::allDaysOfWeek, false, true,
        true);
    return s;
}

std::optional<Schedule> Schedule::cron(const QString &expression, QString *error)
{
    auto parsed = CronExpression::parse(expression, error);
    if (!parsed)
        return std::nullopt;
    Schedule s;
    s.m_kind = Kind::Cron;
    s.m_cron = *parsed;
    return s;
}

void Schedule::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void Schedule::setRandomOffsetLimit(std::chrono::seconds limit)
{
    m_offsetLimit = std::clamp(limit, std::chrono::seconds(0), maxRandomOffset);
}

std::chrono::seconds Schedule::randomOffset(qint64 jobId) const
{
    if (m_offsetLimit.count() <= 0)
        return std::chrono::seconds(0);
    // Not qHash: its seed changes per process, and the shift must survive restarts and upgrades.
    const quint64 range = quint64(m_offsetLimit.count()) + 1;
    return std::chrono::seconds(qint64(splitMix64(quint64(jobId)) % range));
}

void Schedule::setTargetAge(std::chrono::seconds age)
{
    m_target = age.count() <= 0 ? std::chrono::seconds(0) : std::clamp(age, minTargetAge, maxTargetAge);
}

std::chrono::seconds Schedule::targetAge() const
{
    if (hasExplicitTargetAge())
        return m_target;
    if (isManual())
        return std::chrono::seconds(0);
    // The longest gap between runs, measured in UTC so a 25-hour DST day does not stretch a daily
    // schedule's target, over a span that sees every month and a leap day.
    Schedule utc = *this;
    utc.m_zone = QTimeZone::utc();
    utc.m_offsetLimit = std::chrono::seconds(0);
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = start.addDays(5 * 366);
    qint64 longest = 0;
    QDateTime previous = utc.nextAfter(start.addSecs(-1));
    for (int i = 0; i < 400 && previous.isValid() && previous < end; ++i) {
        const QDateTime next = utc.nextAfter(previous);
        if (!next.isValid())
            break;
        longest = std::max(longest, previous.secsTo(next));
        previous = next;
        if (longest >= maxTargetAge.count())
            break;
    }
    if (longest == 0)
        return maxTargetAge;
    return std::clamp(std::chrono::seconds(longest + 2 * 3600), minTargetAge, maxTargetAge);
}

std::optional<qint64> Schedule::nextSlotAfter(qint64 tMs) const
{
    const qint64 t = floorDiv(tMs, 1000); // a slot u (whole seconds) is after tMs exactly when u > t
    // No instant after t shows a wall-clock time earlier than t plus the smallest nearby offset.
    const qint64 startLocal = floorDiv(t + nearbyOffsets(m_zone, t).min, 60) * 60;
    QDate date = QDate::fromJulianDay(epochJulianDay + floorDiv(startLocal, day));
    int minuteOfDay = int((startLocal - floorDiv(startLocal, day) * day) / 60);
    // Ten years: a leap day alone can be eight years away (2096 to 2104).
    const QDate lastDate = date.addYears(10);
    const bool followsRealTime = m_cron.everyHour();

    std::optional<qint64> best;
    for (int guard = 0; guard < 200000 && m_cron.nextMatch(&date, &minuteOfDay, lastDate); ++guard) {
        const qint64 local = (date.toJulianDay() - epochJulianDay) * day + qint64(minuteOfDay) * 60;
        const Resolution r = resolve(m_zone, local, followsRealTime);
        // Later wall-clock times cannot map to an instant before the best one found.
        if (best && local - r.maxOffset > *best)
            break;
        for (int i = 0; i < r.count; ++i)
            if (r.instants[i] > t && (!best || r.instants[i] < *best))
                best = r.instants[i];
        if (++minuteOfDay == 24 * 60) {
            minuteOfDay = 0;
            date = date.addDays(1);
        }
    }
    return best;
}

QDateTime Schedule::nextAfter(const QDateTime &after, qint64 jobId) const
{
    if (isManual() || !after.isValid())
        return {};
    const qint64 shift = randomOffset(jobId).count();
    const std::optional<qint64> slot = nextSlotAfter(after.toMSecsSinceEpoch() - shift * 1000);
    if (!slot)
        return {};
    return QDateTime::fromSecsSinceEpoch(*slot + shift, m_zone);
}

QList<QDateTime> Schedule::nextRuns(const QDateTime &after, int count, qint64 jobId) const
{
    QList<QDateTime> runs;
    QDateTime from = after;
    for (int i = 0; i < count; ++i) {
        from = nextAfter(from, jobId);
        if (!from.isValid())
            break;
        runs.append(from);
    }
    return runs;
}

QString Schedule::describe(const QLocale &locale) const
{
    auto time = [&locale](QTime t) { return locale.toString(t, QLocale::ShortFormat); };
    QString text;
    switch (m_kind) {
    case Kind::Manual:
        return tr("Only when started by hand");
    case Kind::Hourly:
        text = m_minute == 0 ? tr("Every hour, on the hour") : tr("Every hour at minute %1").arg(m_minute);
        break;
    case Kind::Daily:
        text = tr("Every day at %1").arg(time(m_time));
        break;
    case Kind::Weekly:
        text = m_weekDays.size() == 7
            ? tr("Every day at %1").arg(time(m_time))
            : tr("Every %1 at %2").arg(ScheduleText::weekDays(m_weekDays, locale), time(m_time));
        break;
    case Kind::Monthly:
        text = m_dayOfMonth > 28 ? tr("On day %1 of every month at %2 (the last day in shorter months)")
                                       .arg(m_dayOfMonth)
                                       .arg(time(m_time))
                                 : tr("On day %1 of every month at %2").arg(m_dayOfMonth).arg(time(m_time));
        break;
    case Kind::Cron: {
        text = m_cron.describe(locale);
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        break;
    }
    }
    text = tr("%1, %2 time").arg(text, QString::fromUtf8(m_zone.id()));
    if (m_offsetLimit.count() > 0)
        text = tr("%1, starting up to %2 later").arg(text, ScheduleText::duration(m_offsetLimit));
    return text;
}

QString Schedule::formatRun(const QDateTime &run, const QLocale &locale) const
{
    const QDateTime local = run.toTimeZone(m_zone);
    return tr("%1 at %2 %3")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
            locale.toString(local.time(), QLocale::ShortFormat), m_zone.abbreviation(local));
}

QString Schedule::expressionText() const
{
    switch (m_kind) {
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::Hourly:
        return QStringLiteral("hourly :%1").arg(m_minute, 2, 10, QLatin1Char('0'));
    case Kind::Daily:
        return QStringLiteral("daily ") + formatTime(m_time);
    case Kind::Weekly: {
        QStringList names;
        for (int d : m_weekDays)
            names.append(QLatin1String(dayNames[d - 1]));
        return QStringLiteral("weekly %1 %2").arg(names.join(QLatin1Char(',')), formatTime(m_time));
    }
    case Kind::Monthly:
        return QStringLiteral("monthly %1 %2").arg(m_dayOfMonth).arg(formatTime(m_time));
    case Kind::Cron:
        return QStringLiteral("cron ") + m_cron.text();
    }
    return {};
}

QString Schedule::timingKey() const
{
    if (isManual())
        return QStringLiteral("manual");
    QString key = expressionText() + QStringLiteral("; tz=") + QString::fromUtf8(m_zone.id());
    if (m_offsetLimit.count() > 0)
        key += QStringLiteral("; offset=") + ScheduleText::formatDuration(m_offsetLimit);
    return key;
}

QString Schedule::toString() const
{
    QString text = isManual() ? QString() : timingKey();
    QStringList options;
    if (!isManual() && m_missed == MissedRuns::Skip)
        options.append(QStringLiteral("missed=skip"));
    if (hasExplicitTargetAge())
        options.append(QStringLiteral("target=") + ScheduleText::formatDuration(m_target));
    if (options.isEmpty())
        return text;
    if (text.isEmpty())
        text = QStringLiteral("manual");
    return text + QStringLiteral("; ") + options.join(QStringLiteral("; "));
}

std::optional<Schedule> Schedule::fromString(const QString &input, QString *error)
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    if (input.size() > maxTextLength) {
        message = tr("The schedule is longer than %1 characters; write for example 'daily 02:30'.")
                      .arg(maxTextLength);
        return std::nullopt;
    }
    for (QChar c : input) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate() || c.unicode() == 0xfffd
            || !c.isPrint()) {
            if (c == QLatin1Char('\t'))
                continue;
            message = tr("The schedule contains the character %1, which a schedule never uses; write for "
                         "example 'daily 02:30'.")
                          .arg(describeCharacter(c));
            return std::nullopt;
        }
    }
    const QStringList parts = input.split(QLatin1Char(';'));
    const QString expression = parts.first().simplified();

    Schedule s;
    const QStringList words = expression.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString keyword = words.value(0).toLower();
    auto usage = [&] {
        message = tr("'%1' is not a schedule; write hourly :MM, daily HH:MM, weekly DAYS HH:MM, monthly DAY "
                     "HH:MM or a cron expression such as '0 2 * * *'.")
                      .arg(shown(expression));
    };

    if (expression.isEmpty() || keyword == QLatin1String("manual")) {
        if (words.size() > 1) {
            usage();
            return std::nullopt;
        }
    } else if (keyword == QLatin1String("hourly")) {
        if (words.size() != 2) {
            usage();
            return std::nullopt;
        }
        QString m = words[1];
        if (m.startsWith(QLatin1Char(':')))
            m = m.mid(1);
        static const QRegularExpression digits(QStringLiteral("^\\d{1,2}$"));
        if (!digits.match(m).hasMatch() || m.toInt() > 59) {
            message = tr("The minute '%1' is outside 0-59; use 0-59, for example 'hourly :15'.")
                          .arg(shown(words[1]));
            return std::nullopt;
        }
        s = hourly(m.toInt());
    } else if (keyword == QLatin1String("daily")) {
        if (words.size() != 2) {
            usage();
            return std::nullopt;
        }
        const auto time = parseTime(words[1], &message);
        if (!time)
            return std::nullopt;
        s = daily(*time);
    } else if (keyword == QLatin1String("weekly")) {
        if (words.size() != 3) {
            usage();
            return std::nullopt;
        }
        QList<int> days;
        for (const QString &item : words[1].split(QLatin1Char(','))) {
            const QStringList ends = item.split(QLatin1Char('-'));
            const int first = dayFromName(ends.value(0));
            const int last = ends.size() == 2 ? dayFromName(ends.value(1)) : first;
            if (ends.size() > 2 || first == 0 || last == 0 || last < first) {
                message
                    = tr("'%1' is not a day of the week or a range of days; write for example mon,wed,fri or "
                         "mon-fri.")
                          .arg(shown(item));
                return std::nullopt;
            }
            for (int d = first; d <= last; ++d)
                days.append(d);
        }
        const auto time = parseTime(words[2], &message);
        if (!time)
            return std::nullopt;
        s = weekly(days, *time);
    } else if (keyword == QLatin1String("monthly")) {
        if (words.size() != 3) {
            usage();
            return std::nullopt;
        }
        static const QRegularExpression digits(QStringLiteral("^\\d{1,2}$"));
        if (!digits.match(words[1]).hasMatch() || words[1].toInt() < 1 || words[1].toInt() > 31) {
            message = tr("The day of month '%1' is outside 1-31; use 1-31 (29 to 31 fall on the last day of "
                         "shorter months).")
                          .arg(shown(words[1]));
            return std::nullopt;
        }
        const auto time = parseTime(words[2], &message);
        if (!time)
            return std::nullopt;
        s = monthly(words[1].toInt(), *time);
    } else if (keyword == QLatin1String("cron") || expression.front().isDigit()
        || expression.front() == QLatin1Char('*') || expression.front() == QLatin1Char('@')) {
        const QString cronText = keyword == QLatin1String("cron") ? expression.mid(4) : expression;
        auto parsed = cron(cronText, &message);
        if (!parsed)
            return std::nullopt;
        s = *parsed;
    } else {
        usage();
        return std::nullopt;
    }

    QStringList seen;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString option = parts[i].trimmed();
        if (option.isEmpty())
            continue;
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        const QString key = option.left(equals).trimmed().toLower();
        const QString value = equals < 0 ? QString() : option.mid(equals + 1).trimmed();
        static const QStringList known { QStringLiteral("tz"), QStringLiteral("offset"),
            QStringLiteral("missed"), QStringLiteral("target") };
        if (equals < 0 || !known.contains(key)) {
            message = tr("The schedule option '%1' is unknown; use tz=, offset=, missed= or target=.")
                          .arg(shown(option));
            return std::nullopt;
        }
        if (seen.contains(key)) {
            message = tr("The schedule option '%1' appears twice; keep one.").arg(key);
            return std::nullopt;
        }
        seen.append(key);
        if (key == QLatin1String("tz")) {
            // Etc/UTC (Debian's system zone in containers) is valid but not "available" (zone.tab
            // does not list it): accept any plausible id the system can load.
            const QTimeZone zone = plausibleZoneId(value) ? QTimeZone(value.toUtf8()) : QTimeZone();
            if (!zone.isValid()) {
                message = tr("The time zone '%1' is unknown; use an IANA name such as Europe/Berlin.")
                              .arg(shown(value));
                return std::nullopt;
            }
            s.m_zone = zone;
        } else if (key == QLatin1String("offset")) {
            const auto offset = ScheduleText::parseDuration(value);
            if (!offset || *offset > maxRandomOffset) {
                message = tr(
                    "The random offset '%1' is not a duration up to 24 hours; write for example 30m or 2h.")
                              .arg(shown(value));
                return std::nullopt;
            }
            s.m_offsetLimit = *offset;
        } else if (key == QLatin1String("missed")) {
            if (value.compare(QLatin1String("catch-up"), Qt::CaseInsensitive) == 0) {
                s.m_missed = MissedRuns::CatchUpOnce;
            } else if (value.compare(QLatin1String("skip"), Qt::CaseInsensitive) == 0) {
                s.m_missed = MissedRuns::Skip;
            } else {
                message = tr("'%1' is not a missed-run policy; use missed=catch-up or missed=skip.")
                              .arg(shown(value));
                return std::nullopt;
            }
        } else if (key == QLatin1String("target")) {
            const auto target = ScheduleText::parseDuration(value);
            if (!target || *target < minTargetAge || *target > maxTargetAge) {
                message = tr(
                    "The target age '%1' is not a duration from 5 minutes to 400 days; write for example 26h "
                    "or 8d.")
                              .arg(shown(value));
                return std::nullopt;
            }
            s.m_target = *target;
        }
    }
    return s;
}

} // namespace cairn
