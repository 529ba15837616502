#pragma once
// What a client's webhook receives when a backup fails, turns overdue or (optionally) succeeds:
// the request for Slack, Discord, ntfy or a generic JSON shape. Payloads carry names, times and
// one sentence, never a secret: addresses inside the sentence are cut to their host, and
// "password=...", "token=..." and the like are masked. The webhook address itself is a secret
// (Slack's and Discord's carry their token in the path): it is only ever the request's target.
// (ntfy's JSON API wants the topic, the address's last part, in the body: it goes to the same
// server the address names.)

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace cairn {

enum class WebhookFormat { Slack, Discord, Ntfy, Generic };
enum class NotificationEvent { Failure, Overdue, Success };

struct WebhookEvent {
    NotificationEvent kind = NotificationEvent::Failure;
    QString clientName;
    QString jobName;
    QString serverName; // optional
    QDateTime at; // when it happened (the run finished, the job turned overdue)
    QString message; // one sentence: the failure, the watchdog's reason, or what succeeded
    QDateTime lastGoodAt; // optional
    qint64 runId = 0; // optional
};

struct WebhookRequest {
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class WebhookPayload final {
    Q_DECLARE_TR_FUNCTIONS(cairn::WebhookPayload)

public:
    // The request to POST for this event; nothing (and one sentence in *error) when the address
    // cannot be a webhook of that kind. The sentence names the host, never the whole address.
    static std::optional<WebhookRequest> build(
        WebhookFormat format, const QUrl &webhook, const WebhookEvent &event, QString *error);

    // "Backup failed: web1 files (Acme)".
    static QString title(const WebhookEvent &event);
    // Text safe to send anywhere: one line, addresses cut to scheme and host, secret-looking
    // key=value pairs masked, at most maxLength characters.
    static QString safeText(const QString &text, int maxLength = 500);

    static QString formatName(WebhookFormat format); // "Slack", "Discord", "ntfy", "JSON"
    static QString formatKey(WebhookFormat format); // "slack", "discord", "ntfy", "generic"
    static std::optional<WebhookFormat> formatFromKey(const QString &key);
    static QString eventKey(NotificationEvent event); // "failure", "overdue", "success"
};

} // namespace cairn
