#include "schedule/CronExpression.h"

#include "schedule/ScheduleText.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTime>
#include <bit>

namespace cairn {

namespace {

enum class Field { Minute, Hour, DayOfMonth, Month, DayOfWeek };

struct FieldSpec {
    Field field;
    int min;
    int max;
};

constexpr FieldSpec specs[] = {
    { Field::Minute, 0, 59 }, { Field::Hour, 0, 23 }, { Field::DayOfMonth, 1, 31 }, { Field::Month, 1, 12 },
    { Field::DayOfWeek, 0, 7 }, // 7 is Sunday again, as in Vixie cron
};

const char *const monthNames[]
    = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
const char *const dayNames[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

QString fieldName(Field field)
{
    switch (field) {
    case Field::Minute:
        return CronExpression::tr("minute");
    case Field::Hour:
        return CronExpression::tr("hour");
    case Field::DayOfMonth:
        return CronExpression::tr("day of month");
    case Field::Month:
        return CronExpression::tr("month");
    case Field::DayOfWeek:
        return CronExpression::tr("day of week");
    }
    return {};
}

// What to write instead, ending the error sentence.
QString fieldHint(Field field)
{
    switch (field) {
    case Field::Minute:
        return CronExpression::tr("use 0-59");
    case Field::Hour:
        return CronExpression::tr("use 0-23");
    case Field::DayOfMonth:
        return CronExpression::tr("use 1-31");
    case Field::Month:
        return CronExpression::tr("use 1-12 or jan-dec");
    case Field::DayOfWeek:
        return CronExpression::tr("use 0-7 or sun-sat (0 and 7 are Sunday)");
    }
    return {};
}

// Echoes part of what the person typed; the characters were checked already, the length is not.
QString shown(const QString &text)
{
    return text.size() > 24 ? text.left(24) + QChar(0x2026) : text;
}

QString describeCharacter(QChar c)
{
    // Quotes would be confusing inside quotes: they get the code point like invisible characters.
    if (c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\'') && c != QLatin1Char('"'))
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+")
        + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

bool isCronCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'*'
        || u == u',' || u == u'-' || u == u'/' || u == u' ' || u == u'\t';
}

// A number or (month and day-of-week fields) a three-letter name. Returns -1 when neither.
int parseValue(const QString &token, Field field, bool *outOfRange)
{
    *outOfRange = false;
    if (token.isEmpty())
        return -1;
    bool digits = true;
    for (QChar c : token)
        digits = digits && c.isDigit();
    if (digits) {
        if (token.size() > 4) { // too big for any field; avoids overflow on hostile lengths
            *outOfRange = true;
            return -1;
        }
        return token.toInt();
    }
    const QString lower = token.toLower();
    if (field == Field::Month) {
        for (int i = 0; i < 12; ++i)
            if (lower == QLatin1String(monthNames[i]))
                return i + 1;
    } else if (field == Field::DayOfWeek) {
        for (int i = 0; i < 7; ++i)
            if (lower == QLatin1String(dayNames[i]))
                return i;
    }
    return -1;
}

// Parses one field into a bit set (bit i = value i). Returns false with *error set.
bool parseField(const QString &text, const FieldSpec &spec, quint64 *bits, QString *error)
{
    const QString name = fieldName(spec.field);
    *bits = 0;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty()) {
            *error = CronExpression::tr("The %1 field '%2' has an empty item; remove the extra comma.")
                         .arg(name, shown(text));
            return false;
        }
        QString rangePart = item;
        int step = 1;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        const bool hasStep = slash >= 0;
        if (hasStep) {
            rangePart = item.left(slash);
            const QString stepText = item.mid(slash + 1);
            bool stepOk = !stepText.isEmpty() && stepText.size() <= 4;
            for (QChar c : stepText)
                stepOk = stepOk && c.isDigit();
            step = stepOk ? stepText.toInt() : 0;
            if (step < 1 || step > spec.max) {
                *error = CronExpression::tr("The step in the %1 field '%2' must be a number from 1 to %3; "
                                            "write for example '*/15'.")
                             .arg(name, shown(item))
                             .arg(spec.max);
                return false;
            }
        }
        int low = spec.min;
        int high = spec.max;
        if (rangePart == QLatin1String("*")) {
            if (spec.field == Field::DayOfWeek)
                high = 6; // '*' means each day once, Sunday as 0
        } else {
            const qsizetype dash = rangePart.indexOf(QLatin1Char('-'));
            const QString lowText = dash >= 0 ? rangePart.left(dash) : rangePart;
            const QString highText = dash >= 0 ? rangePart.mid(dash + 1) : QString();
            auto value = [&](const QString &token, int *out) {
                bool outOfRange = false;
                const int v = parseValue(token, spec.field, &outOfRange);
                if (outOfRange || (v >= 0 && (v < spec.min || v > spec.max))) {
                    *error = CronExpression::tr("The %1 field '%2' is outside %3-%4; %5.")
                                 .arg(name, shown(token))
                                 .arg(spec.min)
                                 .arg(spec.max)
                                 .arg(fieldHint(spec.field));
                    return false;
                }
                if (v < 0) {
                    *error
                        = CronExpression::tr("The %1 field '%2' is not a value cron understands; %3.")
                              .arg(name, shown(token.isEmpty() ? rangePart : token), fieldHint(spec.field));
                    return false;
                }
                *out = v;
                return true;
            };
            if (!value(lowText, &low))
                return false;
            if (dash >= 0) {
                if (!value(highText, &high))
                    return false;
                if (high < low) {
                    *error = CronExpression::tr(
                        "The %1 field range '%2' runs backwards; write the smaller value first.")
                                 .arg(name, shown(rangePart));
                    return false;
                }
            } else if (!hasStep) {
                high = low;
            } else if (spec.field == Field::DayOfWeek) {
                high = 6; // "1/2": from Monday, every second day, up to Saturday
            }
        }
        for (int v = low; v <= high; v += step)
            *bits |= quint64(1) << v;
    }
    return true;
}

int nextBit(quint64 bits, int from)
{
    if (from >= 64)
        return -1;
    const quint64 rest = bits >> from;
    return rest == 0 ? -1 : from + std::countr_zero(rest);
}

int daysInMonthAnyYear(int month)
{
    return month == 2 ? 29 : QDate(2023, month, 1).daysInMonth();
}

QList<int> valuesOf(quint64 bits)
{
    QList<int> values;
    for (int v = 0; v < 64; ++v)
        if (bits & (quint64(1) << v))
            values.append(v);
    return values;
}

// The step k when values are exactly 0, k, 2k, ... filling the field evenly; else 0.
int evenStep(const QList<int> &values, int fieldSize)
{
    if (values.size() < 2 || values.first() != 0)
        return 0;
    const int step = values[1] - values[0];
    if (fieldSize % step != 0 || values.size() != fieldSize / step)
        return 0;
    for (qsizetype i = 1; i < values.size(); ++i)
        if (values[i] - values[i - 1] != step)
            return 0;
    return step;
}

} // namespace

std::optional<CronExpression> CronExpression::parse(const QString &input, QString *error)
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        message = tr("The cron expression is empty; write five fields such as '0 2 * * *' (minute, hour, "
                     "day of month, month, day of week).");
        return std::nullopt;
    }
    if (text.size() > maxLength) {
        message = tr("The cron expression is longer than %1 characters; write five short fields such as "
                     "'0 2 * * *'.")
                      .arg(maxLength);
        return std::nullopt;
    }

    if (text.startsWith(QLatin1Char('@'))) {
        const QString alias = text.toLower();
        static const struct {
            const char *name;
            const char *fields;
        } aliases[] = {
            { "@yearly", "0 0 1 1 *" },
            { "@annually", "0 0 1 1 *" },
            { "@monthly", "0 0 1 * *" },
            { "@weekly", "0 0 * * 0" },
            { "@daily", "0 0 * * *" },
            { "@midnight", "0 0 * * *" },
            { "@hourly", "0 * * * *" },
        };
        for (const auto &a : aliases) {
            if (alias == QLatin1String(a.name)) {
                auto parsed = parse(QLatin1String(a.fields), error);
                if (parsed)
                    parsed->m_text = alias;
                return parsed;
            }
        }
        if (alias == QLatin1String("@reboot")) {
            message = tr("@reboot is not a time of day; Cairn already runs missed backups when it starts, so "
                         "pick a schedule such as @daily.");
            return std::nullopt;
        }
        for (QChar c : text.mid(1)) {
            if (!c.isLetter() || c.unicode() > 0x7f) {
                message = tr("The cron expression contains the character %1, which cron does not use; write "
                             "digits, names such as mon or jan, and * , - /.")
                              .arg(describeCharacter(c));
                return std::nullopt;
            }
        }
        message = tr("'%1' is not a cron shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.")
                      .arg(shown(text));
        return std::nullopt;
    }

    for (QChar c : text) {
        if (!isCronCharacter(c)) {
            message = tr("The cron expression contains the character %1, which cron does not use; write "
                         "digits, names such as mon or jan, and * , - /.")
                          .arg(describeCharacter(c));
            return std::nullopt;
        }
    }

    const QStringList fields = text.split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        message = tr("The cron expression has %n field(s); it needs 5: minute, hour, day of month, month and "
                     "day of week.",
            nullptr, int(fields.size()));
        return std::nullopt;
    }

    quint64 bits[5] = {};
    for (int i = 0; i < 5; ++i)
        if (!parseField(fields[i], specs[i], &bits[i], &message))
            return std::nullopt;

    CronExpression cron;
    cron.m_text = fields.join(QLatin1Char(' '));
    cron.m_minutes = bits[0];
    cron.m_hours = quint32(bits[1]);
    cron.m_daysOfMonth = quint32(bits[2]);
    cron.m_months = quint16(bits[3]);
    // 7 is Sunday too: fold it onto 0.
    cron.m_daysOfWeek = quint8((bits[4] | (bits[4] >> 7)) & allDaysOfWeek);
    // Vixie cron: a day field counts as unrestricted when it starts with '*', even "*/2".
    cron.m_dayOfMonthStar = fields[2].startsWith(QLatin1Char('*'));
    cron.m_dayOfWeekStar = fields[4].startsWith(QLatin1Char('*'));

    // With the day-of-week field starred, the day of month alone decides: refuse a day no allowed
    // month has (30 February), which would never run. February counts 29 days: leap years do run.
    if (cron.m_dayOfMonthStar || cron.m_dayOfWeekStar) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            if (!(cron.m_months & (1u << month)))
                continue;
            const quint32 daysThere = ((quint32(1) << daysInMonthAnyYear(month)) - 1) << 1;
            possible = (cron.m_daysOfMonth & daysThere) != 0;
        }
        if (!possible) {
            message = tr("The schedule '%1' never runs, because none of its months has the day of month it "
                         "asks for; pick another day or month.")
                          .arg(shown(cron.m_text));
            return std::nullopt;
        }
    }
    return cron;
}

CronExpression CronExpression::fromSets(quint64 minutes, quint32 hours, quint32 daysOfMonth, quint16 months,
    quint8 daysOfWeek, bool dayOfMonthStar, bool dayOfWeekStar, bool clampToMonthEnd)
{
    CronExpression cron;
    cron.m_minutes = minutes & allMinutes;
    cron.m_hours = hours & allHours;
    cron.m_daysOfMonth = daysOfMonth & allDaysOfMonth;
    cron.m_months = months & allMonths;
    cron.m_daysOfWeek = daysOfWeek & allDaysOfWeek;
    cron.m_dayOfMonthStar = dayOfMonthStar;
    cron.m_dayOfWeekStar = dayOfWeekStar;
    cron.m_clampToMonthEnd = clampToMonthEnd;
    return cron;
}

bool CronExpression::dayMatches(const QDate &date) const
{
    const int day = date.day();
    bool domMatch = m_daysOfMonth & (quint32(1) << day);
    if (!domMatch && m_clampToMonthEnd && day == date.daysInMonth())
        domMatch = (quint64(m_daysOfMonth) >> (day + 1)) != 0; // 64-bit: day 31 shifts by 32
    const bool dowMatch = m_daysOfWeek & (1u << (date.dayOfWeek() % 7));
    if (m_dayOfMonthStar || m_dayOfWeekStar)
        return domMatch && dowMatch;
    return domMatch || dowMatch;
}

bool CronExpression::nextMatch(QDate *date, int *minuteOfDay, const QDate &lastDate) const
{
    QDate d = *date;
    int hour = *minuteOfDay / 60;
    int minute = *minuteOfDay % 60;
    auto nextDay = [&] {
        d = d.addDays(1);
        hour = 0;
        minute = 0;
    };
    while (d.isValid() && d <= lastDate) {
        if (!(m_months & (1u << d.month()))) {
            d = QDate(d.year(), d.month(), 1).addMonths(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (!dayMatches(d)) {
            nextDay();
            continue;
        }
        const int h = nextBit(m_hours, hour);
        if (h < 0) {
            nextDay();
            continue;
        }
        if (h != hour) {
            hour = h;
            minute = 0;
        }
        const int m = nextBit(m_minutes, minute);
        if (m < 0) {
            ++hour;
            minute = 0;
            if (hour >= 24)
                nextDay();
            continue;
        }
        *date = d;
        *minuteOfDay = hour * 60 + m;
        return true;
    }
    return false;
}

QString CronExpression::describe(const QLocale &locale) const
{
    const QList<int> minutes = valuesOf(m_minutes);
    const QList<int> hours = valuesOf(m_hours);
    auto number = [&locale](int v) { return locale.toString(v); };

    QString when;
    if (!everyHour() && minutes.size() * hours.size() <= 4) {
        QStringList times;
        for (int h : hours)
            for (int m : minutes)
                times.append(locale.toString(QTime(h, m), QLocale::ShortFormat));
        when = tr("at %1").arg(locale.createSeparatedList(times));
    } else {
        QString minutePart;
        const int step = evenStep(minutes, 60);
        if (m_minutes == allMinutes)
            minutePart = tr("every minute");
        else if (step > 0)
            minutePart = tr("every %n minutes", nullptr, step); // step >= 2 here
        else if (minutes.size() == 1)
            minutePart = tr("at minute %1").arg(number(minutes.first()));
        else
            minutePart = tr("at minutes %1").arg(ScheduleText::list(minutes, locale, number));

        const int hourStep = evenStep(hours, 24);
        if (everyHour()) {
            if (m_minutes == allMinutes || step > 0)
                when = minutePart;
            else
                when = tr("every hour, %1").arg(minutePart);
        } else if (hourStep > 0 && minutes.size() == 1) {
            when = tr("every %n hours at minute %1", nullptr, hourStep)
                       .arg(number(minutes.first())); // step >= 2
        } else {
            when = tr("%1, during hours %2").arg(minutePart, ScheduleText::list(hours, locale, number));
        }
    }

    const QList<int> monthDays = valuesOf(m_daysOfMonth);
    const QList<int> weekDays = valuesOf(m_daysOfWeek);
    QList<int> isoDays; // 1 = Monday .. 7 = Sunday, so "Monday to Friday" reads as a range
    for (int v : weekDays)
        isoDays.append(v == 0 ? 7 : v);
    const QString weekText = ScheduleText::weekDays(isoDays, locale);
    const QString monthDayText
        = tr("on day %1 of the month").arg(ScheduleText::list(monthDays, locale, number))
        + (m_clampToMonthEnd && monthDays.last() > 28 ? tr(" (or the month's last day, if shorter)")
                                                      : QString());
    const bool allMonthDays = m_daysOfMonth == allDaysOfMonth;
    const bool allWeekDays = m_daysOfWeek == allDaysOfWeek;

    QString days;
    if (!m_dayOfMonthStar && !m_dayOfWeekStar) {
        // Vixie cron: either field matching is enough, so a full one makes every day match.
        days = allMonthDays || allWeekDays ? tr("every day") : tr("%1 or on %2").arg(monthDayText, weekText);
    } else if (allMonthDays && allWeekDays) {
        days = tr("every day");
    } else if (allMonthDays) {
        days = tr("on %1").arg(weekText);
    } else if (allWeekDays) {
        days = monthDayText;
    } else {
        days = tr("%1, when that is a %2").arg(monthDayText, weekText);
    }
    QString result = tr("%1, %2").arg(when, days);
    if (m_months != allMonths) {
        auto monthName = [&locale](int v) { return locale.monthName(v, QLocale::LongFormat); };
        result = tr("%1, in %2").arg(result, ScheduleText::list(valuesOf(m_months), locale, monthName));
    }
    return result;
}

bool CronExpression::operator==(const CronExpression &other) const
{
    return m_minutes == other.m_minutes && m_hours == other.m_hours && m_daysOfMonth == other.m_daysOfMonth
        && m_months == other.m_months && m_daysOfWeek == other.m_daysOfWeek
        && m_dayOfMonthStar == other.m_dayOfMonthStar && m_dayOfWeekStar == other.m_dayOfWeekStar
        && m_clampToMonthEnd == other.m_clampToMonthEnd;
}

} // namespace cairn
