#include "schedule/ScheduleText.h"

#include <QStringList>
#include <algorithm>

namespace cairn {

QString ScheduleText::list(
    const QList<int> &values, const QLocale &locale, const std::function<QString(int)> &name)
{
    QStringList parts;
    for (qsizetype i = 0; i < values.size();) {
        qsizetype j = i;
        while (j + 1 < values.size() && values[j + 1] == values[j] + 1)
            ++j;
        if (j - i >= 2) {
            parts.append(tr("%1 to %2").arg(name(values[i]), name(values[j])));
            i = j + 1;
        } else {
            parts.append(name(values[i]));
            ++i;
        }
    }
    return locale.createSeparatedList(parts);
}

QString ScheduleText::weekDays(QList<int> days, const QLocale &locale)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() == 7)
        return tr("every day");
    return list(days, locale, [&locale](int day) { return locale.dayName(day, QLocale::LongFormat); });
}

QString ScheduleText::duration(std::chrono::seconds length)
{
    qint64 s = std::max<qint64>(0, length.count());
    // Under two days reads better in hours ("26 hours", the usual target for a daily backup).
    const int days = s < 2 * 86400 ? 0 : int(std::min<qint64>(s / 86400, 1000000));
    const int hours = int((s - qint64(days) * 86400) / 3600);
    const int minutes = int(s % 3600 / 60);
    const int seconds = int(s % 60);
    const QString d = tr("%n day(s)", nullptr, days);
    const QString h = tr("%n hour(s)", nullptr, hours);
    const QString m = tr("%n minute(s)", nullptr, minutes);
    if (days > 0)
        return hours > 0 ? tr("%1 and %2").arg(d, h) : d;
    if (hours > 0)
        return minutes > 0 ? tr("%1 and %2").arg(h, m) : h;
    if (minutes > 0)
        return m;
    return tr("%n second(s)", nullptr, seconds);
}

std::optional<std::chrono::seconds> ScheduleText::parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t.size() > 32)
        return std::nullopt;
    qint64 total = 0;
    qint64 number = -1;
    for (QChar c : t) {
        if (c.isDigit() && c.unicode() < 0x80) {
            number = (number < 0 ? 0 : number) * 10 + (c.unicode() - u'0');
            if (number > 10LL * 366 * 86400)
                return std::nullopt;
            continue;
        }
        qint64 unit = 0;
        switch (c.unicode()) {
        case u's':
            unit = 1;
            break;
        case u'm':
            unit = 60;
            break;
        case u'h':
            unit = 3600;
            break;
        case u'd':
            unit = 86400;
            break;
        default:
            return std::nullopt;
        }
        if (number < 0)
            return std::nullopt;
        total += number * unit;
        if (total > 10LL * 366 * 86400)
            return std::nullopt;
        number = -1;
    }
    if (number >= 0) // a number without a unit
        return std::nullopt;
    return std::chrono::seconds(total);
}

QString ScheduleText::formatDuration(std::chrono::seconds length)
{
    qint64 s = length.count();
    if (s <= 0)
        return QStringLiteral("0s");
    QString out;
    const struct {
        qint64 size;
        char unit;
    } units[] = { { 86400, 'd' }, { 3600, 'h' }, { 60, 'm' }, { 1, 's' } };
    for (const auto &u : units) {
        if (s >= u.size) {
            out += QString::number(s / u.size) + QLatin1Char(u.unit);
            s %= u.size;
        }
    }
    return out;
}

} // namespace cairn
