#include "backup/BackupNaming.h"

namespace cairn {

namespace {

QString extension(const QString &compression)
{
    return compression == QLatin1String("gzip") ? QStringLiteral(".gz") : QStringLiteral(".zst");
}

QString normalizedPrefix(const QString &prefix)
{
    QString p = prefix;
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.isEmpty() ? QString() : p + QLatin1Char('/');
}

} // namespace

QString BackupNaming::keyComponent(const QString &name)
{
    QString out;
    bool lastWasReplacement = false;
    for (const QChar c : name) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        if (keep) {
            out += c;
            lastWasReplacement = false;
        } else if (!lastWasReplacement) {
            out += u'_';
            lastWasReplacement = true;
        }
    }
    // "." and ".." are path segments to some tools; a name made of dots gets a letter.
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("x") + out;
    return out.left(100);
}

QString BackupNaming::archiveSuffix(JobSpec::Kind kind, const QString &compression)
{
    switch (kind) {
    case JobSpec::Kind::Files:
        return QStringLiteral(".tar") + extension(compression);
    case JobSpec::Kind::MySql:
        return QStringLiteral(".mysql.sql") + extension(compression);
    case JobSpec::Kind::Postgres:
        return QStringLiteral(".pgdump") + extension(compression);
    }
    return {};
}

QString BackupNaming::jobFolder(const QString &prefix, const QString &server, const QString &job)
{
    return normalizedPrefix(prefix) + keyComponent(server) + QLatin1Char('/') + keyComponent(job)
        + QLatin1Char('/');
}

QString BackupNaming::archiveKey(const QString &prefix, const QString &server, const QString &job,
    const QDateTime &startedAt, qint64 runId, const QString &suffix)
{
    return jobFolder(prefix, server, job) + startedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        + QLatin1Char('-') + QString::number(runId) + suffix;
}

QString BackupNaming::sideKey(const QString &archiveKey, const QString &kind, const QString &compression)
{
    if (kind == QLatin1String("globals"))
        return archiveKey + QStringLiteral(".globals.sql") + extension(compression);
    return archiveKey + QStringLiteral(".index") + extension(compression);
}

QString BackupNaming::manifestKey(const QString &archiveKey)
{
    return archiveKey + QStringLiteral(".manifest.json");
}

} // namespace cairn
