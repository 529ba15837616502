#include "backup/BackupRequestLoader.h"

#include "backup/ClientKeyService.h"
#include "schedule/ClientNotifications.h"
#include "secrets/SecretStore.h"
#include "store/ClientKeyRepository.h"
#include "store/Database.h"
#include "store/RunRepository.h"

#include <QSqlQuery>

namespace cairn {

BackupRequestLoader::BackupRequestLoader(
    std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_clientKeys(new ClientKeyService(m_database, secrets, this))
{ }

void BackupRequestLoader::start(qint64 jobId)
{
    if (const QString problem = loadRows(jobId); !problem.isEmpty()) {
        finish(problem);
        return;
    }
    // Counted up front so a job that finishes at once cannot end the loader early.
    const bool needsPassword = m_request.spec.kind != JobSpec::Kind::Files
        && m_request.spec.databaseLogin == JobSpec::DatabaseLogin::Password;
    // The client's dead-man's-switch URL, when it has one (a reference in settings, the URL in the keychain).
    const QString pingRef = ClientNotifications(m_database).pingRef(m_request.clientId);
    m_pending = (needsPassword ? 4 : 3) + (pingRef.isEmpty() ? 0 : 1);
    readSecret(m_keyRef, &BackupRequest::sshPrivateKey, tr("the SSH key of %1").arg(m_request.serverName));
    readSecret(m_storageRef, &BackupRequest::storageSecret,
        tr("the secret key of the storage %1").arg(m_request.storageName));
    if (needsPassword)
        readSecret(m_request.spec.databasePasswordRef, &BackupRequest::databasePassword,
            tr("the database password of %1").arg(m_request.jobName));
    if (!pingRef.isEmpty())
        readSecret(
            pingRef, &BackupRequest::pingUrl, tr("the ping URL of client %1").arg(m_request.clientName));
    // Every manifest is sealed: a client's first backup makes its integrity key.
    m_clientKeys->ensureIntegrityKey(
        m_request.clientId, [this](SecureBytes key, const ClientKeyService::Result &r) {
            if (m_finished)
                return;
            if (!r.ok())
                return finish(r.error);
            m_request.integrityKey = std::move(key);
            done();
        });
}

void BackupRequestLoader::done()
{
    if (--m_pending == 0)
        finish({});
}

QString BackupRequestLoader::loadRows(qint64 jobId)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(R"(
        SELECT j.id, j.name, j.client_id, c.name, j.spec_json,
               s.id, s.name, s.host, s.port, s.username, s.host_key, coalesce(k.keychain_ref, ''),
               t.id, t.name, t.provider, t.endpoint, t.region, t.bucket, t.prefix, t.addressing_style,
               t.access_key_id, t.secret_ref, t.client_id
        FROM jobs j
        JOIN clients c ON c.id = j.client_id
        JOIN servers s ON s.id = j.server_id
        LEFT JOIN ssh_keys k ON k.id = s.ssh_key_id
        JOIN storage_targets t ON t.id = j.storage_id
        WHERE j.id = ?)"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return tr("The job no longer exists; refresh the list of jobs.");
    BackupRequest &r = m_request;
    r.database = m_database;
    r.jobId = q.value(0).toLongLong();
    r.jobName = q.value(1).toString();
    r.clientId = q.value(2).toLongLong();
    r.clientName = q.value(3).toString();
    QString specError;
    const auto spec = JobSpec::fromJsonBytes(q.value(4).toString().toUtf8(), &specError);
    if (!spec)
        return specError;
    r.spec = *spec;
    if (const QString problem = r.spec.validate(); !problem.isEmpty())
        return problem;
    r.expectedSourceBytes = RunRepository(m_database).lastGoodSourceBytes(r.jobId);
    r.serverId = q.value(5).toLongLong();
    r.serverName = q.value(6).toString();
    r.endpoint = SshEndpoint { q.value(7).toString(), q.value(8).toInt(), q.value(9).toString() };
    r.hostKey = SshHostKey::fromBlob(q.value(10).toByteArray());
    if (r.hostKey.isNull())
        return tr("Cairn has not trusted a host key for %1 yet; check and trust the server's key first.")
            .arg(r.serverName);
    m_keyRef = q.value(11).toString();
    if (m_keyRef.isEmpty())
        return tr("The server %1 has no SSH key; choose one for it first.").arg(r.serverName);
    r.storageId = q.value(12).toLongLong();
    r.storageName = q.value(13).toString();
    r.target.provider = q.value(14).toString();
    r.target.endpoint = QUrl(q.value(15).toString());
    r.target.region = q.value(16).toString();
    r.target.bucket = q.value(17).toString();
    r.target.prefix = q.value(18).toString();
    r.target.addressing = q.value(19).toString() == QLatin1String("virtual") ? S3Addressing::VirtualHosted
                                                                             : S3Addressing::Path;
    r.target.accessKeyId = q.value(20).toString();
    // Checked again here: a job must never send one client's data to another client's storage.
    if (q.value(22).toLongLong() != r.clientId)
        return tr("The job %1 points at storage of another client; choose a storage target of %2.")
            .arg(r.jobName, r.clientName);
    m_storageRef = q.value(21).toString();
    if (r.spec.encrypt) {
        const auto keys = ClientKeyRepository(m_database).find(r.clientId);
        if (!keys || !keys->canEncrypt())
            return tr(
                "The job %1 encrypts its backups but %2 has no encryption key; create one with cairn-cli "
                "client keys create (and save the recovery kit), or switch encryption off.")
                .arg(r.jobName, r.clientName);
        r.encryptionPublicKey = keys->publicKeyPem;
        r.encryptionFingerprint = keys->fingerprint;
    }
    return {};
}

void BackupRequestLoader::readSecret(
    const QString &reference, SecureBytes BackupRequest::*field, const QString &what)
{
    SecretJob *job = m_secrets->read(reference);
    connect(job, &SecretJob::finished, this,
        [this, field, what](SecretJob *done) { onSecret(done, field, what); });
}

void BackupRequestLoader::onSecret(SecretJob *job, SecureBytes BackupRequest::*field, const QString &what)
{
    job->deleteLater();
    if (m_finished)
        return;
    if (!job->ok()) {
        finish(job->status() == SecretJob::Status::NotFound
                ? tr("The keychain has no entry for %1; enter it again.").arg(what)
                : job->errorString());
        return;
    }
    m_request.*field = job->takeData();
    done();
}

void BackupRequestLoader::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.isEmpty())
        m_request = BackupRequest();
    Q_EMIT finished();
}

} // namespace cairn
