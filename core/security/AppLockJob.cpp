#include "security/AppLockJob.h"

#include "security/SecurityPool.h"

namespace cairn {

AppLockJob *AppLockJob::start(Work work)
{
    auto *job = new AppLockJob;
    // The job cannot be deleted before deliver() ran (private destructor, no parent), so the
    // worker may post to it safely.
    securityPool()->start([job, work = std::move(work)]() mutable {
        Work local = std::move(work);
        const AppLock::Outcome outcome = local();
        // Release what the work holds (passwords, the database) before the caller hears back.
        local = nullptr;
        QMetaObject::invokeMethod(
            job, [job, outcome]() { job->deliver(outcome); }, Qt::QueuedConnection);
    });
    return job;
}

void AppLockJob::deliver(const AppLock::Outcome &outcome)
{
    m_outcome = outcome;
    m_finished = true;
    Q_EMIT finished(m_outcome);
    deleteLater();
}

} // namespace cairn
