#pragma once
// Storage targets (buckets). The secret access key lives in the keychain under secretRef.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>

namespace cairn {

class StorageRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::StorageRepository)

public:
    explicit StorageRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's storage targets.
    QList<StorageTarget> list(qint64 clientId, StoreError *error = nullptr) const;
    qint64 insert(const StorageTarget &target, StoreError *error);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
