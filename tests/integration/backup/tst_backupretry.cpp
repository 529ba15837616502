// A part upload the storage refuses once with 503 SlowDown is sent again and the backup still
// completes intact. A small proxy in the test stands in front of the strict S3 layer for one part's
// URL (through BackupRunOptions::presignHook): its first request gets the 503, later ones are
// passed through with the Host header the URL was signed for.
#include "BackupTestBed.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace cairn;
using namespace cairn::test;

namespace {

// Refuses the first request with 503 SlowDown; pipes the others to the upstream.
class RefuseOnceProxy final : public QObject {
public:
    RefuseOnceProxy(QString upstreamHost, quint16 upstreamPort)
        : m_host(std::move(upstreamHost)), m_port(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int refused = 0;
    int forwarded = 0;

private:
    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        auto head = std::make_shared<QByteArray>();
        auto upstream = std::make_shared<QTcpSocket *>(nullptr);
        connect(client, &QTcpSocket::readyRead, this, [this, client, head, upstream] {
            if (*upstream) {
                (*upstream)->write(client->readAll());
                return;
            }
            head->append(client->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            if (refused == 0) {
                ++refused;
                const QByteArray body
                    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
                      "<Message>Please reduce your request rate.</Message></Error>";
                client->write(
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/xml\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                client->disconnectFromHost();
                return;
            }
            ++forwarded;
            // The URL was signed for the storage's host: say that host upstream.
            QByteArray request = *head;
            const qsizetype hostAt = request.toLower().indexOf("\r\nhost:");
            const qsizetype hostEnd = request.indexOf("\r\n", hostAt + 2);
            request.replace(hostAt, hostEnd - hostAt,
                "\r\nHost: " + m_host.toLatin1() + ':' + QByteArray::number(m_port));
            auto *socket = new QTcpSocket(this);
            *upstream = socket;
            connect(socket, &QTcpSocket::readyRead, client,
                [client, socket] { client->write(socket->readAll()); });
            connect(socket, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, socket, [socket] { socket->disconnectFromHost(); });
            socket->connectToHost(m_host, m_port);
            socket->write(request);
        });
    }

    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
};

} // namespace

class TestBackupRetry final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusedPartIsRetried()
    {
        auto bed = BackupTestBed::start();
        if (!bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        const QString tree = bed->path(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree));
        QFile data(tree + QStringLiteral("/data"));
        QVERIFY(data.open(QIODevice::WriteOnly));
        QList<quint32> noise(12 * 1024 * 1024 / 4);
        QRandomGenerator::global()->fillRange(noise.data(), noise.size());
        data.write(reinterpret_cast<const char *>(noise.constData()), noise.size() * 4);
        data.close();

        const QUrl endpoint = bed->s3().target().endpoint;
        RefuseOnceProxy proxy(endpoint.host(), quint16(endpoint.port()));
        QVERIFY(proxy.port() > 0);
        int redirected = 0;
        BackupRunOptions options;
        options.presignHook = [&](PresignedUrl &url) {
            if (QUrlQuery(url.url).queryItemValue(QStringLiteral("partNumber")) == QLatin1String("2")) {
                url.url.setPort(proxy.port());
                ++redirected;
            }
        };
        JobSpec spec;
        spec.paths = { tree };
        spec.partSize = 5LL * 1024 * 1024;
        const BackupTestBed::Outcome outcome
            = bed->run(bed->addJob(QStringLiteral("retried"), spec), options);
        QVERIFY2(outcome.result.succeeded(),
            qPrintable(outcome.result.message + QLatin1Char('\n') + outcome.result.detail));
        QCOMPARE(redirected, 1);
        QCOMPARE(proxy.refused, 1);
        QCOMPARE(proxy.forwarded, 1);
        QCOMPARE(outcome.result.parts, 3);

        // Intact: what storage holds is what the host hashed, and it unpacks to the source.
        const QString archive = bed->download(outcome.result.objectKey, QStringLiteral("archive.tar.zst"));
        QFile stored(archive);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(stored.readAll(), QCryptographicHash::Sha256).toHex()),
            outcome.result.sha256);
        QCOMPARE(bed->openUploads(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBackupRetry)
#include "tst_backupretry.moc"
