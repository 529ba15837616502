#include "store/StorageRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

StorageRepository::StorageRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

QList<StorageTarget> StorageRepository::list(qint64 clientId, StoreError *error) const
{
    QList<StorageTarget> targets;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT t.id, t.client_id, c.name, t.name, t.provider, t.endpoint, t.region, t.bucket, t.prefix,
               t.access_key_id, t.secret_ref, t.created_at
        FROM storage_targets t JOIN clients c ON c.id = t.client_id
        WHERE (? = 0 OR t.client_id = ?)
        ORDER BY c.name COLLATE NOCASE, t.name COLLATE NOCASE)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(tr("Cairn could not read the storage targets (%1).").arg(query.lastError().text()));
        return targets;
    }
    while (query.next()) {
        StorageTarget t;
        t.id = query.value(0).toLongLong();
        t.clientId = query.value(1).toLongLong();
        t.clientName = query.value(2).toString();
        t.name = query.value(3).toString();
        t.provider = query.value(4).toString();
        t.endpoint = query.value(5).toString();
        t.region = query.value(6).toString();
        t.bucket = query.value(7).toString();
        t.prefix = query.value(8).toString();
        t.accessKeyId = query.value(9).toString();
        t.secretRef = query.value(10).toString();
        t.createdAt = QDateTime::fromSecsSinceEpoch(query.value(11).toLongLong());
        targets.append(t);
    }
    if (error)
        *error = StoreError::none();
    return targets;
}

qint64 StorageRepository::insert(const StorageTarget &target, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO storage_targets (client_id, name, provider, endpoint, region, bucket, prefix,
                                     access_key_id, secret_ref, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    query.addBindValue(target.clientId);
    query.addBindValue(target.name);
    query.addBindValue(target.provider);
    query.addBindValue(target.endpoint);
    query.addBindValue(target.region);
    query.addBindValue(target.bucket);
    query.addBindValue(target.prefix.isNull() ? QStringLiteral("") : target.prefix); // NOT NULL column
    query.addBindValue(target.accessKeyId);
    query.addBindValue(target.secretRef);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = StoreError::fail(tr("Cairn could not save the storage target \"%1\" (%2).").arg(target.name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

} // namespace cairn
