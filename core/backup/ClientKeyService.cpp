#include "backup/ClientKeyService.h"

#include "backup/ClientKeyPair.h"
#include "backup/ManifestSeal.h"
#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "servers/Background.h"
#include "store/ClientRepository.h"

#include <QTimer>

namespace cairn {

ClientKeyService::ClientKeyService(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(secrets)
{ }

ClientKeyService::ClientKeyService(
    std::shared_ptr<Database> database, const QString &keychainService, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(new SecretStore(keychainService, this))
{ }

ClientKeyService::ClientKeyService(std::shared_ptr<Database> database, QObject *parent)
    : ClientKeyService(std::move(database), SecretStore::defaultService(), parent)
{ }

void ClientKeyService::later(std::function<void()> call)
{
    // Callbacks never run inside the call that asked for them.
    QTimer::singleShot(0, this, std::move(call));
}

QString ClientKeyService::checkClient(qint64 clientId) const
{
    return ClientRepository(m_database).findById(clientId)
        ? QString()
        : tr("That client no longer exists; choose another one.");
}

void ClientKeyService::ensureRow(qint64 clientId, RowDone done)
{
    StoreError error;
    if (const auto existing = ClientKeyRepository(m_database).find(clientId, &error))
        return later([done, keys = *existing] { done(Result { keys, {} }); });
    if (error)
        return later([done, error] { done(Result { {}, error.message }); });
    if (const QString problem = checkClient(clientId); !problem.isEmpty())
        return later([done, problem] { done(Result { {}, problem }); });
    const SecureBytes key = ManifestSeal::newKey();
    if (key.isEmpty())
        return later([done] {
            done(Result { {}, tr("OpenSSL could not make a random key; reinstall Cairn.") });
        });
    const QString reference = SecretStore::newReference(QStringLiteral("integrity-key"));
    SecretJob *job = m_secrets->write(reference, key);
    connect(job, &SecretJob::finished, this, [this, clientId, reference, done](SecretJob *written) {
        written->deleteLater();
        if (!written->ok())
            return done(Result { {}, written->errorString() });
        StoreError insertError;
        if (ClientKeyRepository(m_database).insertIntegrityKey(clientId, reference, &insertError)) {
            AuditLog(m_database)
                .append(QStringLiteral("clientkey.integrity"), QString(), QStringLiteral("ok"), clientId);
            return done(Result { *ClientKeyRepository(m_database).find(clientId), {} });
        }
        // Another caller made the row first (two runs of one client): use theirs, drop ours.
        SecretJob *undo = m_secrets->remove(reference);
        connect(undo, &SecretJob::finished, this, [this, clientId, insertError, done](SecretJob *removed) {
            removed->deleteLater();
            if (const auto existing = ClientKeyRepository(m_database).find(clientId))
                return done(Result { *existing, {} });
            done(Result { {}, insertError.message });
        });
    });
}

void ClientKeyService::createKeyPair(qint64 clientId, Done done)
{
    if (const QString problem = checkClient(clientId); !problem.isEmpty())
        return later([done, problem] { done(Result { {}, problem }); });
    if (const auto existing = ClientKeyRepository(m_database).find(clientId);
        existing && existing->canEncrypt())
        return later([done] {
            done(Result { {}, tr("This client has an encryption key already; its backups keep using it.") });
        });
    // RSA-4096 takes OpenSSL a second or more: never on the caller's (maybe the GUI) thread.
    runInBackground(
        this,
        [] { return std::make_shared<std::optional<ClientKeyPair::Generated>>(ClientKeyPair::generate()); },
        [this, clientId, done](std::shared_ptr<std::optional<ClientKeyPair::Generated>> generated) {
            if (!generated->has_value())
                return done(Result { {}, tr("OpenSSL could not generate the key; reinstall Cairn.") });
            attachKey(clientId, (*generated)->publicKeyPem, std::move((*generated)->privateKeyPem),
                QStringLiteral("clientkey.create"), done);
        });
}

void ClientKeyService::importPublicKey(qint64 clientId, const QByteArray &publicKeyPem, Done done)
{
    QString normalized;
    QString problem = ClientKeyPair::checkPublicKey(publicKeyPem, &normalized);
    if (problem.isEmpty())
        problem = checkClient(clientId);
    if (problem.isEmpty()) {
        if (const auto existing = ClientKeyRepository(m_database).find(clientId);
            existing && existing->canEncrypt())
            problem = tr("This client has an encryption key already; its backups keep using it.");
    }
    if (!problem.isEmpty())
        return later([done, problem] { done(Result { {}, problem }); });
    attachKey(
        clientId, normalized, SecureBytes(), QStringLiteral("clientkey.import-public"), std::move(done));
}

void ClientKeyService::attachKey(qint64 clientId, const QString &publicKeyPem, SecureBytes privateKeyPem,
    const QString &auditAction, Done done)
{
    auto privateKey = std::make_shared<SecureBytes>(std::move(privateKeyPem));
    ensureRow(clientId, [this, clientId, publicKeyPem, privateKey, auditAction, done](const Result &row) {
        if (!row.ok())
            return done(row);
        const QString fingerprint = ClientKeyPair::fingerprint(publicKeyPem);
        const auto saveRow = [this, clientId, publicKeyPem, fingerprint, auditAction, done](
                                 const QString &privateRef) {
            if (StoreError error = ClientKeyRepository(m_database)
                                       .setEncryptionKey(clientId, publicKeyPem, fingerprint, privateRef)) {
                if (privateRef.isEmpty())
                    return done(Result { {}, error.message });
                SecretJob *undo = m_secrets->remove(privateRef);
                connect(
                    undo, &SecretJob::finished, this, [message = error.message, done](SecretJob *removed) {
                        removed->deleteLater();
                        done(Result { {}, message });
                    });
                return;
            }
            AuditLog(m_database).append(auditAction, fingerprint, QStringLiteral("ok"), clientId);
            done(Result { *ClientKeyRepository(m_database).find(clientId), {} });
        };
        if (privateKey->isEmpty())
            return saveRow(QString());
        const QString reference = SecretStore::newReference(QStringLiteral("client-key"));
        SecretJob *job = m_secrets->write(reference, *privateKey);
        privateKey->clear();
        connect(job, &SecretJob::finished, this, [reference, saveRow, done](SecretJob *written) {
            written->deleteLater();
            if (!written->ok())
                return done(Result { {}, written->errorString() });
            saveRow(reference);
        });
    });
}

void ClientKeyService::readSecret(
    const QString &reference, const ClientKeyRecord &keys, const QString &missing, SecretDone done)
{
    SecretJob *job = m_secrets->read(reference);
    connect(job, &SecretJob::finished, this, [keys, missing, done](SecretJob *read) {
        read->deleteLater();
        if (read->status() == SecretJob::Status::NotFound)
            return done(SecureBytes(), Result { keys, missing });
        if (!read->ok())
            return done(SecureBytes(), Result { keys, read->errorString() });
        done(read->takeData(), Result { keys, {} });
    });
}

void ClientKeyService::readPrivateKey(qint64 clientId, SecretDone done)
{
    const auto keys = ClientKeyRepository(m_database).find(clientId);
    QString problem;
    if (!keys || !keys->canEncrypt())
        problem = tr("This client has no encryption key; create one with cairn-cli client keys create.");
    else if (!keys->hasPrivate)
        problem = tr("Cairn holds only the public half of this client's key; the private key is wherever the "
                     "client keeps it offline.");
    if (!problem.isEmpty())
        return later([done, problem] { done(SecureBytes(), Result { {}, problem }); });
    readSecret(keys->privateKeyRef, *keys,
        tr("The client's private encryption key is missing from the keychain; import the client's recovery "
           "kit "
           "to restore it."),
        std::move(done));
}

void ClientKeyService::ensureIntegrityKey(qint64 clientId, SecretDone done)
{
    ensureRow(clientId, [this, done](const Result &row) {
        if (!row.ok())
            return done(SecureBytes(), row);
        readSecret(row.keys.integrityKeyRef, row.keys,
            tr("The client's manifest integrity key is missing from the keychain; import the client's "
               "recovery "
               "kit to restore it."),
            done);
    });
}

} // namespace cairn
