#pragma once
// Rebuilds the backup catalogue from the manifests in a bucket (a new laptop, a lost database):
// lists the storage target's manifests, keeps only those the client's integrity key sealed, checks
// that each one's archive exists with the manifest's size, and inserts the backups SQLite does not
// know yet. The GUI and `cairn-cli backup import` both use it.
//
// start() reads the storage secret and the integrity key from the keychain in the calling thread
// (it needs an event loop), then does the storage work on its own thread; progress() and
// finished() arrive in the calling thread. cancel() is honoured within a request.
//
//   auto *importer = new BackupImporter(database, &secrets, this);
//   connect(importer, &BackupImporter::finished, this, [importer] { use(importer->outcome()); });
//   importer->start(storageId);

#include "secrets/SecureBytes.h"
#include "store/Records.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace cairn {

class Database;
class S3Client;
class SecretStore;

struct BackupImportOutcome final {
    int imported = 0;
    int alreadyKnown = 0;
    // One sentence per manifest or archive that was not imported, and why.
    QStringList skipped;
    // One sentence when the import could not run at all (keychain, listing); empty otherwise.
    QString error;
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

class BackupImporter final : public QObject {
    Q_OBJECT

public:
    // secrets: the store that reads the storage secret and the client's integrity key.
    BackupImporter(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent = nullptr);
    // Cancels and waits for the worker thread (at most one storage request).
    ~BackupImporter() override;

    // Emits finished() exactly once, possibly before start() returns.
    void start(qint64 storageId);
    void cancel();
    bool isRunning() const { return m_running; }
    const BackupImportOutcome &outcome() const { return m_outcome; }
    QString storageName() const { return m_storage.name; }

    // The import itself, blocking (a worker thread; S3Client refuses the GUI thread). progress is
    // called with the manifests checked so far and how many there are to check.
    static BackupImportOutcome importFrom(S3Client &client, const std::shared_ptr<Database> &database,
        const StorageTarget &storage, const SecureBytes &integrityKey,
        const std::atomic_bool *cancel = nullptr,
        const std::function<void(int done, int total)> &progress = {});

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void readIntegrityKey();
    void runWorker();
    void finish(const QString &error);

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    StorageTarget m_storage;
    SecureBytes m_storageSecret;
    SecureBytes m_integrityKey;
    BackupImportOutcome m_outcome;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace cairn
