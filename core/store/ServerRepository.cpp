#include "store/ServerRepository.h"

#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

const char *const selectSql = R"(
    SELECT s.id, s.client_id, c.name, s.name, s.host, s.port, s.username, s.ssh_key_id, k.name,
           s.host_key_type, s.host_key, s.host_key_fingerprint, s.host_key_trusted_at, s.preflight_json,
           s.created_at
    FROM servers s JOIN clients c ON c.id = s.client_id LEFT JOIN ssh_keys k ON k.id = s.ssh_key_id)";

Server serverFrom(const QSqlQuery &query)
{
    Server s;
    s.id = query.value(0).toLongLong();
    s.clientId = query.value(1).toLongLong();
    s.clientName = query.value(2).toString();
    s.name = query.value(3).toString();
    s.host = query.value(4).toString();
    s.port = query.value(5).toInt();
    s.username = query.value(6).toString();
    s.sshKeyId = query.value(7).toLongLong();
    s.sshKeyName = query.value(8).toString();
    s.hostKeyType = query.value(9).toString();
    s.hostKey = query.value(10).toByteArray();
    s.hostKeyFingerprint = query.value(11).toString();
    if (!query.value(12).isNull())
        s.hostKeyTrustedAt = QDateTime::fromSecsSinceEpoch(query.value(12).toLongLong());
    s.preflightJson = query.value(13).toString();
    s.createdAt = QDateTime::fromSecsSinceEpoch(query.value(14).toLongLong());
    return s;
}

} // namespace

ServerRepository::ServerRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QString ServerRepository::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A server needs a name; type one, for example \"web shop\".");
    if (trimmed.size() > 100)
        return tr("A server's name can be at most 100 characters long; choose a shorter one.");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr(
                "A server's name cannot contain line breaks or control characters; type it on one line.");
    }
    return {};
}

QList<Server> ServerRepository::list(qint64 clientId, StoreError *error) const
{
    QList<Server> servers;
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(selectSql)
        + QStringLiteral(
            " WHERE (? = 0 OR s.client_id = ?) ORDER BY c.name COLLATE NOCASE, s.name COLLATE NOCASE"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the servers (%1).").arg(query.lastError().text()));
        return servers;
    }
    while (query.next())
        servers.append(serverFrom(query));
    if (error)
        *error = StoreError::none();
    return servers;
}

std::optional<Server> ServerRepository::find(qint64 clientId, const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QLatin1String(selectSql) + QStringLiteral(" WHERE s.client_id = ? AND s.name = ? COLLATE NOCASE"));
    query.addBindValue(clientId);
    query.addBindValue(name);
    if (query.exec() && query.next())
        return serverFrom(query);
    return std::nullopt;
}

std::optional<Server> ServerRepository::findById(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(selectSql) + QStringLiteral(" WHERE s.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return serverFrom(query);
    return std::nullopt;
}

StoreError ServerRepository::refuseDuplicate(qint64 clientId, const QString &name, qint64 exceptId) const
{
    const auto existing = find(clientId, name);
    if (existing && existing->id != exceptId)
        return StoreError::fail(
            tr("This client already has a server named \"%1\"; choose another name.").arg(name.trimmed()));
    return StoreError::none();
}

qint64 ServerRepository::insert(const Server &server, StoreError *error)
{
    if (StoreError e = refuseDuplicate(server.clientId, server.name, 0)) {
        *error = e;
        return 0;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(R"(
        INSERT INTO servers (client_id, name, host, port, username, ssh_key_id, host_key_type, host_key,
                             host_key_fingerprint, host_key_trusted_at, preflight_json, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    query.addBindValue(server.clientId);
    query.addBindValue(server.name);
    query.addBindValue(server.host);
    query.addBindValue(server.port);
    query.addBindValue(server.username);
    query.addBindValue(server.sshKeyId ? QVariant(server.sshKeyId) : QVariant());
    query.addBindValue(server.hostKey.isEmpty() ? QVariant() : QVariant(server.hostKeyType));
    query.addBindValue(server.hostKey.isEmpty() ? QVariant() : QVariant(server.hostKey));
    query.addBindValue(server.hostKey.isEmpty() ? QVariant() : QVariant(server.hostKeyFingerprint));
    query.addBindValue(server.hostKey.isEmpty() ? QVariant() : QVariant(now));
    query.addBindValue(server.preflightJson.isEmpty() ? QVariant() : QVariant(server.preflightJson));
    query.addBindValue(now);
    if (!query.exec()) {
        *error = StoreError::fail(
            tr("Cairn could not save the server \"%1\" (%2); check the disk and try again.")
                .arg(server.name, query.lastError().text()));
        return 0;
    }
    *error = StoreError::none();
    return query.lastInsertId().toLongLong();
}

StoreError ServerRepository::update(const Server &server)
{
    if (StoreError e = refuseDuplicate(server.clientId, server.name, server.id))
        return e;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "UPDATE servers SET name = ?, host = ?, port = ?, username = ?, ssh_key_id = ? WHERE id = ?"));
    query.addBindValue(server.name);
    query.addBindValue(server.host);
    query.addBindValue(server.port);
    query.addBindValue(server.username);
    query.addBindValue(server.sshKeyId ? QVariant(server.sshKeyId) : QVariant());
    query.addBindValue(server.id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not save the server \"%1\" (%2); check the disk and try again.")
                .arg(server.name, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return StoreError::fail(tr("The server \"%1\" no longer exists; refresh the list.").arg(server.name));
    return StoreError::none();
}

StoreError ServerRepository::remove(qint64 id)
{
    const auto server = findById(id);
    if (!server)
        return StoreError::fail(tr("That server no longer exists; refresh the list."));
    const int jobCount = jobsUsing(id);
    if (jobCount > 0) {
        const QString message = tr(
            "The server \"%1\" is still backed up by %n job(s); remove the job(s) first.", nullptr, jobCount);
        return StoreError::fail(message.arg(server->name));
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM servers WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not remove the server \"%1\" (%2); check the disk and try again.")
                .arg(server->name, query.lastError().text()));
    return StoreError::none();
}

int ServerRepository::jobsUsing(qint64 id) const
{
    QSqlQuery jobs(m_database->connection());
    jobs.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE server_id = ?"));
    jobs.addBindValue(id);
    return (jobs.exec() && jobs.next()) ? jobs.value(0).toInt() : 0;
}

StoreError ServerRepository::pinHostKey(
    qint64 id, const QString &type, const QByteArray &blob, const QString &fingerprint)
{
    if (type.isEmpty() || blob.isEmpty() || fingerprint.isEmpty())
        return StoreError::fail(tr("There is no host key to trust; connect to the server first."));
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("UPDATE servers SET host_key_type = ?, host_key = ?, host_key_fingerprint = ?, "
                       "host_key_trusted_at = ? WHERE id = ?"));
    query.addBindValue(type);
    query.addBindValue(blob);
    query.addBindValue(fingerprint);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not save the server's host key (%1); check the disk and try again.")
                .arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return StoreError::fail(tr("That server no longer exists; refresh the list."));
    return StoreError::none();
}

StoreError ServerRepository::setPreflight(qint64 id, const QString &json)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE servers SET preflight_json = ? WHERE id = ?"));
    query.addBindValue(sqlText(json));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fail(
            tr("Cairn could not save the preflight result (%1); check the disk and try again.")
                .arg(query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
