#include "storage/StorageTargetJob.h"

#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "storage/StorageTargetStore.h"
#include "store/ClientRepository.h"
#include "store/StorageRepository.h"

#include <QEventLoop>
#include <QMetaObject>

namespace cairn {

StorageTargetJob::StorageTargetJob(Operation operation, std::shared_ptr<Database> database,
    SecretStore *secrets, StorageTarget target, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_target(std::move(target))
{ }

// By value on purpose: the job owns the secret, and it is wiped when this call returns.
// cppcheck-suppress passedByValue
void StorageTargetJob::startAdd(SecureBytes secret)
{
    if (const QString problem = StorageTargetStore::validate(m_target); !problem.isEmpty())
        return finish(problem);
    if (secret.isEmpty())
        return finish(tr("The secret access key is empty; enter the secret that belongs to access key %1.")
                          .arg(m_target.accessKeyId));
    const auto client = ClientRepository(m_database).findById(m_target.clientId);
    if (!client)
        return finish(tr("The client this storage target should belong to no longer exists; choose another "
                         "client."));
    m_target.clientName = client->name;
    m_target.name = m_target.name.trimmed();
    if (StorageRepository(m_database).find(m_target.clientId, m_target.name))
        return finish(tr("The client \"%1\" already has a storage target named \"%2\"; choose another name.")
                          .arg(client->name, m_target.name));

    m_target.id = 0;
    m_target.secretRef = SecretStore::newReference(QStringLiteral("storage"));
    m_secretReference = m_target.secretRef;
    SecretJob *job = m_secrets->write(m_target.secretRef, secret);
    connect(job, &SecretJob::finished, this, &StorageTargetJob::onSecretWritten);
}

void StorageTargetJob::onSecretWritten(SecretJob *job)
{
    job->deleteLater();
    if (!job->ok())
        return finish(job->errorString());
    StoreError error;
    const qint64 id = StorageRepository(m_database).insert(m_target, &error);
    if (!id) {
        // The row is the only thing that points at the secret: take the secret back out.
        m_pendingError = error.message;
        SecretJob *rollback = m_secrets->remove(m_target.secretRef);
        connect(rollback, &SecretJob::finished, this, &StorageTargetJob::onRollbackDone);
        return;
    }
    m_target.id = id;
    AuditLog(m_database)
        .append(QStringLiteral("storage.add"),
            QStringLiteral("%1 (%2/%3)").arg(m_target.name, m_target.bucket, m_target.prefix),
            QStringLiteral("ok"), m_target.clientId);
    finish(QString());
}

void StorageTargetJob::onRollbackDone(SecretJob *job)
{
    job->deleteLater();
    QString error = m_pendingError;
    if (!job->ok() && job->status() != SecretJob::Status::NotFound)
        m_keychainProblem = tr("The keychain entry %1 could not be removed again (%2); delete it in your "
                               "keychain app.")
                                .arg(m_target.secretRef, job->errorString());
    m_target.secretRef.clear();
    finish(error);
}

void StorageTargetJob::startRemove()
{
    const auto current = StorageRepository(m_database).findById(m_target.id);
    if (!current)
        return finish(
            tr("The storage target \"%1\" no longer exists; it was removed already.").arg(m_target.name));
    m_target = *current;
    // The row goes first: if it cannot go (jobs still use it), the secret must stay.
    if (const StoreError error = StorageRepository(m_database).remove(m_target.id))
        return finish(error.message);
    AuditLog(m_database)
        .append(QStringLiteral("storage.remove"),
            QStringLiteral("%1 (%2/%3)").arg(m_target.name, m_target.bucket, m_target.prefix),
            QStringLiteral("ok"), m_target.clientId);
    // Secret Service reports deleting a missing entry as success: look first, to say so.
    SecretJob *job = m_secrets->read(m_target.secretRef);
    connect(job, &SecretJob::finished, this, &StorageTargetJob::onSecretLookedUp);
}

void StorageTargetJob::onSecretLookedUp(SecretJob *job)
{
    job->deleteLater();
    job->takeData(); // only whether it exists matters; the bytes are wiped here
    if (job->status() == SecretJob::Status::NotFound) {
        m_secretAlreadyGone = true;
        return finish(QString());
    }
    SecretJob *remove = m_secrets->remove(m_target.secretRef);
    connect(remove, &SecretJob::finished, this, &StorageTargetJob::onSecretRemoved);
}

void StorageTargetJob::onSecretRemoved(SecretJob *job)
{
    job->deleteLater();
    if (job->status() == SecretJob::Status::NotFound) {
        m_secretAlreadyGone = true;
    } else if (!job->ok()) {
        m_keychainProblem
            = tr("The storage target \"%1\" was removed, but its keychain entry %2 could not be "
                 "deleted (%3); delete it in your keychain app.")
                  .arg(m_target.name, m_target.secretRef, job->errorString());
    }
    finish(QString());
}

void StorageTargetJob::finish(const QString &error)
{
    m_error = error;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(this); }, Qt::QueuedConnection);
}

void StorageTargetJob::waitForFinished()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &StorageTargetJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace cairn
