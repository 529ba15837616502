#include "store/ClientKeyRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cairn {

ClientKeyRepository::ClientKeyRepository(std::shared_ptr<Database> database) : m_database(std::move(database))
{ }

std::optional<ClientKeyRecord> ClientKeyRepository::find(qint64 clientId, StoreError *error) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT id, client_id, coalesce(public_key_pem, ''), coalesce(fingerprint, ''), key_in_keychain, "
        "coalesce(private_key_ref, ''), integrity_key_ref, created_at, key_created_at, kit_saved_at FROM "
        "client_keys "
        "WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the client's keys (%1).").arg(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    ClientKeyRecord record;
    record.id = query.value(0).toLongLong();
    record.clientId = query.value(1).toLongLong();
    record.publicKeyPem = query.value(2).toString();
    record.fingerprint = query.value(3).toString();
    record.hasPrivate = query.value(4).toInt() != 0;
    record.privateKeyRef = query.value(5).toString();
    record.integrityKeyRef = query.value(6).toString();
    record.createdAt = QDateTime::fromSecsSinceEpoch(query.value(7).toLongLong());
    if (!query.value(8).isNull())
        record.keyCreatedAt = QDateTime::fromSecsSinceEpoch(query.value(8).toLongLong());
    if (!query.value(9).isNull())
        record.kitSavedAt = QDateTime::fromSecsSinceEpoch(query.value(9).toLongLong());
    return record;
}

qint64 ClientKeyRepository::insertIntegrityKey(
    qint64 clientId, const QString &integrityKeyRef, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO client_keys (client_id, integrity_key_ref, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(clientId);
    query.addBindValue(integrityKeyRef);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not save the client's integrity key (%1).").arg(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

StoreError ClientKeyRepository::setEncryptionKey(
    qint64 clientId, const QString &publicKeyPem, const QString &fingerprint, const QString &privateKeyRef)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE client_keys SET public_key_pem = ?, fingerprint = ?, "
                                 "key_in_keychain = ?, private_key_ref = ?, "
                                 "key_created_at = ? WHERE client_id = ? AND public_key_pem IS NULL"));
    query.addBindValue(publicKeyPem);
    query.addBindValue(fingerprint);
    query.addBindValue(privateKeyRef.isEmpty() ? 0 : 1);
    query.addBindValue(privateKeyRef.isEmpty() ? QVariant() : QVariant(privateKeyRef));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(clientId);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not save the client's encryption key (%1).").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return StoreError::fail(tr("This client has an encryption key already; its backups keep using it."));
    return StoreError::none();
}

StoreError ClientKeyRepository::markKitSaved(const QList<qint64> &clientIds)
{
    QSqlQuery query(m_database->connection());
    QStringList placeholders;
    for (qsizetype i = 0; i < clientIds.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    // Only clients with an encryption key: a kit saved before the key existed does not hold it.
    query.prepare(QStringLiteral("UPDATE client_keys SET kit_saved_at = ? WHERE public_key_pem IS NOT NULL")
        + (clientIds.isEmpty()
                ? QString()
                : QStringLiteral(" AND client_id IN (%1)").arg(placeholders.join(QLatin1Char(',')))));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    for (const qint64 id : clientIds)
        query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not note that the recovery kit was saved (%1).").arg(query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
