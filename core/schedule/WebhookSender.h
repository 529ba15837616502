#pragma once
// Sends webhook notifications with QNetworkAccessManager (so it lives in a thread with an event
// loop, normally the GUI's or the daemon's main thread): one POST per event the client asked
// for, a time limit, no redirects followed (a POST must not silently turn into a GET elsewhere),
// and a one-sentence result that names the host but never the address, which is a secret.

#include "schedule/WebhookPayload.h"

#include <QHash>
#include <QObject>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace cairn {

// One client's webhook: where, in which shape, and for which events.
struct WebhookTarget {
    WebhookFormat format = WebhookFormat::Generic;
    QUrl url; // read from the keychain by the caller; never stored in SQLite or logged
    bool onFailure = true;
    bool onOverdue = true;
    bool onSuccess = false;
    bool wants(NotificationEvent event) const;
};

class WebhookSender final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultTimeout { 15 };

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Starts the POST and returns its ticket, answered later by sent(). Returns 0 when nothing is
    // sent: the target does not want this event (error left empty), or its address cannot be a
    // webhook (one sentence in *error).
    quint64 send(const WebhookTarget &target, const WebhookEvent &event, QString *error = nullptr);
    int inFlight() const { return int(m_replies.size()); }

Q_SIGNALS:
    // ok: the receiver answered 2xx. message: one sentence, empty when ok.
    void sent(quint64 ticket, bool ok, const QString &message);

private:
    struct Pending {
        quint64 ticket = 0;
        WebhookFormat format = WebhookFormat::Generic;
        QString host;
    };
    void finished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, Pending> m_replies;
    std::chrono::milliseconds m_timeout { defaultTimeout };
    quint64 m_nextTicket = 1;
};

} // namespace cairn
