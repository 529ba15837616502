#pragma once
// How a run's or a job's status reads to a person: a word and an icon, never colour alone.

#include "theme/Icons.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMap>
#include <QString>

namespace cairn {

struct RunStatus final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RunStatus)

public:
    // status as stored: queued, running, succeeded, warning, failed, cancelled.
    static QString label(const QString &status);
    static Health health(const QString &status);
    static QIcon icon(const QString &status);
    // The state of the latest results (status -> jobs, "" for jobs never run): the worst one wins.
    static Health overall(const QMap<QString, int> &latestStatusCounts);
    // One line for tooltips and the dashboard: what the latest results were, in words.
    static QString summary(const QMap<QString, int> &latestStatusCounts);
    // "backup", "restore", "verify" in words.
    static QString kindLabel(const QString &kind);
    // A job's kind: files, mysql, postgres, snapshot.
    static QString jobKindLabel(const QString &kind);
    // "1 h 05 min", "3 min 20 s", "12 s"; empty when either end is unknown.
    static QString duration(qint64 seconds);
};

} // namespace cairn
