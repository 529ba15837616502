// Webhooks: the exact JSON for Slack, Discord, ntfy and the generic shape, hostile names, no
// secrets in any payload or message, and real POSTs to a small HTTP server in this test that
// records what it receives (answers, errors, redirects, silence, a closed port).
#include "schedule/WebhookSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cairn;
using namespace std::chrono_literals;

namespace {

struct RecordedRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// Accepts HTTP/1.1 requests on 127.0.0.1, records each, and answers as told (or not at all).
class RecordingHttpServer final : public QObject {
public:
    RecordingHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    int status = 200;
    QByteArray answer = "ok";
    QList<QByteArray> extraHeaders;
    bool hang = false;
    QList<RecordedRequest> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        if (hang)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
        for (const QByteArray &header : std::as_const(extraHeaders))
            response += header + "\r\n";
        response += "Content-Type: text/plain\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(answer.size()) + "\r\n\r\n" + answer;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

WebhookEvent failureEvent()
{
    WebhookEvent event;
    event.kind = NotificationEvent::Failure;
    event.clientName = QStringLiteral("Acme");
    event.jobName = QStringLiteral("web1 files");
    event.serverName = QStringLiteral("web1");
    event.at = QDateTime(QDate(2024, 5, 1), QTime(2, 10, 5), Qt::UTC);
    event.lastGoodAt = QDateTime(QDate(2024, 4, 30), QTime(2, 9), Qt::UTC);
    event.runId = 42;
    event.message = QStringLiteral("The host web1 refused the SSH key.");
    return event;
}

QJsonObject parsedJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", body.constData());
    return doc.object();
}

// A Slack-style address: the token is in the path, so the path must never leave the request line.
const QString secretPath = QStringLiteral("/services/T0AAAA/B0BBBB/Xy9SeCrEtToKeN");

} // namespace

class TestWebhook final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void payloads_data()
    {
        QTest::addColumn<WebhookFormat>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedUrl");
        QTest::addColumn<QByteArray>("expectedJson");

        QTest::addRow("slack failure")
            << WebhookFormat::Slack << int(NotificationEvent::Failure)
            << QStringLiteral("https://hooks.slack.com/services/T0/B0/x")
            << QStringLiteral("https://hooks.slack.com/services/T0/B0/x")
            << QByteArray(
                   R"json({"text":"*Backup failed: web1 files (Acme)*\nThe host web1 refused the SSH key."})json");
        QTest::addRow("discord overdue")
            << WebhookFormat::Discord << int(NotificationEvent::Overdue)
            << QStringLiteral("https://discord.com/api/webhooks/1/abc")
            << QStringLiteral("https://discord.com/api/webhooks/1/abc")
            << QByteArray(
                   R"json({"username":"Cairn","content":"**Backup overdue: web1 files (Acme)**\nThe host web1 refused the SSH key.","allowed_mentions":{"parse":[]}})json");
        QTest::addRow("ntfy failure")
            << WebhookFormat::Ntfy << int(NotificationEvent::Failure)
            << QStringLiteral("https://ntfy.sh/acme-backups") << QStringLiteral("https://ntfy.sh/")
            << QByteArray(
                   R"json({"topic":"acme-backups","title":"Backup failed: web1 files (Acme)","message":"The host web1 refused the SSH key.","priority":4,"tags":["rotating_light"]})json");
        QTest::addRow("ntfy success under a path")
            << WebhookFormat::Ntfy << int(NotificationEvent::Success)
            << QStringLiteral("https://push.example.com/ntfy/acme_backups?x=1")
            << QStringLiteral("https://push.example.com/ntfy/")
            << QByteArray(
                   R"json({"topic":"acme_backups","title":"Backup succeeded: web1 files (Acme)","message":"The host web1 refused the SSH key.","priority":3,"tags":["white_check_mark"]})json");
        QTest::addRow("ntfy overdue")
            << WebhookFormat::Ntfy << int(NotificationEvent::Overdue)
            << QStringLiteral("http://10.0.0.5:8080/t") << QStringLiteral("http://10.0.0.5:8080/")
            << QByteArray(
                   R"json({"topic":"t","title":"Backup overdue: web1 files (Acme)","message":"The host web1 refused the SSH key.","priority":4,"tags":["warning"]})json");
        QTest::addRow("generic failure")
            << WebhookFormat::Generic << int(NotificationEvent::Failure)
            << QStringLiteral("https://monitor.example.com/hook")
            << QStringLiteral("https://monitor.example.com/hook")
            << QByteArray(
                   R"json({"source":"cairn","version":1,"event":"failure","title":"Backup failed: web1 files (Acme)",)json"
                   R"json("message":"The host web1 refused the SSH key.","client":"Acme","job":"web1 files","server":"web1",)json"
                   R"json("at":"2024-05-01T02:10:05.000Z","last_good_at":"2024-04-30T02:09:00.000Z","run_id":42})json");
    }

    void payloads()
    {
        QFETCH(WebhookFormat, format);
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QString, expectedUrl);
        QFETCH(QByteArray, expectedJson);
        WebhookEvent event = failureEvent();
        event.kind = NotificationEvent(kind);
        QString error;
        const auto request = WebhookPayload::build(format, QUrl(url), event, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->url.toString(), expectedUrl);
        QCOMPARE(parsedJson(request->body), parsedJson(expectedJson));
        QVERIFY(request->headers.contains(
            { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") }));
    }

    void genericWithoutOptionalFields()
    {
        WebhookEvent event;
        event.kind = NotificationEvent::Overdue;
        event.jobName = QStringLiteral("db1");
        const auto request = WebhookPayload::build(
            WebhookFormat::Generic, QUrl(QStringLiteral("https://x.example/h")), event, nullptr);
        QVERIFY(request);
        const QJsonObject json = parsedJson(request->body);
        QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Backup overdue: db1"));
        QVERIFY(json.value(QStringLiteral("at")).isNull());
        QVERIFY(json.value(QStringLiteral("last_good_at")).isNull());
        QVERIFY(json.value(QStringLiteral("run_id")).isNull());
    }

    void hostileNames()
    {
        WebhookEvent event = failureEvent();
        event.jobName = QStringLiteral("<!channel> & <@U123> **bold** [x](https://evil.example/p)");
        event.clientName = QStringLiteral("@everyone\n$(rm -rf /)\u202eevil");
        event.message = QStringLiteral("line one\nline two\r\n\x1b[31mred");

        const auto slack = WebhookPayload::build(WebhookFormat::Slack,
            QUrl(QStringLiteral("https://hooks.slack.com/services/T/B/x")), event, nullptr);
        QVERIFY(slack);
        const QString slackText = parsedJson(slack->body).value(QStringLiteral("text")).toString();
        QVERIFY2(
            slackText.contains(QLatin1String("&lt;!channel&gt; &amp; &lt;@U123&gt;")), qPrintable(slackText));
        QVERIFY(!slackText.contains(QLatin1String("<!channel>")));
        QVERIFY(!slackText.contains(QChar(0x202e)));
        QVERIFY(!slackText.contains(QChar(0x1b)));
        QCOMPARE(slackText.count(QLatin1Char('\n')), 1); // title and message: one line each

        const auto discord = WebhookPayload::build(WebhookFormat::Discord,
            QUrl(QStringLiteral("https://discord.com/api/webhooks/1/a")), event, nullptr);
        QVERIFY(discord);
        const QJsonObject json = parsedJson(discord->body);
        QCOMPARE(json.value(QStringLiteral("allowed_mentions"))
                     .toObject()
                     .value(QStringLiteral("parse"))
                     .toArray()
                     .size(),
            0);
        const QString content = json.value(QStringLiteral("content")).toString();
        QVERIFY2(content.contains(QLatin1String("\\*\\*bold\\*\\*")), qPrintable(content));
        QVERIFY2(content.contains(QLatin1String("\\[x\\]")), qPrintable(content));
        QVERIFY2(content.contains(QStringLiteral("https://evil.example/\u2026")), qPrintable(content));
        QVERIFY(!content.contains(QLatin1String("evil.example/p")));
    }

    void noSecretsInPayloads_data()
    {
        QTest::addColumn<WebhookFormat>("format");
        QTest::addRow("slack") << WebhookFormat::Slack;
        QTest::addRow("discord") << WebhookFormat::Discord;
        QTest::addRow("ntfy") << WebhookFormat::Ntfy;
        QTest::addRow("generic") << WebhookFormat::Generic;
    }

    void noSecretsInPayloads()
    {
        QFETCH(WebhookFormat, format);
        WebhookEvent event = failureEvent();
        event.message = QStringLiteral(
            "Upload to "
            "https://acme.s3.eu-central-1.amazonaws.com/backups/web1.tar.zst?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240501&X-Amz-Signature=d3adb33fd3adb33f failed; "
            "mysqldump said password=hunter2 token: tk_abcdef1234 Authorization: Bearer "
            "eyJhbGciOiJIUzI1NiJ9.x.y, "
            "key AKIAIOSFODNN7EXAMPLE, via https://admin:s3cr3tpw@db.internal:8443/x and "
            "sftp://user:pw@h/p.");
        const QUrl webhook(QStringLiteral("https://hooks.example.com") + secretPath);
        const auto request = WebhookPayload::build(format, webhook, event, nullptr);
        QVERIFY(request);
        QByteArray body = request->body;
        if (format == WebhookFormat::Ntfy) {
            // ntfy's JSON API names the topic (the last part of the address) in the body, sent to
            // the same server the address names; nowhere else.
            QCOMPARE(
                parsedJson(body).value(QStringLiteral("topic")).toString(), QStringLiteral("Xy9SeCrEtToKeN"));
            QCOMPARE(body.count("Xy9SeCrEtToKeN"), 1);
            body.replace("\"topic\":\"Xy9SeCrEtToKeN\"", "");
            QVERIFY(!request->url.toString().contains(QLatin1String("Xy9SeCrEtToKeN")));
        }
        for (const char *secret :
            { "d3adb33f", "AKIAIOSFODNN7EXAMPLE", "hunter2", "tk_abcdef1234", "eyJhbGciOiJIUzI1NiJ9",
                "s3cr3tpw", "admin:", "user:pw", "web1.tar.zst", "Xy9SeCrEtToKeN", "T0AAAA" })
            QVERIFY2(!body.contains(secret),
                qPrintable(QStringLiteral("%1 leaked into %2")
                               .arg(QString::fromLatin1(secret), QString::fromUtf8(body))));
        // What remains still says what happened and where.
        QVERIFY(body.contains("acme.s3.eu-central-1.amazonaws.com"));
        QVERIFY(body.contains("db.internal:8443"));
        QVERIFY(body.contains("mysqldump said password="));
    }

    void badAddresses_data()
    {
        QTest::addColumn<WebhookFormat>("format");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        const QString web
            = QStringLiteral("The Slack webhook address must start with https:// (or http://) and name a "
                             "host; check it in the client's notification settings.");
        QTest::addRow("file") << WebhookFormat::Slack << QStringLiteral("file:///etc/passwd") << web;
        QTest::addRow("ftp") << WebhookFormat::Slack << QStringLiteral("ftp://hooks.example.com/x") << web;
        QTest::addRow("javascript") << WebhookFormat::Slack << QStringLiteral("javascript:alert(1)") << web;
        QTest::addRow("no host") << WebhookFormat::Slack << QStringLiteral("https:///services/T/B/secret")
                                 << web;
        QTest::addRow("empty") << WebhookFormat::Slack << QString() << web;
        QTest::addRow("words") << WebhookFormat::Slack << QStringLiteral("my slack channel") << web;
        const QString topic
            = QStringLiteral("The ntfy address must end with the topic, for example "
                             "https://ntfy.sh/my-backups; check it in the client's notification "
                             "settings.");
        QTest::addRow("ntfy without topic")
            << WebhookFormat::Ntfy << QStringLiteral("https://ntfy.sh/") << topic;
        QTest::addRow("ntfy odd topic")
            << WebhookFormat::Ntfy << QStringLiteral("https://ntfy.sh/a%20b") << topic;
    }

    void badAddresses()
    {
        QFETCH(WebhookFormat, format);
        QFETCH(QString, url);
        QString error;
        QVERIFY(!WebhookPayload::build(format, QUrl(url), failureEvent(), &error));
        QTEST(error, "error");
    }

    void sendsToLocalServer_data()
    {
        QTest::addColumn<WebhookFormat>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expectedPath");
        QTest::addRow("slack") << WebhookFormat::Slack << secretPath << secretPath.toUtf8();
        QTest::addRow("discord") << WebhookFormat::Discord << QStringLiteral("/api/webhooks/1/tok")
                                 << QByteArray("/api/webhooks/1/tok");
        QTest::addRow("ntfy") << WebhookFormat::Ntfy << QStringLiteral("/acme-backups") << QByteArray("/");
        QTest::addRow("generic") << WebhookFormat::Generic << QStringLiteral("/hook") << QByteArray("/hook");
    }

    void sendsToLocalServer()
    {
        QFETCH(WebhookFormat, format);
        QFETCH(QString, path);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        WebhookSender sender;
        QSignalSpy sent(&sender, &WebhookSender::sent);
        const WebhookTarget target { format, server.url(path) };
        QString error;
        const quint64 ticket = sender.send(target, failureEvent(), &error);
        QVERIFY2(ticket != 0, qPrintable(error));
        QCOMPARE(sender.inFlight(), 1);
        QVERIFY(sent.wait(20000));
        QCOMPARE(sent.at(0).at(0).toULongLong(), ticket);
        QCOMPARE(sent.at(0).at(1).toBool(), true);
        QCOMPARE(sent.at(0).at(2).toString(), QString());
        QCOMPARE(sender.inFlight(), 0);

        QCOMPARE(server.requests.size(), 1);
        const RecordedRequest &request = server.requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QTEST(request.path, "expectedPath");
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(request.headers.value("user-agent").startsWith("Cairn/"));
        const auto expected = WebhookPayload::build(format, target.url, failureEvent(), nullptr);
        QVERIFY(expected);
        QCOMPARE(parsedJson(request.body), parsedJson(expected->body));
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("message");
        QTest::addRow("server error")
            << 500 << QByteArray("no_service") << QByteArray()
            << QStringLiteral("The Slack webhook at 127.0.0.1 answered HTTP 500 (no_service); "
                              "check the webhook address in the client's notification "
                              "settings.");
        QTest::addRow("not found, empty answer")
            << 404 << QByteArray() << QByteArray()
            << QStringLiteral(
                   "The Slack webhook at 127.0.0.1 answered HTTP 404; check the webhook address in the "
                   "client's notification settings.");
        QTest::addRow("answer quoting the address")
            << 403
            << QByteArray(
                   "invalid token for https://hooks.example.com/services/T0AAAA/B0BBBB/Xy9SeCrEtToKeN\n")
            << QByteArray()
            << QStringLiteral("The Slack webhook at 127.0.0.1 answered HTTP 403 (invalid token for "
                              "https://hooks.example.com/\u2026); check the webhook address in the client's "
                              "notification settings.");
        QTest::addRow("redirect is not followed")
            << 301 << QByteArray() << QByteArray("Location: http://127.0.0.1:1/elsewhere")
            << QStringLiteral(
                   "The Slack webhook at 127.0.0.1 redirects elsewhere (HTTP 301); enter the address it "
                   "redirects to in the client's notification settings.");
    }

    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, header);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.status = status;
        server.answer = answer;
        if (!header.isEmpty())
            server.extraHeaders.append(header);
        WebhookSender sender;
        QSignalSpy sent(&sender, &WebhookSender::sent);
        QVERIFY(sender.send({ WebhookFormat::Slack, server.url(secretPath) }, failureEvent()) != 0);
        QVERIFY(sent.wait(20000));
        QCOMPARE(sent.at(0).at(1).toBool(), false);
        const QString message = sent.at(0).at(2).toString();
        QTEST(message, "message");
        QVERIFY(!message.contains(QLatin1String("SeCrEt")));
        QCOMPARE(server.requests.size(), 1);
    }

    void silentReceiverTimesOut()
    {
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.hang = true;
        WebhookSender sender;
        sender.setTimeout(300ms);
        QSignalSpy sent(&sender, &WebhookSender::sent);
        QVERIFY(sender.send(
            { WebhookFormat::Discord, server.url(QStringLiteral("/api/webhooks/1/tok")) }, failureEvent()));
        QVERIFY(sent.wait(20000));
        QCOMPARE(sent.at(0).at(1).toBool(), false);
        QCOMPARE(sent.at(0).at(2).toString(),
            QStringLiteral(
                "The Discord webhook at 127.0.0.1 did not answer within 1 second; check the address and the "
                "network."));
        QCOMPARE(server.requests.size(), 1);
    }

    void closedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        WebhookSender sender;
        QSignalSpy sent(&sender, &WebhookSender::sent);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(secretPath));
        QVERIFY(sender.send({ WebhookFormat::Generic, url }, failureEvent()));
        QVERIFY(sent.wait(20000));
        QCOMPARE(sent.at(0).at(1).toBool(), false);
        const QString message = sent.at(0).at(2).toString();
        QVERIFY2(message.startsWith(QLatin1String("Cairn could not reach the JSON webhook at 127.0.0.1 (")),
            qPrintable(message));
        QVERIFY2(
            message.endsWith(QLatin1String("); check the address and the network.")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("SeCrEt")), qPrintable(message));
    }

    void onlyTheEventsAskedFor()
    {
        RecordingHttpServer server;
        QVERIFY(server.listen());
        WebhookSender sender;
        QSignalSpy sent(&sender, &WebhookSender::sent);
        WebhookTarget target { WebhookFormat::Generic, server.url(QStringLiteral("/hook")) };
        QVERIFY(target.onFailure && target.onOverdue && !target.onSuccess); // the defaults
        WebhookEvent success = failureEvent();
        success.kind = NotificationEvent::Success;
        QString error = QStringLiteral("stale");
        QCOMPARE(sender.send(target, success, &error), quint64(0));
        QVERIFY(error.isEmpty());
        QCOMPARE(sender.inFlight(), 0);

        target.onSuccess = true;
        target.onFailure = false;
        QCOMPARE(sender.send(target, failureEvent(), &error), quint64(0));
        QVERIFY(sender.send(target, success, &error) != 0);
        QVERIFY(sent.wait(20000));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(parsedJson(server.requests.first().body).value(QStringLiteral("event")).toString(),
            QStringLiteral("success"));
    }

    void formatKeys()
    {
        for (WebhookFormat f :
            { WebhookFormat::Slack, WebhookFormat::Discord, WebhookFormat::Ntfy, WebhookFormat::Generic })
            QCOMPARE(WebhookPayload::formatFromKey(WebhookPayload::formatKey(f)), f);
        QVERIFY(!WebhookPayload::formatFromKey(QStringLiteral("teams")));
        QCOMPARE(WebhookPayload::formatFromKey(QStringLiteral("SLACK")), WebhookFormat::Slack);
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
