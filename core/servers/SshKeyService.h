#pragma once
// A client's SSH keys end to end: the private key goes to the keychain (SecretStore, reference
// "ssh-key/<uuid>"), the public half and the reference to SQLite (SshKeyRepository). The secret is
// written first and the row second; when the row fails, the secret is removed again, so a key is
// never half saved. Generation, import and removal are audited. Every call is asynchronous and
// answers through its callback in the thread that owns the service (which needs an event loop:
// the keychain works over D-Bus).

#include "secrets/SecureBytes.h"
#include "ssh/SshKey.h"
#include "store/Database.h"
#include "store/SshKeyRepository.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cairn {

class SecretStore;

class SshKeyService final : public QObject {
    Q_OBJECT

public:
    struct Result {
        SshKeyRecord key;
        // One sentence for a person; empty on success.
        QString error;
        // Success with a caveat (a keychain entry that could not be removed), one sentence.
        QString warning;
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Result &)>;
    using KeyDone = std::function<void(SecureBytes privateKey, const QString &error)>;

    explicit SshKeyService(std::shared_ptr<Database> database, QObject *parent = nullptr);
    // keychainService: the keychain's service name (tests use their own).
    SshKeyService(std::shared_ptr<Database> database, const QString &keychainService, QObject *parent);

    void generate(qint64 clientId, const QString &name, SshKey::Type type, Done done);
    // privateKeyText: an OpenSSH or PEM private key file's contents; passphrase may be empty.
    void importKey(
        qint64 clientId, const QString &name, SecureBytes privateKeyText, SecureBytes passphrase, Done done);
    // The client's default Ed25519 key ("Cairn key for <client>"), generated on first need.
    void ensureDefaultKey(qint64 clientId, Done done);
    // Refused while a server logs in with the key. The row goes first, then the keychain entry.
    void remove(qint64 keyId, Done done);
    // The private key in OpenSSH format, from the keychain, for one connection.
    void readPrivateKey(qint64 keyId, KeyDone done);

    // The comment a key generated under this name carries on authorized_keys lines.
    static QString commentFor(const QString &keyName);

private:
    void store(
        qint64 clientId, const QString &name, const SshKey &key, const QString &auditAction, Done done);
    void later(Done done, Result result);
    QString checkNewKey(qint64 clientId, const QString &name) const;

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
};

} // namespace cairn
