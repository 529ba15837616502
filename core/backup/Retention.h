#pragma once
// Which backups a job keeps: keep the last N, or the newest backup of each of the last D days,
// W weeks and M months (combined), never the newest complete one, never one younger than the
// minimum age, never one in use. Only complete backups count or are deleted. select() is a pure
// function of its inputs; RetentionApplier (RetentionApplier.h) deletes what it returns.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace cairn {

struct RetentionPolicy final {
    int keepLast = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    // Nothing younger than this is ever deleted, whatever the counts say.
    int minimumAgeDays = 0;

    // False when no count is set: the job keeps every backup.
    bool isEnabled() const { return keepLast > 0 || daily > 0 || weekly > 0 || monthly > 0; }
    bool operator==(const RetentionPolicy &) const = default;

    QJsonObject toJson() const;
    static RetentionPolicy fromJson(const QJsonObject &object);
    // One sentence when a value is out of range, else empty.
    QString validate() const;
    // "keep the last 7", "7 daily, 4 weekly, 12 monthly, none younger than 3 days", "keep all".
    QString describe() const;
};

struct RetentionItem final {
    qint64 id = 0;
    QDateTime createdAt;
    // Only complete backups are counted and only they may be deleted.
    bool complete = true;
};

class Retention final {
    Q_DECLARE_TR_FUNCTIONS(cairn::Retention)

public:
    // The ids of the complete backups the policy no longer keeps, oldest first. Days, weeks
    // (ISO) and months are calendar periods in zone. inUse (a restore or verify reading them)
    // are kept.
    static QList<qint64> select(const RetentionPolicy &policy, QList<RetentionItem> items,
        const QDateTime &now, const QSet<qint64> &inUse = {},
        const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace cairn
