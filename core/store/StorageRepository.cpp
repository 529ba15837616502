#include "store/StorageRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

StorageRepository::StorageRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QList<StorageTarget> StorageRepository::select(
    const QString &where, const QVariantList &values, StoreError *error) const
{
    QList<StorageTarget> targets;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT t.id, t.client_id, c.name, t.name, t.provider, t.endpoint, t.region, t.bucket, t.prefix,
               t.access_key_id, t.addressing_style, t.secret_ref, t.created_at
        FROM storage_targets t JOIN clients c ON c.id = t.client_id
        WHERE %1
        ORDER BY c.name COLLATE NOCASE, t.name COLLATE NOCASE)")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the storage targets (%1).").arg(query.lastError().text()));
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
        t.addressing = query.value(10).toString();
        t.secretRef = query.value(11).toString();
        t.createdAt = QDateTime::fromSecsSinceEpoch(query.value(12).toLongLong());
        targets.append(t);
    }
    if (error)
        *error = StoreError::none();
    return targets;
}

QList<StorageTarget> StorageRepository::list(qint64 clientId, StoreError *error) const
{
    return select(QStringLiteral("(? = 0 OR t.client_id = ?)"), { clientId, clientId }, error);
}

std::optional<StorageTarget> StorageRepository::find(qint64 clientId, const QString &name) const
{
    const QList<StorageTarget> found = select(
        QStringLiteral("t.client_id = ? AND t.name = ? COLLATE NOCASE"), { clientId, name }, nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<StorageTarget> StorageRepository::findById(qint64 id) const
{
    const QList<StorageTarget> found = select(QStringLiteral("t.id = ?"), { id }, nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StorageTarget> StorageRepository::findByName(const QString &name) const
{
    return select(QStringLiteral("t.name = ? COLLATE NOCASE"), { name }, nullptr);
}

qint64 StorageRepository::insert(const StorageTarget &target, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO storage_targets (client_id, name, provider, endpoint, region, bucket, prefix,
                                     addressing_style, access_key_id, secret_ref, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    query.addBindValue(target.clientId);
    query.addBindValue(target.name);
    query.addBindValue(target.provider);
    query.addBindValue(target.endpoint);
    query.addBindValue(target.region);
    query.addBindValue(target.bucket);
    query.addBindValue(sqlText(target.prefix));
    query.addBindValue(target.addressing.isEmpty() ? QStringLiteral("path") : target.addressing);
    query.addBindValue(target.accessKeyId);
    query.addBindValue(target.secretRef);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = StoreError::fail(tr("Cairn could not save the storage target \"%1\" (%2).")
                                      .arg(target.name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

int StorageRepository::jobCount(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE storage_id = ?"));
    query.addBindValue(id);
    return (query.exec() && query.next()) ? query.value(0).toInt() : 0;
}

StoreError StorageRepository::remove(qint64 id)
{
    const auto target = findById(id);
    if (!target)
        return StoreError::fail(tr("That storage target no longer exists; it was removed already."));
    if (const int jobs = jobCount(id); jobs > 0)
        return StoreError::fail(jobs == 1
                ? tr("The storage target \"%1\" is used by a job; remove that job or point it at another "
                     "target first.")
                      .arg(target->name)
                : tr("The storage target \"%1\" is used by %2 jobs; remove those jobs or point them at "
                     "another "
                     "target first.")
                      .arg(target->name)
                      .arg(jobs));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM storage_targets WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not remove the storage target \"%1\" (%2); check the disk and try again.")
                .arg(target->name, query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
