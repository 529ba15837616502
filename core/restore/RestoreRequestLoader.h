#pragma once
// Prepares a RestoreRequest for RunManager::enqueueRestore(): reads the backup, the target server
// (the original one or another of the same client) and the backup's storage from SQLite, then the
// SSH key, the storage secret and (for a database restore that logs in with one) the database
// password from the keychain, asynchronously. It checks the manifest's seal (HMAC) with the
// client's integrity key and, for an encrypted backup, unwraps the archive's passphrase with the
// client's private key, so a request it hands out is one the archive can be trusted and read with. The caller then fills in where to restore to.
//
//   RestoreRequestLoader loader(database, &secretStore);
//   connect(&loader, &RestoreRequestLoader::finished, ...);
//   loader.start(backupId, serverId, RestoreRequest::Mode::Files);

#include "restore/RestoreRequest.h"

#include <QObject>

namespace cairn {

class ClientKeyService;
class SecretJob;
class SecretStore;

class RestoreRequestLoader final : public QObject {
    Q_OBJECT

public:
    RestoreRequestLoader(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent = nullptr);

    // serverId 0: the server the backup was made on (by name, in the backup's client). Emits
    // finished() exactly once, possibly before start() returns.
    void start(qint64 backupId, qint64 serverId, RestoreRequest::Mode mode);
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    RestoreRequest takeRequest() { return std::move(m_request); }

Q_SIGNALS:
    void finished();

private:
    QString loadRows(qint64 backupId, qint64 serverId);
    void readSecret(const QString &reference, SecureBytes RestoreRequest::*field, const QString &what);
    void finish(const QString &error);
    void done();
    void checkSeal();
    void unwrapPassphrase();

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    ClientKeyService *m_clientKeys;
    RestoreRequest m_request;
    QString m_keyRef;
    QString m_storageRef;
    QString m_passwordRef;
    QString m_error;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace cairn
