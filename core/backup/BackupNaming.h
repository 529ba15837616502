#pragma once
// Object keys of a backup in the bucket:
//   <prefix>/<server>/<job>/<UTC timestamp>-<run id>.tar.zst       the archive
//   ... .tar.zst.index.zst                                          the file index (files)
//   ... .pgdump.zst.globals.sql.zst                                 roles and tablespaces (PostgreSQL)
//   ... .tar.zst.manifest.json                                      the manifest
// Server and job names are reduced to [A-Za-z0-9._-] so a key never needs escaping by hand.

#include "backup/JobSpec.h"

#include <QDateTime>
#include <QString>

namespace cairn {

class BackupNaming final {
public:
    // ".tar.zst", ".tar.gz", ".mysql.sql.zst", ".pgdump.zst", ... compression is "zstd" or "gzip".
    static QString archiveSuffix(JobSpec::Kind kind, const QString &compression);
    static QString archiveKey(const QString &prefix, const QString &server, const QString &job,
        const QDateTime &startedAt, qint64 runId, const QString &suffix);
    // kind: "index" or "globals".
    static QString sideKey(const QString &archiveKey, const QString &kind, const QString &compression);
    static QString manifestKey(const QString &archiveKey);
    // The folder (with a trailing '/') that holds every backup of one job.
    static QString jobFolder(const QString &prefix, const QString &server, const QString &job);
    // Letters, digits, '.', '_' and '-' stay; runs of anything else become one '_'.
    static QString keyComponent(const QString &name);
};

} // namespace cairn
