#include "store/SshKeyRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

const char *const selectSql = R"(
    SELECT k.id, k.client_id, c.name, k.name, k.key_type, k.public_key, k.fingerprint, k.keychain_ref,
           k.created_at, (SELECT count(*) FROM servers s WHERE s.ssh_key_id = k.id)
    FROM ssh_keys k JOIN clients c ON c.id = k.client_id)";

SshKeyRecord keyFrom(const QSqlQuery &query)
{
    SshKeyRecord key;
    key.id = query.value(0).toLongLong();
    key.clientId = query.value(1).toLongLong();
    key.clientName = query.value(2).toString();
    key.name = query.value(3).toString();
    key.keyType = query.value(4).toString();
    key.publicKey = query.value(5).toString();
    key.fingerprint = query.value(6).toString();
    key.keychainRef = query.value(7).toString();
    key.createdAt = QDateTime::fromSecsSinceEpoch(query.value(8).toLongLong());
    key.servers = query.value(9).toInt();
    return key;
}

} // namespace

SshKeyRepository::SshKeyRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QString SshKeyRepository::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A key needs a name; type one, for example \"backup key\".");
    if (trimmed.size() > 100)
        return tr("A key's name can be at most 100 characters long; choose a shorter one.");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A key's name cannot contain line breaks or control characters; type it on one line.");
    }
    return {};
}

QString SshKeyRepository::defaultKeyName(const QString &clientName)
{
    return tr("Cairn key for %1").arg(clientName.trimmed());
}

QList<SshKeyRecord> SshKeyRepository::list(qint64 clientId, StoreError *error) const
{
    QList<SshKeyRecord> keys;
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(selectSql)
        + QStringLiteral(
            " WHERE (? = 0 OR k.client_id = ?) ORDER BY c.name COLLATE NOCASE, k.name COLLATE NOCASE"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the SSH keys (%1).").arg(query.lastError().text()));
        return keys;
    }
    while (query.next())
        keys.append(keyFrom(query));
    if (error)
        *error = StoreError::none();
    return keys;
}

std::optional<SshKeyRecord> SshKeyRepository::find(qint64 clientId, const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QLatin1String(selectSql) + QStringLiteral(" WHERE k.client_id = ? AND k.name = ? COLLATE NOCASE"));
    query.addBindValue(clientId);
    query.addBindValue(name.trimmed());
    if (query.exec() && query.next())
        return keyFrom(query);
    return std::nullopt;
}

std::optional<SshKeyRecord> SshKeyRepository::findById(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(selectSql) + QStringLiteral(" WHERE k.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return keyFrom(query);
    return std::nullopt;
}

qint64 SshKeyRepository::insert(const SshKeyRecord &key, StoreError *error)
{
    const QString problem = validateName(key.name);
    if (!problem.isEmpty()) {
        *error = StoreError::fail(problem);
        return 0;
    }
    const QString name = key.name.trimmed();
    if (find(key.clientId, name)) {
        *error = StoreError::fail(
            tr("This client already has a key named \"%1\"; choose another name.").arg(name));
        return 0;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO ssh_keys (client_id, name, key_type, public_key, fingerprint, keychain_ref, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?))"));
    query.addBindValue(key.clientId);
    query.addBindValue(name);
    query.addBindValue(sqlText(key.keyType));
    query.addBindValue(sqlText(key.publicKey));
    query.addBindValue(sqlText(key.fingerprint));
    query.addBindValue(sqlText(key.keychainRef));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error
            = StoreError::fail(tr("Cairn could not save the key \"%1\" (%2); check the disk and try again.")
                                   .arg(name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

StoreError SshKeyRepository::remove(qint64 id)
{
    const auto key = findById(id);
    if (!key)
        return StoreError::fail(tr("That key no longer exists; refresh the list."));
    if (key->servers > 0)
        return StoreError::fail(tr("The key \"%1\" is still used by %n server(s); give them another key or "
                                   "remove them first.",
            nullptr, key->servers)
                                    .arg(key->name));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM ssh_keys WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not remove the key \"%1\" (%2); check the disk and try again.")
                .arg(key->name, query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
