#include "store/ProviderAccountRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

ProviderAccountRepository::ProviderAccountRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QList<ProviderAccount> ProviderAccountRepository::select(
    const QString &where, const QVariantList &values, StoreError *error) const
{
    QList<ProviderAccount> accounts;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT a.id, a.client_id, c.name, a.name, a.provider, a.account_id, a.secret_ref, a.created_at
        FROM provider_accounts a JOIN clients c ON c.id = a.client_id
        WHERE %1
        ORDER BY c.name COLLATE NOCASE, a.name COLLATE NOCASE)")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the provider accounts (%1).").arg(query.lastError().text()));
        return accounts;
    }
    while (query.next()) {
        ProviderAccount a;
        a.id = query.value(0).toLongLong();
        a.clientId = query.value(1).toLongLong();
        a.clientName = query.value(2).toString();
        a.name = query.value(3).toString();
        a.provider = query.value(4).toString();
        a.accountId = query.value(5).toString();
        a.secretRef = query.value(6).toString();
        a.createdAt = QDateTime::fromSecsSinceEpoch(query.value(7).toLongLong());
        accounts.append(a);
    }
    if (error)
        *error = StoreError::none();
    return accounts;
}

QList<ProviderAccount> ProviderAccountRepository::list(qint64 clientId, StoreError *error) const
{
    return select(QStringLiteral("(? = 0 OR a.client_id = ?)"), { clientId, clientId }, error);
}

std::optional<ProviderAccount> ProviderAccountRepository::find(qint64 clientId, const QString &name) const
{
    const auto found = select(
        QStringLiteral("a.client_id = ? AND a.name = ? COLLATE NOCASE"), { clientId, name }, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<ProviderAccount>(found.first());
}

std::optional<ProviderAccount> ProviderAccountRepository::findById(qint64 id) const
{
    const auto found = select(QStringLiteral("a.id = ?"), { id }, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<ProviderAccount>(found.first());
}

QList<ProviderAccount> ProviderAccountRepository::findByName(const QString &name) const
{
    return select(QStringLiteral("a.name = ? COLLATE NOCASE"), { name }, nullptr);
}

qint64 ProviderAccountRepository::insert(const ProviderAccount &account, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO provider_accounts (client_id, name, provider, account_id, secret_ref, created_at)
        VALUES (?, ?, ?, ?, ?, ?))"));
    query.addBindValue(account.clientId);
    query.addBindValue(account.name);
    query.addBindValue(account.provider);
    query.addBindValue(sqlText(account.accountId));
    query.addBindValue(account.secretRef);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = StoreError::fail(tr("Cairn could not save the provider account \"%1\" (%2).")
                                      .arg(account.name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

StoreError ProviderAccountRepository::remove(qint64 id)
{
    const auto account = findById(id);
    if (!account)
        return StoreError::fail(tr("That provider account no longer exists; it was removed already."));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM provider_accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not remove the provider account \"%1\" (%2); check the disk and try again.")
                .arg(account->name, query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
