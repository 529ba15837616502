#pragma once
// Saves and removes a client's storage targets with their secrets, the one way the CLI and the
// Add Storage wizard both use: the secret access key goes to the keychain (reference
// "storage/<uuid>"), the row to SQLite, an entry to the audit log. Also the rules a target must
// follow (names, prefix, endpoint) and the conversion to what S3Client needs.

#include "secrets/SecretStore.h"
#include "storage/S3Target.h"
#include "storage/StorageTargetJob.h"

#include <QObject>

namespace cairn {

class StorageTargetStore final : public QObject {
    Q_OBJECT

public:
    explicit StorageTargetStore(std::shared_ptr<Database> database, QObject *parent = nullptr);
    // keychainService: tests use their own service name so they never touch a person's entries.
    StorageTargetStore(std::shared_ptr<Database> database, const QString &keychainService, QObject *parent);

    // Saves target (clientId, name and the S3 settings filled in; id and secretRef are set here).
    // Order, so nothing is ever half-saved: the secret is written first, then the row is inserted;
    // when the insert fails the secret is removed again. The caller deletes the job (deleteLater)
    // once it has handled finished().
    StorageTargetJob *add(const StorageTarget &target, SecureBytes secret);
    // Deletes the row (refused while jobs use the target), then the keychain entry.
    StorageTargetJob *remove(const StorageTarget &target);
    // Reads the target's secret access key; the caller deletes the job when done.
    SecretJob *readSecret(const StorageTarget &target);

    SecretStore *secrets() { return &m_secrets; }

    // One sentence when the target cannot be saved as it is, else empty. Checks the name, the
    // provider, the endpoint, region, bucket, access key ID and prefix (not the network).
    static QString validate(const StorageTarget &target);
    static QString validateName(const QString &name);
    // The prefix as stored: no leading '/', one trailing '/', or empty for the whole bucket. Sets
    // *problem (one sentence) and returns an empty string when the prefix cannot be used.
    static QString normalizePrefix(const QString &prefix, QString *problem);
    // The default prefix for a client: its name made safe for object keys ("Bäckerei Müller" ->
    // "backerei-muller/").
    static QString prefixForClient(const QString &clientName);

    static S3Target toS3(const StorageTarget &target);
    // A row with the S3 settings of s3; id, client, name and secret reference left empty.
    static StorageTarget fromS3(const S3Target &s3);

private:
    std::shared_ptr<Database> m_database;
    SecretStore m_secrets;
};

} // namespace cairn
