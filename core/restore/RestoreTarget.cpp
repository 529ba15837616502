#include "restore/RestoreTarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn {

QStringList RestoreTarget::sourcePaths(const QByteArray &manifestJson)
{
    const QJsonArray paths = QJsonDocument::fromJson(manifestJson)
                                 .object()
                                 .value(QStringLiteral("source"))
                                 .toObject()
                                 .value(QStringLiteral("paths"))
                                 .toArray();
    QStringList out;
    for (const QJsonValue value : paths) {
        QString path = value.toString();
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty())
            out << path;
    }
    return out;
}

QString RestoreTarget::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void RestoreTarget::setNewFolder(RestoreRequest &request, const QDateTime &now)
{
    const QStringList paths = sourcePaths(request.backup.manifestJson);
    QString root;
    if (paths.size() == 1) {
        root = paths.first();
    } else if (!paths.isEmpty()) {
        // The deepest folder every path is under.
        QStringList common = paths.first().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &path : paths) {
            const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            qsizetype same = 0;
            while (same < common.size() && same < parts.size() - 1 && common[same] == parts[same])
                ++same;
            common = common.mid(0, same);
        }
        root = QLatin1Char('/') + common.join(QLatin1Char('/'));
    }
    const QString suffix = QStringLiteral(".restored-") + timestamp(now);
    if (root.isEmpty() || root == QLatin1String("/")) {
        request.destination = QStringLiteral("/cairn") + suffix;
        request.archiveRoot.clear();
    } else {
        request.destination = root + suffix;
        request.archiveRoot = root.mid(1);
    }
    request.overOriginal = false;
    request.confirmation.clear();
}

QString RestoreTarget::setOverOriginal(RestoreRequest &request, const QString &confirmation)
{
    const QStringList paths = sourcePaths(request.backup.manifestJson);
    if (paths.isEmpty())
        return tr("This backup names no folder; restore it into a new folder and move what you need.");
    if (paths.size() > 1)
        return tr("This backup holds %n folders; restore it into a new folder and move what you need.",
            nullptr, int(paths.size()));
    if (paths.first() == QLatin1String("/"))
        return tr("This backup holds the whole file system; restore it into a new folder and move what you "
                  "need.");
    request.destination = paths.first();
    request.archiveRoot = paths.first().mid(1);
    request.overOriginal = true;
    request.confirmation = confirmation;
    return {};
}

QString RestoreTarget::memberName(QString path)
{
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QString RestoreTarget::setOverOriginalDatabase(RestoreRequest &request, const QString &confirmation)
{
    if (request.sourceDatabase.isEmpty())
        return tr("The backup's manifest does not name its database; restore it into a new database.");
    request.databaseName = request.sourceDatabase;
    request.overOriginal = true;
    request.confirmation = confirmation;
    return {};
}

QString RestoreTarget::newDatabaseName(const QString &original, const QDateTime &now)
{
    return original + QStringLiteral("_restored_") + now.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

} // namespace cairn
