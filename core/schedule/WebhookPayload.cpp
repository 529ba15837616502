#include "schedule/WebhookPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cairn {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Slack reads &, < and > as markup ("<!channel>" pings everyone): send them as entities.
QString slackEscaped(QString text)
{
    text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return text;
}

// Discord markdown: a job called "**x**" stays literal.
QString discordEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\*_~`|>[]");
    QString out;
    for (QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        && !url.host().isEmpty();
}

} // namespace

QString WebhookPayload::safeText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QLatin1Char(' ');
        else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            continue; // direction overrides could make a chat show text in another order
        else
            out += c;
    }

    // Addresses keep only scheme and host: paths and queries carry tokens and signatures
    // (presigned URLs, webhook paths), user info carries passwords.
    static const QRegularExpression address(
        QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]{1,15})://([^\\s/?#]*)(\\S*)"));
    QString replaced;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = address.globalMatch(out);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        QString host = m.captured(2);
        host = host.mid(host.lastIndexOf(QLatin1Char('@')) + 1);
        replaced += out.mid(last, m.capturedStart() - last) + m.captured(1) + QStringLiteral("://") + host;
        if (!m.captured(3).isEmpty())
            replaced += QStringLiteral("/\u2026");
        last = m.capturedEnd();
    }
    out = replaced + out.mid(last);

    // "Bearer <token>" before key=value, so "Authorization: Bearer <token>" loses the token too.
    static const QRegularExpression bearer(
        QStringLiteral("\\b(bearer|basic)\\s+\\S+"), QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1 \u2026"));
    static const QRegularExpression keyValue(
        QStringLiteral(
            "\\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|secret[_-]?key|signature|"
            "credential|authorization|x-amz-[a-z-]+)(\\s*[=:]\\s*)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(keyValue, QStringLiteral("\\1\\2\u2026"));
    static const QRegularExpression awsKeyId(QStringLiteral("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"));
    out.replace(awsKeyId, QStringLiteral("\\1\u2026"));

    out = out.simplified();
    if (out.size() > maxLength)
        out = out.left(std::max(0, maxLength - 1)) + QChar(0x2026);
    return out;
}

QString WebhookPayload::title(const WebhookEvent &event)
{
    const QString job = safeText(event.jobName, 100);
    const QString client = safeText(event.clientName, 100);
    const QString what = client.isEmpty() ? job : tr("%1 (%2)").arg(job, client);
    switch (event.kind) {
    case NotificationEvent::Failure:
        return tr("Backup failed: %1").arg(what);
    case NotificationEvent::Overdue:
        return tr("Backup overdue: %1").arg(what);
    case NotificationEvent::Success:
        return tr("Backup succeeded: %1").arg(what);
    }
    return what;
}

QString WebhookPayload::formatName(WebhookFormat format)
{
    switch (format) {
    case WebhookFormat::Slack:
        return QStringLiteral("Slack");
    case WebhookFormat::Discord:
        return QStringLiteral("Discord");
    case WebhookFormat::Ntfy:
        return QStringLiteral("ntfy");
    case WebhookFormat::Generic:
        return tr("JSON");
    }
    return {};
}

QString WebhookPayload::formatKey(WebhookFormat format)
{
    switch (format) {
    case WebhookFormat::Slack:
        return QStringLiteral("slack");
    case WebhookFormat::Discord:
        return QStringLiteral("discord");
    case WebhookFormat::Ntfy:
        return QStringLiteral("ntfy");
    case WebhookFormat::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

std::optional<WebhookFormat> WebhookPayload::formatFromKey(const QString &key)
{
    for (WebhookFormat f :
        { WebhookFormat::Slack, WebhookFormat::Discord, WebhookFormat::Ntfy, WebhookFormat::Generic })
        if (key.compare(formatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString WebhookPayload::eventKey(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::Failure:
        return QStringLiteral("failure");
    case NotificationEvent::Overdue:
        return QStringLiteral("overdue");
    case NotificationEvent::Success:
        return QStringLiteral("success");
    }
    return {};
}

std::optional<WebhookRequest> WebhookPayload::build(
    WebhookFormat format, const QUrl &webhook, const WebhookEvent &event, QString *error)
{
    QString scratch;
    QString &message = error ? *error : scratch;
    message.clear();
    if (!isWebAddress(webhook)) {
        // The address is a secret: the sentence does not repeat it.
        message = tr(
            "The %1 webhook address must start with https:// (or http://) and name a host; check it in the "
            "client's notification settings.")
                      .arg(formatName(format));
        return std::nullopt;
    }

    WebhookRequest request;
    request.url = webhook;
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    request.headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Cairn/" CAIRN_VERSION) });
    const QString title = WebhookPayload::title(event);
    const QString text = safeText(event.message);

    switch (format) {
    case WebhookFormat::Slack: {
        const QString body = QStringLiteral("*%1*").arg(slackEscaped(title))
            + (text.isEmpty() ? QString() : QLatin1Char('\n') + slackEscaped(text));
        request.body = json(QJsonObject { { QStringLiteral("text"), body } });
        break;
    }
    case WebhookFormat::Discord: {
        QString content = QStringLiteral("**%1**").arg(discordEscaped(title))
            + (text.isEmpty() ? QString() : QLatin1Char('\n') + discordEscaped(text));
        if (content.size() > 2000) // Discord refuses longer messages
            content = content.left(1999) + QChar(0x2026);
        request.body = json(QJsonObject {
            { QStringLiteral("username"), QStringLiteral("Cairn") },
            { QStringLiteral("content"), content },
            // No @everyone, @here, role or user pings, whatever a name contains.
            { QStringLiteral("allowed_mentions"), QJsonObject { { QStringLiteral("parse"), QJsonArray() } } },
        });
        break;
    }
    case WebhookFormat::Ntfy: {
        // The address names the topic (https://ntfy.sh/my-backups); JSON goes to the server's root.
        QStringList segments = webhook.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        static const QRegularExpression topicPattern(QStringLiteral("^[-_A-Za-z0-9]{1,64}$"));
        if (segments.isEmpty() || !topicPattern.match(segments.last()).hasMatch()) {
            message = tr(
                "The ntfy address must end with the topic, for example https://ntfy.sh/my-backups; check it "
                "in the client's notification settings.");
            return std::nullopt;
        }
        const QString topic = segments.takeLast();
        QUrl root = webhook;
        root.setPath(QLatin1Char('/') + segments.join(QLatin1Char('/'))
            + (segments.isEmpty() ? QString() : QStringLiteral("/")));
        root.setQuery(QString());
        root.setFragment(QString());
        request.url = root;
        int priority = 3;
        QString tag = QStringLiteral("white_check_mark");
        if (event.kind == NotificationEvent::Failure) {
            priority = 4;
            tag = QStringLiteral("rotating_light");
        } else if (event.kind == NotificationEvent::Overdue) {
            priority = 4;
            tag = QStringLiteral("warning");
        }
        request.body = json(QJsonObject {
            { QStringLiteral("topic"), topic },
            { QStringLiteral("title"), title },
            { QStringLiteral("message"), text.isEmpty() ? title : text },
            { QStringLiteral("priority"), priority },
            { QStringLiteral("tags"), QJsonArray { tag } },
        });
        break;
    }
    case WebhookFormat::Generic:
        request.body = json(QJsonObject {
            { QStringLiteral("source"), QStringLiteral("cairn") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("event"), eventKey(event.kind) },
            { QStringLiteral("title"), title },
            { QStringLiteral("message"), text },
            { QStringLiteral("client"), safeText(event.clientName, 100) },
            { QStringLiteral("job"), safeText(event.jobName, 100) },
            { QStringLiteral("server"), safeText(event.serverName, 100) },
            { QStringLiteral("at"), isoOrNull(event.at) },
            { QStringLiteral("last_good_at"), isoOrNull(event.lastGoodAt) },
            { QStringLiteral("run_id"),
                event.runId > 0 ? QJsonValue(event.runId) : QJsonValue(QJsonValue::Null) },
        });
        break;
    }
    return request;
}

} // namespace cairn
