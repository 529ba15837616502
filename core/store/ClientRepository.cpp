#include "store/ClientRepository.h"

#include "schedule/ClientNotifications.h"
#include "security/AuditLog.h"
#include "store/ClientKeyRepository.h"
#include "store/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

const char *const listSql = R"(
    SELECT c.id, c.name, c.notes, c.created_at,
           (SELECT count(*) FROM servers s WHERE s.client_id = c.id),
           (SELECT count(*) FROM storage_targets t WHERE t.client_id = c.id),
           (SELECT count(*) FROM jobs j WHERE j.client_id = c.id),
           (SELECT count(*) FROM ssh_keys k WHERE k.client_id = c.id)
    FROM clients c)";

Client clientFrom(const QSqlQuery &query)
{
    Client client;
    client.id = query.value(0).toLongLong();
    client.name = query.value(1).toString();
    client.notes = query.value(2).toString();
    client.createdAt = QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong());
    client.servers = query.value(4).toInt();
    client.storageTargets = query.value(5).toInt();
    client.jobs = query.value(6).toInt();
    return client;
}

} // namespace

ClientRepository::ClientRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QString ClientRepository::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A client needs a name; type one, for example the company's name.");
    if (trimmed.size() > 100)
        return tr("A client's name can be at most 100 characters long; choose a shorter one.");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr(
                "A client's name cannot contain line breaks or control characters; type it on one line.");
    }
    return {};
}

QList<Client> ClientRepository::list(StoreError *error) const
{
    QList<Client> clients;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QLatin1String(listSql) + QStringLiteral(" ORDER BY c.name COLLATE NOCASE"))) {
        if (error)
            *error = StoreError::fail(
                tr("Cairn could not read the clients (%1).").arg(query.lastError().text()));
        return clients;
    }
    while (query.next())
        clients.append(clientFrom(query));
    if (error)
        *error = StoreError::none();
    return clients;
}

std::optional<Client> ClientRepository::find(const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(listSql) + QStringLiteral(" WHERE c.name = ? COLLATE NOCASE"));
    query.addBindValue(name.trimmed());
    if (query.exec() && query.next())
        return clientFrom(query);
    return std::nullopt;
}

std::optional<Client> ClientRepository::findById(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(listSql) + QStringLiteral(" WHERE c.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return clientFrom(query);
    return std::nullopt;
}

qint64 ClientRepository::add(const QString &name, const QString &notes, StoreError *error)
{
    const QString problem = validateName(name);
    if (!problem.isEmpty()) {
        *error = StoreError::fail(problem);
        return 0;
    }
    const QString trimmed = name.trimmed();
    if (find(trimmed)) {
        *error
            = StoreError::fail(tr("A client named \"%1\" already exists; choose another name.").arg(trimmed));
        return 0;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO clients (name, notes, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(sqlText(notes));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = StoreError::fail(
            tr("Cairn could not save the client \"%1\" (%2); check the disk and try again.")
                .arg(trimmed, query.lastError().text()));
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    AuditLog(m_database).append(QStringLiteral("client.add"), trimmed, QStringLiteral("ok"), id);
    *error = StoreError::none();
    return id;
}

StoreError ClientRepository::remove(const QString &name, QStringList *secretRefs)
{
    const auto client = find(name);
    if (!client)
        return StoreError::fail(
            tr("There is no client named \"%1\"; see `cairn-cli client list` for the names.")
                .arg(name.trimmed()));

    QSqlDatabase db = m_database->connection();
    QSqlQuery keys(db);
    keys.prepare(QStringLiteral("SELECT count(*) FROM ssh_keys WHERE client_id = ?"));
    keys.addBindValue(client->id);
    const int keyCount = (keys.exec() && keys.next()) ? keys.value(0).toInt() : 0;
    if (client->servers + client->storageTargets + client->jobs + keyCount > 0) {
        // Only what it still has.
        QStringList owned;
        if (client->servers > 0)
            owned << tr("%n server(s)", nullptr, client->servers);
        if (client->storageTargets > 0)
            owned << tr("%n storage target(s)", nullptr, client->storageTargets);
        if (client->jobs > 0)
            owned << tr("%n job(s)", nullptr, client->jobs);
        if (keyCount > 0)
            owned << tr("%n key(s)", nullptr, keyCount);
        const QString last = owned.takeLast();
        const QString listed
            = owned.isEmpty() ? last : tr("%1 and %2").arg(owned.join(QStringLiteral(", ")), last);
        return StoreError::fail(
            tr("The client \"%1\" still has %2; remove or move them first.").arg(client->name, listed));
    }

    // The keychain references die with the rows that hold them: read them in the same transaction.
    const bool transaction = db.transaction();
    QStringList refs;
    if (const auto key = ClientKeyRepository(m_database).find(client->id))
        refs << key->privateKeyRef << key->integrityKeyRef;
    ClientNotifications notifications(m_database);
    if (const auto hook = notifications.webhook(client->id))
        refs << hook->secretRef;
    refs << notifications.pingRef(client->id);
    refs.removeAll(QString());

    StoreError failed;
    if (StoreError e = notifications.removeWebhook(client->id))
        failed = e;
    else if (StoreError p = notifications.removePing(client->id))
        failed = p;
    QSqlQuery query(db);
    if (!failed) {
        query.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
        query.addBindValue(client->id);
        if (!query.exec())
            failed = StoreError::fail(
                tr("Cairn could not remove the client \"%1\" (%2); check the disk and try again.")
                    .arg(client->name, query.lastError().text()));
    }
    if (!failed && transaction && !db.commit())
        failed = StoreError::fail(
            tr("Cairn could not remove the client \"%1\" (%2); check the disk and try again.")
                .arg(client->name, db.lastError().text()));
    if (failed) {
        if (transaction)
            db.rollback();
        return failed;
    }
    if (secretRefs)
        *secretRefs = refs;
    AuditLog(m_database)
        .append(QStringLiteral("client.remove"), client->name, QStringLiteral("ok"), client->id);
    return StoreError::none();
}

qint64 ClientRepository::ensureOne(const QString &name, StoreError *error)
{
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT id FROM clients ORDER BY id LIMIT 1")) && query.next()) {
        *error = StoreError::none();
        return query.value(0).toLongLong();
    }
    return add(name, QString(), error);
}

} // namespace cairn
