#include "schedule/OverdueWatchdog.h"

#include "schedule/ScheduleText.h"
#include "schedule/Scheduler.h"
#include "schedule/SystemClock.h"

#include <QLocale>

#include <algorithm>

namespace cairn {

namespace {

constexpr qint64 maxTimerMs = 6LL * 3600 * 1000;

int severity(HealthState state)
{
    switch (state) {
    case HealthState::Failed:
        return 3;
    case HealthState::BadlyOverdue:
        return 2;
    case HealthState::Overdue:
        return 1;
    case HealthState::Ok:
        return 0;
    }
    return 0;
}

// A failed run's sentence inside ours: no final full stop, no line breaks, not endless.
QString quoted(const QString &failure)
{
    QString text = failure.simplified();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}

} // namespace

OverdueWatchdog::OverdueWatchdog(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OverdueWatchdog::reevaluate);
    m_report.summary = tr("No job is watched yet.");
}

OverdueWatchdog::~OverdueWatchdog() = default;

JobHealth OverdueWatchdog::assess(const JobHealthInput &job, const QDateTime &now, bool paused)
{
    JobHealth health;
    health.jobId = job.jobId;
    health.jobName = job.jobName;
    health.targetAge = job.targetAge;
    health.neverGood = !job.lastGoodAt.isValid();
    const QDateTime base = health.neverGood ? job.watchedSince : job.lastGoodAt;
    health.age = std::chrono::seconds(base.isValid() ? std::max<qint64>(0, base.secsTo(now)) : 0);
    const QString name = job.jobName;
    const QString age = ScheduleText::duration(health.age);
    const QString target = ScheduleText::duration(job.targetAge);

    if (job.lastRunFailed) {
        health.state = HealthState::Failed;
        health.reason = job.lastFailure.trimmed().isEmpty()
            ? tr("The last backup of %1 failed; open its run log, fix the cause and run it again.").arg(name)
            : tr("The last backup of %1 failed (%2); fix the cause and run it again.")
                  .arg(name, quoted(job.lastFailure));
        return health;
    }
    if (job.newestVerifyFailedAt.isValid()) {
        health.state = HealthState::Failed;
        health.reason
            = tr("The last verify of the newest backup of %1 failed on %2; run Verify now or make "
                 "a new backup.")
                  .arg(
                      name, QLocale().toString(job.newestVerifyFailedAt.toLocalTime(), QLocale::ShortFormat));
        return health;
    }
    if (job.targetAge.count() <= 0 || !base.isValid()) {
        health.state = HealthState::Ok;
        health.reason = health.neverGood
            ? tr("%1 runs only when started and has no target age.").arg(name)
            : tr("The last good backup of %1 is %2 old; it has no target age.").arg(name, age);
        return health;
    }

    const QDateTime overdueAt = base.addSecs(job.targetAge.count());
    const QDateTime badlyAt = base.addSecs(2 * job.targetAge.count());
    if (now >= badlyAt) {
        health.state = HealthState::BadlyOverdue;
        if (health.neverGood)
            health.reason = paused ? tr("%1 has had no good backup in the %2 since it was set up, over twice "
                                        "its target of %3, and "
                                        "schedules are paused; resume them or run it now.")
                                         .arg(name, age, target)
                                   : tr("%1 has had no good backup in the %2 since it was set up, over twice "
                                        "its target of %3; run "
                                        "it now and check why it does not run.")
                                         .arg(name, age, target);
        else
            health.reason = paused
                ? tr("The last good backup of %1 is %2 old, over twice its target of %3, and "
                     "schedules are paused; resume them or run it now.")
                      .arg(name, age, target)
                : tr("The last good backup of %1 is %2 old, over twice its target of %3; run it "
                     "now and check why it does not run.")
                      .arg(name, age, target);
    } else if (now >= overdueAt) {
        health.state = HealthState::Overdue;
        health.changesAt = badlyAt;
        if (health.neverGood)
            health.reason = paused
                ? tr("%1 has had no good backup in the %2 since it was set up, over its target "
                     "of %3, and schedules are paused; resume them or run it now.")
                      .arg(name, age, target)
                : tr("%1 has had no good backup in the %2 since it was set up, over its target "
                     "of %3; run it now or check its schedule.")
                      .arg(name, age, target);
        else
            health.reason = paused
                ? tr("The last good backup of %1 is %2 old, over its target of %3, and schedules "
                     "are paused; resume them or run it now.")
                      .arg(name, age, target)
                : tr("The last good backup of %1 is %2 old, over its target of %3; run it now "
                     "or check its schedule.")
                      .arg(name, age, target);
    } else {
        health.state = HealthState::Ok;
        health.changesAt = overdueAt;
        health.reason = health.neverGood
            ? tr("%1 has had no good backup yet; one is due within %2 of being set up.").arg(name, target)
            : tr("The last good backup of %1 is %2 old, within its target of %3.").arg(name, age, target);
    }
    return health;
}

WatchdogReport OverdueWatchdog::assess(const QList<JobHealthInput> &jobs, const QDateTime &now, bool paused)
{
    WatchdogReport report;
    for (const JobHealthInput &job : jobs)
        report.jobs.append(assess(job, now, paused));
    std::sort(report.jobs.begin(), report.jobs.end(), [](const JobHealth &a, const JobHealth &b) {
        if (severity(a.state) != severity(b.state))
            return severity(a.state) > severity(b.state);
        const int byName = a.jobName.localeAwareCompare(b.jobName);
        return byName != 0 ? byName < 0 : a.jobId < b.jobId;
    });
    for (const JobHealth &job : std::as_const(report.jobs))
        if (job.changesAt.isValid() && (!report.nextChange.isValid() || job.changesAt < report.nextChange))
            report.nextChange = job.changesAt;

    const int red = report.count(HealthState::Failed) + report.count(HealthState::BadlyOverdue);
    const int amber = report.count(HealthState::Overdue);
    report.tray = red > 0 ? TrayState::Red : amber > 0 ? TrayState::Amber : TrayState::Ok;
    if (report.jobs.isEmpty())
        report.summary = tr("No job is watched yet.");
    else if (red + amber == 0)
        report.summary = tr("Every job has a recent good backup.");
    else if (red + amber == 1)
        report.summary = report.jobs.first().reason; // the one job that needs attention says why
    else
        report.summary = tr("%1 jobs need attention: %2 failed or badly overdue, %3 overdue; the worst: %4")
                             .arg(red + amber)
                             .arg(red)
                             .arg(amber)
                             .arg(report.jobs.first().reason);
    return report;
}

JobHealthInput OverdueWatchdog::inputFor(qint64 jobId, const QString &jobName, const QDateTime &createdAt,
    const Schedule &schedule, const ScheduleStateStore::Outcome &outcome)
{
    JobHealthInput input;
    input.jobId = jobId;
    input.jobName = jobName;
    input.targetAge = schedule.targetAge();
    input.watchedSince = createdAt;
    input.lastGoodAt = outcome.lastGoodAt;
    input.lastRunFailed = outcome.lastFailed;
    input.lastFailure = outcome.lastFailed ? outcome.lastMessage : QString();
    input.newestVerifyFailedAt = outcome.newestVerifyFailedAt;
    return input;
}

void OverdueWatchdog::setJob(const JobHealthInput &job)
{
    m_jobs.insert(job.jobId, job);
    update(false);
}

void OverdueWatchdog::setJobs(const QList<JobHealthInput> &jobs)
{
    m_jobs.clear();
    for (const JobHealthInput &job : jobs)
        m_jobs.insert(job.jobId, job);
    update(false);
}

void OverdueWatchdog::removeJob(qint64 jobId)
{
    if (m_jobs.remove(jobId) > 0)
        update(true);
}

void OverdueWatchdog::recordRun(qint64 jobId, bool ok, const QDateTime &finishedAt, const QString &failure)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || !finishedAt.isValid())
        return;
    if (ok) {
        if (!it->lastGoodAt.isValid() || finishedAt > it->lastGoodAt)
            it->lastGoodAt = finishedAt;
        it->lastRunFailed = false;
        it->lastFailure.clear();
        it->newestVerifyFailedAt = QDateTime(); // the new backup is the newest now, not yet verified
    } else {
        if (it->lastGoodAt.isValid() && finishedAt < it->lastGoodAt)
            return; // an old failure reported late does not undo a newer good backup
        it->lastRunFailed = true;
        it->lastFailure = failure;
    }
    update(false);
}

void OverdueWatchdog::recordVerify(qint64 jobId, bool ok, const QDateTime &finishedAt)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || !finishedAt.isValid())
        return;
    // A verify older than the newest good backup was of an older backup.
    if (it->lastGoodAt.isValid() && finishedAt < it->lastGoodAt)
        return;
    it->newestVerifyFailedAt = ok ? QDateTime() : finishedAt;
    update(false);
}

void OverdueWatchdog::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    update(true); // the sentences change even when no state does
}

void OverdueWatchdog::follow(Scheduler *scheduler)
{
    connect(scheduler, &Scheduler::runRecorded, this,
        [this](qint64 jobId, bool ok, const QDateTime &finishedAt) { recordRun(jobId, ok, finishedAt); });
    connect(scheduler, &Scheduler::pausedChanged, this, [this](bool paused) { setPaused(paused); });
    connect(scheduler, &Scheduler::clockJumped, this, &OverdueWatchdog::reevaluate);
    setPaused(scheduler->isPaused());
}

void OverdueWatchdog::reevaluate()
{
    update(false);
}

void OverdueWatchdog::update(bool forceSignal)
{
    const WatchdogReport before = m_report;
    m_report = assess(m_jobs.values(), m_clock->now(), m_paused);

    QHash<qint64, HealthState> previous;
    for (const JobHealth &job : before.jobs)
        previous.insert(job.jobId, job.state);
    bool changed = forceSignal || before.tray != m_report.tray || before.jobs.size() != m_report.jobs.size();
    QList<JobHealth> changedJobs;
    for (const JobHealth &job : std::as_const(m_report.jobs)) {
        const auto old = previous.constFind(job.jobId);
        if (old == previous.constEnd() || *old != job.state) {
            changedJobs.append(job);
            changed = true;
        }
    }

    if (m_report.nextChange.isValid()) {
        const qint64 ms = std::clamp<qint64>(m_clock->now().msecsTo(m_report.nextChange), 0, maxTimerMs);
        m_timer.start(std::chrono::milliseconds(ms));
    } else {
        m_timer.stop();
    }

    for (const JobHealth &job : std::as_const(changedJobs))
        Q_EMIT jobChanged(job);
    if (changed)
        Q_EMIT reportChanged(m_report);
}

} // namespace cairn
