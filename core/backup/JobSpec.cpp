#include "backup/JobSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn {

namespace {

constexpr qsizetype kMaxPaths = 1000;
constexpr qsizetype kMaxPathBytes = 4096;
constexpr qsizetype kMaxCommandBytes = 16 * 1024;
constexpr int kMaxCommandTimeoutSeconds = 24 * 3600;
constexpr qsizetype kMaxDatabaseNameBytes = 64;

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

std::optional<QStringList> toStringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

// A value that reaches the host script as one NUL-terminated record cannot hold a NUL.
bool hasNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

} // namespace

QString JobSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Files:
        return QStringLiteral("files");
    case Kind::MySql:
        return QStringLiteral("mysql");
    case Kind::Postgres:
        return QStringLiteral("postgres");
    }
    return {};
}

std::optional<JobSpec::Kind> JobSpec::kindFromName(const QString &name)
{
    for (Kind kind : { Kind::Files, Kind::MySql, Kind::Postgres }) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString JobSpec::compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Auto:
        return QStringLiteral("auto");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    }
    return {};
}

std::optional<JobSpec::Compression> JobSpec::compressionFromName(const QString &name)
{
    for (Compression c : { Compression::Auto, Compression::Zstd, Compression::Gzip }) {
        if (compressionName(c) == name)
            return c;
    }
    return std::nullopt;
}

QString JobSpec::loginName(DatabaseLogin login)
{
    switch (login) {
    case DatabaseLogin::Socket:
        return QStringLiteral("socket");
    case DatabaseLogin::Sudo:
        return QStringLiteral("sudo");
    case DatabaseLogin::Password:
        return QStringLiteral("password");
    }
    return {};
}

std::optional<JobSpec::DatabaseLogin> JobSpec::loginFromName(const QString &name)
{
    for (DatabaseLogin login : { DatabaseLogin::Socket, DatabaseLogin::Sudo, DatabaseLogin::Password }) {
        if (loginName(login) == name)
            return login;
    }
    return std::nullopt;
}

QString JobSpec::validate() const
{
    if (kind == Kind::Files) {
        if (paths.isEmpty())
            return tr("Choose at least one folder or file to back up.");
        if (paths.size() > kMaxPaths)
            return tr("A job can back up at most %1 paths; choose their parent folders instead.")
                .arg(kMaxPaths);
        for (const QString &path : paths) {
            if (!path.startsWith(QLatin1Char('/')))
                return tr("The path \"%1\" is not absolute; give the full path, starting with /.").arg(path);
            if (hasNul(path) || path.toUtf8().size() > kMaxPathBytes)
                return tr("The path \"%1\" cannot be a file name; check it for pasted control characters.")
                    .arg(path.left(200));
        }
        for (const QString &pattern : excludes) {
            if (pattern.isEmpty() || hasNul(pattern) || pattern.toUtf8().size() > kMaxPathBytes)
                return tr(
                    "An exclude pattern is empty or malformed; remove it or give a pattern such as *.tmp.");
        }
    } else {
        if (databases.isEmpty())
            return tr("Name the database to back up.");
        if (kind == Kind::Postgres && databases.size() != 1)
            return tr("A PostgreSQL job backs up one database; create one job per database.");
        for (const QString &name : databases) {
            if (name.isEmpty() || hasNul(name) || name.toUtf8().size() > kMaxDatabaseNameBytes)
                return tr("The database name \"%1\" is not valid; database names have 1 to 64 characters.")
                    .arg(name.left(80));
            // A leading dash would reach the dump tool as an option.
            if (name.startsWith(QLatin1Char('-')))
                return tr(
                    "The database name \"%1\" starts with a dash, which the dump tools would read as an "
                    "option; rename the database or back it up by hand.")
                    .arg(name);
        }
        if (databaseLogin == DatabaseLogin::Password && databasePasswordRef.isEmpty())
            return tr("This job logs in to the database with a password, but none is stored; enter the "
                      "password again.");
        if (databaseLogin == DatabaseLogin::Sudo && databaseSudoUser.isEmpty())
            return tr("Name the system user the dump runs as (for example postgres), or log in another way.");
        for (const QString &value : { databaseUser, databaseHost, databaseSudoUser }) {
            if (hasNul(value) || value.size() > 255)
                return tr("A database connection setting is malformed; enter it again.");
        }
        if (databaseSudoUser.startsWith(QLatin1Char('-')))
            return tr("The system user \"%1\" is not a valid user name.").arg(databaseSudoUser);
        if (databasePort < 0 || databasePort > 65535)
            return tr("The database port must be between 1 and 65535, or empty for the default.");
    }

    const int maxLevel = compression == Compression::Gzip ? 9 : 19;
    if (compressionLevel < 0 || compressionLevel > maxLevel)
        return tr("The compression level must be between 1 and %1 (or 0 for the default).").arg(maxLevel);
    if (uploadBytesPerSecond < 0)
        return tr("The upload rate limit cannot be negative; use 0 for no limit.");
    if (niceLevel < 0 || niceLevel > 19)
        return tr("The CPU priority (nice) must be between 0 and 19.");
    if (ioniceClass != 0 && ioniceClass != 2 && ioniceClass != 3)
        return tr("The I/O priority must be unchanged (0), best-effort (2) or idle (3).");
    if (const QString problem = retention.validate(); !problem.isEmpty())
        return problem;
    for (const QString &command : { preCommand, postCommand }) {
        if (hasNul(command) || command.toUtf8().size() > kMaxCommandBytes)
            return tr(
                "A command before or after the backup is too long or malformed; shorten it or put it in a "
                "script on the server.");
    }
    if (commandTimeoutSeconds < 1 || commandTimeoutSeconds > kMaxCommandTimeoutSeconds)
        return tr("The command timeout must be between 1 second and 24 hours.");
    if (partSize != 0 && (partSize < kMinPartSize || partSize > kMaxPartSize))
        return tr("The part size must be between 5 MiB and 5 GiB, or automatic.");
    if (partsInFlight < 1 || partsInFlight > kMaxPartsInFlight)
        return tr("The parts uploaded at once must be between 1 and %1.").arg(kMaxPartsInFlight);
    if (!tempDir.isEmpty() && (!tempDir.startsWith(QLatin1Char('/')) || hasNul(tempDir)))
        return tr("The temporary folder \"%1\" must be an absolute path on the server.").arg(tempDir);
    return {};
}

QJsonObject JobSpec::toJson() const
{
    QJsonObject object { { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("kind"), kindName(kind) } };
    if (kind == Kind::Files) {
        object.insert(QStringLiteral("paths"), toArray(paths));
        object.insert(QStringLiteral("excludes"), toArray(excludes));
        object.insert(QStringLiteral("fileIndex"), fileIndex);
    } else {
        object.insert(QStringLiteral("databases"), toArray(databases));
        object.insert(QStringLiteral("database"),
            QJsonObject { { QStringLiteral("login"), loginName(databaseLogin) },
                { QStringLiteral("user"), databaseUser }, { QStringLiteral("host"), databaseHost },
                { QStringLiteral("port"), databasePort }, { QStringLiteral("sudoUser"), databaseSudoUser },
                { QStringLiteral("passwordRef"), databasePasswordRef } });
    }
    object.insert(QStringLiteral("compression"),
        QJsonObject { { QStringLiteral("tool"), compressionName(compression) },
            { QStringLiteral("level"), compressionLevel } });
    object.insert(QStringLiteral("limits"),
        QJsonObject { { QStringLiteral("uploadBytesPerSecond"), uploadBytesPerSecond },
            { QStringLiteral("nice"), niceLevel }, { QStringLiteral("ioniceClass"), ioniceClass } });
    object.insert(QStringLiteral("retention"), retention.toJson());
    object.insert(QStringLiteral("encrypt"), encrypt);
    object.insert(QStringLiteral("commands"),
        QJsonObject { { QStringLiteral("pre"), preCommand }, { QStringLiteral("post"), postCommand },
            { QStringLiteral("timeoutSeconds"), commandTimeoutSeconds } });
    object.insert(QStringLiteral("upload"),
        QJsonObject { { QStringLiteral("partSize"), partSize },
            { QStringLiteral("partsInFlight"), partsInFlight }, { QStringLiteral("tempDir"), tempDir } });
    return object;
}

QByteArray JobSpec::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<JobSpec> JobSpec::fromJson(const QJsonObject &object, QString *error)
{
    const auto refuse = [error](const QString &sentence) -> std::optional<JobSpec> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString malformed = tr("The job's settings are damaged; open the job and save it again.");
    if (object.value(QStringLiteral("version")).toInt(0) > kFormatVersion)
        return refuse(tr("The job was saved by a newer version of Cairn; update Cairn to run it."));
    JobSpec spec;
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return refuse(malformed);
    spec.kind = *kind;
    const auto paths = toStringList(object.value(QStringLiteral("paths")));
    const auto excludes = toStringList(object.value(QStringLiteral("excludes")));
    const auto databases = toStringList(object.value(QStringLiteral("databases")));
    if (!paths || !excludes || !databases)
        return refuse(malformed);
    spec.paths = *paths;
    spec.excludes = *excludes;
    spec.databases = *databases;
    spec.fileIndex = object.value(QStringLiteral("fileIndex")).toBool(true);

    const QJsonObject database = object.value(QStringLiteral("database")).toObject();
    if (!database.isEmpty()) {
        const auto login = loginFromName(database.value(QStringLiteral("login")).toString());
        if (!login)
            return refuse(malformed);
        spec.databaseLogin = *login;
        spec.databaseUser = database.value(QStringLiteral("user")).toString();
        spec.databaseHost = database.value(QStringLiteral("host")).toString();
        spec.databasePort = database.value(QStringLiteral("port")).toInt(0);
        spec.databaseSudoUser = database.value(QStringLiteral("sudoUser")).toString();
        spec.databasePasswordRef = database.value(QStringLiteral("passwordRef")).toString();
    }
    const QJsonObject compression = object.value(QStringLiteral("compression")).toObject();
    const auto tool
        = compressionFromName(compression.value(QStringLiteral("tool")).toString(QStringLiteral("auto")));
    if (!tool)
        return refuse(malformed);
    spec.compression = *tool;
    spec.compressionLevel = compression.value(QStringLiteral("level")).toInt(0);

    const QJsonObject limits = object.value(QStringLiteral("limits")).toObject();
    spec.uploadBytesPerSecond = limits.value(QStringLiteral("uploadBytesPerSecond")).toInteger(0);
    spec.niceLevel = limits.value(QStringLiteral("nice")).toInt(spec.niceLevel);
    spec.ioniceClass = limits.value(QStringLiteral("ioniceClass")).toInt(spec.ioniceClass);
    spec.retention = RetentionPolicy::fromJson(object.value(QStringLiteral("retention")).toObject());
    spec.encrypt = object.value(QStringLiteral("encrypt")).toBool(false);

    const QJsonObject commands = object.value(QStringLiteral("commands")).toObject();
    spec.preCommand = commands.value(QStringLiteral("pre")).toString();
    spec.postCommand = commands.value(QStringLiteral("post")).toString();
    spec.commandTimeoutSeconds
        = commands.value(QStringLiteral("timeoutSeconds")).toInt(spec.commandTimeoutSeconds);

    const QJsonObject upload = object.value(QStringLiteral("upload")).toObject();
    spec.partSize = upload.value(QStringLiteral("partSize")).toInteger(0);
    spec.partsInFlight = upload.value(QStringLiteral("partsInFlight")).toInt(spec.partsInFlight);
    spec.tempDir = upload.value(QStringLiteral("tempDir")).toString();
    return spec;
}

std::optional<JobSpec> JobSpec::fromJsonBytes(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The job's settings are damaged; open the job and save it again.");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

} // namespace cairn
