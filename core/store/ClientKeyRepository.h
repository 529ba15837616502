#pragma once
// The non-secret half of a client's keys (table client_keys): the public encryption key, its
// fingerprint, whether the private key is in the keychain, and the keychain references of the
// private key and of the manifest integrity key. Writing the secrets is ClientKeyService's job.

#include "store/Database.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace cairn {

struct ClientKeyRecord {
    qint64 id = 0;
    qint64 clientId = 0;
    // Empty until an encryption key pair is created or a public key imported.
    QString publicKeyPem;
    QString fingerprint;
    bool hasPrivate = false;
    QString privateKeyRef;
    QString integrityKeyRef;
    QDateTime createdAt; // of the row (the integrity key)
    QDateTime keyCreatedAt; // of the encryption key; invalid without one
    QDateTime kitSavedAt; // the last recovery kit saved with this client in it; invalid: never

    bool canEncrypt() const { return !publicKeyPem.isEmpty(); }
    // Cairn holds the only copy of the private key and no recovery kit was saved since it was made:
    // losing this computer would make every encrypted backup of the client unreadable.
    bool needsRecoveryKit() const
    {
        return canEncrypt() && hasPrivate && (!kitSavedAt.isValid() || kitSavedAt < keyCreatedAt);
    }
};

class ClientKeyRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ClientKeyRepository)

public:
    explicit ClientKeyRepository(std::shared_ptr<Database> database);

    std::optional<ClientKeyRecord> find(qint64 clientId, StoreError *error = nullptr) const;
    // A row with the integrity key only; 0 with *error when the client has a row already.
    qint64 insertIntegrityKey(qint64 clientId, const QString &integrityKeyRef, StoreError *error);
    // Sets the encryption key of the client's row; refused (*error) when it has one already.
    StoreError setEncryptionKey(qint64 clientId, const QString &publicKeyPem, const QString &fingerprint,
        const QString &privateKeyRef);
    // A recovery kit with these clients (every client when empty) was written to a file just now.
    StoreError markKitSaved(const QList<qint64> &clientIds);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
