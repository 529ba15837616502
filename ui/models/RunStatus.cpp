#include "models/RunStatus.h"

#include <QLocale>

namespace cairn {

QString RunStatus::label(const QString &status)
{
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("warning"))
        return tr("Completed with warnings");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

Health RunStatus::health(const QString &status)
{
    if (status == QLatin1String("succeeded"))
        return Health::Ok;
    if (status == QLatin1String("warning"))
        return Health::Warning;
    if (status == QLatin1String("failed"))
        return Health::Error;
    return Health::Idle;
}

Health RunStatus::overall(const QMap<QString, int> &counts)
{
    if (counts.value(QStringLiteral("failed")) > 0)
        return Health::Error;
    if (counts.value(QStringLiteral("warning")) > 0)
        return Health::Warning;
    if (counts.value(QStringLiteral("succeeded")) > 0)
        return Health::Ok;
    return Health::Idle;
}

QString RunStatus::summary(const QMap<QString, int> &counts)
{
    const int succeeded = counts.value(QStringLiteral("succeeded"));
    const int warnings = counts.value(QStringLiteral("warning"));
    const int failed = counts.value(QStringLiteral("failed"));
    if (succeeded + warnings + failed == 0)
        return tr("No backups yet");
    const QLocale locale;
    return tr("Latest result per job: %1 succeeded, %2 with warnings, %3 failed")
        .arg(locale.toString(succeeded), locale.toString(warnings), locale.toString(failed));
}

QIcon RunStatus::icon(const QString &status)
{
    return Icons::health(health(status));
}

QString RunStatus::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("backup"))
        return tr("Backup");
    if (kind == QLatin1String("restore"))
        return tr("Restore");
    if (kind == QLatin1String("verify"))
        return tr("Verify");
    return kind;
}

QString RunStatus::jobKindLabel(const QString &kind)
{
    if (kind == QLatin1String("files"))
        return tr("Files");
    if (kind == QLatin1String("mysql"))
        return tr("MySQL / MariaDB");
    if (kind == QLatin1String("postgres"))
        return tr("PostgreSQL");
    if (kind == QLatin1String("snapshot"))
        return tr("Provider snapshot");
    return kind;
}

QString RunStatus::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace cairn
