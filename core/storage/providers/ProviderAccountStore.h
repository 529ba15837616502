#pragma once
// Saves and removes a client's cloud provider accounts with their secrets (keychain reference
// "provider/<uuid>"): the secret first, then the row, the secret taken back when the row fails;
// removal deletes the row, then the secret. Audit entries provider.add / provider.remove.

#include "secrets/SecretStore.h"
#include "storage/providers/ProviderAccountJob.h"

#include <QObject>

namespace cairn {

class ProviderAccountStore final : public QObject {
    Q_OBJECT

public:
    explicit ProviderAccountStore(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ProviderAccountStore(std::shared_ptr<Database> database, const QString &keychainService, QObject *parent);

    // The caller deletes each job (deleteLater) once it has handled finished().
    ProviderAccountJob *add(const ProviderAccount &account, SecureBytes secret);
    ProviderAccountJob *remove(const ProviderAccount &account);
    SecretJob *readSecret(const ProviderAccount &account);

    // One sentence when the account cannot be saved as it is (name, provider), else empty.
    static QString validate(const ProviderAccount &account);

private:
    std::shared_ptr<Database> m_database;
    SecretStore m_secrets;
};

} // namespace cairn
