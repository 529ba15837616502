#include "security/SecuritySettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

SecuritySettings::SecuritySettings(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

std::optional<QString> SecuritySettings::value(const QString &key, StoreError *error) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        if (error)
            *error
                = StoreError::fail(tr("Cairn could not read its settings (%1); check the disk and try again.")
                                       .arg(query.lastError().text()));
        return std::nullopt;
    }
    if (error)
        *error = StoreError::none();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

qint64 SecuritySettings::integer(const QString &key, qint64 fallback) const
{
    const std::optional<QString> text = value(key);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 number = text->toLongLong(&ok);
    return ok ? number : fallback;
}

StoreError SecuritySettings::write(const QMap<QString, std::optional<QString>> &values)
{
    QSqlDatabase db = m_database->connection();
    auto fail = [&db](const QString &reason) {
        db.rollback();
        return StoreError::fail(
            tr("Cairn could not save its settings (%1); check the disk and try again.").arg(reason));
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString reason;
        if (!writeIn(db, it.key(), it.value(), &reason))
            return fail(reason);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return StoreError::none();
}

bool SecuritySettings::writeIn(
    QSqlDatabase &db, const QString &key, const std::optional<QString> &value, QString *reason)
{
    QSqlQuery query(db);
    if (value) {
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(*value);
    } else {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(key);
    }
    if (query.exec())
        return true;
    if (reason)
        *reason = query.lastError().text();
    return false;
}

std::optional<QString> SecuritySettings::readIn(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace cairn
