#pragma once
// Clients (workspaces): every server, storage target, key and job belongs to exactly one.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>
#include <optional>

namespace cairn {

class ClientRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ClientRepository)

public:
    explicit ClientRepository(std::shared_ptr<Database> database);

    // All clients by name, each with how many servers, storage targets and jobs it has.
    QList<Client> list(StoreError *error = nullptr) const;
    std::optional<Client> find(const QString &name) const;
    std::optional<Client> findById(qint64 id) const;

    // Returns the new id, or 0 with *error set (empty or duplicate name, control characters).
    qint64 add(const QString &name, const QString &notes, StoreError *error);
    // Refuses while the client still owns servers, storage targets, keys or jobs: nothing is lost.
    // Its encryption key row and notification settings go in the same transaction; secretRefs gets
    // the keychain references they held, for the caller to delete once this returned no error
    // (SecretCleanup).
    StoreError remove(const QString &name, QStringList *secretRefs = nullptr);
    // Creates a client with this name when the database has none; returns the id of the first client.
    qint64 ensureOne(const QString &name, StoreError *error);

    // One sentence when name cannot be a client's name, else empty.
    static QString validateName(const QString &name);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
