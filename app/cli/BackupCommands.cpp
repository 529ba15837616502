// cairn-cli job run NAME [--wait] and backup list [JOB]: runs a job in this process through the same
// RunManager the GUI uses (secrets read from the keychain first), and lists complete backups.
#include "backup/BackupRequestLoader.h"
#include "backup/RunManager.h"
#include "cli/CliCommand.h"
#include "secrets/SecretStore.h"
#include "ssh/SshLibrary.h"
#include "ssh/UntrustedText.h"
#include "store/BackupRepository.h"
#include "store/RestoreRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace cairn::cli {

namespace {

std::atomic_bool g_interrupted { false };

void onInterrupt(int)
{
    g_interrupted = true;
}

// Names and messages from the database reach the terminal escaped, never as raw control characters.
QString shown(const QString &text)
{
    return escapeUntrustedText(text.toUtf8(), 4096);
}

// The id of the job named on the command line, honouring --client; 0 with a sentence otherwise. (SQL
// rather than JobRepository: its record header cannot meet core/storage's StorageTarget yet.)
qint64 findJob(Invocation &in, const std::shared_ptr<Database> &db, const QString &name, QString *error)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "SELECT j.id FROM jobs j JOIN clients c ON c.id = j.client_id WHERE j.name = ? COLLATE "
        "NOCASE AND (? = '' OR c.name = ? COLLATE NOCASE)"));
    // Never a null string: SQL NULL would make "? = ''" false.
    const QString client = in.parser.value(QStringLiteral("client")) + QStringLiteral("");
    q.addBindValue(name);
    q.addBindValue(client);
    q.addBindValue(client);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    if (ids.size() == 1)
        return ids.first();
    *error = ids.isEmpty()
        ? CliText::tr("There is no job \"%1\"; run cairn-cli job list to see the jobs.").arg(shown(name))
        : CliText::tr("Several clients have a job \"%1\"; name the client with --client.").arg(shown(name));
    return 0;
}

class ProgressPrinter final {
public:
    ProgressPrinter(QTextStream &out, bool live)
        : m_out(out), m_live(live), m_tty(::isatty(STDOUT_FILENO) == 1)
    { }

    void phase(BackupPhase phase, qint64 read, qint64 uploaded, qint64 estimate)
    {
        if (!m_live)
            return;
        const bool changed = phase != m_phase;
        m_phase = phase;
        // A terminal gets one line redrawn; a log gets a line on each phase and every few seconds.
        if (!changed && m_last.isValid() && m_last.elapsed() < (m_tty ? 250 : 5000))
            return;
        m_last.start();
        const QLocale locale;
        QString line = backupPhaseName(phase);
        if (read > 0 || uploaded > 0)
            line += CliText::tr(": %1 read, %2 uploaded")
                        .arg(locale.formattedDataSize(read), locale.formattedDataSize(uploaded));
        if (estimate > 0 && read > 0)
            line += CliText::tr(" (about %1 % of %2)")
                        .arg(qMin<qint64>(99, read * 100 / estimate))
                        .arg(locale.formattedDataSize(estimate));
        if (m_tty)
            m_out << QLatin1Char('\r') << line.leftJustified(m_width) << Qt::flush;
        else
            m_out << line << Qt::endl;
        m_width = qMax(m_width, int(line.size()));
    }
    void log(const QString &line)
    {
        if (!m_live)
            return;
        endLine();
        m_out << line << Qt::endl;
    }
    void endLine()
    {
        if (m_tty && m_width > 0) {
            m_out << Qt::endl;
            m_width = 0;
        }
    }

private:
    QTextStream &m_out;
    bool m_live;
    bool m_tty;
    BackupPhase m_phase = BackupPhase::Queued;
    QElapsedTimer m_last;
    int m_width = 0;
};

int runJob(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    QString error;
    const qint64 jobId = findJob(in, db, in.positional.value(0), &error);
    if (!jobId)
        return in.fail(error);
    SshLibrary::initialize();

    // Secrets first, from the keychain, in this thread; the runner never reads the keychain.
    SecretStore secrets;
    BackupRequestLoader loader(db, &secrets);
    QEventLoop loop; // a command-line tool has no window to keep responsive: waiting here is fine
    QObject::connect(&loader, &BackupRequestLoader::finished, &loop, &QEventLoop::quit);
    loader.start(jobId);
    if (!loader.isFinished())
        loop.exec();
    if (!loader.ok())
        return in.fail(loader.errorString());
    BackupRequest request = loader.takeRequest();

    RunManager manager(db);
    ProgressPrinter printer(in.out, in.parser.isSet(QStringLiteral("wait")));
    // Uploads an earlier, interrupted run left in this bucket go first.
    if (manager.storagesWithLeftovers().contains(request.storageId)) {
        std::vector<LeftoverTarget> targets(1);
        targets[0].storageId = request.storageId;
        targets[0].target = request.target;
        targets[0].secret = request.storageSecret.clone();
        QObject::connect(
            &manager, &RunManager::leftoversAborted, &loop, [&](int uploads, const QStringList &) {
                if (uploads > 0)
                    printer.log(CliText::tr(
                        "Removed %n partial upload(s) an interrupted run left behind.", nullptr, uploads));
                loop.quit();
            });
        manager.abortLeftovers(std::move(targets));
        loop.exec();
    }

    BackupResult result;
    qint64 runId = 0;
    QObject::connect(&manager, &RunManager::runProgress, &loop,
        [&](qint64, BackupPhase phase, qint64 read, qint64 uploaded, qint64 estimate) {
            printer.phase(phase, read, uploaded, estimate);
        });
    QObject::connect(
        &manager, &RunManager::runLog, &loop, [&](qint64, const QString &line) { printer.log(line); });
    QObject::connect(&manager, &RunManager::runFinished, &loop, [&](qint64, const BackupResult &finished) {
        result = finished;
        loop.quit();
    });
    runId = manager.enqueue(std::move(request), &error);
    if (!runId)
        return in.fail(error);
    if (!in.parser.isSet(QStringLiteral("wait")))
        in.out << CliText::tr("Run %1 started.").arg(runId) << Qt::endl;

    // Ctrl-C cancels the run cleanly (the host removes its files, the upload is aborted).
    g_interrupted = false;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QTimer interrupts;
    QObject::connect(&interrupts, &QTimer::timeout, &loop, [&] {
        if (g_interrupted.exchange(false))
            manager.cancel(runId);
    });
    interrupts.start(200);
    loop.exec();
    interrupts.stop();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    printer.endLine();

    if (!result.succeeded()) {
        in.err << result.message << Qt::endl;
        if (!result.detail.isEmpty())
            in.err << CliText::tr("The server said: %1").arg(result.detail) << Qt::endl;
        return Failure;
    }
    in.out << result.message << Qt::endl;
    if (result.status == BackupResult::Status::SucceededWithWarnings) {
        for (const QString &warning : std::as_const(result.warnings))
            in.out << CliText::tr("warning: %1").arg(warning) << Qt::endl;
    }
    in.out << CliText::tr("Run %1: %2 stored; this computer received %3 from the server.")
                  .arg(runId)
                  .arg(QLocale().formattedDataSize(result.bytesStored),
                      QLocale().formattedDataSize(result.bytesToDesktop))
           << Qt::endl;
    return Success;
}

int listBackups(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const QString jobName = in.positional.value(0);
    QList<BackupRecord> backups;
    StoreError storeError;
    if (jobName.isEmpty())
        backups = BackupRepository(db).list(0, 0, false, &storeError);
    else
        backups = BackupRepository(db).listByJobName(jobName, 0, &storeError);
    if (storeError)
        return in.fail(storeError.message);
    const QHash<qint64, BackupVerification> verified = RestoreRepository(db).verifications();
    // "verified 2026-11-29T12:00:00Z" or "verify FAILED ..." after the object, when known.
    const auto verifiedText = [&verified](qint64 id) {
        const BackupVerification v = verified.value(id);
        if (!v.verifiedAt.isValid())
            return QString();
        return v.ok ? CliText::tr("  (verified %1)").arg(v.verifiedAt.toString(Qt::ISODate))
                    : CliText::tr("  (verify FAILED %1)").arg(v.verifiedAt.toString(Qt::ISODate));
    };
    if (in.json) {
        QJsonArray array;
        for (const BackupRecord &b : backups) {
            const BackupVerification v = verified.value(b.id);
            QJsonObject row { { QStringLiteral("id"), b.id }, { QStringLiteral("run"), b.runId },
                { QStringLiteral("job"), b.jobName }, { QStringLiteral("server"), b.serverName },
                { QStringLiteral("kind"), b.kind },
                { QStringLiteral("created"), b.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("size"), b.size }, { QStringLiteral("source_bytes"), b.sourceBytes },
                { QStringLiteral("sha256"), b.sha256 }, { QStringLiteral("compression"), b.compression },
                { QStringLiteral("parts"), b.parts }, { QStringLiteral("part_size"), b.partSize },
                { QStringLiteral("warnings"), b.warnings }, { QStringLiteral("object_key"), b.objectKey },
                { QStringLiteral("side_key"), b.sideKey },
                { QStringLiteral("manifest_key"), b.manifestKey } };
            row.insert(QStringLiteral("verified_at"),
                v.verifiedAt.isValid() ? QJsonValue(v.verifiedAt.toString(Qt::ISODate)) : QJsonValue());
            row.insert(QStringLiteral("verify_ok"), v.verifiedAt.isValid() ? QJsonValue(v.ok) : QJsonValue());
            row.insert(QStringLiteral("drilled_at"),
                v.drilledAt.isValid() ? QJsonValue(v.drilledAt.toString(Qt::ISODate)) : QJsonValue());
            array.append(row);
        }
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (backups.isEmpty()) {
        in.out << CliText::tr("No backups yet; run a job with: cairn-cli job run NAME --wait") << Qt::endl;
        return Success;
    }
    const QLocale locale;
    in.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                  .arg(CliText::tr("ID"), 5)
                  .arg(CliText::tr("JOB"), -20)
                  .arg(CliText::tr("CREATED (UTC)"), -20)
                  .arg(CliText::tr("SIZE"), 10)
                  .arg(CliText::tr("OBJECT"));
    for (const BackupRecord &b : backups)
        in.out << QStringLiteral("%1  %2  %3  %4  %5%6%7\n")
                      .arg(b.id, 5)
                      .arg(shown(b.jobName), -20)
                      .arg(b.createdAt.toString(Qt::ISODate), -20)
                      .arg(locale.formattedDataSize(b.size), 10)
                      .arg(shown(b.objectKey))
                      .arg(
                          b.warnings == 0 ? QString() : CliText::tr("  (%n warning(s))", nullptr, b.warnings))
                      .arg(verifiedText(b.id));
    in.out.flush();
    return Success;
}

} // namespace

QList<Command> backupCommands()
{
    const QCommandLineOption client(QStringList { QStringLiteral("client") },
        CliText::tr("The client (needed when names repeat across clients)."), CliText::tr("name"));
    return {
        Command { QStringLiteral("job"), QStringLiteral("run"),
            CliText::tr("Run a job now, in this process; exit 0 only when the backup is complete."),
            { Positional { QStringLiteral("NAME"), CliText::tr("The job's name.") } },
            { QCommandLineOption(QStringList { QStringLiteral("wait") },
                  CliText::tr("Show live progress and the run's log on the terminal.")),
                client },
            false, runJob },
        Command { QStringLiteral("backup"), QStringLiteral("list"),
            CliText::tr("List complete backups, newest first."),
            { Positional { QStringLiteral("JOB"), CliText::tr("Only this job's backups."), true } }, {}, true,
            listBackups },
    };
}

} // namespace cairn::cli
