#include "servers/SshKeyService.h"

#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "servers/Background.h"
#include "store/ClientRepository.h"

#include <QTimer>

namespace cairn {

SshKeyService::SshKeyService(std::shared_ptr<Database> database, QObject *parent)
    : SshKeyService(std::move(database), SecretStore::defaultService(), parent)
{ }

SshKeyService::SshKeyService(
    std::shared_ptr<Database> database, const QString &keychainService, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_secrets(new SecretStore(keychainService, this))
{ }

QString SshKeyService::commentFor(const QString &keyName)
{
    const QString name = keyName.trimmed();
    return name.contains(QLatin1String("cairn"), Qt::CaseInsensitive) ? name
                                                                      : QStringLiteral("Cairn: ") + name;
}

void SshKeyService::later(Done done, Result result)
{
    // Callbacks never run inside the call that asked for them: callers can rely on that order.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

QString SshKeyService::checkNewKey(qint64 clientId, const QString &name) const
{
    QString problem = SshKeyRepository::validateName(name);
    if (!problem.isEmpty())
        return problem;
    if (!ClientRepository(m_database).findById(clientId))
        return tr("That client no longer exists; choose another one.");
    if (SshKeyRepository(m_database).find(clientId, name))
        return tr("This client already has a key named \"%1\"; choose another name.").arg(name.trimmed());
    return {};
}

void SshKeyService::generate(qint64 clientId, const QString &name, SshKey::Type type, Done done)
{
    const QString problem = checkNewKey(clientId, name);
    if (!problem.isEmpty())
        return later(std::move(done), Result { {}, problem, {} });
    const QString comment = commentFor(name);
    // RSA-4096 takes OpenSSL a second or more: never on the caller's (maybe the GUI) thread.
    runInBackground(
        this, [type, comment] { return SshKey::generate(type, comment); },
        [this, clientId, name, done = std::move(done)](const SshKey &key) mutable {
            if (key.isNull())
                return done(Result { {}, tr("OpenSSL could not generate the key; reinstall Cairn."), {} });
            store(clientId, name, key, QStringLiteral("key.generate"), std::move(done));
        });
}

void SshKeyService::importKey(
    qint64 clientId, const QString &name, SecureBytes privateKeyText, SecureBytes passphrase, Done done)
{
    const QString problem = checkNewKey(clientId, name);
    if (!problem.isEmpty())
        return later(std::move(done), Result { {}, problem, {} });
    const QString comment = commentFor(name);
    // An encrypted key runs bcrypt rounds: background work too.
    runInBackground(
        this,
        [text = std::move(privateKeyText), passphrase = std::move(passphrase), comment]() mutable {
            const SecureBytes ownText = std::move(text);
            const SecureBytes ownPassphrase = std::move(passphrase);
            SshKey::ImportResult result = SshKey::importPrivateKey(ownText.view(), ownPassphrase.view());
            if (result.ok())
                result.key.setComment(comment);
            return result;
        },
        [this, clientId, name, done = std::move(done)](SshKey::ImportResult imported) mutable {
            if (!imported.ok())
                return done(Result { {}, imported.message, {} });
            store(clientId, name, imported.key, QStringLiteral("key.import"), std::move(done));
        });
}

void SshKeyService::store(
    qint64 clientId, const QString &name, const SshKey &key, const QString &auditAction, Done done)
{
    SshKeyRecord record;
    record.clientId = clientId;
    record.name = name.trimmed();
    record.keyType = key.typeName();
    record.publicKey = key.authorizedKeysLine();
    record.fingerprint = key.fingerprintSha256();
    record.keychainRef = SecretStore::newReference(QStringLiteral("ssh-key"));

    SecretJob *job = m_secrets->write(record.keychainRef, key.toOpenSshPrivateKey());
    connect(job, &SecretJob::finished, this,
        [this, record, auditAction, done = std::move(done)](SecretJob *written) {
            written->deleteLater();
            if (!written->ok())
                return done(Result { {}, written->errorString(), {} });
            StoreError error;
            SshKeyRecord saved = record;
            saved.id = SshKeyRepository(m_database).insert(record, &error);
            if (!saved.id) {
                // Nothing half saved: the secret goes again when its row could not be written.
                SecretJob *undo = m_secrets->remove(record.keychainRef);
                connect(
                    undo, &SecretJob::finished, this, [message = error.message, done](SecretJob *removed) {
                        removed->deleteLater();
                        done(Result { {}, message, {} });
                    });
                return;
            }
            if (const auto fresh = SshKeyRepository(m_database).findById(saved.id))
                saved = *fresh;
            AuditLog(m_database).append(auditAction, saved.name, QStringLiteral("ok"), saved.clientId);
            done(Result { saved, {}, {} });
        });
}

void SshKeyService::ensureDefaultKey(qint64 clientId, Done done)
{
    const auto client = ClientRepository(m_database).findById(clientId);
    if (!client)
        return later(
            std::move(done), Result { {}, tr("That client no longer exists; choose another one."), {} });
    const QString name = SshKeyRepository::defaultKeyName(client->name);
    if (const auto existing = SshKeyRepository(m_database).find(clientId, name))
        return later(std::move(done), Result { *existing, {}, {} });
    generate(clientId, name, SshKey::Type::Ed25519,
        [this, clientId, name, done = std::move(done)](const Result &r) {
            // Two callers may race to create it: the loser uses the winner's key.
            if (!r.ok()) {
                if (const auto existing = SshKeyRepository(m_database).find(clientId, name))
                    return done(Result { *existing, {}, {} });
            }
            done(r);
        });
}

void SshKeyService::remove(qint64 keyId, Done done)
{
    const auto key = SshKeyRepository(m_database).findById(keyId);
    if (!key)
        return later(std::move(done), Result { {}, tr("That key no longer exists; refresh the list."), {} });
    if (StoreError error = SshKeyRepository(m_database).remove(keyId))
        return later(std::move(done), Result { *key, error.message, {} });
    AuditLog(m_database).append(QStringLiteral("key.remove"), key->name, QStringLiteral("ok"), key->clientId);
    SecretJob *job = m_secrets->remove(key->keychainRef);
    connect(job, &SecretJob::finished, this, [record = *key, done = std::move(done)](SecretJob *removed) {
        removed->deleteLater();
        Result result { record, {}, {} };
        if (!removed->ok() && removed->status() != SecretJob::Status::NotFound)
            result.warning
                = tr("The key was removed from Cairn, but its private half is still in the keychain "
                     "(%1); delete the entry %2 there by hand.")
                      .arg(removed->errorString(), record.keychainRef);
        done(result);
    });
}

void SshKeyService::readPrivateKey(qint64 keyId, KeyDone done)
{
    const auto key = SshKeyRepository(m_database).findById(keyId);
    if (!key) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(SecureBytes(), tr("That key no longer exists; choose another key for the server."));
        });
        return;
    }
    SecretJob *job = m_secrets->read(key->keychainRef);
    connect(job, &SecretJob::finished, this, [name = key->name, done = std::move(done)](SecretJob *read) {
        read->deleteLater();
        if (read->status() == SecretJob::Status::NotFound)
            return done(SecureBytes(),
                tr("The private half of the key \"%1\" is missing from the keychain; generate or import a "
                   "new "
                   "key and give it to the server.")
                    .arg(name));
        if (!read->ok())
            return done(SecureBytes(), read->errorString());
        done(read->takeData(), QString());
    });
}

} // namespace cairn
