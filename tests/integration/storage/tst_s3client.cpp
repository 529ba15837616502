// S3Client and presigned URLs against the real local S3 server (tests/fixtures/s3.sh), checked by
// independent tools: awscli reads back what Cairn wrote, curl uploads parts the way a host does.

#include "S3TestBed.h"

#include "storage/S3Presigner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cairn;
using namespace cairn::test;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        out[i] = char(gen.generate());
    return out;
}

QByteArray md5Base64(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes out of scope
}

} // namespace

class TestS3Client final : public QObject {
    Q_OBJECT

    std::unique_ptr<S3TestBed> m_bed;

    QString prefix() const
    {
        return QStringLiteral("it/%1/").arg(QString::fromLatin1(QTest::currentTestFunction()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = S3TestBed::start(QStringLiteral("s3"));
        if (!m_bed)
            QFAIL(qPrintable(S3TestBed::lastError()));
    }

    void headBucket()
    {
        auto client = m_bed->client();
        QVERIFY2(client->isValid(), qPrintable(client->errorString()));
        const auto r = client->headBucket();
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }

    void putObjectReadBackByAwscli_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("plain") << QStringLiteral("manifest.json") << QByteArray("{\"version\":1}\n");
        QTest::addRow("space plus percent")
            << QStringLiteral("db dump+full 100%.json") << QByteArray("x y+z%");
        QTest::addRow("unicode") << QString::fromUtf8("客户/Grüße 🚀.json")
                                 << QByteArray("\xc3\xbc\x00\xff", 4);
        QTest::addRow("shell") << QStringLiteral("$(touch pwned)`id`;'\"&|<>.json") << QByteArray("shell");
        QTest::addRow("leading dash") << QStringLiteral("-rf --help") << QByteArray("-");
        QTest::addRow("empty body") << QStringLiteral("empty") << QByteArray();
        QTest::addRow("binary 1 MiB")
            << QStringLiteral("deep/er/binary.bin") << randomBytes(1024 * 1024 + 3, 7);
    }

    void putObjectReadBackByAwscli()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, body);
        const QString key = prefix() + name;
        auto client = m_bed->client();
        const auto put = client->putObject(key, body, "application/json");
        QVERIFY2(put.ok(), qPrintable(put.error.message));
        QCOMPARE(put.value.etag.toLatin1(),
            '"' + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex() + '"');

        const QString out = m_bed->tempPath(QStringLiteral("awsget"));
        const auto aws = m_bed->aws({ QStringLiteral("get-object"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--key=") + key, out });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QCOMPARE(readFile(out), body);
        QCOMPARE(QJsonDocument::fromJson(aws.out).object().value(QStringLiteral("ContentLength")).toInteger(),
            body.size());

        const auto head = client->headObject(key);
        QVERIFY2(head.ok(), qPrintable(head.error.message));
        QCOMPARE(head.value.size, body.size());
        QCOMPARE(head.value.etag, put.value.etag);

        const auto get = client->getObject(key);
        QVERIFY2(get.ok(), qPrintable(get.error.message));
        QCOMPARE(get.value, body);
    }

    void getObjectWrittenByAwscli()
    {
        const QString key = prefix() + QStringLiteral("from aws+cli ü.txt");
        const QByteArray body = "written by awscli\n";
        const QString in = m_bed->tempPath(QStringLiteral("awsput"));
        QVERIFY(writeFile(in, body));
        const auto aws = m_bed->aws({ QStringLiteral("put-object"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--key=") + key, QStringLiteral("--body"), in });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        const auto get = m_bed->client()->getObject(key);
        QVERIFY2(get.ok(), qPrintable(get.error.message));
        QCOMPARE(get.value, body);
    }

    void getObjectRefusesLargeBody()
    {
        const QString key = prefix() + QStringLiteral("big");
        auto client = m_bed->client();
        QVERIFY(client->putObject(key, randomBytes(300 * 1024, 3)).ok());
        const auto get = client->getObject(key, 1024);
        QVERIFY(!get.ok());
        QCOMPARE(get.error.kind, S3Error::Kind::InvalidRequest);
    }

    void missingObject()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("nope.json");
        const auto head = client->headObject(key);
        QVERIFY(!head.ok());
        QCOMPARE(head.error.kind, S3Error::Kind::NoSuchKey);
        const auto get = client->getObject(key);
        QCOMPARE(get.error.kind, S3Error::Kind::NoSuchKey);
        QVERIFY2(get.error.message.contains(key), qPrintable(get.error.message));
    }

    void listObjectsPaginates()
    {
        auto client = m_bed->client();
        QStringList written;
        for (int i = 0; i < 23; ++i) {
            const QString key
                = prefix() + QStringLiteral("obj %1+%2.bin").arg(i, 2, 10, QLatin1Char('0')).arg(i);
            QVERIFY(client->putObject(key, QByteArray::number(i)).ok());
            written.append(key);
        }
        QVERIFY(client->putObject(prefix() + QStringLiteral("sub/inner"), "x").ok());

        QStringList seen;
        QString token;
        int pages = 0;
        do {
            const auto page = client->listObjectsPage(prefix(), token, 10, QStringLiteral("/"));
            QVERIFY2(page.ok(), qPrintable(page.error.message));
            for (const S3Object &o : page.value.objects)
                seen.append(o.key);
            if (page.value.truncated)
                QCOMPARE(page.value.objects.size(), 10);
            else
                QCOMPARE(page.value.commonPrefixes, QStringList { prefix() + QStringLiteral("sub/") });
            token = page.value.truncated ? page.value.nextContinuationToken : QString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, written);

        const auto all = client->listAllObjects(prefix());
        QVERIFY2(all.ok(), qPrintable(all.error.message));
        QCOMPARE(all.value.size(), 24);

        // awscli sees the same keys.
        const auto aws = m_bed->aws({ QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--prefix=") + prefix() });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QStringList theirs;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(aws.out).object().value(QStringLiteral("Contents")).toArray())
            theirs.append(v.toObject().value(QStringLiteral("Key")).toString());
        QStringList ours;
        for (const S3Object &o : all.value)
            ours.append(o.key);
        QCOMPARE(ours, theirs);
    }

    void deleteObjects()
    {
        auto client = m_bed->client();
        QStringList keys;
        for (int i = 0; i < 5; ++i) {
            keys.append(prefix() + QStringLiteral("del <%1> & 'q'").arg(i));
            QVERIFY(client->putObject(keys.last(), "d").ok());
        }
        const auto one = client->deleteObject(keys.takeFirst());
        QVERIFY2(one.ok(), qPrintable(one.error.message));
        const auto many = client->deleteObjects(keys);
        QVERIFY2(many.ok(), qPrintable(many.error.message));
        QCOMPARE(many.value.deleted, keys);
        QVERIFY(many.value.failed.isEmpty());
        const auto aws = m_bed->aws({ QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--prefix=") + prefix() });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QVERIFY(
            QJsonDocument::fromJson(aws.out).object().value(QStringLiteral("Contents")).toArray().isEmpty());
        QVERIFY(!client->deleteObjects({ QStringLiteral("bell\a") }).ok());
    }

    void multipartWithPresignedPartsAndCurl()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QString::fromUtf8("backup 2024+01 ü.tar.zst");
        const auto created = client->createMultipartUpload(key);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString uploadId = created.value;

        const QList<QByteArray> parts = { randomBytes(5 * 1024 * 1024, 1), randomBytes(5 * 1024 * 1024, 2),
            randomBytes(1024 * 1024 + 17, 3) };
        const S3Presigner presigner = client->presigner();
        QList<S3CompletedPart> done;
        for (int i = 0; i < parts.size(); ++i) {
            const QString file = m_bed->tempPath(QStringLiteral("part%1").arg(i + 1));
            QVERIFY(writeFile(file, parts.at(i)));
            const PresignedUrl url = presigner.presignUploadPart(
                key, uploadId, i + 1, parts.at(i).size(), md5Base64(parts.at(i)), 900);
            QVERIFY2(url.isValid(), qPrintable(url.error));
            // The host sends the signed Content-MD5; curl sets Content-Length from the file.
            const auto put = m_bed->curl(url.url, file, {}, { { "Content-MD5", md5Base64(parts.at(i)) } });
            QVERIFY2(put.ran, qPrintable(put.describe));
            QVERIFY2(put.httpStatus == 200, put.body.constData());
            QVERIFY(!put.etag.isEmpty());
            done.append({ i + 1, QString::fromLatin1(put.etag) });
        }
        const auto complete = client->completeMultipartUpload(key, uploadId, done);
        QVERIFY2(complete.ok(), qPrintable(complete.error.message));

        const QString out = m_bed->tempPath(QStringLiteral("assembled"));
        const auto aws = m_bed->aws({ QStringLiteral("get-object"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--key=") + key, out });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QCOMPARE(readFile(out), parts.at(0) + parts.at(1) + parts.at(2));

        // And a presigned GET reads it back through curl too.
        const PresignedUrl get = presigner.presignGet(key, 900);
        const QString viaCurl = m_bed->tempPath(QStringLiteral("viacurl"));
        const auto fetched = m_bed->curl(get.url, {}, viaCurl);
        QVERIFY2(fetched.ran && fetched.httpStatus == 200, qPrintable(fetched.describe));
        QCOMPARE(readFile(viaCurl), parts.at(0) + parts.at(1) + parts.at(2));
    }

    void presignedPutOfOtherLengthRefused()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("part");
        const auto created = client->createMultipartUpload(key);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QByteArray signedBytes = randomBytes(6 * 1024 * 1024, 5);
        const PresignedUrl url = client->presigner().presignUploadPart(
            key, created.value, 1, signedBytes.size(), md5Base64(signedBytes), 900);
        QVERIFY(url.isValid());
        const QByteArray other = signedBytes.left(signedBytes.size() - 1);
        const QString file = m_bed->tempPath(QStringLiteral("other"));
        QVERIFY(writeFile(file, other));
        const auto put = m_bed->curl(url.url, file, {}, { { "Content-MD5", md5Base64(signedBytes) } });
        QVERIFY2(put.ran, qPrintable(put.describe));
        QCOMPARE(put.httpStatus, 403);
        QVERIFY2(put.body.contains("SignatureDoesNotMatch"), put.body.constData());
    }

    void tamperedUrlRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addRow("other object") << QByteArray("/readme.txt?") << QByteArray("/readme.txu?");
        QTest::addRow("longer expiry") << QByteArray("X-Amz-Expires=900") << QByteArray("X-Amz-Expires=901");
        QTest::addRow("other signature") << QByteArray("X-Amz-Signature=") << QByteArray("X-Amz-Signature=0");
    }

    void tamperedUrlRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("readme.txt");
        QVERIFY(client->putObject(key, "secret data").ok());
        QVERIFY(client->putObject(prefix() + QStringLiteral("readme.txu"), "other data").ok());
        const PresignedUrl url = client->presigner().presignGet(key, 900);
        const QString out = m_bed->tempPath(QStringLiteral("tampered"));
        const auto good = m_bed->curl(url.url, {}, out);
        QVERIFY2(good.ran && good.httpStatus == 200, qPrintable(good.describe));
        QCOMPARE(readFile(out), QByteArray("secret data"));

        QByteArray tampered = url.url.toEncoded();
        QVERIFY(tampered.contains(from));
        tampered.replace(from, to);
        const auto bad = m_bed->curl(QUrl::fromEncoded(tampered, QUrl::StrictMode), {}, {});
        QVERIFY2(bad.ran, qPrintable(bad.describe));
        QCOMPARE(bad.httpStatus, 403);
    }

    void expiredUrlRefused()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("old");
        QVERIFY(client->putObject(key, "x").ok());
        // Signed 20 minutes ago, valid for 15: expired five minutes ago.
        SigV4Signer past(m_bed->target().accessKeyId, SigningSecret(m_bed->secret()), m_bed->target().region);
        past.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
        const PresignedUrl url = S3Presigner(client->endpoint(), past).presignGet(key, 900);
        QVERIFY(url.isValid());
        const auto r = m_bed->curl(url.url, {}, {});
        QVERIFY2(r.ran, qPrintable(r.describe));
        QCOMPARE(r.httpStatus, 403);
        QVERIFY2(r.body.contains("expired"), r.body.constData());

        // The same presigner with the current clock works, so it is the expiry that was refused.
        SigV4Signer now(m_bed->target().accessKeyId, SigningSecret(m_bed->secret()), m_bed->target().region);
        const auto ok = m_bed->curl(S3Presigner(client->endpoint(), now).presignGet(key, 900).url, {}, {});
        QCOMPARE(ok.httpStatus, 200);
    }

    void wrongSecretSentence()
    {
        QByteArray wrong = m_bed->secret();
        wrong[0] = wrong.at(0) == 'A' ? 'B' : 'A';
        auto client = m_bed->client(m_bed->target(), wrong);
        const auto r = client->listObjectsPage(QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, S3Error::Kind::SignatureMismatch);
        QVERIFY2(r.error.message.contains(QStringLiteral("secret access key")), qPrintable(r.error.message));
        // HeadBucket has no body, yet gives the same sentence.
        const auto head = client->headBucket();
        QCOMPARE(head.error.kind, S3Error::Kind::SignatureMismatch);
        QVERIFY(!head.error.message.contains(QString::fromUtf8(wrong)));
    }

    void secretNeverInMessagesOrAnswers()
    {
        static QList<QByteArray> messages;
        messages.clear();
        const auto previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                  messages.append(text.toUtf8());
              });
        auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        QByteArray wrong = m_bed->secret();
        wrong[1] = wrong.at(1) == 'x' ? 'y' : 'x';
        QByteArray seen;
        for (const QByteArray &secret : { m_bed->secret(), wrong }) {
            auto client = m_bed->client(m_bed->target(), secret);
            const QString key = prefix() + QStringLiteral("canary");
            seen += client->putObject(key, "c").error.message.toUtf8();
            seen += client->getObject(key).error.message.toUtf8();
            seen += client->headBucket().error.message.toUtf8();
            seen += client->listAllObjects(prefix()).error.message.toUtf8();
            seen += client->presigner().presignGet(key, 900).url.toEncoded();
        }
        for (const QByteArray &m : messages)
            seen += m;
        QVERIFY(seen.contains("secret access key")); // the wrong secret's sentence is there...
        for (const QByteArray &secret : { m_bed->secret(), wrong }) { // ...but no secret
            QVERIFY(!seen.contains(secret));
            QVERIFY(!seen.contains(SigV4Signer::uriEncode(secret, true)));
        }
    }

    void wrongAccessKeySentence()
    {
        S3Target target = m_bed->target();
        target.accessKeyId = QStringLiteral("AKIANOTAREALKEY00000");
        const auto r = m_bed->client(target, m_bed->secret())->listObjectsPage(QString());
        QCOMPARE(r.error.kind, S3Error::Kind::InvalidAccessKey);
        QVERIFY2(
            r.error.message.contains(QStringLiteral("AKIANOTAREALKEY00000")), qPrintable(r.error.message));
    }

    void missingBucketSentence()
    {
        S3Target target = m_bed->target();
        target.bucket = QStringLiteral("no-such-bucket-here");
        auto client = m_bed->client(target, m_bed->secret());
        const auto head = client->headBucket();
        QCOMPARE(head.error.kind, S3Error::Kind::NoSuchBucket);
        QVERIFY2(
            head.error.message.contains(QStringLiteral("\u201Cno-such-bucket-here\u201D does not exist")),
            qPrintable(head.error.message));
        const auto list = client->listObjectsPage(QString());
        QCOMPARE(list.error.kind, S3Error::Kind::NoSuchBucket);
        const auto put = client->putObject(QStringLiteral("k"), "x");
        QCOMPARE(put.error.kind, S3Error::Kind::NoSuchBucket);
    }

    void connectionRefusedSentence()
    {
        S3Target target = m_bed->target();
        target.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        const auto r = m_bed->client(target, m_bed->secret())->headBucket();
        QCOMPARE(r.error.kind, S3Error::Kind::ConnectionRefused);
        QVERIFY2(r.error.message.contains(QStringLiteral("127.0.0.1:")), qPrintable(r.error.message));
    }

    void hostNotFoundSentence()
    {
        S3Target target = m_bed->target();
        target.endpoint = QUrl(QStringLiteral("https://storage.cairn-test.invalid"));
        const auto r = m_bed->client(target, m_bed->secret())->headBucket();
        QCOMPARE(r.error.kind, S3Error::Kind::HostNotFound);
        QVERIFY2(r.error.message.contains(QStringLiteral("storage.cairn-test.invalid")),
            qPrintable(r.error.message));
    }

    void tlsFailureAndCaFile()
    {
        // A TLS server with a self-signed certificate for 127.0.0.1 (openssl s_server).
        const QString cert = m_bed->tempPath(QStringLiteral("tls.pem"));
        const QString keyFile = m_bed->tempPath(QStringLiteral("tls.key"));
        const auto gen = TestProcess::run(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), keyFile,
                QStringLiteral("-out"), cert },
            TestProcess::cleanEnvironment(m_bed->tempPath(QString())));
        QVERIFY2(gen.finished && gen.exitCode == 0, qPrintable(gen.describe()));
        const int port = freePort();
        QProcess server;
        server.setProgram(QStringLiteral("openssl"));
        server.setArguments({ QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-accept"),
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert, QStringLiteral("-key"),
            keyFile, QStringLiteral("-www") });
        server.start();
        QVERIFY(server.waitForStarted());
        auto stop = qScopeGuard([&] {
            server.kill();
            server.waitForFinished();
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, quint16(port));
                return s.waitForConnected(200);
            }(),
            10000);

        S3Target target = m_bed->target();
        target.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        const auto untrusted = m_bed->client(target, m_bed->secret())->listObjectsPage(QString());
        QCOMPARE(untrusted.error.kind, S3Error::Kind::Tls);
        QVERIFY2(untrusted.error.message.contains(QStringLiteral("secure connection")),
            qPrintable(untrusted.error.message));

        // With the CA file the handshake succeeds; s_server then answers with a page that is not S3.
        target.caFile = cert;
        auto trusted = m_bed->client(target, m_bed->secret());
        QVERIFY2(trusted->isValid(), qPrintable(trusted->errorString()));
        trusted->setTimeout(3000); // s_server -www keeps the connection open after its page
        const auto answer = trusted->listObjectsPage(QString());
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error.kind != S3Error::Kind::Tls, qPrintable(answer.error.message));

        target.caFile = m_bed->tempPath(QStringLiteral("missing-ca.pem"));
        QVERIFY(!m_bed->client(target, m_bed->secret())->isValid());
    }

    void clockSkewCorrectedFromDateHeader()
    {
        auto client = m_bed->client();
        // This machine's clock pretends to be an hour fast.
        client->signer().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        const auto r = client->listObjectsPage(QString());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY2(qAbs(client->signer().clockOffset() + 3600 * 1000) < 5000,
            qPrintable(QString::number(client->signer().clockOffset())));
        // Presigned URLs now carry the server's time as well.
        const QString key = prefix() + QStringLiteral("skew");
        QVERIFY(client->putObject(key, "t").ok());
        const auto fetched = m_bed->curl(client->presigner().presignGet(key, 900).url, {}, {});
        QCOMPARE(fetched.httpStatus, 200);
    }

    void workerThreadWithLocalLoop()
    {
        const QString key = prefix() + QStringLiteral("from worker");
        S3Result<QByteArray> got;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto client = m_bed->client();
            if (client->putObject(key, "worker").ok())
                got = client->getObject(key);
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY2(got.ok(), qPrintable(got.error.message));
        QCOMPARE(got.value, QByteArray("worker"));
    }

    void oneClientOneThread()
    {
        auto client = m_bed->client();
        QVERIFY(client->headBucket().ok());
        S3Status fromOther;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { fromOther.error = client->headBucket().error; }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QCOMPARE(fromOther.error.kind, S3Error::Kind::InvalidRequest);
    }

    void cancelFlag()
    {
        auto client = m_bed->client();
        std::atomic_bool cancel { true };
        client->setCancelFlag(&cancel);
        QCOMPARE(client->headBucket().error.kind, S3Error::Kind::Cancelled);
        cancel = false;
        QVERIFY(client->headBucket().ok());
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
