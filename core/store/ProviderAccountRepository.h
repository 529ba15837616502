#pragma once
// Cloud provider accounts (table provider_accounts). The token or secret key lives in the keychain
// under secretRef; saving and removing an account with its secret is ProviderAccountStore's job.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>
#include <optional>

namespace cairn {

class ProviderAccountRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ProviderAccountRepository)

public:
    explicit ProviderAccountRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's accounts.
    QList<ProviderAccount> list(qint64 clientId, StoreError *error = nullptr) const;
    // Inserts a row as given (validation belongs to the caller); returns its id or 0 with *error.
    qint64 insert(const ProviderAccount &account, StoreError *error);
    std::optional<ProviderAccount> find(qint64 clientId, const QString &name) const;
    std::optional<ProviderAccount> findById(qint64 id) const;
    QList<ProviderAccount> findByName(const QString &name) const;
    StoreError remove(qint64 id);

private:
    QList<ProviderAccount> select(const QString &where, const QVariantList &values, StoreError *error) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cairn
