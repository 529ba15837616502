// cairn-cli job add|list|show|remove and run list|show: backup jobs and the history of their runs.
// (job run and backup list live in BackupCommands.cpp, beside the runner they drive.)
#include "backup/JobSpec.h"
#include "cli/CliCommand.h"
#include "secrets/SecretCleanup.h"
#include "secrets/SecretStore.h"
#include "ssh/UntrustedText.h"
#include "store/BackupRepository.h"
#include "store/ClientKeyRepository.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <cstdio>

namespace cairn::cli {

namespace {

// Names and messages from the database reach the terminal escaped, never as raw control characters.
QString shown(const QString &text)
{
    return escapeUntrustedText(text.toUtf8(), 4096);
}

std::optional<Client> resolveClient(Invocation &in, const std::shared_ptr<Database> &db, int *exitCode)
{
    const QString name = in.parser.value(QStringLiteral("client"));
    if (name.isEmpty())
        return Client {}; // id 0: every client
    const auto client = ClientRepository(db).find(name);
    if (!client) {
        *exitCode
            = in.fail(CliText::tr("There is no client \"%1\"; run cairn-cli client list to see the clients.")
                          .arg(shown(name)));
        return std::nullopt;
    }
    return client;
}

// The job named on the command line, within --client when given.
std::optional<Job> resolveJob(Invocation &in, const std::shared_ptr<Database> &db, int *exitCode)
{
    const auto client = resolveClient(in, db, exitCode);
    if (!client)
        return std::nullopt;
    bool ambiguous = false;
    const QString name = in.positional.value(0);
    const auto job = JobRepository(db).find(client->id, name, &ambiguous);
    if (!job) {
        *exitCode = in.fail(ambiguous
                ? CliText::tr("Several clients have a job \"%1\"; name the client with --client.")
                      .arg(shown(name))
                : CliText::tr("There is no job \"%1\"; run cairn-cli job list to see the jobs.")
                      .arg(shown(name)));
    }
    return job;
}

// Reads a secret from $name, else from one line of stdin; empty when neither gives one.
QByteArray readSecret(const char *name)
{
    QByteArray value = qgetenv(name);
    if (!value.isEmpty())
        return value;
    char buffer[4096];
    if (std::fgets(buffer, sizeof buffer, stdin)) {
        value = QByteArray(buffer).trimmed();
        std::fill(std::begin(buffer), std::end(buffer), '\0');
    }
    return value;
}

int addJob(Invocation &in)
{
    const QCommandLineParser &p = in.parser;
    const QString name = in.positional.value(0).trimmed();
    if (name.isEmpty())
        return in.usage(CliText::tr("Give the job a name."));

    JobSpec spec;
    const QStringList paths = p.values(QStringLiteral("paths"));
    const QStringList mysql = p.values(QStringLiteral("mysql"));
    const QStringList postgres = p.values(QStringLiteral("postgres"));
    if (int(!paths.isEmpty()) + int(!mysql.isEmpty()) + int(!postgres.isEmpty()) != 1)
        return in.usage(
            CliText::tr("Say what to back up with exactly one of --paths, --mysql or --postgres."));
    if (!paths.isEmpty()) {
        spec.kind = JobSpec::Kind::Files;
        spec.paths = paths;
        spec.excludes = p.values(QStringLiteral("exclude"));
    } else {
        spec.kind = mysql.isEmpty() ? JobSpec::Kind::Postgres : JobSpec::Kind::MySql;
        spec.databases = mysql.isEmpty() ? postgres : mysql;
        const QString login = p.value(QStringLiteral("db-login"));
        if (!login.isEmpty()) {
            const auto parsed = JobSpec::loginFromName(login);
            if (!parsed)
                return in.usage(CliText::tr("--db-login takes socket, sudo or password."));
            spec.databaseLogin = *parsed;
        }
        spec.databaseUser = p.value(QStringLiteral("db-user"));
        spec.databaseHost = p.value(QStringLiteral("db-host"));
        spec.databasePort = p.value(QStringLiteral("db-port")).toInt();
        spec.databaseSudoUser = p.value(QStringLiteral("sudo-user"));
        if (spec.databaseLogin == JobSpec::DatabaseLogin::Sudo && spec.databaseSudoUser.isEmpty())
            spec.databaseSudoUser
                = spec.kind == JobSpec::Kind::Postgres ? QStringLiteral("postgres") : QStringLiteral("mysql");
    }
    if (p.isSet(QStringLiteral("compression"))) {
        const auto compression = JobSpec::compressionFromName(p.value(QStringLiteral("compression")));
        if (!compression)
            return in.usage(CliText::tr("--compression takes zstd or gzip."));
        spec.compression = *compression;
    }
    const auto number = [&p](const char *key, qint64 fallback, bool *ok) {
        if (!p.isSet(QLatin1String(key)))
            return fallback;
        return p.value(QLatin1String(key)).toLongLong(ok);
    };
    bool ok = true;
    spec.compressionLevel = int(number("level", 0, &ok));
    spec.retention.keepLast = int(number("keep-last", 0, &ok));
    spec.retention.daily = int(number("keep-daily", 0, &ok));
    spec.retention.weekly = int(number("keep-weekly", 0, &ok));
    spec.retention.monthly = int(number("keep-monthly", 0, &ok));
    spec.retention.minimumAgeDays = int(number("min-age-days", 0, &ok));
    spec.uploadBytesPerSecond = number("rate-limit", 0, &ok);
    spec.partsInFlight = int(number("parts-in-flight", spec.partsInFlight, &ok));
    spec.partSize = number("part-size-mib", 0, &ok) * 1024 * 1024;
    if (!ok)
        return in.usage(CliText::tr("Numeric options take whole numbers; run cairn-cli job add --help."));
    spec.tempDir = p.value(QStringLiteral("temp-dir"));
    spec.preCommand = p.value(QStringLiteral("pre"));
    spec.postCommand = p.value(QStringLiteral("post"));
    spec.encrypt = p.isSet(QStringLiteral("encrypt"));
    if (spec.kind != JobSpec::Kind::Files && spec.databaseLogin == JobSpec::DatabaseLogin::Password)
        spec.databasePasswordRef = QStringLiteral("pending"); // replaced once the password is stored
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return in.usage(problem);

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto chosenClient = resolveClient(in, db, &exitCode);
    if (!chosenClient)
        return exitCode;

    // The server decides the client unless --client says it.
    const QString serverName = p.value(QStringLiteral("server"));
    QList<Server> servers;
    for (const Server &s : ServerRepository(db).list(chosenClient->id)) {
        if (s.name.compare(serverName, Qt::CaseInsensitive) == 0)
            servers << s;
    }
    if (servers.isEmpty())
        return in.fail(CliText::tr("There is no server \"%1\"%2; add it first with cairn-cli server add.")
                           .arg(shown(serverName),
                               chosenClient->id ? CliText::tr(" for client %1").arg(shown(chosenClient->name))
                                                : QString()));
    if (servers.size() > 1)
        return in.fail(CliText::tr("Several clients have a server \"%1\"; name the client with --client.")
                           .arg(shown(serverName)));
    const Server server = servers.first();

    // Encryption needs the client's key first, and its private half saved (the recovery kit).
    if (spec.encrypt) {
        const auto keys = ClientKeyRepository(db).find(server.clientId);
        if (!keys || !keys->canEncrypt())
            return in.fail(
                CliText::tr("%1 has no encryption key yet; create it with cairn-cli client keys create "
                            "\"%1\" (or import-public), save the recovery kit, then add the job again.")
                    .arg(shown(server.clientName)));
    }

    // Storage by direct query: see BackupRequestLoader for why this CLI avoids the storage record type.
    const QString storageName = p.value(QStringLiteral("storage"));
    QSqlQuery storage(db->connection());
    storage.prepare(
        QStringLiteral("SELECT t.id, t.client_id, c.name FROM storage_targets t JOIN clients c ON c.id = "
                       "t.client_id WHERE t.name = ? COLLATE NOCASE ORDER BY (t.client_id = ?) DESC"));
    storage.addBindValue(storageName);
    storage.addBindValue(server.clientId);
    if (!storage.exec() || !storage.next())
        return in.fail(
            CliText::tr("There is no storage target \"%1\"; add it first with cairn-cli storage add.")
                .arg(shown(storageName)));
    const qint64 storageId = storage.value(0).toLongLong();
    if (storage.value(1).toLongLong() != server.clientId)
        return in.fail(
            CliText::tr("The storage target \"%1\" belongs to client %2, not to %3; Cairn never sends one "
                        "client's data to another client's storage.")
                .arg(shown(storageName), shown(storage.value(2).toString()), shown(server.clientName)));

    SecretStore secrets;
    QString passwordRef;
    if (!spec.databasePasswordRef.isEmpty()) {
        QByteArray password = readSecret("CAIRN_DB_PASSWORD");
        if (password.isEmpty())
            return in.usage(
                CliText::tr("This job logs in with a password: give it in CAIRN_DB_PASSWORD or on standard "
                            "input, never as an argument."));
        passwordRef = SecretStore::newReference(QStringLiteral("db-password"));
        SecretJob *job = secrets.write(passwordRef, SecureBytes::takeFrom(password));
        job->waitForFinished();
        if (!job->ok())
            return in.fail(job->errorString());
        spec.databasePasswordRef = passwordRef;
    }

    Job job;
    job.clientId = server.clientId;
    job.name = name;
    job.serverId = server.id;
    job.storageId = storageId;
    job.kind = JobSpec::kindName(spec.kind);
    StoreError error;
    if (!JobRepository(db).insert(job, spec.toJsonBytes(), &error)) {
        if (!passwordRef.isEmpty())
            secrets.remove(passwordRef)->waitForFinished();
        return in.fail(error.message);
    }
    in.out << CliText::tr("Added job \"%1\" for %2 to %3; run it with: cairn-cli job run %4 --wait")
                  .arg(shown(name), shown(server.name), shown(storageName), shown(name))
           << Qt::endl;
    return Success;
}

QJsonObject jobJson(const Job &j)
{
    return QJsonObject { { QStringLiteral("id"), j.id }, { QStringLiteral("name"), j.name },
        { QStringLiteral("client"), j.clientName }, { QStringLiteral("server"), j.serverName },
        { QStringLiteral("storage"), j.storageName }, { QStringLiteral("kind"), j.kind },
        { QStringLiteral("schedule"), j.schedule }, { QStringLiteral("enabled"), j.enabled },
        { QStringLiteral("created"), isoTime(j.createdAt) } };
}

QJsonObject runJson(const Run &r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("job"), r.jobName },
        { QStringLiteral("client"), r.clientName }, { QStringLiteral("kind"), r.kind },
        { QStringLiteral("status"), r.status }, { QStringLiteral("started"), isoTime(r.startedAt) },
        { QStringLiteral("finished"), isoTime(r.finishedAt) },
        { QStringLiteral("bytes_source"), r.bytesSource }, { QStringLiteral("bytes_stored"), r.bytesStored },
        { QStringLiteral("bytes_to_desktop"), r.bytesToDesktop }, { QStringLiteral("message"), r.message } };
}

int listJobs(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto client = resolveClient(in, db, &exitCode);
    if (!client)
        return exitCode;
    StoreError error;
    const QList<Job> jobs = JobRepository(db).list(client->id, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const Job &j : jobs)
            array.append(jobJson(j));
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (jobs.isEmpty()) {
        in.out << CliText::tr(
            "No jobs yet; add one with: cairn-cli job add NAME --server S --storage T --paths /srv")
               << Qt::endl;
        return Success;
    }
    in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                  .arg(CliText::tr("NAME"), -24)
                  .arg(CliText::tr("KIND"), -8)
                  .arg(CliText::tr("SERVER"), -20)
                  .arg(CliText::tr("STORAGE"), -20)
                  .arg(CliText::tr("CLIENT"));
    for (const Job &j : jobs)
        in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(shown(j.name), -24)
                      .arg(j.kind, -8)
                      .arg(shown(j.serverName), -20)
                      .arg(shown(j.storageName), -20)
                      .arg(shown(j.clientName));
    in.out.flush();
    return Success;
}

int showJob(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto job = resolveJob(in, db, &exitCode);
    if (!job)
        return exitCode;
    QString specError;
    const auto spec = JobSpec::fromJsonBytes(JobRepository(db).specJson(job->id), &specError);
    const QList<Run> runs = RunRepository(db).recentForJob(job->id, 5);
    const QList<BackupRecord> backups = BackupRepository(db).list(job->id);
    if (in.json) {
        QJsonObject object = jobJson(*job);
        object.insert(QStringLiteral("spec"), spec ? spec->toJson() : QJsonObject());
        QJsonArray recent;
        for (const Run &r : runs)
            recent.append(runJson(r));
        object.insert(QStringLiteral("recent_runs"), recent);
        object.insert(QStringLiteral("backups"), int(backups.size()));
        in.printJson(QJsonDocument(object));
        return Success;
    }
    const QLocale locale;
    in.out << CliText::tr("Job:          %1 (%2)").arg(shown(job->name), job->kind) << Qt::endl;
    in.out << CliText::tr("Client:       %1").arg(shown(job->clientName)) << Qt::endl;
    in.out << CliText::tr("Server:       %1").arg(shown(job->serverName)) << Qt::endl;
    in.out << CliText::tr("Storage:      %1").arg(shown(job->storageName)) << Qt::endl;
    if (!spec) {
        in.out << specError << Qt::endl;
    } else {
        if (spec->kind == JobSpec::Kind::Files) {
            in.out << CliText::tr("Paths:        %1").arg(shown(spec->paths.join(QStringLiteral(", "))))
                   << Qt::endl;
            if (!spec->excludes.isEmpty())
                in.out
                    << CliText::tr("Excludes:     %1").arg(shown(spec->excludes.join(QStringLiteral(", "))))
                    << Qt::endl;
        } else {
            in.out << CliText::tr("Databases:    %1 (login: %2)")
                          .arg(shown(spec->databases.join(QStringLiteral(", "))),
                              JobSpec::loginName(spec->databaseLogin))
                   << Qt::endl;
        }
        in.out << CliText::tr("Compression:  %1").arg(JobSpec::compressionName(spec->compression))
               << Qt::endl;
        in.out << CliText::tr("Retention:    %1").arg(spec->retention.describe()) << Qt::endl;
    }
    in.out << CliText::tr("Backups:      %1").arg(backups.size()) << Qt::endl;
    for (const Run &r : runs)
        in.out << QStringLiteral("  #%1  %2  %3  %4\n")
                      .arg(r.id)
                      .arg(isoTime(r.startedAt), -20)
                      .arg(r.status, -10)
                      .arg(locale.formattedDataSize(r.bytesStored));
    in.out.flush();
    return Success;
}

int removeJob(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto job = resolveJob(in, db, &exitCode);
    if (!job)
        return exitCode;
    const auto spec = JobSpec::fromJsonBytes(JobRepository(db).specJson(job->id));
    if (StoreError error = JobRepository(db).remove(job->id))
        return in.fail(error.message);
    if (spec && !spec->databasePasswordRef.isEmpty()) {
        SecretStore secrets;
        const QString problem = SecretCleanup::removeAndWait(
            secrets, { spec->databasePasswordRef }, CliText::tr("The job \"%1\"").arg(shown(job->name)));
        if (!problem.isEmpty())
            return in.fail(problem);
    }
    in.out << CliText::tr("Removed job \"%1\"; its backups stay in the bucket and in cairn-cli backup list.")
                  .arg(shown(job->name))
           << Qt::endl;
    return Success;
}

int listRuns(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    StoreError error;
    const QList<Run> runs = RunRepository(db).recent(0, 50, 0, &error);
    if (error)
        return in.fail(error.message);
    if (in.json) {
        QJsonArray array;
        for (const Run &r : runs)
            array.append(runJson(r));
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (runs.isEmpty()) {
        in.out << CliText::tr("No runs yet; start one with: cairn-cli job run NAME --wait") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    in.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                  .arg(CliText::tr("RUN"), 6)
                  .arg(CliText::tr("JOB"), -20)
                  .arg(CliText::tr("STARTED"), -20)
                  .arg(CliText::tr("STATUS"), -10)
                  .arg(CliText::tr("STORED"), 10)
                  .arg(CliText::tr("TO DESKTOP"), 10);
    for (const Run &r : runs)
        in.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(r.id, 6)
                      .arg(shown(r.jobName), -20)
                      .arg(isoTime(r.startedAt), -20)
                      .arg(r.status, -10)
                      .arg(locale.formattedDataSize(r.bytesStored), 10)
                      .arg(locale.formattedDataSize(r.bytesToDesktop), 10);
    in.out.flush();
    return Success;
}

int showRun(Invocation &in)
{
    bool ok = false;
    const qint64 runId = in.positional.value(0).toLongLong(&ok);
    if (!ok)
        return in.usage(CliText::tr("Give the run's number, as cairn-cli run list shows it."));
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    RunRepository runs(db);
    const auto details = runs.find(runId);
    if (!details)
        return in.fail(CliText::tr("There is no run %1; run cairn-cli run list to see the runs.").arg(runId));
    const QList<RunEvent> events = runs.events(runId);
    const auto backup = BackupRepository(db).findByRun(runId);
    if (in.json) {
        QJsonObject object = runJson(details->run);
        object.insert(QStringLiteral("object_key"), details->objectKey);
        object.insert(QStringLiteral("backup"), backup ? QJsonValue(backup->id) : QJsonValue());
        QJsonArray log;
        for (const RunEvent &e : events)
            log.append(QJsonObject { { QStringLiteral("at"), isoTime(e.at) },
                { QStringLiteral("kind"), e.kind }, { QStringLiteral("text"), e.text } });
        object.insert(QStringLiteral("events"), log);
        in.printJson(QJsonDocument(object));
        return Success;
    }
    const QLocale locale;
    const Run &r = details->run;
    in.out << CliText::tr("Run %1 of %2: %3").arg(r.id).arg(shown(r.jobName), r.status) << Qt::endl;
    in.out << CliText::tr("Started %1, finished %2").arg(isoTime(r.startedAt), isoTime(r.finishedAt))
           << Qt::endl;
    in.out << CliText::tr("Read %1, stored %2, received by this computer %3")
                  .arg(locale.formattedDataSize(r.bytesSource), locale.formattedDataSize(r.bytesStored),
                      locale.formattedDataSize(r.bytesToDesktop))
           << Qt::endl;
    if (!r.message.isEmpty())
        in.out << shown(r.message) << Qt::endl;
    for (const RunEvent &e : events)
        in.out << QStringLiteral("  %1  %2  %3\n").arg(isoTime(e.at), e.kind, shown(e.text));
    in.out.flush();
    return Success;
}

} // namespace

QList<Command> jobCommands()
{
    const Positional name { QStringLiteral("NAME"), CliText::tr("The job's name.") };
    const QCommandLineOption client = option(
        "client", CliText::tr("The client (needed when names repeat across clients)."), CliText::tr("name"));
    const QList<QCommandLineOption> addOptions {
        option("server", CliText::tr("The server to back up."), CliText::tr("name")),
        option("storage", CliText::tr("The storage target (of the same client) to store the backups in."),
            CliText::tr("name")),
        option("paths", CliText::tr("A folder or file to back up (repeat for more)."), CliText::tr("path")),
        option("exclude", CliText::tr("A tar --exclude pattern (repeatable)."), CliText::tr("pattern")),
        option(
            "mysql", CliText::tr("A MySQL/MariaDB database to dump (repeatable)."), CliText::tr("database")),
        option("postgres", CliText::tr("A PostgreSQL database to dump."), CliText::tr("database")),
        option("db-login",
            CliText::tr("How the dump logs in: socket (default), sudo or password (from CAIRN_DB_PASSWORD or "
                        "stdin)."),
            CliText::tr("how")),
        option("db-user", CliText::tr("Database user."), CliText::tr("user")),
        option("db-host", CliText::tr("Database host or socket path."), CliText::tr("host")),
        option("db-port", CliText::tr("Database port."), CliText::tr("port")),
        option("sudo-user", CliText::tr("System user for --db-login sudo (default postgres or mysql)."),
            CliText::tr("user")),
        option("compression", CliText::tr("zstd or gzip (default: zstd when the server has it)."),
            CliText::tr("tool")),
        option("level", CliText::tr("Compression level."), CliText::tr("n")),
        option("keep-last", CliText::tr("Keep the last N backups."), CliText::tr("n")),
        option("keep-daily", CliText::tr("Keep the newest backup of each of the last N days."),
            CliText::tr("n")),
        option("keep-weekly", CliText::tr("Keep the newest backup of each of the last N weeks."),
            CliText::tr("n")),
        option("keep-monthly", CliText::tr("Keep the newest backup of each of the last N months."),
            CliText::tr("n")),
        option("min-age-days", CliText::tr("Never delete backups younger than this."), CliText::tr("days")),
        option("rate-limit", CliText::tr("Upload at most this many bytes per second."), CliText::tr("bytes")),
        option(
            "part-size-mib", CliText::tr("Part size in MiB (default: chosen per run)."), CliText::tr("MiB")),
        option("parts-in-flight", CliText::tr("Parts uploaded at once (default 4)."), CliText::tr("n")),
        option("temp-dir", CliText::tr("Folder on the server for the part files (default $TMPDIR or /tmp)."),
            CliText::tr("path")),
        option("pre", CliText::tr("Command run on the server before the backup."), CliText::tr("command")),
        option("post", CliText::tr("Command run on the server after the backup."), CliText::tr("command")),
        option("encrypt",
            CliText::tr("Encrypt each backup on the server with its own key, wrapped with the client's key "
                        "(cairn-cli client keys create first).")),
        client,
    };
    return {
        Command { QStringLiteral("job"), QStringLiteral("add"),
            CliText::tr("Add a backup job: what to back up from which server into which storage."), { name },
            addOptions, false, addJob },
        Command { QStringLiteral("job"), QStringLiteral("list"), CliText::tr("List the backup jobs."), {},
            { client }, true, listJobs },
        Command { QStringLiteral("job"), QStringLiteral("show"),
            CliText::tr("Show a job's settings, recent runs and number of backups."), { name }, { client },
            true, showJob },
        Command { QStringLiteral("job"), QStringLiteral("remove"),
            CliText::tr("Remove a job (its backups stay in the bucket)."), { name }, { client }, false,
            removeJob },
        Command { QStringLiteral("run"), QStringLiteral("list"), CliText::tr("List the latest runs."), {}, {},
            true, listRuns },
        Command { QStringLiteral("run"), QStringLiteral("show"), CliText::tr("Show one run with its log."),
            { Positional { QStringLiteral("RUN"), CliText::tr("The run's number.") } }, {}, true, showRun },
    };
}

} // namespace cairn::cli
