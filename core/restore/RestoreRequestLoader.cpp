#include "restore/RestoreRequestLoader.h"

#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "backup/ManifestSeal.h"
#include "restore/RestoreScript.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cairn {

RestoreRequestLoader::RestoreRequestLoader(
    std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_clientKeys(new ClientKeyService(m_database, secrets, this))
{ }

void RestoreRequestLoader::start(qint64 backupId, qint64 serverId, RestoreRequest::Mode mode)
{
    m_request.mode = mode;
    if (const QString problem = loadRows(backupId, serverId); !problem.isEmpty()) {
        finish(problem);
        return;
    }
    bool encrypted = false;
    int iterations = 0;
    QString problem;
    if (!RestoreScript::readEncryption(m_request.backup.manifestJson, &encrypted, &iterations, &problem)) {
        finish(problem);
        return;
    }
    // Counted up front so a secret that arrives at once cannot end the loader early: the SSH key,
    // the storage secret, the seal check, then the database password and the unwrapped passphrase.
    m_pending = 3 + (m_passwordRef.isEmpty() ? 0 : 1) + (encrypted ? 1 : 0);
    readSecret(m_keyRef, &RestoreRequest::sshPrivateKey, tr("the SSH key of %1").arg(m_request.serverName));
    readSecret(m_storageRef, &RestoreRequest::storageSecret,
        tr("the secret key of the storage %1").arg(m_request.storageName));
    if (!m_passwordRef.isEmpty())
        readSecret(m_passwordRef, &RestoreRequest::databasePassword,
            tr("the database password of %1").arg(m_request.backup.jobName));
    checkSeal();
    if (encrypted)
        unwrapPassphrase();
}

void RestoreRequestLoader::done()
{
    if (--m_pending == 0)
        finish({});
}

// The manifest in SQLite (or the one an import read from the bucket) is what the host checks the
// archive's size and SHA-256 against, so it must be the one Cairn sealed when the backup was made.
void RestoreRequestLoader::checkSeal()
{
    const QJsonObject manifest = QJsonDocument::fromJson(m_request.backup.manifestJson).object();
    const qint64 backupId = m_request.backup.id;
    m_clientKeys->ensureIntegrityKey(
        m_request.backup.clientId, [this, manifest, backupId](SecureBytes key, const ClientKeyService::Result &r) {
            if (m_finished)
                return;
            if (!r.ok())
                return finish(r.error);
            if (!ManifestSeal::verify(manifest, key)) {
                return finish(tr("The manifest of backup %1 does not carry this client's seal, so it was changed "
                                 "after the backup was made or the client's keys are not the ones that made it; "
                                 "import the client's recovery kit, or restore another backup.")
                                  .arg(backupId));
            }
            done();
        });
}

void RestoreRequestLoader::unwrapPassphrase()
{
    const QByteArray wrapped = RestoreScript::wrappedKey(m_request.backup.manifestJson);
    m_clientKeys->readPrivateKey(
        m_request.backup.clientId, [this, wrapped](SecureBytes privateKey, const ClientKeyService::Result &r) {
            if (m_finished)
                return;
            if (!r.ok())
                return finish(r.error);
            QString error;
            SecureBytes passphrase = ClientKeyPair::unwrap(privateKey, wrapped, &error);
            if (passphrase.isEmpty())
                return finish(error);
            m_request.passphrase = std::move(passphrase);
            done();
        });
}

QString RestoreRequestLoader::loadRows(qint64 backupId, qint64 serverId)
{
    RestoreRequest &r = m_request;
    r.database = m_database;
    const auto backup = BackupRepository(m_database).find(backupId);
    if (!backup)
        return tr("There is no backup %1; run cairn-cli backup list to see the backups.").arg(backupId);
    r.backup = *backup;

    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(R"(
        SELECT s.id, s.name, s.host, s.port, s.username, s.host_key, coalesce(k.keychain_ref, '')
        FROM servers s LEFT JOIN ssh_keys k ON k.id = s.ssh_key_id
        WHERE s.client_id = ? AND ((? > 0 AND s.id = ?) OR (? = 0 AND s.name = ? COLLATE NOCASE)))"));
    q.addBindValue(r.backup.clientId);
    q.addBindValue(serverId);
    q.addBindValue(serverId);
    q.addBindValue(serverId);
    q.addBindValue(r.backup.serverName);
    if (!q.exec() || !q.next())
        return serverId > 0
            ? tr("The server is not one of this backup's client; choose a server of the same client.")
            : tr("The server %1 the backup came from no longer exists; choose another server.")
                  .arg(r.backup.serverName);
    r.serverId = q.value(0).toLongLong();
    r.serverName = q.value(1).toString();
    r.endpoint = SshEndpoint { q.value(2).toString(), q.value(3).toInt(), q.value(4).toString() };
    r.hostKey = SshHostKey::fromBlob(q.value(5).toByteArray());
    if (r.hostKey.isNull())
        return tr("Cairn has not trusted a host key for %1 yet; check and trust the server's key first.")
            .arg(r.serverName);
    m_keyRef = q.value(6).toString();
    if (m_keyRef.isEmpty())
        return tr("The server %1 has no SSH key; choose one for it first.").arg(r.serverName);

    QSqlQuery t(m_database->connection());
    t.prepare(QStringLiteral("SELECT id, name, provider, endpoint, region, bucket, prefix, addressing_style, "
                             "access_key_id, secret_ref, client_id FROM storage_targets WHERE id = ?"));
    t.addBindValue(r.backup.storageId);
    if (!t.exec() || !t.next())
        return tr("The storage that holds this backup is no longer configured; add it again and import its "
                  "backups.");
    r.storageId = t.value(0).toLongLong();
    r.storageName = t.value(1).toString();
    r.target.provider = t.value(2).toString();
    r.target.endpoint = QUrl(t.value(3).toString());
    r.target.region = t.value(4).toString();
    r.target.bucket = t.value(5).toString();
    r.target.prefix = t.value(6).toString();
    r.target.addressing = t.value(7).toString() == QLatin1String("virtual") ? S3Addressing::VirtualHosted
                                                                            : S3Addressing::Path;
    r.target.accessKeyId = t.value(8).toString();
    m_storageRef = t.value(9).toString();
    if (t.value(10).toLongLong() != r.backup.clientId)
        return tr("The backup's storage belongs to another client; Cairn does not mix clients.");

    if (r.isDatabaseDrill())
        r.databaseName = RestoreRequest::newDrillDatabaseName();
    if (m_request.mode == RestoreRequest::Mode::Database || r.isDatabaseDrill()) {
        const QJsonObject manifest = QJsonDocument::fromJson(r.backup.manifestJson).object();
        r.sourceDatabase = manifest.value(QStringLiteral("source"))
                               .toObject()
                               .value(QStringLiteral("databases"))
                               .toArray()
                               .first()
                               .toString();
        // The original job says how to log in to the database server; without it, the local socket.
        QSqlQuery j(m_database->connection());
        j.prepare(QStringLiteral("SELECT spec_json FROM jobs WHERE id = ?"));
        j.addBindValue(r.backup.jobId);
        if (r.backup.jobId > 0 && j.exec() && j.next()) {
            if (const auto spec = JobSpec::fromJsonBytes(j.value(0).toString().toUtf8()))
                r.databaseLogin = *spec;
        }
        if (r.databaseLogin.databaseLogin == JobSpec::DatabaseLogin::Password)
            m_passwordRef = r.databaseLogin.databasePasswordRef;
    }
    return {};
}

void RestoreRequestLoader::readSecret(
    const QString &reference, SecureBytes RestoreRequest::*field, const QString &what)
{
    SecretJob *job = m_secrets->read(reference);
    connect(job, &SecretJob::finished, this, [this, field, what](SecretJob *done) {
        done->deleteLater();
        if (m_finished)
            return;
        if (!done->ok()) {
            finish(done->status() == SecretJob::Status::NotFound
                    ? tr("The keychain has no entry for %1; enter it again.").arg(what)
                    : done->errorString());
            return;
        }
        m_request.*field = done->takeData();
        this->done();
    });
}

void RestoreRequestLoader::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.isEmpty())
        m_request = RestoreRequest();
    Q_EMIT finished();
}

} // namespace cairn
