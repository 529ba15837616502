#include "security/KitConfiguration.h"

#include "security/AuditLog.h"
#include "store/Schema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cairn {

namespace {

const QString kindValue = QStringLiteral("cairn-recovery-kit");
constexpr int configurationVersion = 1;

// Columns that point at another table's id, and which table that is.
const QHash<QString, QString> &foreignKeys()
{
    static const QHash<QString, QString> keys {
        { QStringLiteral("client_id"), QStringLiteral("clients") },
        { QStringLiteral("ssh_key_id"), QStringLiteral("ssh_keys") },
        { QStringLiteral("server_id"), QStringLiteral("servers") },
        { QStringLiteral("storage_id"), QStringLiteral("storage_targets") },
    };
    return keys;
}

QJsonValue jsonFrom(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject { { QStringLiteral("base64"),
            QString::fromLatin1(value.toByteArray().toBase64()) } };
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant variantFrom(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QVariant(whole) : QVariant(number);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    return value.toString();
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

} // namespace

const QStringList &KitConfiguration::tables()
{
    // client_keys carries the references of the encryption and integrity keys, so those secrets
    // travel in the kit and an imported kit can decrypt and verify the client's backups.
    static const QStringList list { QStringLiteral("clients"), QStringLiteral("client_keys"),
        QStringLiteral("ssh_keys"), QStringLiteral("servers"), QStringLiteral("storage_targets"),
        QStringLiteral("provider_accounts"), QStringLiteral("jobs") };
    return list;
}

std::optional<QJsonObject> KitConfiguration::collect(
    const std::shared_ptr<Database> &database, const QList<qint64> &clientIds, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QSqlDatabase db = database->connection();

    // The client ids, checked: a per-client kit must not quietly come out empty.
    QList<qint64> ids;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id FROM clients ORDER BY id")))
            return fail(tr("Cairn could not read the clients (%1).").arg(query.lastError().text()));
        QSet<qint64> known;
        while (query.next())
            known.insert(query.value(0).toLongLong());
        if (clientIds.isEmpty()) {
            ids = QList<qint64>(known.cbegin(), known.cend());
        } else {
            for (const qint64 id : clientIds) {
                if (!known.contains(id))
                    return fail(tr("There is no client with id %1; choose the clients again.").arg(id));
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    const QString in = QStringLiteral(" IN (") + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');

    QJsonObject tableRows;
    for (const QString &table : tables()) {
        QSqlQuery query(db);
        const QString key
            = table == QLatin1String("clients") ? QStringLiteral("id") : QStringLiteral("client_id");
        // Table and column names come from the list above, never from input.
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2%3 ORDER BY id").arg(table, key, in));
        for (const qint64 id : std::as_const(ids))
            query.addBindValue(id);
        if (!query.exec())
            return fail(tr("Cairn could not read %1 (%2).").arg(table, query.lastError().text()));
        QJsonArray rows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), jsonFrom(record.value(i)));
            rows.append(row);
        }
        tableRows.insert(table, rows);
    }

    if (error)
        error->clear();
    return QJsonObject {
        { QStringLiteral("kind"), kindValue },
        { QStringLiteral("version"), configurationVersion },
        { QStringLiteral("schema_version"), database->schemaVersion() },
        { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("cairn_version"), QStringLiteral(CAIRN_VERSION) },
        { QStringLiteral("tables"), tableRows },
    };
}

QStringList KitConfiguration::secretReferences(const QJsonObject &configuration)
{
    QStringList references;
    const QJsonObject tableRows = configuration.value(QStringLiteral("tables")).toObject();
    for (auto table = tableRows.begin(); table != tableRows.end(); ++table) {
        for (const QJsonValue row : table.value().toArray()) {
            const QJsonObject object = row.toObject();
            for (auto column = object.begin(); column != object.end(); ++column) {
                if (column.key().endsWith(QLatin1String("_ref")) && column.value().isString()
                    && !column.value().toString().isEmpty()
                    && !references.contains(column.value().toString()))
                    references.append(column.value().toString());
            }
        }
    }
    references.sort();
    return references;
}

QStringList KitConfiguration::clientNames(const QJsonObject &configuration)
{
    QStringList names;
    const QJsonArray clients
        = configuration.value(QStringLiteral("tables")).toObject().value(QStringLiteral("clients")).toArray();
    for (const QJsonValue row : clients)
        names.append(row.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QString KitConfiguration::validate(const QJsonObject &configuration)
{
    if (configuration.value(QStringLiteral("kind")).toString() != kindValue
        || configuration.value(QStringLiteral("version")).toInt() != configurationVersion
        || !configuration.value(QStringLiteral("tables")).isObject())
        return tr(
            "The recovery kit's contents are not a Cairn configuration; it was made by another program.");
    const int schema = configuration.value(QStringLiteral("schema_version")).toInt();
    if (schema > Schema::latestVersion())
        return tr(
            "The recovery kit was made by a newer Cairn (schema %1, this one knows up to %2); install the "
            "newer Cairn to import it.")
            .arg(schema)
            .arg(Schema::latestVersion());
    const QJsonObject tableRows = configuration.value(QStringLiteral("tables")).toObject();
    for (auto table = tableRows.begin(); table != tableRows.end(); ++table) {
        if (!tables().contains(table.key()) || !table.value().isArray())
            return tr(
                "The recovery kit holds a table Cairn does not know (%1); it was made by another program.")
                .arg(table.key());
        for (const QJsonValue row : table.value().toArray()) {
            if (!row.isObject())
                return tr("The recovery kit's table %1 is damaged.").arg(table.key());
        }
    }
    return {};
}

StoreError KitConfiguration::importInto(
    const std::shared_ptr<Database> &database, const QJsonObject &configuration, Mode mode)
{
    if (const QString problem = validate(configuration); !problem.isEmpty())
        return StoreError::fail(problem);
    QSqlDatabase db = database->connection();
    auto fail = [&db](const QString &message) {
        db.rollback();
        return StoreError::fail(message);
    };
    if (!db.transaction())
        return StoreError::fail(tr("Cairn could not import the recovery kit (%1); nothing was changed.")
                                    .arg(db.lastError().text()));

    for (const QString &name : clientNames(configuration)) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM clients WHERE name = ? COLLATE NOCASE"));
        exists.addBindValue(name.trimmed());
        if (!exists.exec())
            return fail(tr("Cairn could not import the recovery kit (%1); nothing was changed.")
                            .arg(exists.lastError().text()));
        if (exists.next())
            return fail(
                tr("A client named \"%1\" already exists here; rename or remove it, then import the kit "
                   "again (nothing was changed).")
                    .arg(name));
    }

    // old id -> new id, per table, so references between imported rows follow their rows.
    QHash<QString, QHash<qint64, qint64>> newIds;
    const QJsonObject tableRows = configuration.value(QStringLiteral("tables")).toObject();
    for (const QString &table : tables()) {
        const QStringList known = columnsOf(db, table);
        for (const QJsonValue value : tableRows.value(table).toArray()) {
            const QJsonObject row = value.toObject();
            QStringList columns;
            QVariantList values;
            for (auto column = row.begin(); column != row.end(); ++column) {
                if (column.key() == QLatin1String("id"))
                    continue;
                // Only the table's own columns reach the SQL text: a kit cannot name anything else.
                if (!known.contains(column.key()))
                    return fail(tr(
                        "The recovery kit has a column %1 in %2 that this Cairn does not know; nothing was "
                        "changed.")
                                    .arg(column.key(), table));
                QVariant v = variantFrom(column.value());
                const auto target = foreignKeys().constFind(column.key());
                if (target != foreignKeys().cend() && !v.isNull()) {
                    const auto mapped = newIds.value(*target).constFind(v.toLongLong());
                    if (mapped == newIds.value(*target).cend())
                        return fail(
                            tr("The recovery kit's %1 refers to a row it does not contain; nothing was "
                               "changed.")
                                .arg(table));
                    v = *mapped;
                }
                columns.append(column.key());
                values.append(v);
            }
            QStringList placeholders;
            for (qsizetype i = 0; i < columns.size(); ++i)
                placeholders.append(QStringLiteral("?"));
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))));
            for (const QVariant &v : std::as_const(values))
                insert.addBindValue(v);
            if (!insert.exec())
                return fail(tr("The recovery kit's %1 could not be imported (%2); nothing was changed.")
                                .arg(table, insert.lastError().text()));
            newIds[table].insert(
                qint64(row.value(QStringLiteral("id")).toInteger()), insert.lastInsertId().toLongLong());
        }
    }
    if (mode == Mode::DryRun) {
        db.rollback();
        return StoreError::none();
    }
    if (!db.commit())
        return fail(tr("Cairn could not import the recovery kit (%1); nothing was changed.")
                        .arg(db.lastError().text()));
    AuditLog(database).append(
        QStringLiteral("kit.import"), clientNames(configuration).join(QStringLiteral(", ")));
    return StoreError::none();
}

} // namespace cairn
