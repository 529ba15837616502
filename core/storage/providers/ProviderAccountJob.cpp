#include "storage/providers/ProviderAccountJob.h"

#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "storage/providers/ProviderAccountStore.h"
#include "store/ClientRepository.h"
#include "store/ProviderAccountRepository.h"

#include <QEventLoop>
#include <QMetaObject>

namespace cairn {

ProviderAccountJob::ProviderAccountJob(Operation operation, std::shared_ptr<Database> database,
    SecretStore *secrets, ProviderAccount account, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_account(std::move(account))
{ }

// By value on purpose: the job owns the secret, and it is wiped when this call returns.
// cppcheck-suppress passedByValue
void ProviderAccountJob::startAdd(SecureBytes secret)
{
    if (const QString problem = ProviderAccountStore::validate(m_account); !problem.isEmpty())
        return finish(problem);
    if (secret.isEmpty())
        return finish(tr("The secret is empty; enter the token or secret access key the provider showed."));
    const auto client = ClientRepository(m_database).findById(m_account.clientId);
    if (!client)
        return finish(
            tr("The client this account should belong to no longer exists; choose another client."));
    m_account.clientName = client->name;
    m_account.name = m_account.name.trimmed();
    if (ProviderAccountRepository(m_database).find(m_account.clientId, m_account.name))
        return finish(
            tr("The client \"%1\" already has a provider account named \"%2\"; choose another name.")
                .arg(client->name, m_account.name));
    m_account.id = 0;
    m_account.secretRef = SecretStore::newReference(QStringLiteral("provider"));
    m_secretReference = m_account.secretRef;
    SecretJob *job = m_secrets->write(m_account.secretRef, secret);
    connect(job, &SecretJob::finished, this, &ProviderAccountJob::onSecretWritten);
}

void ProviderAccountJob::onSecretWritten(SecretJob *job)
{
    job->deleteLater();
    if (!job->ok())
        return finish(job->errorString());
    StoreError error;
    const qint64 id = ProviderAccountRepository(m_database).insert(m_account, &error);
    if (!id) {
        // The row is the only thing that points at the secret: take the secret back out.
        m_pendingError = error.message;
        SecretJob *rollback = m_secrets->remove(m_account.secretRef);
        connect(rollback, &SecretJob::finished, this, &ProviderAccountJob::onRollbackDone);
        return;
    }
    m_account.id = id;
    AuditLog(m_database)
        .append(QStringLiteral("provider.add"),
            QStringLiteral("%1 (%2)").arg(m_account.name, m_account.provider), QStringLiteral("ok"),
            m_account.clientId);
    finish(QString());
}

void ProviderAccountJob::onRollbackDone(SecretJob *job)
{
    job->deleteLater();
    if (!job->ok() && job->status() != SecretJob::Status::NotFound)
        m_keychainProblem = tr("The keychain entry %1 could not be removed again (%2); delete it in your "
                               "keychain app.")
                                .arg(m_account.secretRef, job->errorString());
    m_account.secretRef.clear();
    finish(m_pendingError);
}

void ProviderAccountJob::startRemove()
{
    const auto current = ProviderAccountRepository(m_database).findById(m_account.id);
    if (!current)
        return finish(
            tr("The provider account \"%1\" no longer exists; it was removed already.").arg(m_account.name));
    m_account = *current;
    if (const StoreError error = ProviderAccountRepository(m_database).remove(m_account.id))
        return finish(error.message);
    AuditLog(m_database)
        .append(QStringLiteral("provider.remove"),
            QStringLiteral("%1 (%2)").arg(m_account.name, m_account.provider), QStringLiteral("ok"),
            m_account.clientId);
    // Secret Service reports deleting a missing entry as success: look first, to say so.
    SecretJob *job = m_secrets->read(m_account.secretRef);
    connect(job, &SecretJob::finished, this, &ProviderAccountJob::onSecretLookedUp);
}

void ProviderAccountJob::onSecretLookedUp(SecretJob *job)
{
    job->deleteLater();
    job->takeData(); // only whether it exists matters; the bytes are wiped here
    if (job->status() == SecretJob::Status::NotFound) {
        m_secretAlreadyGone = true;
        return finish(QString());
    }
    SecretJob *remove = m_secrets->remove(m_account.secretRef);
    connect(remove, &SecretJob::finished, this, &ProviderAccountJob::onSecretRemoved);
}

void ProviderAccountJob::onSecretRemoved(SecretJob *job)
{
    job->deleteLater();
    if (!job->ok())
        m_keychainProblem
            = tr("The provider account \"%1\" was removed, but its keychain entry %2 could not be "
                 "deleted (%3); delete it in your keychain app.")
                  .arg(m_account.name, m_account.secretRef, job->errorString());
    finish(QString());
}

void ProviderAccountJob::finish(const QString &error)
{
    m_error = error;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(this); }, Qt::QueuedConnection);
}

void ProviderAccountJob::waitForFinished()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &ProviderAccountJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace cairn
