#pragma once
// SSH key pairs of a client: name, type, public key and fingerprint in SQLite; the private key only
// in the keychain, under keychainRef ("ssh-key/<uuid>"). Writing the secret is the caller's job
// (SshKeyService does both, in the order that never leaves half a key behind).

#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <memory>
#include <optional>

namespace cairn {

struct SshKeyRecord {
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString name;
    // "ssh-ed25519" or "ssh-rsa".
    QString keyType;
    // "ssh-ed25519 AAAA... comment", as it goes into authorized_keys.
    QString publicKey;
    // "SHA256:...", as `ssh-keygen -l` prints it.
    QString fingerprint;
    QString keychainRef;
    QDateTime createdAt;
    // How many servers log in with this key.
    int servers = 0;
};

class SshKeyRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SshKeyRepository)

public:
    explicit SshKeyRepository(std::shared_ptr<Database> database);

    // clientId 0: every client's keys.
    QList<SshKeyRecord> list(qint64 clientId, StoreError *error = nullptr) const;
    std::optional<SshKeyRecord> find(qint64 clientId, const QString &name) const;
    std::optional<SshKeyRecord> findById(qint64 id) const;

    // Inserts the row as given; returns its id, or 0 with *error (a duplicate name says so).
    qint64 insert(const SshKeyRecord &key, StoreError *error);
    // Refuses while a server still logs in with the key.
    StoreError remove(qint64 id);

    // One sentence when name cannot be a key's name, else empty.
    static QString validateName(const QString &name);
    // The name of the key Cairn creates for a client on first need.
    static QString defaultKeyName(const QString &clientName);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
