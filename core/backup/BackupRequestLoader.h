#pragma once
// Prepares a BackupRequest for RunManager::enqueue(): reads the job, its server and its storage from
// SQLite, then the SSH key, the storage secret and (when the job logs in with one) the database
// password from the keychain, asynchronously. Lives in the thread that starts it (the GUI thread, or
// the CLI's main thread with a local event loop); the runner itself never touches the keychain.
//
//   auto *loader = new BackupRequestLoader(database, &secretStore, this);
//   connect(loader, &BackupRequestLoader::finished, this, [=] {
//       if (loader->ok()) manager.enqueue(loader->takeRequest()); else show(loader->errorString());
//       loader->deleteLater();
//   });
//   loader->start(jobId);

#include "backup/BackupRequest.h"

#include <QObject>

#include <memory>

namespace cairn {

class ClientKeyService;
class SecretJob;
class SecretStore;

class BackupRequestLoader final : public QObject {
    Q_OBJECT

public:
    BackupRequestLoader(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent = nullptr);

    // Emits finished() exactly once, possibly before start() returns (a missing row or a refused spec).
    void start(qint64 jobId);
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    // One sentence when the request could not be prepared.
    QString errorString() const { return m_error; }
    BackupRequest takeRequest() { return std::move(m_request); }

Q_SIGNALS:
    void finished();

private:
    QString loadRows(qint64 jobId);
    void readSecret(const QString &reference, SecureBytes BackupRequest::*field, const QString &what);
    void onSecret(SecretJob *job, SecureBytes BackupRequest::*field, const QString &what);
    void finish(const QString &error);
    void done();

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    ClientKeyService *m_clientKeys;
    BackupRequest m_request;
    QString m_keyRef; // keychain references, not secrets
    QString m_storageRef;
    QString m_error;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace cairn
