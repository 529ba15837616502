#include "backup/JobLauncher.h"

#include "backup/BackupRequestLoader.h"
#include "backup/RunManager.h"

namespace cairn {

JobLauncher::JobLauncher(
    std::shared_ptr<Database> database, RunManager *manager, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_manager(manager), m_secrets(secrets)
{ }

bool JobLauncher::launch(qint64 jobId)
{
    if (m_loading.contains(jobId))
        return false;
    auto *loader = new BackupRequestLoader(m_database, m_secrets, this);
    m_loading.insert(jobId, loader);
    connect(loader, &BackupRequestLoader::finished, this, [this, jobId, loader] { onLoaded(jobId, loader); });
    loader->start(jobId); // may finish at once
    return true;
}

void JobLauncher::onLoaded(qint64 jobId, BackupRequestLoader *loader)
{
    m_loading.remove(jobId);
    loader->deleteLater();
    if (!loader->ok()) {
        Q_EMIT failed(jobId, loader->errorString());
        return;
    }
    BackupRequest request = loader->takeRequest();
    Q_EMIT aboutToQueue(jobId, request.jobName);
    QString error;
    const qint64 runId = m_manager->enqueue(std::move(request), &error);
    if (!runId) {
        Q_EMIT failed(jobId, error);
        return;
    }
    Q_EMIT queued(jobId, runId);
}

} // namespace cairn
