#include "schedule/WebhookSender.h"

#include "schedule/ScheduleText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cairn {

namespace {

constexpr qint64 maxAnswerBytes = 4096;

} // namespace

bool WebhookTarget::wants(NotificationEvent event) const
{
    switch (event) {
    case NotificationEvent::Failure:
        return onFailure;
    case NotificationEvent::Overdue:
        return onOverdue;
    case NotificationEvent::Success:
        return onSuccess;
    }
    return false;
}

WebhookSender::WebhookSender(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::finished, this, &WebhookSender::finished);
}

WebhookSender::~WebhookSender()
{
    // Replies still running are children of the manager; abort them without emitting sent().
    const QList<QNetworkReply *> replies = m_replies.keys();
    m_replies.clear();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

quint64 WebhookSender::send(const WebhookTarget &target, const WebhookEvent &event, QString *error)
{
    if (error)
        error->clear();
    if (!target.wants(event.kind))
        return 0;
    const auto built = WebhookPayload::build(target.format, target.url, event, error);
    if (!built)
        return 0;

    QNetworkRequest request(built->url);
    for (const auto &[name, value] : built->headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Nothing to cache, no cookies to keep: each notification stands alone.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = m_network->post(request, built->body);
    const quint64 ticket = m_nextTicket++;
    m_replies.insert(reply, Pending { ticket, target.format, target.url.host() });
    return ticket;
}

void WebhookSender::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_replies.find(reply);
    if (it == m_replies.end())
        return;
    const Pending pending = *it;
    m_replies.erase(it);

    const QString kind = WebhookPayload::formatName(pending.format);
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusValue.isValid() ? statusValue.toInt() : 0;
    QString message;
    if (status >= 200 && status < 300) {
        message.clear();
    } else if (status >= 300 && status < 400) {
        message = tr(
            "The %1 webhook at %2 redirects elsewhere (HTTP %3); enter the address it redirects to in the "
            "client's notification settings.")
                      .arg(kind, pending.host)
                      .arg(status);
    } else if (status != 0) {
        // The receiver's own words help ("invalid_token", "no_service"); short, one line, no addresses.
        const QString answer = WebhookPayload::safeText(QString::fromUtf8(reply->read(maxAnswerBytes)), 120);
        message = tr("The %1 webhook at %2 answered HTTP %3%4; check the webhook address in the client's "
                     "notification settings.")
                      .arg(kind, pending.host)
                      .arg(status)
                      .arg(answer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(answer));
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        const auto limit = std::chrono::duration_cast<std::chrono::seconds>(m_timeout);
        message
            = tr("The %1 webhook at %2 did not answer within %3; check the address and the network.")
                  .arg(kind, pending.host, ScheduleText::duration(std::max(limit, std::chrono::seconds(1))));
    } else {
        // Qt's error text may quote the whole address: keep only what safeText lets through.
        message = tr("Cairn could not reach the %1 webhook at %2 (%3); check the address and the network.")
                      .arg(kind, pending.host, WebhookPayload::safeText(reply->errorString(), 160));
    }
    Q_EMIT sent(pending.ticket, message.isEmpty(), message);
}

} // namespace cairn
