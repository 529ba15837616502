// cairn-cli job schedule, schedule list, status, daemon, and client webhook|ping: when jobs run,
// how they are doing, the headless scheduler, and who hears about failures.
#include "backup/RunManager.h"
#include "cli/CliCommand.h"
#include "cli/SecretInput.h"
#include "schedule/ClientNotifications.h"
#include "schedule/OverdueWatchdog.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleService.h"
#include "schedule/ScheduleStateStore.h"
#include "schedule/ScheduleText.h"
#include "secrets/SecretStore.h"
#include "ssh/SshLibrary.h"
#include "ssh/UntrustedText.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cairn::cli {

namespace {

QString shown(const QString &text)
{
    return escapeUntrustedText(text.toUtf8(), 4096);
}

std::optional<Job> findJob(Invocation &in, const std::shared_ptr<Database> &db, int *exitCode)
{
    qint64 clientId = 0;
    const QString clientName = in.parser.value(QStringLiteral("client"));
    if (!clientName.isEmpty()) {
        const auto client = ClientRepository(db).find(clientName);
        if (!client) {
            *exitCode = in.fail(
                CliText::tr("There is no client \"%1\"; run cairn-cli client list to see the clients.")
                    .arg(shown(clientName)));
            return std::nullopt;
        }
        clientId = client->id;
    }
    bool ambiguous = false;
    const QString name = in.positional.value(0);
    const auto job = JobRepository(db).find(clientId, name, &ambiguous);
    if (!job)
        *exitCode = in.fail(ambiguous
                ? CliText::tr("Several clients have a job \"%1\"; name the client with --client.")
                      .arg(shown(name))
                : CliText::tr("There is no job \"%1\"; run cairn-cli job list to see the jobs.")
                      .arg(shown(name)));
    return job;
}

// --- job schedule ----------------------------------------------------------------------------

void printVerify(Invocation &in, const Job &job, const Schedule &verify)
{
    if (verify.isManual()) {
        in.out << CliText::tr("The backups of job \"%1\" are verified only when asked.").arg(shown(job.name))
               << Qt::endl;
        return;
    }
    const QDateTime next = verify.nextAfter(QDateTime::currentDateTimeUtc(), job.id);
    in.out << CliText::tr("Job \"%1\" verifies its newest backup: %2; next %3.")
                  .arg(shown(job.name), verify.describe(), verify.formatRun(next))
           << Qt::endl;
}

int saveVerifyOnly(Invocation &in, const Schedule &verify)
{
    if (!in.positional.value(1).isEmpty())
        return in.usage(CliText::tr("Only --weekly and --monthly take a time after their value."));
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto job = findJob(in, db, &exitCode);
    if (!job)
        return exitCode;
    if (StoreError saved
        = ScheduleService::saveVerifySchedule(db, job->id, verify.isManual() ? QString() : verify.toString()))
        return in.fail(saved.message);
    printVerify(in, *job, verify);
    return Success;
}

int scheduleJob(Invocation &in)
{
    const QCommandLineParser &p = in.parser;
    const QString time = in.positional.value(1);
    QStringList expressions;
    if (p.isSet(QStringLiteral("cron")))
        expressions << QStringLiteral("cron ") + p.value(QStringLiteral("cron"));
    if (p.isSet(QStringLiteral("hourly")))
        expressions << QStringLiteral("hourly :00");
    if (p.isSet(QStringLiteral("daily")))
        expressions << QStringLiteral("daily ") + p.value(QStringLiteral("daily"));
    // "--weekly mon-fri 02:30" (the time as the next word) or "--weekly 'mon-fri 02:30'".
    for (const char *kind : { "weekly", "monthly" }) {
        const QString key = QLatin1String(kind);
        if (p.isSet(key)) {
            const QString value = p.value(key).trimmed();
            const bool hasTime = value.contains(QLatin1Char(' ')) || time.isEmpty();
            expressions << key + QLatin1Char(' ')
                    + (hasTime ? value : QString(value + QLatin1Char(' ') + time));
        }
    }
    if (p.isSet(QStringLiteral("manual")))
        expressions << QStringLiteral("manual");
    // --verify alone changes only when the newest backup is verified; the backup schedule stays.
    const bool verifySet = p.isSet(QStringLiteral("verify"));
    if (expressions.size() > 1 || (expressions.isEmpty() && !verifySet))
        return in.usage(CliText::tr(
            "Say when with exactly one of --cron, --hourly, --daily, --weekly, --monthly or --manual."));
    std::optional<Schedule> verify;
    if (verifySet) {
        QString value = p.value(QStringLiteral("verify")).trimmed();
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
            || value.contains(QLatin1Char(';')))
            return in.usage(
                CliText::tr("--verify takes one schedule such as \"weekly sun 04:00\", or never."));
        if (value == QLatin1String("never") || value == QLatin1String("none"))
            value = QStringLiteral("manual");
        QString verifyText = value;
        if (p.isSet(QStringLiteral("tz")))
            verifyText += QStringLiteral("; tz=") + p.value(QStringLiteral("tz"));
        QString error;
        verify = Schedule::fromString(verifyText, &error);
        if (!verify)
            return in.usage(CliText::tr("--verify: %1").arg(error));
    }
    if (expressions.isEmpty())
        return saveVerifyOnly(in, *verify);
    if (!time.isEmpty() && !(p.isSet(QStringLiteral("weekly")) || p.isSet(QStringLiteral("monthly"))))
        return in.usage(CliText::tr("Only --weekly and --monthly take a time after their value."));

    QString text = expressions.first();
    if (p.isSet(QStringLiteral("tz")))
        text += QStringLiteral("; tz=") + p.value(QStringLiteral("tz"));
    bool ok = true;
    if (p.isSet(QStringLiteral("jitter"))) {
        const int minutes = p.value(QStringLiteral("jitter")).toInt(&ok);
        if (!ok || minutes < 0 || minutes > 24 * 60)
            return in.usage(CliText::tr("--jitter takes whole minutes from 0 to 1440."));
        text += QStringLiteral("; offset=%1m").arg(minutes);
    }
    if (p.isSet(QStringLiteral("missed"))) {
        const QString missed = p.value(QStringLiteral("missed"));
        if (missed != QLatin1String("catch-up") && missed != QLatin1String("skip"))
            return in.usage(CliText::tr("--missed takes catch-up or skip."));
        text += QStringLiteral("; missed=") + missed;
    }
    if (p.isSet(QStringLiteral("overdue-after"))) {
        const int hours = p.value(QStringLiteral("overdue-after")).toInt(&ok);
        if (!ok || hours < 1 || hours > 400 * 24)
            return in.usage(CliText::tr("--overdue-after takes whole hours from 1 to 9600."));
        text += QStringLiteral("; target=%1h").arg(hours);
    }
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return in.usage(CliText::tr("A schedule is one line; remove the line break."));
    QString error;
    const auto schedule = Schedule::fromString(text, &error);
    if (!schedule)
        return in.usage(error);

    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto job = findJob(in, db, &exitCode);
    if (!job)
        return exitCode;
    if (StoreError saved = ScheduleService::saveSchedule(db, job->id, schedule->toString()))
        return in.fail(saved.message);
    if (verify) {
        if (StoreError saved = ScheduleService::saveVerifySchedule(
                db, job->id, verify->isManual() ? QString() : verify->toString()))
            return in.fail(saved.message);
        printVerify(in, *job, *verify);
    }
    if (schedule->isManual()) {
        in.out << CliText::tr("Job \"%1\" now runs only when started by hand.").arg(shown(job->name))
               << Qt::endl;
        return Success;
    }
    const QDateTime next = schedule->nextAfter(QDateTime::currentDateTimeUtc(), job->id);
    in.out << CliText::tr("Job \"%1\": %2; next run %3.")
                  .arg(shown(job->name), schedule->describe(), schedule->formatRun(next))
           << Qt::endl;
    return Success;
}

// --- schedule list ---------------------------------------------------------------------------

int listSchedules(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    StoreError error;
    const QList<Job> jobs = JobRepository(db).list(0, &error);
    if (error)
        return in.fail(error.message);
    const ScheduleStateStore::Pause pause = ScheduleStateStore(db).loadPause();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    QStringList lines;
    for (const Job &job : jobs) {
        QString parseError;
        const auto schedule = Schedule::fromString(job.schedule, &parseError);
        const bool scheduled = schedule && !schedule->isManual() && job.enabled;
        const QDateTime next = scheduled ? schedule->nextAfter(now, job.id) : QDateTime();
        const QString description = !schedule ? parseError
            : schedule->isManual()            ? CliText::tr("Only when started by hand")
                                              : schedule->describe();
        array.append(QJsonObject { { QStringLiteral("job"), job.name }, { QStringLiteral("id"), job.id },
            { QStringLiteral("client"), job.clientName }, { QStringLiteral("schedule"), job.schedule },
            { QStringLiteral("description"), description }, { QStringLiteral("scheduled"), scheduled },
            { QStringLiteral("next_run"), isoTime(next) },
            { QStringLiteral("verify_schedule"), ScheduleStateStore::verifySchedule(db, job.id) } });
        lines << QStringLiteral("%1  %2  %3")
                     .arg(shown(job.name), -24)
                     .arg(next.isValid() ? isoTime(next) : CliText::tr("-"), -20)
                     .arg(shown(description));
    }
    if (in.json) {
        QJsonObject object { { QStringLiteral("paused"), pause.paused },
            { QStringLiteral("paused_until"), isoTime(pause.until) }, { QStringLiteral("jobs"), array } };
        in.printJson(QJsonDocument(object));
        return Success;
    }
    if (jobs.isEmpty()) {
        in.out << CliText::tr(
            "No jobs yet; add one with cairn-cli job add, then schedule it with cairn-cli job schedule.")
               << Qt::endl;
        return Success;
    }
    if (pause.paused)
        in.out << (pause.until.isValid()
                ? CliText::tr("Schedules are paused until %1.").arg(isoTime(pause.until))
                : CliText::tr("Schedules are paused until resumed."))
               << Qt::endl;
    in.out << QStringLiteral("%1  %2  %3\n")
                  .arg(CliText::tr("JOB"), -24)
                  .arg(CliText::tr("NEXT RUN (UTC)"), -20)
                  .arg(CliText::tr("SCHEDULE"));
    for (const QString &line : std::as_const(lines))
        in.out << line << QLatin1Char('\n');
    in.out.flush();
    return Success;
}

// --- status ----------------------------------------------------------------------------------

QString stateKey(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return QStringLiteral("ok");
    case HealthState::Overdue:
        return QStringLiteral("overdue");
    case HealthState::BadlyOverdue:
        return QStringLiteral("badly-overdue");
    case HealthState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("ok");
}

QString trayKey(TrayState state)
{
    switch (state) {
    case TrayState::Ok:
        return QStringLiteral("green");
    case TrayState::Amber:
        return QStringLiteral("amber");
    case TrayState::Red:
        return QStringLiteral("red");
    }
    return QStringLiteral("green");
}

int status(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    StoreError error;
    const QList<Job> jobs = JobRepository(db).list(0, &error);
    if (error)
        return in.fail(error.message);
    const ScheduleStateStore state(db);
    const QHash<qint64, ScheduleStateStore::Outcome> outcomes = state.outcomes(&error);
    if (error)
        return in.fail(error.message);
    QList<JobHealthInput> inputs;
    QHash<qint64, QString> clients;
    for (const Job &job : jobs) {
        const auto schedule = Schedule::fromString(job.schedule, nullptr);
        inputs << OverdueWatchdog::inputFor(
            job.id, job.name, job.createdAt, schedule.value_or(Schedule()), outcomes.value(job.id));
        clients.insert(job.id, job.clientName);
    }
    const bool paused = state.loadPause().paused;
    const WatchdogReport report = OverdueWatchdog::assess(inputs, QDateTime::currentDateTimeUtc(), paused);
    int problems = 0;
    QJsonArray array;
    for (const JobHealth &job : report.jobs) {
        problems += job.state == HealthState::Ok ? 0 : 1;
        const auto outcome = outcomes.value(job.jobId);
        array.append(QJsonObject { { QStringLiteral("job"), job.jobName },
            { QStringLiteral("client"), clients.value(job.jobId) },
            { QStringLiteral("state"), stateKey(job.state) },
            { QStringLiteral("age_seconds"), qint64(job.age.count()) },
            { QStringLiteral("target_seconds"), qint64(job.targetAge.count()) },
            { QStringLiteral("last_good"), isoTime(outcome.lastGoodAt) },
            { QStringLiteral("reason"), job.reason } });
    }
    if (in.json) {
        in.printJson(QJsonDocument(QJsonObject { { QStringLiteral("status"), trayKey(report.tray) },
            { QStringLiteral("summary"), report.summary }, { QStringLiteral("paused"), paused },
            { QStringLiteral("problems"), problems }, { QStringLiteral("jobs"), array } }));
    } else {
        in.out << shown(report.summary) << Qt::endl;
        for (const JobHealth &job : report.jobs) {
            if (job.state != HealthState::Ok)
                in.out << QStringLiteral("  %1  %2\n").arg(stateKey(job.state), -14).arg(shown(job.reason));
        }
        in.out.flush();
    }
    // For monitoring scripts: any overdue or failed job is a non-zero exit.
    return problems > 0 ? Failure : Success;
}

// --- daemon ----------------------------------------------------------------------------------

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the event loop reads the byte.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

int runDaemon(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    SshLibrary::initialize();
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_signalPipe) != 0)
        return in.fail(
            CliText::tr("cairn-cli could not set up its signal handling; check the system's limits."));

    SecretStore secrets;
    RunManager runs(db);
    ScheduleService service(db, &runs, &secrets);
    bool stopping = false;
    const auto log = [&in](const QString &line) {
        in.out << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << QLatin1Char(' ') << line
               << Qt::endl;
    };
    QObject::connect(
        &service, &ScheduleService::schedulingChanged, &service, [&](bool scheduling, const QString &reason) {
            if (scheduling)
                log(CliText::tr("Scheduling the backups of %1.").arg(db->path()));
            else if (!stopping)
                in.err << reason << Qt::endl;
        });
    QObject::connect(
        &service, &ScheduleService::runStarting, &service, [&](qint64, const QString &job, bool scheduled) {
            log(scheduled ? CliText::tr("Scheduled run of %1 started.").arg(shown(job))
                          : CliText::tr("Run of %1 started.").arg(shown(job)));
        });
    QObject::connect(&service, &ScheduleService::runEnded, &service,
        [&](qint64, const QString &job, bool ok, bool cancelled, const QString &message, bool) {
            log(ok              ? CliText::tr("Run of %1 succeeded.").arg(shown(job))
                    : cancelled ? CliText::tr("Run of %1 was cancelled.").arg(shown(job))
                                : CliText::tr("Run of %1 failed: %2").arg(shown(job), shown(message)));
        });
    QObject::connect(
        &service, &ScheduleService::problem, &service, [&](const QString &message) { log(shown(message)); });
    QObject::connect(
        &service, &ScheduleService::leftoversCleaned, &service, [&](int uploads, const QStringList &) {
            if (uploads > 0)
                log(CliText::tr(
                    "Removed %n partial upload(s) an interrupted backup left behind.", nullptr, uploads));
        });
    QObject::connect(
        &service, &ScheduleService::verifyStarting, &service, [&](qint64, const QString &job, qint64) {
            log(CliText::tr("Scheduled verify of %1 started.").arg(shown(job)));
        });
    QObject::connect(&service, &ScheduleService::verifyEnded, &service,
        [&](qint64, const QString &job, qint64, bool ok, bool cancelled, const QString &message) {
            log(ok ? CliText::tr("Verify of %1 succeeded.").arg(shown(job))
                    : cancelled
                    ? CliText::tr("Verify of %1 was cancelled.").arg(shown(job))
                    : CliText::tr("Verify of %1 did not succeed: %2").arg(shown(job), shown(message)));
        });
    QObject::connect(&service, &ScheduleService::webhookSent, &service, [&](bool ok, const QString &) {
        if (ok)
            log(CliText::tr("Webhook delivered."));
    });

    QEventLoop loop;
    const auto finishIfIdle = [&] {
        if (stopping && service.isIdle())
            loop.quit();
    };
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char buffer[16];
        while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) { }
        if (stopping) {
            log(CliText::tr("Stopping at once."));
            loop.quit();
            return;
        }
        stopping = true;
        log(CliText::tr("Stopping: cancelling the runs in progress."));
        service.stop();
        finishIfIdle();
        // Each run gets its grace period to clean up on its host; a stuck one does not hold us forever.
        QTimer::singleShot(std::chrono::seconds(60), &loop, &QEventLoop::quit);
    });
    QObject::connect(&runs, &RunManager::queueChanged, &loop, finishIfIdle);
    QObject::connect(&service, &ScheduleService::runEnded, &loop, finishIfIdle);
    auto previousInt = std::signal(SIGINT, onSignal);
    auto previousTerm = std::signal(SIGTERM, onSignal);

    service.start();
    loop.exec();

    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    service.stop();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    log(CliText::tr("Stopped."));
    return Success;
}

// --- client webhook | ping -------------------------------------------------------------------

std::optional<Client> findClient(Invocation &in, const std::shared_ptr<Database> &db, int *exitCode)
{
    const QString name = in.positional.value(0);
    const auto client = ClientRepository(db).find(name);
    if (!client)
        *exitCode
            = in.fail(CliText::tr("There is no client \"%1\"; run cairn-cli client list to see the clients.")
                          .arg(shown(name)));
    return client;
}

// Reads an address from standard input (or the variable), checks it is http(s); empty on failure.
QUrl readAddress(Invocation &in, const char *variable, int *exitCode)
{
    QString problem;
    const SecureBytes secret = SecretInput::read(variable, CliText::tr("Address: "), in.err, &problem);
    if (secret.isEmpty()) {
        *exitCode = in.usage(problem.isEmpty()
                ? CliText::tr("Give the address on standard input (or in %1), never as an argument.")
                      .arg(QLatin1String(variable))
                : problem);
        return {};
    }
    const QUrl url(QString::fromUtf8(secret.view()).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        *exitCode = in.usage(
            CliText::tr("The address is not an http or https URL; copy it again from the service."));
        return {};
    }
    return url;
}

bool storeAddress(Invocation &in, SecretStore &secrets, const QUrl &url, QString *reference)
{
    *reference = SecretStore::newReference(QStringLiteral("webhook"));
    QByteArray bytes = url.toEncoded();
    SecretJob *job = secrets.write(*reference, SecureBytes::takeFrom(bytes));
    job->waitForFinished();
    if (!job->ok()) {
        in.fail(job->errorString());
        return false;
    }
    return true;
}

int clientWebhook(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto client = findClient(in, db, &exitCode);
    if (!client)
        return exitCode;
    ClientNotifications notifications(db);
    SecretStore secrets;
    const auto old = notifications.webhook(client->id);
    if (in.parser.isSet(QStringLiteral("remove"))) {
        if (StoreError error = notifications.removeWebhook(client->id))
            return in.fail(error.message);
        if (old)
            secrets.remove(old->secretRef)->waitForFinished();
        in.out << CliText::tr("Client \"%1\" has no webhook now.").arg(shown(client->name)) << Qt::endl;
        return Success;
    }
    const auto format = WebhookPayload::formatFromKey(in.parser.value(QStringLiteral("kind")));
    if (!format)
        return in.usage(CliText::tr("--kind takes slack, discord, ntfy or generic."));
    if (!in.parser.isSet(QStringLiteral("url-stdin")))
        return in.usage(CliText::tr(
            "The webhook address carries a token: pass --url-stdin and give it on standard input."));
    const QUrl url = readAddress(in, "CAIRN_WEBHOOK_URL", &exitCode);
    if (url.isEmpty())
        return exitCode;
    QString error;
    WebhookEvent probe;
    probe.clientName = client->name;
    probe.jobName = QStringLiteral("probe");
    probe.at = QDateTime::currentDateTimeUtc();
    if (!WebhookPayload::build(*format, url, probe, &error))
        return in.usage(error);
    ClientNotifications::Webhook hook;
    hook.format = *format;
    hook.onSuccess = in.parser.isSet(QStringLiteral("on-success"));
    if (!storeAddress(in, secrets, url, &hook.secretRef))
        return Failure;
    if (StoreError saved = notifications.setWebhook(client->id, hook)) {
        secrets.remove(hook.secretRef)->waitForFinished();
        return in.fail(saved.message);
    }
    if (old)
        secrets.remove(old->secretRef)->waitForFinished();
    in.out << (hook.onSuccess
            ? CliText::tr(
                "Client \"%1\" now tells its %2 webhook at %3 about failed, overdue and good backups.")
            : CliText::tr("Client \"%1\" now tells its %2 webhook at %3 about failed and overdue backups."))
                  .arg(shown(client->name), WebhookPayload::formatName(*format), url.host())
           << Qt::endl;
    return Success;
}

int clientPing(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    int exitCode = Success;
    const auto client = findClient(in, db, &exitCode);
    if (!client)
        return exitCode;
    ClientNotifications notifications(db);
    SecretStore secrets;
    const QString old = notifications.pingRef(client->id);
    if (in.parser.isSet(QStringLiteral("remove"))) {
        if (StoreError error = notifications.removePing(client->id))
            return in.fail(error.message);
        if (!old.isEmpty())
            secrets.remove(old)->waitForFinished();
        in.out << CliText::tr("Client \"%1\" has no ping URL now.").arg(shown(client->name)) << Qt::endl;
        return Success;
    }
    if (!in.parser.isSet(QStringLiteral("url-stdin")))
        return in.usage(
            CliText::tr("The ping address carries a token: pass --url-stdin and give it on standard input."));
    const QUrl url = readAddress(in, "CAIRN_PING_URL", &exitCode);
    if (url.isEmpty())
        return exitCode;
    QString reference;
    if (!storeAddress(in, secrets, url, &reference))
        return Failure;
    if (StoreError saved = notifications.setPingRef(client->id, reference)) {
        secrets.remove(reference)->waitForFinished();
        return in.fail(saved.message);
    }
    if (!old.isEmpty())
        secrets.remove(old)->waitForFinished();
    in.out << CliText::tr("The servers of client \"%1\" now call %2 at the end of each good backup.")
                  .arg(shown(client->name), url.host())
           << Qt::endl;
    return Success;
}

} // namespace

QList<Command> scheduleCommands()
{
    const Positional jobName { QStringLiteral("NAME"), CliText::tr("The job's name.") };
    const Positional clientName { QStringLiteral("CLIENT"), CliText::tr("The client's name.") };
    const QCommandLineOption client = option(
        "client", CliText::tr("The client (needed when names repeat across clients)."), CliText::tr("name"));
    const QCommandLineOption remove = option("remove", CliText::tr("Remove it instead."));
    const QCommandLineOption urlStdin = option("url-stdin",
        CliText::tr("Read the address from standard input (or CAIRN_WEBHOOK_URL / CAIRN_PING_URL)."));
    return {
        Command { QStringLiteral("job"), QStringLiteral("schedule"),
            CliText::tr("Set when a job runs by itself (and when it counts as overdue)."),
            { jobName,
                Positional {
                    QStringLiteral("TIME"), CliText::tr("HH:MM for --weekly and --monthly."), true } },
            { option("cron", CliText::tr("A five-field cron expression, e.g. \"30 2 * * 1-5\"."),
                  CliText::tr("expr")),
                option("hourly", CliText::tr("Every hour, on the hour.")),
                option("daily", CliText::tr("Every day at this time."), CliText::tr("HH:MM")),
                option("weekly", CliText::tr("On these days (mon,wed or mon-fri), time follows."),
                    CliText::tr("days")),
                option("monthly", CliText::tr("On this day of the month (1-31), time follows."),
                    CliText::tr("day")),
                option("manual", CliText::tr("Only when started by hand.")),
                option("tz", CliText::tr("Time zone (IANA name, default: this computer's)."),
                    CliText::tr("zone")),
                option("jitter", CliText::tr("Start up to this many minutes late (fixed per job)."),
                    CliText::tr("minutes")),
                option("missed", CliText::tr("After downtime: catch-up (run once) or skip."),
                    CliText::tr("policy")),
                option("overdue-after", CliText::tr("Hours without a good backup before the job is overdue."),
                    CliText::tr("hours")),
                option("verify",
                    CliText::tr("Also verify the newest backup, e.g. \"weekly sun 04:00\", \"daily 05:00\", "
                                "\"monthly 1 05:00\", \"cron 0 4 * * 0\" or never."),
                    CliText::tr("when")),
                client },
            false, scheduleJob },
        Command { QStringLiteral("schedule"), QStringLiteral("list"),
            CliText::tr("List each job's schedule and next run."), {}, {}, true, listSchedules },
        Command { QStringLiteral("status"), QString(),
            CliText::tr("Overdue and failed jobs; exit code 1 when there is any."), {}, {}, true, status },
        Command { QStringLiteral("daemon"), QString(),
            CliText::tr("Run the scheduler without a window until SIGTERM or Ctrl-C."), {}, {}, false,
            runDaemon },
        Command { QStringLiteral("client"), QStringLiteral("webhook"),
            CliText::tr("Set the client's webhook for failed, overdue (and good) backups."), { clientName },
            { option("kind", CliText::tr("slack, discord, ntfy or generic."), CliText::tr("kind")), urlStdin,
                option("on-success", CliText::tr("Also report good backups.")), remove },
            false, clientWebhook },
        Command { QStringLiteral("client"), QStringLiteral("ping"),
            CliText::tr("Set the URL the client's servers call after each good backup (dead man's switch)."),
            { clientName }, { urlStdin, remove }, false, clientPing },
    };
}

} // namespace cairn::cli
