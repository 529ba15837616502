#include "schedule/Scheduler.h"

#include "schedule/ScheduleStateStore.h"
#include "schedule/SystemClock.h"

#include <algorithm>

namespace cairn {

namespace {

// QTimer takes an int of milliseconds; waking every few hours to re-check costs nothing.
constexpr qint64 maxTimerMs = 6LL * 3600 * 1000;

} // namespace

Scheduler::Scheduler(Clock *clock, ScheduleStateStore *store, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    m_sanity.setInterval(sanityInterval);
    m_sanity.setTimerType(Qt::CoarseTimer);
    connect(&m_sanity, &QTimer::timeout, this, &Scheduler::checkClocks);
}

Scheduler::~Scheduler() = default;

void Scheduler::setJob(qint64 jobId, const Schedule &schedule)
{
    if (schedule.isManual()) {
        removeJob(jobId);
        return;
    }
    const QDateTime now = m_clock->now();
    auto existing = m_entries.find(jobId);
    if (existing != m_entries.end() && existing->schedule.timingKey() == schedule.timingKey()) {
        existing->schedule = schedule; // only the policy or target changed: slots stay as they are
        return;
    }

    Entry entry;
    if (existing != m_entries.end()) {
        entry.running = existing->running;
        entry.pending = existing->pending;
    }
    entry.schedule = schedule;
    entry.lastHandled = now;
    bool fresh = true;
    if (m_store) {
        StoreError error;
        const auto saved = m_store->load(jobId, &error);
        if (error)
            Q_EMIT problem(error.message);
        if (saved && saved->timing == schedule.timingKey() && saved->lastHandled.isValid()) {
            entry.lastHandled = saved->lastHandled;
            fresh = false;
        }
    }
    entry.next = schedule.nextAfter(entry.lastHandled, jobId);
    m_entries.insert(jobId, entry);
    if (fresh)
        persist(jobId, entry);
    arm();
    Q_EMIT scheduleChanged();
}

void Scheduler::removeJob(qint64 jobId)
{
    const auto it = m_entries.find(jobId);
    if (it == m_entries.end())
        return;
    const bool wasPending = it->pending;
    m_entries.erase(it);
    if (m_store) {
        if (StoreError error = m_store->forget(jobId))
            Q_EMIT problem(error.message);
    }
    arm();
    if (wasPending)
        Q_EMIT pendingChanged(jobId, false);
    Q_EMIT scheduleChanged();
}

QList<qint64> Scheduler::jobIds() const
{
    QList<qint64> ids = m_entries.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Scheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    m_lastWall = m_clock->now();
    m_lastMonotonic = m_clock->monotonicMs();
    if (m_store) {
        StoreError error;
        const ScheduleStateStore::Pause saved = m_store->loadPause(&error);
        if (error)
            Q_EMIT problem(error.message);
        m_paused = saved.paused;
        m_pausedUntil = saved.until;
        if (m_paused)
            Q_EMIT pausedChanged(true, m_pausedUntil);
    }
    m_sanity.start();
    tick();
}

void Scheduler::stop()
{
    m_started = false;
    m_timer.stop();
    m_sanity.stop();
    m_wakeAt = QDateTime();
}

void Scheduler::tick()
{
    if (!m_started)
        return;
    noticeClockJump();
    run();
}

void Scheduler::checkClocks()
{
    if (m_started && noticeClockJump())
        run(); // the armed timer counted monotonic time: after a sleep or a clock change it is wrong
}

void Scheduler::run()
{
    const QDateTime now = m_clock->now();
    if (m_paused) {
        if (m_pausedUntil.isValid() && m_pausedUntil <= now)
            endPause();
        else
            arm();
        return;
    }
    evaluate(now);
    arm();
}

bool Scheduler::noticeClockJump()
{
    const QDateTime wall = m_clock->now();
    const qint64 monotonic = m_clock->monotonicMs();
    const qint64 expected = m_lastWall.isValid()
        ? m_lastWall.toMSecsSinceEpoch() + (monotonic - m_lastMonotonic)
        : wall.toMSecsSinceEpoch();
    const qint64 jump = wall.toMSecsSinceEpoch() - expected;
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    if (std::abs(jump) <= std::chrono::milliseconds(jumpThreshold).count())
        return false;
    Q_EMIT clockJumped(jump);
    return true;
}

void Scheduler::evaluate(const QDateTime &now)
{
    if (!m_started || m_paused)
        return;
    QList<QPair<qint64, Reason>> due;
    QList<qint64> nowPending;
    bool changed = false;
    const qint64 graceMs = std::chrono::milliseconds(lateGrace).count();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &entry = it.value();
        const qint64 jobId = it.key();
        if (!entry.next.isValid() || entry.next > now)
            continue;
        changed = true;
        // At least one slot lies in (lastHandled, now]. A recent one is on time; otherwise all of
        // them were missed and the job's policy decides.
        const QDateTime recentFrom = std::max(now.addMSecs(-graceMs), entry.lastHandled);
        const QDateTime recent = entry.schedule.nextAfter(recentFrom, jobId);
        const bool onTime = recent.isValid() && recent <= now;
        if (!onTime && entry.schedule.missedRuns() == Schedule::MissedRuns::Skip) {
            handled(jobId, entry, now, true);
            continue;
        }
        if (entry.running) {
            // Recorded in the database only when the held run is released: a restart before then
            // catches the slot up instead of losing it.
            handled(jobId, entry, now, false);
            if (!entry.pending) {
                entry.pending = true;
                nowPending.append(jobId);
            }
            continue;
        }
        entry.running = true;
        handled(jobId, entry, now, true);
        due.append({ jobId, onTime ? Reason::Scheduled : Reason::CatchUp });
    }
    // Signals go out after the loop: receivers may call back (runFinished, setJob) at once.
    for (qint64 jobId : std::as_const(nowPending))
        Q_EMIT pendingChanged(jobId, true);
    for (const auto &[jobId, reason] : std::as_const(due))
        Q_EMIT runDue(jobId, reason);
    if (changed)
        Q_EMIT scheduleChanged();
}

void Scheduler::handled(qint64 jobId, Entry &entry, const QDateTime &at, bool persistNow)
{
    entry.lastHandled = std::max(entry.lastHandled, at);
    entry.next = entry.schedule.nextAfter(entry.lastHandled, jobId);
    if (persistNow)
        persist(jobId, entry);
}

void Scheduler::persist(qint64 jobId, const Entry &entry)
{
    if (!m_store)
        return;
    if (StoreError error = m_store->save(jobId, { entry.schedule.timingKey(), entry.lastHandled }))
        Q_EMIT problem(error.message);
}

void Scheduler::runStarted(qint64 jobId)
{
    const auto it = m_entries.find(jobId);
    if (it != m_entries.end())
        it->running = true;
}

void Scheduler::runFinished(qint64 jobId, bool ok, const QDateTime &finishedAt)
{
    Q_EMIT runRecorded(jobId, ok, finishedAt);
    const auto it = m_entries.find(jobId);
    if (it == m_entries.end())
        return;
    it->running = false;
    if (!it->pending || m_paused || !m_started)
        return;
    // Release the held run; it also covers any slot that passed since it was held.
    it->pending = false;
    it->running = true;
    handled(jobId, *it, m_clock->now(), true);
    arm();
    Q_EMIT pendingChanged(jobId, false);
    Q_EMIT runDue(jobId, Reason::PendingReleased);
    Q_EMIT scheduleChanged();
}

void Scheduler::pause(const QDateTime &until)
{
    const QDateTime now = m_clock->now();
    if (until.isValid() && until <= now) {
        resume();
        return;
    }
    m_paused = true;
    m_pausedUntil = until.isValid() ? until.toUTC() : QDateTime();
    if (m_store) {
        if (StoreError error = m_store->savePause({ true, m_pausedUntil }))
            Q_EMIT problem(error.message);
    }
    arm();
    Q_EMIT pausedChanged(true, m_pausedUntil);
}

void Scheduler::resume()
{
    if (m_paused)
        endPause();
}

void Scheduler::endPause()
{
    m_paused = false;
    m_pausedUntil = QDateTime();
    if (m_store) {
        if (StoreError error = m_store->savePause({}))
            Q_EMIT problem(error.message);
    }
    Q_EMIT pausedChanged(false, QDateTime());
    if (!m_started)
        return;
    const QDateTime now = m_clock->now();
    // Held runs go first: each also covers the slots that passed during the pause.
    QList<qint64> released;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->pending && !it->running) {
            it->pending = false;
            it->running = true;
            handled(it.key(), *it, now, true);
            released.append(it.key());
        }
    }
    for (qint64 jobId : std::as_const(released)) {
        Q_EMIT pendingChanged(jobId, false);
        Q_EMIT runDue(jobId, Reason::PendingReleased);
    }
    evaluate(now);
    arm();
}

QDateTime Scheduler::pauseEnd(PauseLength length, const QDateTime &now, const QTimeZone &zone)
{
    switch (length) {
    case PauseLength::OneHour:
        return now.addSecs(3600).toUTC();
    case PauseLength::UntilTomorrowMorning: {
        // "Until tomorrow morning" said after midnight means this coming morning.
        const QDateTime local = now.toTimeZone(zone);
        const QTime morning(6, 0);
        const QDate date = local.time() < morning ? local.date() : local.date().addDays(1);
        return QDateTime(date, morning, zone).toUTC();
    }
    case PauseLength::UntilResumed:
        return {};
    }
    return {};
}

QDateTime Scheduler::nextRun(qint64 jobId) const
{
    const auto it = m_entries.constFind(jobId);
    return it == m_entries.constEnd() ? QDateTime() : it->next;
}

bool Scheduler::isRunning(qint64 jobId) const
{
    const auto it = m_entries.constFind(jobId);
    return it != m_entries.constEnd() && it->running;
}

bool Scheduler::isPending(qint64 jobId) const
{
    const auto it = m_entries.constFind(jobId);
    return it != m_entries.constEnd() && it->pending;
}

void Scheduler::arm()
{
    if (!m_started) {
        m_timer.stop();
        m_wakeAt = QDateTime();
        return;
    }
    QDateTime target;
    if (m_paused) {
        target = m_pausedUntil;
    } else {
        for (const Entry &entry : std::as_const(m_entries))
            if (entry.next.isValid() && (!target.isValid() || entry.next < target))
                target = entry.next;
    }
    m_wakeAt = target;
    if (!target.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_clock->now().msecsTo(target), 0, maxTimerMs);
    m_timer.start(std::chrono::milliseconds(ms));
}

} // namespace cairn
