#include "backup/Retention.h"

#include <algorithm>
#include <limits>

namespace cairn {

namespace {

constexpr int kMaxCount = 100000;
constexpr int kMaxMinimumAgeDays = 36500;

int readCount(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInt(0);
}

// Keeps the newest item of each of the first `count` distinct periods, walking newest first.
template <typename PeriodOf>
void keepPerPeriod(const QList<RetentionItem> &newestFirst, int count, PeriodOf periodOf, QSet<qint64> &keep)
{
    if (count <= 0)
        return;
    qint64 lastPeriod = std::numeric_limits<qint64>::min();
    int periods = 0;
    for (const RetentionItem &item : newestFirst) {
        const qint64 period = periodOf(item);
        if (period == lastPeriod)
            continue;
        lastPeriod = period;
        keep.insert(item.id);
        if (++periods >= count)
            return;
    }
}

} // namespace

QJsonObject RetentionPolicy::toJson() const
{
    return QJsonObject { { QStringLiteral("keepLast"), keepLast }, { QStringLiteral("daily"), daily },
        { QStringLiteral("weekly"), weekly }, { QStringLiteral("monthly"), monthly },
        { QStringLiteral("minimumAgeDays"), minimumAgeDays } };
}

RetentionPolicy RetentionPolicy::fromJson(const QJsonObject &object)
{
    RetentionPolicy policy;
    policy.keepLast = readCount(object, "keepLast");
    policy.daily = readCount(object, "daily");
    policy.weekly = readCount(object, "weekly");
    policy.monthly = readCount(object, "monthly");
    policy.minimumAgeDays = readCount(object, "minimumAgeDays");
    return policy;
}

QString RetentionPolicy::validate() const
{
    for (int count : { keepLast, daily, weekly, monthly }) {
        if (count < 0 || count > kMaxCount)
            return Retention::tr("Retention counts must be between 0 and %1; 0 means the rule is not used.")
                .arg(kMaxCount);
    }
    if (minimumAgeDays < 0 || minimumAgeDays > kMaxMinimumAgeDays)
        return Retention::tr("The minimum age must be between 0 and %1 days.").arg(kMaxMinimumAgeDays);
    return {};
}

QString RetentionPolicy::describe() const
{
    if (!isEnabled())
        return Retention::tr("keep every backup");
    QStringList parts;
    if (keepLast > 0)
        parts << Retention::tr("keep the last %n", nullptr, keepLast);
    if (daily > 0)
        parts << Retention::tr("%n daily", nullptr, daily);
    if (weekly > 0)
        parts << Retention::tr("%n weekly", nullptr, weekly);
    if (monthly > 0)
        parts << Retention::tr("%n monthly", nullptr, monthly);
    if (minimumAgeDays > 0)
        parts << Retention::tr("none younger than %n days", nullptr, minimumAgeDays);
    return parts.join(QStringLiteral(", "));
}

QList<qint64> Retention::select(const RetentionPolicy &policy, QList<RetentionItem> items,
    const QDateTime &now, const QSet<qint64> &inUse, const QTimeZone &zone)
{
    if (!policy.isEnabled())
        return {};
    items.erase(std::remove_if(items.begin(), items.end(),
                    [](const RetentionItem &item) { return !item.complete || !item.createdAt.isValid(); }),
        items.end());
    // Newest first; ties broken by id so the result never depends on the input order.
    std::sort(items.begin(), items.end(), [](const RetentionItem &a, const RetentionItem &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    if (items.isEmpty())
        return {};

    QSet<qint64> keep = inUse;
    keep.insert(items.first().id); // the newest good backup, always
    for (int i = 0; i < qMin(policy.keepLast, static_cast<int>(items.size())); ++i)
        keep.insert(items.at(i).id);
    const auto local = [&zone](const RetentionItem &item) { return item.createdAt.toTimeZone(zone).date(); };
    keepPerPeriod(
        items, policy.daily, [&](const RetentionItem &item) { return local(item).toJulianDay(); }, keep);
    keepPerPeriod(
        items, policy.weekly,
        [&](const RetentionItem &item) {
            int year = 0;
            const int week = local(item).weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        keep);
    keepPerPeriod(
        items, policy.monthly,
        [&](const RetentionItem &item) {
            const QDate date = local(item);
            return qint64(date.year()) * 100 + date.month();
        },
        keep);
    if (policy.minimumAgeDays > 0) {
        const QDateTime youngest = now.addDays(-policy.minimumAgeDays);
        for (const RetentionItem &item : items) {
            if (item.createdAt > youngest)
                keep.insert(item.id);
        }
    }

    QList<qint64> doomed;
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (!keep.contains(it->id))
            doomed.append(it->id);
    }
    return doomed;
}

} // namespace cairn
