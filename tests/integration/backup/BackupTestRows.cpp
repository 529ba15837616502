#include "BackupTestRows.h"

#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn::test {

BackupTestIds insertBackupRows(const std::shared_ptr<Database> &db, const QString &clientName,
    const QString &keyRef, const QString &publicKeyLine, const QString &keyFingerprint,
    const BackupTestServer &server, const BackupTestStorage &storage, const QString &storageSecretRef)
{
    BackupTestIds ids;
    StoreError error;
    ids.clientId = ClientRepository(db).add(clientName, {}, &error);
    if (!ids.clientId) {
        ids.error = error.message;
        return ids;
    }
    QSqlQuery key(db->connection());
    key.prepare(
        QStringLiteral("INSERT INTO ssh_keys (client_id, name, key_type, public_key, fingerprint, "
                       "keychain_ref, created_at) VALUES (?, 'test key', 'ssh-ed25519', ?, ?, ?, ?)"));
    key.addBindValue(ids.clientId);
    key.addBindValue(publicKeyLine);
    key.addBindValue(keyFingerprint);
    key.addBindValue(keyRef);
    key.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!key.exec()) {
        ids.error = key.lastError().text();
        return ids;
    }
    ids.keyId = key.lastInsertId().toLongLong();

    Server s;
    s.clientId = ids.clientId;
    s.name = server.name;
    s.host = server.host;
    s.port = server.port;
    s.username = server.user;
    s.sshKeyId = ids.keyId;
    s.hostKeyType = server.hostKeyType;
    s.hostKey = server.hostKeyBlob;
    s.hostKeyFingerprint = server.hostKeyFingerprint;
    ids.serverId = ServerRepository(db).insert(s, &error);
    if (!ids.serverId) {
        ids.error = error.message;
        return ids;
    }

    // Direct SQL: store/Records.h's StorageTarget and core/storage's StorageTarget share a name, so a
    // binary that uses both breaks the one-definition rule (their inline destructors collide).
    QSqlQuery storageRow(db->connection());
    storageRow.prepare(
        QStringLiteral("INSERT INTO storage_targets (client_id, name, provider, endpoint, region, "
                       "bucket, prefix, access_key_id, secret_ref, created_at) "
                       "VALUES (?, ?, 'custom', ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(ids.clientId), QVariant(storage.name), QVariant(storage.endpoint),
             QVariant(storage.region), QVariant(storage.bucket), QVariant(storage.prefix),
             QVariant(storage.accessKeyId), QVariant(storageSecretRef),
             QVariant(QDateTime::currentSecsSinceEpoch()) })
        storageRow.addBindValue(value);
    if (!storageRow.exec())
        ids.error = storageRow.lastError().text();
    else
        ids.storageId = storageRow.lastInsertId().toLongLong();
    return ids;
}

qint64 insertJob(const std::shared_ptr<Database> &db, qint64 clientId, const QString &name, qint64 serverId,
    qint64 storageId, const QString &kind, const QByteArray &specJson, QString *error)
{
    Job job;
    job.clientId = clientId;
    job.name = name;
    job.serverId = serverId;
    job.storageId = storageId;
    job.kind = kind;
    StoreError storeError;
    const qint64 id = JobRepository(db).insert(job, specJson, &storeError);
    if (!id && error)
        *error = storeError.message;
    return id;
}

BackupTestRun runRow(const std::shared_ptr<Database> &db, qint64 runId)
{
    BackupTestRun row;
    const auto details = RunRepository(db).find(runId);
    if (!details)
        return row;
    row.found = true;
    row.status = details->run.status;
    row.message = details->run.message;
    row.uploadId = details->uploadId;
    row.uploadClosed = details->uploadClosedAt.isValid();
    return row;
}

} // namespace cairn::test
