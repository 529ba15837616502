#include "storage/StorageTask.h"

#include "storage/S3Client.h"

#include <QThread>

namespace cairn {

StorageTask *StorageTask::check(const S3Target &target, SigningSecret secret)
{
    return new StorageTask(Kind::Check, target, std::move(secret), 0);
}

StorageTask *StorageTask::applyAbortRule(const S3Target &target, SigningSecret secret, int days)
{
    return new StorageTask(Kind::AbortRule, target, std::move(secret), days);
}

StorageTask::StorageTask(Kind kind, const S3Target &target, SigningSecret secret, int days)
    : m_kind(kind), m_target(target), m_secret(std::move(secret)), m_days(days)
{ }

StorageTask::~StorageTask()
{
    // Only reached once the thread has ended (see start()), or when it never started.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool StorageTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StorageTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("cairn-storage-task"));
    connect(m_thread, &QThread::finished, this, [this] {
        Q_EMIT finished();
        m_thread->deleteLater();
        m_thread = nullptr;
        deleteLater();
    });
    m_thread->start();
}

void StorageTask::cancel()
{
    m_cancel = true;
}

void StorageTask::run()
{
    if (m_kind == Kind::Check) {
        StorageCheck check(m_target, m_secret.clone());
        check.setCancelFlag(&m_cancel);
        // Signals emitted here reach receivers in other threads queued, as copies.
        check.setProgress(
            [this](int index, const StorageCheckStep &step) { Q_EMIT stepChanged(index, step); });
        const StorageCheckReport report = check.run();
        Q_EMIT checkFinished(report);
        return;
    }
    S3Client client(m_target, m_secret.clone());
    client.setCancelFlag(&m_cancel);
    const S3Status status = client.putAbortIncompleteRule(m_days, m_target.prefix);
    Q_EMIT ruleApplied(status.ok() ? QString() : status.error.message);
}

} // namespace cairn
