#include "restore/RestoreRun.h"

#include "backup/RemoteMessage.h"
#include "backup/RemoteScriptSession.h"
#include "backup/TableRowCounts.h"
#include "restore/RestoreScript.h"
#include "ssh/UntrustedText.h"
#include "storage/S3Client.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/RestoreRepository.h"
#include "util/Sentence.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <climits>

namespace cairn {

namespace {

constexpr int kMaxLoggedStderrLines = 100;
constexpr qint64 kProgressIntervalMs = 100;

bool hasDotDot(const QString &path)
{
    return (QLatin1Char('/') + path + QLatin1Char('/')).contains(QLatin1String("/../"));
}

} // namespace

// The desktop's side of one run, on its worker thread: the SSH session, the URL and the
// conversation with restore.sh (see the protocol at the top of that script).
class RestoreRun::Conversation final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RestoreRun)

public:
    explicit Conversation(RestoreRun &run)
        : m_run(run)
        , m_request(run.m_request)
        , m_server(run.m_request.serverName)
        , m_job(run.m_request.backup.jobName)
        , m_session(run.m_cancel, run.m_cancelAtMs,
              {
                  .idleTimeoutMs = 1000LL * run.m_request.options.idleTimeoutSeconds,
                  .cancelGraceMs = 1000LL * run.m_request.options.cancelGraceSeconds,
                  .maxLoggedStderrLines = kMaxLoggedStderrLines,
              },
              {
                  .message = [this](const RemoteMessage &message) { handle(message); },
                  .log = [this](const QString &line, const QString &) { log(line); },
                  .secrets = [this] { return secrets(); },
                  .lineTooLong =
                      [this] {
                          fail(tr("The restore script on %1 broke Cairn's rules (a line too long), so Cairn "
                                  "stopped it; run the restore again.")
                                   .arg(m_server));
                      },
                  .keyUnreadable =
                      [this](const QString &reason) {
                          return tr(
                              "The SSH key for %1 could not be read from the keychain (%2); generate or "
                              "import it again.")
                              .arg(m_server, reason);
                      },
              })
    { }

    ~Conversation() { SecureBytes::wipe(m_url); }

    RestoreResult execute();

private:
    bool check();
    bool connectToServer();
    bool runScript();
    void handle(const RemoteMessage &m);
    bool checkRowCounts();
    void logPhase(QByteArrayView phase);
    void fail(const QString &sentence) { m_session.fail(sentence); }
    void log(const QString &line);
    QString remoteFailureSentence();
    QList<QByteArrayView> secrets() const;

    RestoreRun &m_run;
    RestoreRequest &m_request;
    QString m_server;
    QString m_job;
    RestoreResult m_result;
    RemoteScriptSession m_session;

    QByteArray m_url;
    bool m_helloSeen = false;
    bool m_done = false;
    QElapsedTimer m_sinceProgress;
    // Database drill: the rows of each table the scratch database holds (ROWS lines).
    QMap<QString, qint64> m_restoredRows;
};

RestoreRun::RestoreRun(qint64 restoreId, RestoreRequest request, QObject *parent)
    : QObject(parent)
    , m_restoreId(restoreId)
    , m_hostIdentity(request.hostIdentity())
    , m_request(std::move(request))
    , m_hold(m_request.backup.id, m_request.database ? m_request.database->path() : QString())
{
    // RunManager owns the run and deletes it after finished(); the pool must not.
    setAutoDelete(false);
}

RestoreRun::~RestoreRun() = default;

void RestoreRun::cancel()
{
    if (!m_cancel.exchange(true))
        m_cancelAtMs = RemoteScriptSession::nowMs();
}

void RestoreRun::run()
{
    RestoreResult result;
    {
        Conversation conversation(*this);
        result = conversation.execute();
    }
    Q_EMIT finished(result);
}

QString RestoreRun::validate(const RestoreRequest &r)
{
    if (!r.backup.isComplete())
        return tr("This backup is being deleted or was deleted; choose another backup.");
    if (r.backup.sha256.size() != 64 || r.backup.objectKey.isEmpty())
        return tr("Cairn does not know this backup's checksum; import it from storage again.");
    if (r.mode == RestoreRequest::Mode::Files) {
        if (r.backup.kind != QLatin1String("files"))
            return tr("This backup holds a database; restore it into a database instead of a folder.");
        if (!r.destination.startsWith(QLatin1Char('/')) || hasDotDot(r.destination)
            || r.destination.contains(QChar(0)))
            return tr("The target folder must be an absolute path without \"..\"; for example /srv/restore.");
        if (r.archiveRoot.startsWith(QLatin1Char('/')) || hasDotDot(r.archiveRoot))
            return tr("The folder to restore must be named as in the file index, without a leading \"/\".");
        for (const QString &member : r.members) {
            if (member.isEmpty() || member.contains(QChar(0)))
                return tr(
                    "A file chosen to restore has an empty or invalid name; choose it from the index again.");
        }
        for (const QByteArray &member : r.memberBytes) {
            if (member.isEmpty() || member.contains('\0'))
                return tr(
                    "A file chosen to restore has an empty or invalid name; choose it from the index again.");
        }
        if (r.overOriginal && r.confirmation != r.serverName)
            return tr(
                "Restoring over %1 on %2 replaces what is there now; type the server's name (%2) to confirm.")
                .arg(r.destination, r.serverName);
    }
    if (r.isDatabaseDrill()) {
        if (r.backup.kind != QLatin1String("mysql") && r.backup.kind != QLatin1String("postgres"))
            return tr("Cairn cannot drill a backup of this kind; verify it instead.");
        static const QRegularExpression scratchName(QStringLiteral("^cairn_drill_[0-9a-f]{8,32}$"));
        if (!scratchName.match(r.databaseName).hasMatch())
            return tr(
                "A restore drill loads into a scratch database Cairn names itself; start the drill again.");
        const QJsonArray databases = QJsonDocument::fromJson(r.backup.manifestJson)
                                         .object()
                                         .value(QStringLiteral("source"))
                                         .toObject()
                                         .value(QStringLiteral("databases"))
                                         .toArray();
        if (r.sourceDatabase.isEmpty() || databases.size() != 1)
            return tr("A restore drill checks backups of one database; verify this backup instead.");
    } else if (r.mode == RestoreRequest::Mode::Drill) {
        if (!r.destination.isEmpty()
            && (!r.destination.startsWith(QLatin1Char('/')) || hasDotDot(r.destination)))
            return tr("The scratch folder must be an absolute path without \"..\"; for example /var/tmp.");
    }
    if (r.mode == RestoreRequest::Mode::Database) {
        if (r.backup.kind != QLatin1String("mysql") && r.backup.kind != QLatin1String("postgres"))
            return tr("This backup holds files; restore it into a folder instead of a database.");
        if (r.databaseName.trimmed().isEmpty() || r.databaseName.contains(QChar(0)))
            return tr("Name the new database to restore into.");
        if (r.sourceDatabase.isEmpty())
            return tr("The backup's manifest does not name its database; restore it by hand as the README "
                      "describes.");
        if (r.overOriginal) {
            if (r.databaseName != r.sourceDatabase)
                return tr("Cairn restores over a database only over the one the backup was made of (%1); "
                          "choose a new database for any other name.")
                    .arg(r.sourceDatabase);
            if (r.confirmation != r.serverName)
                return tr(
                    "Restoring over the database %1 on %2 replaces what is there now; type the server's "
                    "name (%2) to confirm.")
                    .arg(r.databaseName, r.serverName);
        }
    }
    return {};
}

QList<QByteArrayView> RestoreRun::Conversation::secrets() const
{
    QList<QByteArrayView> list;
    for (const SecureBytes *secret :
        { &m_request.storageSecret, &m_request.passphrase, &m_request.databasePassword })
        if (!secret->isEmpty())
            list << secret->view();
    return list;
}

void RestoreRun::Conversation::log(const QString &line)
{
    Q_EMIT m_run.logLine(line);
}

RestoreResult RestoreRun::Conversation::execute()
{
    RestoreRepository repository(m_request.database);
    repository.started(m_run.m_restoreId);
    const bool verifying = m_request.mode == RestoreRequest::Mode::Verify;
    log(verifying ? tr("Verifying the backup of %1 on %2.").arg(m_job, m_server)
                  : tr("Restoring the backup of %1 to %2.").arg(m_job, m_server));
    m_session.startWatchdog();

    const bool ok = check() && connectToServer() && runScript();

    m_session.stopWatchdog();
    m_session.disconnect();

    if (ok) {
        m_result.status = RestoreResult::Status::Succeeded;
        const QString size = QLocale().formattedDataSize(m_result.bytes);
        switch (m_request.mode) {
        case RestoreRequest::Mode::Verify:
            m_result.message = tr("The backup of %1 is intact: %2 checked on %3 against its manifest.")
                                   .arg(m_job, size, m_server);
            break;
        case RestoreRequest::Mode::Files:
            m_result.restoredTo = m_request.destination;
            m_result.message = tr("The backup of %1 was restored to %2 on %3.")
                                   .arg(m_job, m_request.destination, m_server);
            break;
        case RestoreRequest::Mode::Drill:
            m_result.message = m_request.isDatabaseDrill()
                ? tr("The restore drill of %1 passed on %2: the dump loaded into a scratch database with %n "
                     "table(s) as recorded, and the scratch database was dropped.",
                    nullptr, int(qMin<qint64>(m_result.tables, INT_MAX)))
                      .arg(m_job, m_server)
                : tr("The restore drill of %1 passed on %2: %n entries unpacked as recorded, and the "
                     "scratch copy was deleted.",
                    nullptr, int(qMin<qint64>(m_result.files, INT_MAX)))
                      .arg(m_job, m_server);
            break;
        case RestoreRequest::Mode::Database:
            m_result.restoredTo = m_request.databaseName;
            m_result.message = m_request.overOriginal
                ? tr("The backup of %1 replaced the database %2 on %3, and its previous contents were "
                     "dropped.")
                      .arg(m_job, m_request.databaseName, m_server)
                : tr("The backup of %1 was restored into the database %2 on %3.")
                      .arg(m_job, m_request.databaseName, m_server);
            break;
        }
    } else if (!m_session.failure().isEmpty()) {
        m_result.status = RestoreResult::Status::Failed;
        m_result.message = m_session.failure();
    } else if (m_run.m_cancel.load()) {
        m_result.status = RestoreResult::Status::Cancelled;
        m_result.message = verifying ? tr("The verification was cancelled.")
                                     : tr("The restore was cancelled; the target was left as it was.");
    } else {
        m_result.status = RestoreResult::Status::Failed;
        m_result.message = tr("The restore of %1 failed; run it again.").arg(m_job);
    }
    if (!ok)
        m_result.detail = m_session.stderrDetail();

    // A complete download that matched, or one that proved the archive changed or gone, is a
    // verification; a cancel or a lost connection says nothing about the backup.
    if (m_request.backup.id > 0 && (ok || m_result.integrityFailed))
        repository.setVerified(m_request.backup.id, ok, QDateTime::currentDateTimeUtc());
    if (ok && m_request.mode == RestoreRequest::Mode::Drill && m_request.backup.id > 0)
        repository.setDrilled(m_request.backup.id, QDateTime::currentDateTimeUtc());
    repository.finished(m_run.m_restoreId, m_result.statusName(), m_result.bytes, m_result.bytesToDesktop,
        m_result.message, m_result.detail);
    if (ok || m_session.failure().isEmpty())
        log(m_result.message);

    m_request.sshPrivateKey.clear();
    m_request.storageSecret.clear();
    m_request.passphrase.clear();
    m_request.databasePassword.clear();
    return m_result;
}

bool RestoreRun::Conversation::check()
{
    if (const QString problem = RestoreRun::validate(m_request); !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    // Read again: retention may have started deleting it since the request was made.
    if (const auto now = BackupRepository(m_request.database).find(m_request.backup.id);
        m_request.backup.id > 0 && now && !now->isComplete()) {
        fail(tr("This backup is being deleted or was deleted; choose another backup."));
        return false;
    }
    bool encrypted = false;
    int iterations = 0;
    QString error;
    if (!RestoreScript::readEncryption(m_request.backup.manifestJson, &encrypted, &iterations, &error)) {
        fail(error);
        return false;
    }
    if (encrypted && m_request.passphrase.isEmpty()) {
        fail(tr("The backup of %1 is encrypted and Cairn has no key for it; import the client's recovery kit "
                "and try again.")
                 .arg(m_job));
        return false;
    }
    if (m_request.hostKey.isNull()) {
        fail(tr("Cairn has not trusted a host key for %1 yet; check and trust the server's key first.")
                 .arg(m_server));
        return false;
    }
    return !m_run.m_cancel.load();
}

bool RestoreRun::Conversation::connectToServer()
{
    if (!m_session.connect(m_request.endpoint, m_request.hostKey, m_request.sshPrivateKey))
        return false;
    return !m_run.m_cancel.load();
}

bool RestoreRun::Conversation::runScript()
{
    S3Client s3(m_request.target, SigningSecret(m_request.storageSecret.view()));
    if (!s3.isValid()) {
        fail(s3.errorString());
        return false;
    }
    PresignedUrl url
        = s3.presigner().presignGet(m_request.backup.objectKey, m_request.options.urlExpirySeconds);
    if (m_request.options.presignHook)
        m_request.options.presignHook(url);
    if (!url.isValid()) {
        fail(url.error.isEmpty()
                ? tr("Cairn could not sign a download URL for %1; check the storage settings.")
                      .arg(m_request.storageName)
                : url.error);
        return false;
    }
    m_url = url.url.toEncoded();

    const std::optional<SshExecResult> ran = m_session.runScript(RestoreScript::script());
    SecureBytes::wipe(m_url);
    if (!ran)
        return false;
    const SshExecResult &result = *ran;

    m_result.bytesToDesktop += result.stdoutBytes + result.stderrBytes;
    if (!m_session.remoteCode().isEmpty() && m_session.remoteCode() != "cancelled") {
        fail(remoteFailureSentence());
        return false;
    }
    // A cancel that arrived after the host finished (DONE) did not stop anything: the target was
    // replaced, and saying "left as it was" would be false.
    if (!m_session.failure().isEmpty() || (m_run.m_cancel.load() && !m_done))
        return false;
    if (m_session.idleAborted()) {
        fail(tr(
            "%1 stopped answering during the restore; check the server and the network, then run it again.")
                 .arg(m_server));
        return false;
    }
    if (!m_done) {
        if (!result.ok() && result.error.kind != SshErrorKind::CommandFailed)
            fail(tr(
                "The connection to %1 was lost during the restore (%2); check the network and run it again.")
                     .arg(m_server, lowerFirst(result.error.message)));
        else
            fail(tr(
                "The restore script on %1 ended without finishing; run it again, and check the server's log "
                "if it happens again.")
                     .arg(m_server));
        return false;
    }
    return true;
}

void RestoreRun::Conversation::handle(const RemoteMessage &m)
{
    using Type = RemoteMessage::Type;
    const auto broken = [this](const QString &what) {
        fail(tr(
            "The restore script on %1 broke Cairn's rules (%2), so Cairn stopped it; run the restore again.")
                 .arg(m_server, what));
    };
    switch (m.type) {
    case Type::Hello: {
        if (m.number != RestoreScript::kProtocolVersion || m_helloSeen) {
            broken(tr("protocol version %1").arg(m.number));
            return;
        }
        m_helloSeen = true;
        const SecureBytes parameters = RestoreScript::parameters(m_request, m_url);
        m_session.write(parameters.view());
        SecureBytes::wipe(m_url);
        return;
    }
    case Type::Info:
        if (m.token == "files")
            m_result.files = m.text.toLongLong();
        if (m.token == "phase") {
            logPhase(m.text);
            return;
        }
        if (m.token == "old-database-kept") {
            log(tr(
                "A database the restore no longer needs could not be dropped and is kept as %1 on %2; drop "
                "it by hand once you have checked the restored one.")
                    .arg(escapeUntrustedText(m.text, 200), m_server));
            return;
        }
        log(QString::fromLatin1(m.token) + QStringLiteral(": ") + escapeUntrustedText(m.text, 200));
        return;
    case Type::Progress:
        if (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= kProgressIntervalMs) {
            m_sinceProgress.start();
            Q_EMIT m_run.progress(m.a, m_request.backup.size);
        }
        return;
    case Type::Done:
        // The host checked size and SHA-256 before it moved anything; the desktop checks its word.
        if (m.a != m_request.backup.size || QString::fromLatin1(m.token) != m_request.backup.sha256) {
            broken(tr("a result that does not match the manifest"));
            return;
        }
        // A drill also checks that the archive unpacked to exactly the tar stream the backup wrote.
        if (m_request.mode == RestoreRequest::Mode::Drill && !m_request.isDatabaseDrill()
            && m_request.backup.sourceBytes > 0 && m.b != m_request.backup.sourceBytes) {
            fail(tr(
                "The restore drill of %1 unpacked %2 bytes but the backup recorded %3, so the backup is not "
                "what was written; make a new backup and check the server.")
                     .arg(m_job)
                     .arg(m.b)
                     .arg(m_request.backup.sourceBytes));
            return;
        }
        if (m_request.isDatabaseDrill() && !checkRowCounts())
            return;
        m_done = true;
        m_result.unpackedBytes = m.b;
        m_result.bytes = m.a;
        m_result.sha256 = QString::fromLatin1(m.token);
        Q_EMIT m_run.progress(m.a, m_request.backup.size);
        return;
    case Type::Rows:
        if (!m_request.isDatabaseDrill() || !m.b || m_restoredRows.size() >= 100000) {
            broken(tr("unexpected row counts"));
            return;
        }
        m_restoredRows.insert(QString::fromUtf8(m.token), m.a);
        return;
    case Type::Fail: // kept by the session
    case Type::Unknown:
        return;
    default:
        broken(tr("a malformed line"));
        return;
    }
}

// Over the original database: where the restore is, in the words the log shows.
void RestoreRun::Conversation::logPhase(QByteArrayView phase)
{
    const QString db = m_request.databaseName;
    if (phase == "staging")
        log(tr("Loading the dump into a staging database on %1; %2 stays as it is until the load and the "
               "checksum succeed.")
                .arg(m_server, db));
    else if (phase == "swapping")
        log(tr("The dump loaded and the checksum matched; replacing %1 with the restored copy.").arg(db));
    else if (phase == "dropping-old")
        log(tr("%1 now holds the restored copy; dropping its previous contents.").arg(db));
}

// The scratch database against the manifest: the same tables, each with the rows the dump held.
bool RestoreRun::Conversation::checkRowCounts()
{
    m_result.tables = m_restoredRows.size();
    const auto recorded
        = TableRowCounts::fromManifest(QJsonDocument::fromJson(m_request.backup.manifestJson).object());
    if (!recorded) {
        log(tr("The backup of %1 recorded no row counts, so the drill checked only that the dump loads.")
                .arg(m_job));
        return true;
    }
    if (const auto mismatch = TableRowCounts::compare(*recorded, m_restoredRows)) {
        const QString table = escapeUntrustedText(mismatch->table.toUtf8(), 200);
        using Kind = TableRowCounts::Mismatch::Kind;
        const QString what = mismatch->kind == Kind::Missing
            ? tr("the table %1 the backup recorded is missing").arg(table)
            : mismatch->kind == Kind::Unexpected
            ? tr("it holds a table %1 the backup did not record").arg(table)
            : tr("the table %1 holds %2 rows but the backup recorded %3")
                  .arg(table)
                  .arg(mismatch->restored)
                  .arg(mismatch->recorded);
        fail(tr("The restore drill of %1 loaded the dump but %2, so the backup does not hold what was "
                "dumped; make a new backup and check the database server.")
                 .arg(m_job, what));
        return false;
    }
    m_result.tablesCounted = recorded->countedTables();
    if (m_result.tablesCounted < recorded->tables.size()) {
        const int changed = int(recorded->tables.size() - m_result.tablesCounted);
        log(tr("%n table(s) changed while the backup ran, so only their presence was checked.", nullptr,
            changed));
    }
    return true;
}

QString RestoreRun::Conversation::remoteFailureSentence()
{
    const QString detail = m_session.remoteDetail();
    const QByteArray &code = m_session.remoteCode();
    const QString server = m_server;
    const QString storage = m_request.storageName;
    const bool verifying = m_request.mode == RestoreRequest::Mode::Verify;
    const QString untouched = verifying ? tr("the backup cannot be trusted") : tr("nothing was restored");
    if (code == "size") {
        m_result.integrityFailed = true;
        const QStringList words = detail.split(QLatin1Char(' '));
        return tr(
            "The archive in %1 is %2 bytes but its manifest says %3, so it is incomplete or was replaced "
            "and %4; restore an older backup and check the storage.")
            .arg(storage, words.value(0), words.value(1), untouched);
    }
    if (code == "checksum") {
        m_result.integrityFailed = true;
        return tr(
            "The archive in %1 does not match the SHA-256 in its manifest, so it was changed or damaged "
            "and %2; restore an older backup and check the storage.")
            .arg(storage, untouched);
    }
    if (code == "download") {
        if (detail.contains(QLatin1String("error: 404"))) {
            m_result.integrityFailed = true;
            return tr("%1 no longer has the archive of this backup, so %2; restore another backup.")
                .arg(storage, untouched);
        }
        return tr(
            "%1 could not download the archive from %2 (%3); check the server's connection to the storage "
            "and try again.")
            .arg(server, storage, detail);
    }
    bool encrypted = false;
    int iterations = 0;
    QString ignored;
    RestoreScript::readEncryption(m_request.backup.manifestJson, &encrypted, &iterations, &ignored);
    if ((code == "decrypt" || code == "decompress") && encrypted)
        return tr(
            "The archive could not be decrypted with the key Cairn has for it (%1), so nothing was restored; "
            "check that the client's key is the one the backup was made with.")
            .arg(detail);
    if (code == "decompress")
        return tr("The archive could not be decompressed on %1 (%2), so nothing was restored; check that the "
                  "server has zstd or gzip and free memory.")
            .arg(server, detail);
    if (code == "load" && m_request.isDatabaseDrill())
        return tr(
            "The restore drill could not load the dump into a scratch database on %1 (%2), so this backup "
            "may not be restorable there; check the database login, then make a new backup if it fails "
            "again.")
            .arg(server, detail);
    if (code == "count")
        return tr("The restore drill loaded the dump on %1 but could not count its tables' rows (%2); check "
                  "that the database login may read every table.")
            .arg(server, detail);
    if (code == "drop")
        return tr("The restore drill on %1 could not drop its scratch database %2; drop it by hand and check "
                  "that the database login may drop databases.")
            .arg(server, detail);
    const bool overDatabase = m_request.mode == RestoreRequest::Mode::Database && m_request.overOriginal;
    const QString db = m_request.databaseName;
    if (code == "load" && overDatabase)
        return tr("Loading the dump into a staging copy of %1 on %2 failed (%3); %1 was left as it was, so "
                  "check the database login and that the tables' owners exist, then try again.")
            .arg(db, server, detail);
    if (code == "database-missing")
        return tr("The database %1 does not exist on %2, so there is nothing to restore over; restore into a "
                  "new database instead.")
            .arg(db, server);
    if (code == "database-in-use")
        return tr("%n session(s) are using database %1 on %2; stop the applications that use it and restore "
                  "again.",
            nullptr, detail.toInt())
            .arg(db, server);
    if (code == "swap")
        return tr(
            "%1 on %2 could not be replaced with the restored copy (%3); %1 was left as it was, so check "
            "that the database login may rename databases and try again.")
            .arg(db, server, detail);
    if (code == "safety-dump")
        return tr(
            "Cairn could not take a safety copy of %1 on %2 before replacing it (%3); %1 was left as it "
            "was, so check the database login and the free space in /tmp.")
            .arg(db, server, detail);
    if (code == "swap-rolled-back")
        return tr(
            "Loading the restored copy into %1 on %2 failed (%3), so Cairn put the original contents back "
            "from its safety copy; check the database server's log and try again.")
            .arg(db, server, detail);
    if (code == "swap-failed")
        return tr("Loading the restored copy into %1 on %2 failed (%3) and so did putting the original back; "
                  "its safety copy is kept in %4, so check the database server now and load it by hand.")
            .arg(db, server, detail.section(QLatin1Char(' '), 1), detail.section(QLatin1Char(' '), 0, 0));
    if (code == "load")
        return m_request.mode == RestoreRequest::Mode::Database
            ? tr("Loading the dump into %1 on %2 failed (%3); the new database was removed, so check the "
                 "login "
                 "and try again.")
                  .arg(m_request.databaseName, server, detail)
            : tr(
                "tar could not extract the archive on %1 (%2), so nothing was restored; check the free space "
                "and the names you chose.")
                  .arg(server, detail);
    if (code == "target-exists")
        return tr("%1 already exists on %2; choose a new folder, or confirm restoring over it with the "
                  "server's name.")
            .arg(detail, server);
    if (code == "target-parent")
        return tr("The folder %1 does not exist on %2; create it first or choose another target.")
            .arg(detail, server);
    if (code == "target-write")
        return tr("Cairn cannot write in %1 on %2; choose a folder the SSH user may write to.")
            .arg(detail, server);
    if (code == "database-exists")
        return tr("The database %1 already exists on %2; choose a new name.").arg(detail, server);
    if (code == "database")
        return tr("Cairn could not prepare the database on %1 (%2); check the database login.")
            .arg(server, detail);
    if (code == "move")
        return tr(
            "The restored files could not be moved into place on %1 (%2); the target was left as it was.")
            .arg(server, detail);
    if (code == "not-in-archive")
        return tr("The archive holds no folder %1; choose a folder from the backup's index.").arg(detail);
    if (code == "missing-tool")
        return tr("%1 is not installed on %2; install it and try again.").arg(detail, server);
    if (code == "temp")
        return tr("Cairn could not use the temporary folder on %1 (%2); check that /tmp is writable.")
            .arg(server, detail);
    return tr("The restore script on %1 stopped unexpectedly (%2); run it again, and check the server if it "
              "happens again.")
        .arg(server, detail);
}

} // namespace cairn
