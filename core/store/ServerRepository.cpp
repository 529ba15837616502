#include "store/ServerRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

ServerRepository::ServerRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

QList<Server> ServerRepository::list(qint64 clientId, StoreError *error) const
{
    QList<Server> servers;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        SELECT s.id, s.client_id, c.name, s.name, s.host, s.port, s.username, s.ssh_key_id,
               s.host_key_type, s.host_key, s.host_key_fingerprint, s.created_at
        FROM servers s JOIN clients c ON c.id = s.client_id
        WHERE (? = 0 OR s.client_id = ?)
        ORDER BY c.name COLLATE NOCASE, s.name COLLATE NOCASE)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(tr("Cairn could not read the servers (%1).").arg(query.lastError().text()));
        return servers;
    }
    while (query.next()) {
        Server s;
        s.id = query.value(0).toLongLong();
        s.clientId = query.value(1).toLongLong();
        s.clientName = query.value(2).toString();
        s.name = query.value(3).toString();
        s.host = query.value(4).toString();
        s.port = query.value(5).toInt();
        s.username = query.value(6).toString();
        s.sshKeyId = query.value(7).toLongLong();
        s.hostKeyType = query.value(8).toString();
        s.hostKey = query.value(9).toByteArray();
        s.hostKeyFingerprint = query.value(10).toString();
        s.createdAt = QDateTime::fromSecsSinceEpoch(query.value(11).toLongLong());
        servers.append(s);
    }
    if (error)
        *error = StoreError::none();
    return servers;
}

qint64 ServerRepository::insert(const Server &server, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO servers (client_id, name, host, port, username, ssh_key_id, host_key_type, host_key,
                             host_key_fingerprint, host_key_trusted_at, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    query.addBindValue(server.clientId);
    query.addBindValue(server.name);
    query.addBindValue(server.host);
    query.addBindValue(server.port);
    query.addBindValue(server.username);
    query.addBindValue(server.sshKeyId ? QVariant(server.sshKeyId) : QVariant());
    query.addBindValue(server.hostKeyType);
    query.addBindValue(server.hostKey);
    query.addBindValue(server.hostKeyFingerprint);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = StoreError::fail(tr("Cairn could not save the server \"%1\" (%2).").arg(server.name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

} // namespace cairn
