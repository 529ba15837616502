#include "restore/BackupIndexLoader.h"

#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "restore/BackupIndexDecoder.h"
#include "restore/RestoreScript.h"
#include "secrets/SecretStore.h"
#include "storage/S3Client.h"
#include "storage/StorageTargetStore.h"
#include "store/BackupRepository.h"
#include "store/StorageRepository.h"

#include <QThread>

namespace cairn {

namespace {

// The index is metadata: a few KB to a few MB even for a million files. Anything far larger is not
// an index Cairn wrote.
constexpr qint64 kMaxStoredIndexBytes = 256ll * 1024 * 1024;

} // namespace

BackupIndexLoader::BackupIndexLoader(
    std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_clientKeys(new ClientKeyService(m_database, secrets, this))
{ }

BackupIndexLoader::~BackupIndexLoader()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupIndexLoader::start(qint64 backupId)
{
    const auto backup = BackupRepository(m_database).find(backupId);
    if (!backup || !backup->isComplete())
        return finish(tr("There is no backup %1 any more; choose another backup.").arg(backupId));
    if (backup->kind != QLatin1String("files") || backup->sideKey.isEmpty())
        return finish(tr("This backup has no file index (it holds a database, or the job kept none); "
                         "restore the whole backup instead."));
    const auto storage = StorageRepository(m_database).findById(backup->storageId);
    if (!storage)
        return finish(tr("The storage that holds this backup is no longer configured; add it again and "
                         "import its backups."));
    if (storage->clientId != backup->clientId)
        return finish(tr("The backup's storage belongs to another client; Cairn does not mix clients."));
    m_target = StorageTargetStore::toS3(*storage);
    m_key = backup->sideKey;
    m_compression = backup->compression;
    bool encrypted = false;
    QString problem;
    if (!RestoreScript::readEncryption(backup->manifestJson, &encrypted, &m_iterations, &problem))
        return finish(problem);

    m_pending = encrypted ? 2 : 1;
    SecretJob *job = m_secrets->read(storage->secretRef);
    const QString storageName = storage->name;
    connect(job, &SecretJob::finished, this, [this, storageName](SecretJob *done) {
        done->deleteLater();
        if (m_finished)
            return;
        if (!done->ok())
            return finish(done->status() == SecretJob::Status::NotFound
                    ? tr("The keychain has no secret key for the storage %1; enter it again in Storage.")
                          .arg(storageName)
                    : done->errorString());
        m_storageSecret = done->takeData();
        secretArrived();
    });
    if (encrypted) {
        const QByteArray wrapped = RestoreScript::wrappedKey(backup->manifestJson);
        m_clientKeys->readPrivateKey(
            backup->clientId, [this, wrapped](SecureBytes privateKey, const ClientKeyService::Result &r) {
                if (m_finished)
                    return;
                if (!r.ok())
                    return finish(r.error);
                QString error;
                m_passphrase = ClientKeyPair::unwrap(privateKey, wrapped, &error);
                if (m_passphrase.isEmpty())
                    return finish(error);
                secretArrived();
            });
    }
}

void BackupIndexLoader::secretArrived()
{
    if (--m_pending == 0)
        fetchOnThread();
}

void BackupIndexLoader::fetchOnThread()
{
    // The worker owns copies; the loader's are wiped now.
    auto secret = std::make_shared<SecureBytes>(std::move(m_storageSecret));
    auto passphrase = std::make_shared<SecureBytes>(std::move(m_passphrase));
    m_thread = QThread::create([this, secret, passphrase, target = m_target, key = m_key,
                                   compression = m_compression, iterations = m_iterations] {
        QString error;
        qint64 received = 0;
        std::shared_ptr<BackupIndex> index = fetch(target, SigningSecret(secret->view()), key, compression,
            passphrase->view(), iterations, &m_cancel, &received, &error);
        secret->clear();
        passphrase->clear();
        // Queued to the loader's thread; dropped by Qt if the loader is gone by then (it waits for
        // this thread in its destructor, so it never is while this runs).
        QMetaObject::invokeMethod(
            this,
            [this, index, received, error] {
                m_index = index;
                m_bytesReceived = received;
                finish(index ? QString() : error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("backup-index"));
    m_thread->start();
}

std::shared_ptr<BackupIndex> BackupIndexLoader::fetch(const S3Target &target, const SigningSecret &secret,
    const QString &key, const QString &compression, QByteArrayView passphrase, int iterations,
    const std::atomic_bool *cancel, qint64 *bytesReceived, QString *error)
{
    S3Client client(target, secret.clone());
    if (!client.isValid()) {
        *error = client.errorString();
        return nullptr;
    }
    client.setCancelFlag(cancel);
    const S3Result<QByteArray> stored = client.getObject(key, kMaxStoredIndexBytes);
    *bytesReceived = client.bytesReceived();
    if (!stored.ok()) {
        *error = stored.error.message;
        return nullptr;
    }
    const QByteArray listing
        = BackupIndexDecoder::decode(stored.value, compression, passphrase, iterations, error);
    if (listing.isEmpty())
        return nullptr;
    auto index = std::make_shared<BackupIndex>(BackupIndex::parse(listing));
    if (index->isEmpty()) {
        *error = tr("The backup's file index lists no files; restore the whole backup instead.");
        return nullptr;
    }
    return index;
}

void BackupIndexLoader::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_storageSecret.clear();
    m_passphrase.clear();
    Q_EMIT finished();
}

} // namespace cairn
