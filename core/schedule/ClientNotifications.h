#pragma once
// Per client: the webhook that hears about failed, overdue and (optionally) good backups, and the
// dead-man's-switch ping URL the host calls at the end of each good run. Both addresses carry
// tokens, so they live in the keychain; the settings table keeps only their references and the
// choices ("client.<id>.webhook" = {"kind", "ref", "on_success"}, "client.<id>.ping" = ref).

#include "schedule/WebhookPayload.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace cairn {

class ClientNotifications final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ClientNotifications)

public:
    explicit ClientNotifications(std::shared_ptr<Database> database);

    struct Webhook {
        WebhookFormat format = WebhookFormat::Generic;
        QString secretRef; // keychain reference of the address
        bool onFailure = true;
        bool onOverdue = true;
        bool onSuccess = false;
    };

    std::optional<Webhook> webhook(qint64 clientId) const;
    StoreError setWebhook(qint64 clientId, const Webhook &webhook);
    StoreError removeWebhook(qint64 clientId);

    // The keychain reference of the client's ping URL; empty when it has none.
    QString pingRef(qint64 clientId) const;
    StoreError setPingRef(qint64 clientId, const QString &secretRef);
    StoreError removePing(qint64 clientId);

private:
    QString value(const QString &key) const;
    StoreError setValue(const QString &key, const QString &value);

    std::shared_ptr<Database> m_database;
};

} // namespace cairn
