// cairn-cli restore, verify, backup link and backup import: restores and verifies run in this
// process through the same RunManager the GUI uses (secrets read from the keychain first); link
// presigns a GET for a person (DownloadLink); import rebuilds the catalogue from the manifests in a
// bucket (BackupImporter). The Backups page uses the same two core pieces.
#include "backup/RunManager.h"
#include "cli/AskAgain.h"
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "restore/BackupImporter.h"
#include "restore/DownloadLink.h"
#include "restore/RestoreRequestLoader.h"
#include "restore/RestoreTarget.h"
#include "secrets/SecretStore.h"
#include "ssh/SshLibrary.h"
#include "ssh/UntrustedText.h"
#include "storage/S3Client.h"
#include "storage/StorageTargetStore.h"
#include "store/StorageRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace cairn::cli {

namespace {

std::atomic_bool g_interrupted { false };

void onInterrupt(int)
{
    g_interrupted = true;
}

QString shown(const QString &text)
{
    return escapeUntrustedText(text.toUtf8(), 4096);
}

// The backup named by its id (as backup list shows it); nullopt after printing why not.
std::optional<BackupRecord> findBackup(Invocation &in, const std::shared_ptr<Database> &db)
{
    bool number = false;
    const qint64 id = in.positional.value(0).toLongLong(&number);
    const auto backup = number ? BackupRepository(db).find(id) : std::nullopt;
    if (!backup || !backup->isComplete()) {
        in.fail(CliText::tr("There is no backup %1; run cairn-cli backup list to see the backups' ids.")
                    .arg(shown(in.positional.value(0))));
        return std::nullopt;
    }
    return backup;
}

// --server NAME within the backup's client; 0 without the option, -1 after printing why not.
qint64 findServer(Invocation &in, const std::shared_ptr<Database> &db, const BackupRecord &backup)
{
    const QString name = in.parser.value(QStringLiteral("server"));
    if (name.isEmpty())
        return 0;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT id FROM servers WHERE client_id = ? AND name = ? COLLATE NOCASE"));
    q.addBindValue(backup.clientId);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    in.fail(
        CliText::tr("The backup's client has no server \"%1\"; run cairn-cli server list to see its servers.")
            .arg(shown(name)));
    return -1;
}

std::optional<RestoreRequest> loadRequest(Invocation &in, const std::shared_ptr<Database> &db,
    qint64 backupId, qint64 serverId, RestoreRequest::Mode mode)
{
    SshLibrary::initialize();
    SecretStore secrets;
    RestoreRequestLoader loader(db, &secrets);
    QEventLoop loop; // a command-line tool has no window to keep responsive: waiting here is fine
    QObject::connect(&loader, &RestoreRequestLoader::finished, &loop, &QEventLoop::quit);
    loader.start(backupId, serverId, mode);
    if (!loader.isFinished())
        loop.exec();
    if (!loader.ok()) {
        in.fail(loader.errorString());
        return std::nullopt;
    }
    return loader.takeRequest();
}

int runRestore(Invocation &in, const std::shared_ptr<Database> &db, RestoreRequest request)
{
    const bool live = in.parser.isSet(QStringLiteral("wait"));
    RunManager manager(db);
    QEventLoop loop;
    RestoreResult result;
    QObject::connect(&manager, &RunManager::restoreLog, &loop, [&](qint64, const QString &line) {
        if (live)
            in.out << line << Qt::endl;
    });
    QObject::connect(
        &manager, &RunManager::restoreFinished, &loop, [&](qint64, const RestoreResult &finished) {
            result = finished;
            loop.quit();
        });
    QString error;
    const qint64 id = manager.enqueueRestore(std::move(request), &error);
    if (!id)
        return in.fail(error);
    // Ctrl-C cancels cleanly: the host removes its staging folder and the target stays as it was.
    g_interrupted = false;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QTimer interrupts;
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (g_interrupted.exchange(false))
            manager.cancelRestore(id);
    });
    interrupts.start(200);
    loop.exec();
    interrupts.stop();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!result.succeeded()) {
        in.err << result.message << Qt::endl;
        if (!result.detail.isEmpty())
            in.err << CliText::tr("The server said: %1").arg(result.detail) << Qt::endl;
        return Failure;
    }
    in.out << result.message << Qt::endl;
    in.out << CliText::tr("This computer received %1 from the server.")
                  .arg(QLocale().formattedDataSize(result.bytesToDesktop))
           << Qt::endl;
    return Success;
}

int restoreBackup(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto backup = findBackup(in, db);
    if (!backup)
        return Failure;
    const qint64 serverId = findServer(in, db, *backup);
    if (serverId < 0)
        return Failure;
    const QString to = in.parser.value(QStringLiteral("to"));
    const QString database = in.parser.value(QStringLiteral("database"));
    const bool over = in.parser.isSet(QStringLiteral("over-original"));
    if (int(!to.isEmpty()) + int(!database.isEmpty()) + int(over) != 1)
        return in.usage(
            CliText::tr("Say where to restore to with exactly one of --to DIR, --database NAME or "
                        "--over-original."));
    // Replacing the original data is the restore that can destroy: with the lock on, ask again first.
    if (over && !askAgain(in, db, QStringLiteral("restore.over_original backup %1").arg(backup->id)))
        return Failure;
    const bool isDatabase = !database.isEmpty() || (over && backup->kind != QLatin1String("files"));
    auto request = loadRequest(in, db, backup->id, serverId,
        isDatabase ? RestoreRequest::Mode::Database : RestoreRequest::Mode::Files);
    if (!request)
        return Failure;
    if (isDatabase && over) {
        // Over the original database: the same typed confirmation as over the original folder.
        if (const QString problem
            = RestoreTarget::setOverOriginalDatabase(*request, in.parser.value(QStringLiteral("confirm")));
            !problem.isEmpty())
            return in.fail(problem);
    } else if (isDatabase) {
        request->databaseName = database;
    } else if (over) {
        if (const QString problem
            = RestoreTarget::setOverOriginal(*request, in.parser.value(QStringLiteral("confirm")));
            !problem.isEmpty())
            return in.fail(problem);
    } else {
        request->destination = to;
    }
    // tar names members without the leading '/'; people often type it.
    for (const QString &member : in.parser.values(QStringLiteral("member")))
        request->members << RestoreTarget::memberName(member);
    return runRestore(in, db, std::move(*request));
}

int verifyBackup(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto backup = findBackup(in, db);
    if (!backup)
        return Failure;
    const qint64 serverId = findServer(in, db, *backup);
    if (serverId < 0)
        return Failure;
    const bool drill = in.parser.isSet(QStringLiteral("drill"));
    auto request = loadRequest(
        in, db, backup->id, serverId, drill ? RestoreRequest::Mode::Drill : RestoreRequest::Mode::Verify);
    if (!request)
        return Failure;
    return runRestore(in, db, std::move(*request));
}

// The storage's client target and its secret from the keychain.
std::unique_ptr<S3Client> clientFor(
    Invocation &in, const std::shared_ptr<Database> &db, const StorageTarget &storage)
{
    StorageTargetStore store(db);
    SecretJob *job = store.readSecret(storage);
    job->waitForFinished();
    job->deleteLater();
    if (!job->ok()) {
        in.fail(job->errorString());
        return nullptr;
    }
    const SecureBytes secret = job->takeData();
    auto client = std::make_unique<S3Client>(StorageTargetStore::toS3(storage), SigningSecret(secret.view()));
    if (!client->isValid()) {
        in.fail(client->errorString());
        return nullptr;
    }
    return client;
}

int linkBackup(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const auto backup = findBackup(in, db);
    if (!backup)
        return Failure;
    bool number = false;
    const qint64 expires = in.parser.value(QStringLiteral("expires")).toLongLong(&number);
    if (!number)
        return in.usage(CliText::tr("Give the link's lifetime in seconds with --expires, 900 to 604800."));
    const auto storage = StorageRepository(db).findById(backup->storageId);
    if (!storage)
        return in.fail(
            CliText::tr("The storage that holds this backup is no longer configured; add it again."));
    auto client = clientFor(in, db, *storage);
    if (!client)
        return Failure;
    const DownloadLink link = DownloadLink::create(*backup, *client, expires);
    if (!link.isValid())
        return in.fail(link.error);
    in.out << CliText::tr("Download link, valid until %1 UTC (anyone with it can read the archive):")
                  .arg(link.expiresAt.toString(Qt::ISODate))
           << Qt::endl
           << link.url << Qt::endl;
    for (const DownloadLinkStep &step : link.steps)
        in.out << Qt::endl
               << step.explanation << Qt::endl
               << QStringLiteral("  ") << step.command << Qt::endl;
    return Success;
}

int importBackups(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const QString name = in.positional.value(0);
    StorageRepository storages(db);
    QList<StorageTarget> found;
    if (!in.parser.value(QStringLiteral("client")).isEmpty()) {
        const auto client = ClientChoice::resolve(in, db, CliText::tr("storage target"));
        if (!client)
            return Failure;
        if (auto target = storages.find(client->id, name))
            found << *target;
    } else {
        found = storages.findByName(name);
    }
    if (found.size() != 1)
        return in.fail(found.isEmpty()
                ? CliText::tr("There is no storage target named \"%1\"; see cairn-cli storage list.")
                      .arg(shown(name))
                : CliText::tr(
                    "Several clients have a storage target named \"%1\"; name the client with --client.")
                      .arg(shown(name)));
    const StorageTarget storage = found.first();

    SecretStore secrets;
    BackupImporter importer(db, &secrets);
    QEventLoop loop; // a command-line tool has no window to keep responsive: waiting here is fine
    QObject::connect(&importer, &BackupImporter::finished, &loop, &QEventLoop::quit);
    importer.start(storage.id);
    if (importer.isRunning())
        loop.exec();
    const BackupImportOutcome &outcome = importer.outcome();
    if (!outcome.error.isEmpty())
        return in.fail(outcome.error);
    // Two counts, two numerus messages: "%2" is the sentence's second half with its own plural.
    in.out << CliText::tr("Imported %n backup(s) from %1; %2.", nullptr, outcome.imported)
                  .arg(shown(storage.name),
                      CliText::tr("%n were already known", nullptr, outcome.alreadyKnown))
           << Qt::endl;
    for (const QString &line : outcome.skipped)
        in.err << CliText::tr("skipped: %1").arg(line) << Qt::endl;
    return outcome.skipped.isEmpty() ? Success : Failure;
}

} // namespace

QList<Command> restoreCommands()
{
    const QCommandLineOption server(QStringList { QStringLiteral("server") },
        CliText::tr("The server to restore to (default: the one the backup came from)."),
        CliText::tr("name"));
    const QCommandLineOption wait(
        QStringList { QStringLiteral("wait") }, CliText::tr("Show the run's log on the terminal."));
    const Positional backup { QStringLiteral("BACKUP"),
        CliText::tr("The backup's id (see cairn-cli backup list).") };
    return {
        Command { QStringLiteral("restore"), QString(),
            CliText::tr("Restore a backup into a new folder or database; exit 0 only when it is complete."),
            { backup },
            { server, wait,
                QCommandLineOption(QStringList { QStringLiteral("to") },
                    CliText::tr("A new (or empty) folder on the server to restore into."),
                    CliText::tr("dir")),
                QCommandLineOption(QStringList { QStringLiteral("member") },
                    CliText::tr("Only this file or folder, as the backup's index names it (repeatable)."),
                    CliText::tr("path")),
                QCommandLineOption(QStringList { QStringLiteral("over-original") },
                    CliText::tr(
                        "Replace the original folder or database (needs --confirm with the server's name).")),
                QCommandLineOption(QStringList { QStringLiteral("confirm") },
                    CliText::tr("The server's name, typed to confirm --over-original."), CliText::tr("name")),
                QCommandLineOption(QStringList { QStringLiteral("database") },
                    CliText::tr("A new database to load a database backup into."), CliText::tr("name")) },
            false, restoreBackup },
        Command { QStringLiteral("verify"), QString(),
            CliText::tr("Download a backup on a server and check its size and SHA-256 against its manifest."),
            { backup },
            { server, wait,
                QCommandLineOption(QStringList { QStringLiteral("drill") },
                    CliText::tr("A restore drill: also unpack into a scratch folder (or load into a scratch "
                                "database), check it against the manifest and delete it.")) },
            false, verifyBackup },
        Command { QStringLiteral("backup"), QStringLiteral("link"),
            CliText::tr("Print a download link for a backup and the commands that restore it by hand."),
            { backup },
            { QCommandLineOption(QStringList { QStringLiteral("expires") },
                CliText::tr("How long the link works, in seconds (900 to 604800)."), CliText::tr("seconds"),
                QStringLiteral("86400")) },
            false, linkBackup },
        Command { QStringLiteral("backup"), QStringLiteral("import"),
            CliText::tr("Add the backups a storage target holds that this database does not know yet."),
            { Positional { QStringLiteral("STORAGE"), CliText::tr("The storage target's name.") } },
            { QCommandLineOption(QStringList { QStringLiteral("client") },
                CliText::tr("The client (needed when names repeat across clients)."), CliText::tr("name")) },
            false, importBackups },
    };
}

} // namespace cairn::cli
