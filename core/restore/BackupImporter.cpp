#include "restore/BackupImporter.h"

#include "backup/ClientKeyService.h"
#include "backup/ManifestSeal.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "ssh/UntrustedText.h"
#include "storage/S3Client.h"
#include "storage/StorageTargetStore.h"
#include "store/BackupRepository.h"
#include "store/StorageRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

namespace cairn {

namespace {

// Keys come from the bucket: anyone who can write there chooses them.
QString shown(const QString &text)
{
    return escapeUntrustedText(text.toUtf8(), 512);
}

} // namespace

BackupImporter::BackupImporter(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{ }

BackupImporter::~BackupImporter()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void BackupImporter::start(qint64 storageId)
{
    m_outcome = {};
    m_cancel->store(false);
    m_running = true;
    const auto storage = StorageRepository(m_database).findById(storageId);
    if (!storage)
        return finish(tr("That storage target is no longer configured; add it again, then import."));
    m_storage = *storage;
    SecretJob *job = m_secrets->read(m_storage.secretRef);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        done->deleteLater();
        if (!done->ok())
            return finish(done->errorString());
        m_storageSecret = done->takeData();
        if (m_cancel->load())
            return finish(QString());
        readIntegrityKey();
    });
}

void BackupImporter::readIntegrityKey()
{
    auto *keys = new ClientKeyService(m_database, m_secrets, this);
    keys->ensureIntegrityKey(
        m_storage.clientId, [this, keys](SecureBytes key, const ClientKeyService::Result &result) {
            keys->deleteLater();
            if (!result.ok())
                return finish(result.error);
            m_integrityKey = std::move(key);
            if (m_cancel->load())
                return finish(QString());
            runWorker();
        });
}

void BackupImporter::runWorker()
{
    auto result = std::make_shared<BackupImportOutcome>();
    // The secrets move to the worker, which wipes them when it is done.
    auto secret = std::make_shared<SecureBytes>(std::move(m_storageSecret));
    auto integrityKey = std::make_shared<SecureBytes>(std::move(m_integrityKey));
    const StorageTarget storage = m_storage;
    const std::shared_ptr<Database> database = m_database;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_thread = QThread::create([this, result, secret, integrityKey, storage, database, cancel] {
        S3Client client(StorageTargetStore::toS3(storage), SigningSecret(secret->view()));
        secret->clear();
        if (!client.isValid()) {
            result->error = client.errorString();
            return;
        }
        client.setCancelFlag(cancel.get());
        *result
            = importFrom(client, database, storage, *integrityKey, cancel.get(), [this](int done, int total) {
                  // Queued to this object's thread; dropped if the importer is gone by then.
                  QMetaObject::invokeMethod(
                      this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
              });
        integrityKey->clear();
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_outcome = *result;
        m_running = false;
        Q_EMIT finished();
    });
    m_thread->start();
}

void BackupImporter::finish(const QString &error)
{
    m_storageSecret.clear();
    m_integrityKey.clear();
    m_outcome.error = error;
    m_outcome.cancelled = error.isEmpty() && m_cancel->load();
    m_running = false;
    Q_EMIT finished();
}

void BackupImporter::cancel()
{
    m_cancel->store(true);
}

BackupImportOutcome BackupImporter::importFrom(S3Client &client, const std::shared_ptr<Database> &database,
    const StorageTarget &storage, const SecureBytes &integrityKey, const std::atomic_bool *cancel,
    const std::function<void(int, int)> &progress)
{
    BackupImportOutcome outcome;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const S3Result<QList<S3Object>> listed = client.listAllObjects(storage.prefix);
    if (cancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!listed.ok()) {
        outcome.error = listed.error.message;
        return outcome;
    }

    QSet<QString> known;
    for (const BackupRecord &b : BackupRepository(database).list(0, storage.clientId, true)) {
        if (b.storageId == storage.id)
            known.insert(b.manifestKey);
    }
    QList<S3Object> manifests;
    for (const S3Object &object : listed.value) {
        if (!object.key.endsWith(QLatin1String(".manifest.json")))
            continue;
        if (known.contains(object.key))
            ++outcome.alreadyKnown;
        else
            manifests << object;
    }

    int checked = 0;
    if (progress)
        progress(0, int(manifests.size()));
    for (const S3Object &object : std::as_const(manifests)) {
        if (cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (progress && checked > 0)
            progress(checked, int(manifests.size()));
        ++checked;
        const S3Result<QByteArray> body = client.getObject(object.key, 1024 * 1024);
        const QJsonObject manifest = body.ok() ? QJsonDocument::fromJson(body.value).object() : QJsonObject();
        const QJsonObject archive = manifest.value(QStringLiteral("archive")).toObject();
        const QString key = archive.value(QStringLiteral("key")).toString();
        const qint64 size = archive.value(QStringLiteral("size")).toInteger(-1);
        if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("cairn-backup-manifest")
            || key.isEmpty() || size < 0) {
            outcome.skipped << tr("%1 is not a Cairn manifest.").arg(shown(object.key));
            continue;
        }
        // Only manifests this client's integrity key sealed are imported: a manifest someone wrote or
        // changed in the bucket could point a restore at any archive.
        if (!ManifestSeal::verify(manifest, integrityKey)) {
            outcome.skipped << tr("%1 does not carry this client's seal (changed, or made with other keys: "
                                  "import the client's recovery kit first).")
                                   .arg(shown(object.key));
            continue;
        }
        // Only an archive that exists with the manifest's size is listed as restorable.
        const S3Result<S3ObjectInfo> head = client.headObject(key);
        if (!head.ok() || head.value.size != size) {
            outcome.skipped << (head.ok() ? tr("%1 is %2 bytes but its manifest says %3.")
                                                .arg(shown(key))
                                                .arg(head.value.size)
                                                .arg(size)
                                          : tr("%1 is missing (%2).").arg(shown(key), head.error.message));
            continue;
        }
        BackupRecord b;
        b.jobName = manifest.value(QStringLiteral("job")).toString();
        b.serverName
            = manifest.value(QStringLiteral("host")).toObject().value(QStringLiteral("server")).toString();
        b.clientId = storage.clientId;
        b.storageId = storage.id;
        b.kind = manifest.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString();
        b.objectKey = key;
        const QString sideName
            = b.kind == QLatin1String("postgres") ? QStringLiteral("globals") : QStringLiteral("index");
        b.sideKey = manifest.value(sideName).toObject().value(QStringLiteral("key")).toString();
        b.manifestKey = object.key;
        b.createdAt
            = QDateTime::fromString(manifest.value(QStringLiteral("created")).toString(), Qt::ISODate);
        if (!b.createdAt.isValid())
            b.createdAt = object.lastModified;
        b.size = size;
        b.sourceBytes = archive.value(QStringLiteral("sourceBytes")).toInteger();
        b.sha256 = archive.value(QStringLiteral("sha256")).toString();
        b.partSize = archive.value(QStringLiteral("partSize")).toInteger();
        b.parts = archive.value(QStringLiteral("parts")).toInt();
        b.compression = archive.value(QStringLiteral("compression")).toString();
        b.warnings = int(manifest.value(QStringLiteral("warnings")).toArray().size());
        b.manifestJson = body.value;
        QSqlQuery job(database->connection());
        job.prepare(QStringLiteral("SELECT id FROM jobs WHERE client_id = ? AND name = ? COLLATE NOCASE"));
        job.addBindValue(storage.clientId);
        job.addBindValue(b.jobName);
        if (job.exec() && job.next())
            b.jobId = job.value(0).toLongLong();
        StoreError error;
        if (!BackupRepository(database).insert(b, &error)) {
            outcome.skipped << error.message;
            continue;
        }
        ++outcome.imported;
    }
    if (progress)
        progress(checked, int(manifests.size()));
    return outcome;
}

} // namespace cairn
