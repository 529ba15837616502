#pragma once
// Where a files restore goes, decided the same way by the CLI and the restore wizard: a new folder
// beside the original by default (`<path>.restored-<UTC timestamp>`), or over the original
// location, which RestoreRun::validate() then refuses unless the server's name was typed. Databases
// likewise: a new database by default, or over the original one with the same confirmation.

#include "restore/RestoreRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace cairn {

class RestoreTarget final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RestoreTarget)

public:
    // The paths the backup was made of, as its manifest lists them, without trailing '/'.
    static QStringList sourcePaths(const QByteArray &manifestJson);
    // "20261129T160401Z": sorts by time, no characters a shell or a file manager trips over.
    static QString timestamp(const QDateTime &when);

    // A new folder: one path /srv/www -> destination /srv/www.restored-<ts> holding what /srv/www
    // held; several paths -> their common parent's folder with the same suffix, holding them all.
    static void setNewFolder(RestoreRequest &request, const QDateTime &now);
    // Over the original location (backups of exactly one path); one sentence when not possible.
    static QString setOverOriginal(RestoreRequest &request, const QString &confirmation);
    // Over the original database (the one the dump holds, request.sourceDatabase); one sentence when
    // the backup does not name it.
    static QString setOverOriginalDatabase(RestoreRequest &request, const QString &confirmation);
    // An index path or a typed one as tar names members: without leading '/'.
    static QString memberName(QString path);
    // A new database's default name: <original>_restored_<yyyyMMdd_HHmmss> (UTC).
    static QString newDatabaseName(const QString &original, const QDateTime &now);
};

} // namespace cairn
