#pragma once
// A client's keys end to end: the RSA-4096 encryption key pair (private half in the keychain only,
// or no private half at all when the client keeps it offline and gives Cairn the public key) and
// the 32-byte manifest integrity key (keychain), with their public parts and references in SQLite
// (ClientKeyRepository). Secrets are written before their rows and removed again when a row cannot
// be written, so nothing is ever half saved. Every call is asynchronous and answers through its
// callback in the thread that owns the service (which needs an event loop: the keychain works over
// D-Bus); key generation runs on a background thread.

#include "secrets/SecureBytes.h"
#include "store/ClientKeyRepository.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cairn {

class SecretStore;

class ClientKeyService final : public QObject {
    Q_OBJECT

public:
    struct Result {
        ClientKeyRecord keys;
        QString error; // one sentence; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Result &)>;
    using SecretDone = std::function<void(SecureBytes secret, const Result &)>;

    // secrets: a store the caller owns (the backup loader's), else one on keychainService.
    ClientKeyService(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent);
    ClientKeyService(std::shared_ptr<Database> database, const QString &keychainService, QObject *parent);
    explicit ClientKeyService(std::shared_ptr<Database> database, QObject *parent = nullptr);

    // A new RSA-4096 pair; refused when the client has an encryption key already.
    void createKeyPair(qint64 clientId, Done done);
    // The client's own public key (PEM, RSA >= 4096 bits); Cairn never sees the private half.
    void importPublicKey(qint64 clientId, const QByteArray &publicKeyPem, Done done);
    // The private key PEM from the keychain (for `client keys export`, tests and restores).
    void readPrivateKey(qint64 clientId, SecretDone done);
    // The integrity key, made (keychain first, then the row) on a client's first need.
    void ensureIntegrityKey(qint64 clientId, SecretDone done);

private:
    using RowDone = std::function<void(const Result &)>;
    void ensureRow(qint64 clientId, RowDone done);
    void attachKey(qint64 clientId, const QString &publicKeyPem, SecureBytes privateKeyPem,
        const QString &auditAction, Done done);
    void readSecret(const QString &reference, const ClientKeyRecord &keys, const QString &missing, SecretDone done);
    void later(std::function<void()> call);
    QString checkClient(qint64 clientId) const;

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
};

} // namespace cairn
