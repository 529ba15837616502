#pragma once
// Starts a job the way a person's "Run now" does: BackupRequestLoader reads the job and its secrets
// (asynchronously, from the keychain), then RunManager queues the run. Several jobs may be loading
// at once. Lives in the thread of the RunManager (the GUI thread); never blocks it.
//
//   JobLauncher launcher(database, &manager, &secrets);
//   connect(&launcher, &JobLauncher::failed, this, [](qint64 jobId, const QString &sentence) { ... });
//   launcher.launch(jobId);

#include <QHash>
#include <QObject>

#include <memory>

namespace cairn {

class BackupRequestLoader;
class Database;
class RunManager;
class SecretStore;

class JobLauncher final : public QObject {
    Q_OBJECT

public:
    JobLauncher(std::shared_ptr<Database> database, RunManager *manager, SecretStore *secrets,
        QObject *parent = nullptr);

    // False (and failed() is not emitted) when the job is already loading.
    bool launch(qint64 jobId);
    bool isLoading(qint64 jobId) const { return m_loading.contains(jobId); }

Q_SIGNALS:
    // Just before RunManager::enqueue, so views can name the run as soon as it is queued.
    void aboutToQueue(qint64 jobId, const QString &jobName);
    void queued(qint64 jobId, qint64 runId);
    // One sentence: the job could not be read, a secret is missing, the job is already running.
    void failed(qint64 jobId, const QString &sentence);

private:
    void onLoaded(qint64 jobId, BackupRequestLoader *loader);

    std::shared_ptr<Database> m_database;
    RunManager *m_manager;
    SecretStore *m_secrets;
    QHash<qint64, BackupRequestLoader *> m_loading;
};

} // namespace cairn
