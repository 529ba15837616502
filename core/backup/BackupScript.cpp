#include "backup/BackupScript.h"

#include <QFile>

namespace cairn {

namespace {

void record(QByteArray &out, const char *key, QByteArrayView value)
{
    out.append(key);
    out.append('=');
    out.append(value);
    out.append('\0');
}

void record(QByteArray &out, const char *key, const QString &value)
{
    record(out, key, QByteArrayView(value.toUtf8()));
}

void record(QByteArray &out, const char *key, qint64 value)
{
    record(out, key, QByteArrayView(QByteArray::number(value)));
}

} // namespace

QByteArray BackupScript::databaseHelpers()
{
    QFile file(QStringLiteral(":/backup/dblogin.sh"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray BackupScript::script()
{
    QFile file(QStringLiteral(":/backup/backup.sh"));
    // The helpers first: only definitions, so backup.sh still starts running with its own first line.
    return file.open(QIODevice::ReadOnly) ? databaseHelpers() + '\n' + file.readAll() : QByteArray();
}

QByteArray BackupScript::command()
{
    // Plain POSIX sh: this line is read by the user's login shell, whatever it is.
    return "if command -v bash >/dev/null 2>&1; then exec bash -s; else echo 'FAIL missing-tool bash'; exit "
           "1; fi";
}

SecureBytes BackupScript::parameters(const JobSpec &spec, const BackupScriptOptions &options,
    QByteArrayView databasePassword, QByteArrayView encryptionPassphrase, QByteArrayView pingUrl)
{
    // Reserved up front so the buffer holding the password is never reallocated (a reallocation
    // would leave an unwiped copy behind); takeFrom() wipes this one.
    qsizetype capacity = 4096 + databasePassword.size() + encryptionPassphrase.size() + pingUrl.size();
    for (const QStringList *list : { &spec.paths, &spec.excludes, &spec.databases }) {
        for (const QString &item : *list)
            capacity += item.size() * 3 + 16;
    }
    for (const QString *text : { &spec.preCommand, &spec.postCommand, &spec.databaseUser, &spec.databaseHost,
             &spec.databaseSudoUser, &spec.tempDir })
        capacity += text->size() * 3 + 16;
    QByteArray out;
    out.reserve(capacity);
    record(out, "version", qint64(kProtocolVersion));
    switch (spec.kind) {
    case JobSpec::Kind::Files:
        record(out, "mode", QStringLiteral("files"));
        for (const QString &path : spec.paths)
            record(out, "path", path);
        for (const QString &pattern : spec.excludes)
            record(out, "exclude", pattern);
        record(out, "index", qint64(spec.fileIndex ? 1 : 0));
        break;
    case JobSpec::Kind::MySql:
    case JobSpec::Kind::Postgres:
        record(out, "mode",
            spec.kind == JobSpec::Kind::MySql ? QStringLiteral("mysql") : QStringLiteral("postgres"));
        for (const QString &name : spec.databases)
            record(out, "database", name);
        record(out, "db_login", JobSpec::loginName(spec.databaseLogin));
        if (!spec.databaseUser.isEmpty())
            record(out, "db_user", spec.databaseUser);
        if (!spec.databaseHost.isEmpty())
            record(out, "db_host", spec.databaseHost);
        if (spec.databasePort > 0)
            record(out, "db_port", qint64(spec.databasePort));
        if (spec.databaseLogin == JobSpec::DatabaseLogin::Sudo)
            record(out, "db_sudo_user", spec.databaseSudoUser);
        if (spec.databaseLogin == JobSpec::DatabaseLogin::Password)
            record(out, "db_password", databasePassword);
        break;
    }
    record(out, "compression", options.compression);
    record(out, "level", qint64(spec.compressionLevel));
    record(out, "inflight", qint64(spec.partsInFlight));
    record(out, "url_timeout", qint64(options.urlTimeoutSeconds));
    record(out, "retries", qint64(options.uploadAttempts));
    record(out, "rate", spec.uploadBytesPerSecond);
    record(out, "nice", qint64(spec.niceLevel));
    record(out, "ionice", qint64(spec.ioniceClass));
    if (!spec.preCommand.isEmpty())
        record(out, "pre", spec.preCommand);
    if (!spec.postCommand.isEmpty())
        record(out, "post", spec.postCommand);
    record(out, "cmd_timeout", qint64(spec.commandTimeoutSeconds));
    if (!spec.tempDir.isEmpty())
        record(out, "tmp_base", spec.tempDir);
    // The archive's passphrase: data on stdin like every parameter, never argv (see backup.sh).
    if (!encryptionPassphrase.isEmpty())
        record(out, "enc_pass", encryptionPassphrase);
    if (!pingUrl.isEmpty())
        record(out, "ping", pingUrl);
    record(out, "end", QByteArrayView());
    return SecureBytes::takeFrom(out);
}

} // namespace cairn
