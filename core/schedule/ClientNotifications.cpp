#include "schedule/ClientNotifications.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

QString webhookKey(qint64 clientId)
{
    return QStringLiteral("client.%1.webhook").arg(clientId);
}

QString pingKey(qint64 clientId)
{
    return QStringLiteral("client.%1.ping").arg(clientId);
}

} // namespace

ClientNotifications::ClientNotifications(std::shared_ptr<Database> database) : m_database(std::move(database))
{ }

std::optional<ClientNotifications::Webhook> ClientNotifications::webhook(qint64 clientId) const
{
    const QJsonObject object = QJsonDocument::fromJson(value(webhookKey(clientId)).toUtf8()).object();
    const auto format = WebhookPayload::formatFromKey(object.value(QStringLiteral("kind")).toString());
    const QString ref = object.value(QStringLiteral("ref")).toString();
    if (!format || ref.isEmpty())
        return std::nullopt;
    Webhook hook;
    hook.format = *format;
    hook.secretRef = ref;
    hook.onFailure = object.value(QStringLiteral("on_failure")).toBool(true);
    hook.onOverdue = object.value(QStringLiteral("on_overdue")).toBool(true);
    hook.onSuccess = object.value(QStringLiteral("on_success")).toBool(false);
    return hook;
}

StoreError ClientNotifications::setWebhook(qint64 clientId, const Webhook &webhook)
{
    const QJsonObject object { { QStringLiteral("kind"), WebhookPayload::formatKey(webhook.format) },
        { QStringLiteral("ref"), webhook.secretRef }, { QStringLiteral("on_failure"), webhook.onFailure },
        { QStringLiteral("on_overdue"), webhook.onOverdue },
        { QStringLiteral("on_success"), webhook.onSuccess } };
    return setValue(
        webhookKey(clientId), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

StoreError ClientNotifications::removeWebhook(qint64 clientId)
{
    return setValue(webhookKey(clientId), QString());
}

QString ClientNotifications::pingRef(qint64 clientId) const
{
    return value(pingKey(clientId));
}

StoreError ClientNotifications::setPingRef(qint64 clientId, const QString &secretRef)
{
    return setValue(pingKey(clientId), secretRef);
}

StoreError ClientNotifications::removePing(qint64 clientId)
{
    return setValue(pingKey(clientId), QString());
}

QString ClientNotifications::value(const QString &key) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

StoreError ClientNotifications::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_database->connection());
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec())
        return StoreError::fail(tr("Cairn could not save the client's notification settings (%1); check "
                                   "the disk and the database file.")
                                    .arg(query.lastError().text()));
    return StoreError::none();
}

} // namespace cairn
