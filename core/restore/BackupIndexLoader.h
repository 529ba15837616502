#pragma once
// Loads a files backup's index for browsing and for choosing what to restore: reads the storage's
// secret from the keychain and, for an encrypted backup, unwraps the archive's passphrase with the
// client's private key (as a restore does), all asynchronously in the caller's thread; then fetches
// the index object with S3Client, decrypts, decompresses and parses it on a thread of its own, so
// the GUI thread never waits on the network. Emits finished() exactly once.
//
//   auto *loader = new BackupIndexLoader(database, secrets, this);
//   connect(loader, &BackupIndexLoader::finished, this, [loader] { use(loader->index()); });
//   loader->start(backupId);

#include "restore/BackupIndex.h"
#include "secrets/SecureBytes.h"
#include "storage/S3Target.h"
#include "storage/SigningSecret.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace cairn {

class ClientKeyService;
class Database;
class SecretStore;

class BackupIndexLoader final : public QObject {
    Q_OBJECT

public:
    BackupIndexLoader(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent = nullptr);
    // Cancels a fetch in flight and waits for its thread (the S3 call stops within ~100 ms).
    ~BackupIndexLoader() override;

    void start(qint64 backupId);
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    std::shared_ptr<const BackupIndex> index() const { return m_index; }
    // Bytes received from storage (the index object only), for the desktop-bytes audit.
    qint64 bytesReceived() const { return m_bytesReceived; }

    // The blocking part, for the worker thread (and tests): get the object, decode it, parse it.
    // nullptr with *error (one sentence) on failure.
    static std::shared_ptr<BackupIndex> fetch(const S3Target &target, const SigningSecret &secret,
        const QString &key, const QString &compression, QByteArrayView passphrase, int iterations,
        const std::atomic_bool *cancel, qint64 *bytesReceived, QString *error);

Q_SIGNALS:
    void finished();

private:
    void fetchOnThread();
    void finish(const QString &error);
    void secretArrived();

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    ClientKeyService *m_clientKeys;
    S3Target m_target;
    QString m_key;
    QString m_compression;
    int m_iterations = 0;
    SecureBytes m_storageSecret;
    SecureBytes m_passphrase;
    int m_pending = 0;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    std::shared_ptr<const BackupIndex> m_index;
    qint64 m_bytesReceived = 0;
    QString m_error;
    bool m_finished = false;
};

} // namespace cairn
