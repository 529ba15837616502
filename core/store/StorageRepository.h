#pragma once
// Storage targets (buckets). The secret access key lives in the keychain under secretRef; saving
// and removing a target together with its secret is StorageTargetStore's job (core/storage).

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>
#include <optional>

namespace cairn {

class StorageRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::StorageRepository)

public:
    explicit StorageRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's storage targets.
    QList<StorageTarget> list(qint64 clientId, StoreError *error = nullptr) const;
    // Inserts a row as given (validation belongs to the caller); returns its id or 0 with *error.
    qint64 insert(const StorageTarget &target, StoreError *error);

    // The target with this name (case-insensitive) in one client.
    std::optional<StorageTarget> find(qint64 clientId, const QString &name) const;
    std::optional<StorageTarget> findById(qint64 id) const;
    // Every client's targets with this name (case-insensitive), for "which one did you mean".
    QList<StorageTarget> findByName(const QString &name) const;
    // How many jobs write to this target.
    int jobCount(qint64 id) const;
    // Deletes the row; refuses (nothing deleted) while jobs still use it.
    StoreError remove(qint64 id);

private:
    QList<StorageTarget> select(const QString &where, const QVariantList &values, StoreError *error) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cairn
