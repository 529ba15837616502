// Storage through the strict S3 layer (tests/fixtures/s3strict.sh, a named fake of AWS's documented
// rules in front of s3rver): what s3rver lets pass but AWS refuses is refused here too, and Cairn's
// multipart bookkeeping (list and abort leftover uploads) works.

#include "S3TestBed.h"

#include "storage/S3Presigner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(gen.generate() & 0xff);
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

} // namespace

class TestS3Strict final : public QObject {
    Q_OBJECT

    std::unique_ptr<S3TestBed> m_bed;

    QString prefix() const
    {
        return QStringLiteral("strict/%1/").arg(QString::fromLatin1(QTest::currentTestFunction()));
    }

    // Uploads one part through its presigned URL with curl -K -, as a host does.
    S3TestBed::CurlResult uploadPart(S3Client &client, const QString &key, const QString &uploadId,
        int number, const QByteArray &data, const QByteArray &sendInstead = {}, bool sendMd5Header = true,
        bool chunked = false)
    {
        const PresignedUrl url
            = client.presigner().presignUploadPart(key, uploadId, number, data.size(), md5Base64(data), 900);
        if (!url.isValid())
            return { false, 0, {}, {}, url.error };
        const QString file = m_bed->tempPath(QStringLiteral("part-%1").arg(number));
        writeFile(file, sendInstead.isNull() ? data : sendInstead);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (sendMd5Header)
            headers.append({ "Content-MD5", md5Base64(data) });
        if (chunked)
            headers.append({ QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked") });
        return m_bed->curl(url.url, file, {}, headers);
    }

    // Starts an upload and sends the given parts; returns the upload id and the completed parts.
    QString startUpload(
        S3Client &client, const QString &key, const QList<QByteArray> &parts, QList<S3CompletedPart> &done)
    {
        const auto created = client.createMultipartUpload(key);
        if (!created.ok())
            return {};
        for (int i = 0; i < parts.size(); ++i) {
            const auto put = uploadPart(client, key, created.value, i + 1, parts.at(i));
            if (!put.ran || put.httpStatus != 200)
                return {};
            done.append({ i + 1, QString::fromLatin1(put.etag) });
        }
        return created.value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = S3TestBed::start(QStringLiteral("s3strict"));
        if (!m_bed)
            QFAIL(qPrintable(S3TestBed::lastError()));
    }

    void threePartUploadReadBackByAwscli()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QString::fromUtf8("db dump+2024 ü.sql.zst");
        const QList<QByteArray> parts
            = { randomBytes(5 * MiB, 11), randomBytes(5 * MiB, 12), randomBytes(MiB + 5, 13) };
        QList<S3CompletedPart> done;
        const QString uploadId = startUpload(*client, key, parts, done);
        QVERIFY(!uploadId.isEmpty());

        const auto listed = client->listAllMultipartUploads(prefix());
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed.value.size(), 1);
        QCOMPARE(listed.value.at(0).key, key);
        QCOMPARE(listed.value.at(0).uploadId, uploadId);

        const auto complete = client->completeMultipartUpload(key, uploadId, done);
        QVERIFY2(complete.ok(), qPrintable(complete.error.message));
        QVERIFY(client->listAllMultipartUploads(prefix()).value.isEmpty());

        const QString out = m_bed->tempPath(QStringLiteral("assembled"));
        const auto aws = m_bed->aws({ QStringLiteral("get-object"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--key=") + key, out });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QCOMPARE(readFile(out), parts.at(0) + parts.at(1) + parts.at(2));
    }

    void partWithOtherBytesRefused()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("p");
        const auto created = client->createMultipartUpload(key);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QByteArray data = randomBytes(5 * MiB, 21);
        QByteArray other = data;
        other[other.size() / 2] = char(other.at(other.size() / 2) ^ 0x01);

        // Same length, one bit flipped: the signed Content-MD5 no longer matches.
        const auto flipped = uploadPart(*client, key, created.value, 1, data, other);
        QVERIFY2(flipped.ran, qPrintable(flipped.describe));
        QCOMPARE(flipped.httpStatus, 400);
        QVERIFY2(flipped.body.contains("<Code>BadDigest</Code>"), flipped.body.constData());

        // Leaving the signed Content-MD5 header out breaks the signature.
        const auto noMd5 = uploadPart(*client, key, created.value, 1, data, {}, false);
        QCOMPARE(noMd5.httpStatus, 403);
        QVERIFY2(noMd5.body.contains("SignatureDoesNotMatch"), noMd5.body.constData());

        // A chunked body (what curl sends when streaming from a pipe) is refused.
        const auto chunked = uploadPart(*client, key, created.value, 1, data, {}, true, true);
        QCOMPARE(chunked.httpStatus, 411);
        QVERIFY2(chunked.body.contains("MissingContentLength"), chunked.body.constData());

        // The right bytes go through.
        const auto good = uploadPart(*client, key, created.value, 1, data);
        QCOMPARE(good.httpStatus, 200);
        QVERIFY(client->abortMultipartUpload(key, created.value).ok());
    }

    void completeRefusals_data()
    {
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::addColumn<bool>("wrongEtag");
        QTest::addColumn<QString>("code");
        QTest::addRow("small middle part")
            << QList<qint64> { 5 * MiB, 4 * MiB, MiB } << false << QStringLiteral("EntityTooSmall");
        QTest::addRow("unequal parts")
            << QList<qint64> { 6 * MiB, 5 * MiB, MiB } << false << QStringLiteral("InvalidPart");
        QTest::addRow("last part larger")
            << QList<qint64> { 5 * MiB, 6 * MiB } << false << QStringLiteral("InvalidPart");
        QTest::addRow("etag mismatch")
            << QList<qint64> { 5 * MiB, MiB } << true << QStringLiteral("InvalidPart");
    }

    void completeRefusals()
    {
        QFETCH(QList<qint64>, sizes);
        QFETCH(bool, wrongEtag);
        QFETCH(QString, code);
        auto client = m_bed->client();
        const QString key = prefix() + QString::fromLatin1(QTest::currentDataTag());
        QList<QByteArray> parts;
        for (int i = 0; i < sizes.size(); ++i)
            parts.append(randomBytes(sizes.at(i), quint32(100 + i)));
        QList<S3CompletedPart> done;
        const QString uploadId = startUpload(*client, key, parts, done);
        QVERIFY(!uploadId.isEmpty());
        if (wrongEtag)
            done[0].etag = QStringLiteral("\"%1\"").arg(
                QString::fromLatin1(QCryptographicHash::hash("other", QCryptographicHash::Md5).toHex()));
        const auto complete = client->completeMultipartUpload(key, uploadId, done);
        QVERIFY(!complete.ok());
        QCOMPARE(complete.error.code, code);
        QCOMPARE(complete.error.kind, S3Error::Kind::InvalidPart);
        QVERIFY2(complete.error.message.contains(code), qPrintable(complete.error.message));
        // Nothing was assembled, and the upload is left for Cairn to abort.
        QCOMPARE(client->headObject(key).error.kind, S3Error::Kind::NoSuchKey);
        QVERIFY(client->abortMultipartUpload(key, uploadId).ok());
    }

    void listAndAbortLeftoverUploads()
    {
        auto client = m_bed->client();
        const QStringList keys = { prefix() + QStringLiteral("a run/1.tar"),
            prefix() + QString::fromUtf8("b+ü/2.tar"), prefix() + QStringLiteral("c <&> 3.tar") };
        QStringList ids;
        for (const QString &key : keys) {
            const auto created = client->createMultipartUpload(key);
            QVERIFY2(created.ok(), qPrintable(created.error.message));
            ids.append(created.value);
        }
        auto listed = client->listAllMultipartUploads(prefix());
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed.value.size(), 3);
        QStringList listedKeys;
        for (const S3Upload &u : listed.value) {
            listedKeys.append(u.key);
            QVERIFY(ids.contains(u.uploadId));
            QVERIFY(qAbs(u.initiated.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        QCOMPARE(listedKeys, keys);

        // awscli sees the same leftovers.
        const auto aws = m_bed->aws({ QStringLiteral("list-multipart-uploads"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--prefix=") + prefix() });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QCOMPARE(
            QJsonDocument::fromJson(aws.out).object().value(QStringLiteral("Uploads")).toArray().size(), 3);

        // Abort the second; a part sent to it afterwards is refused, and so is completing it.
        QVERIFY(client->abortMultipartUpload(keys.at(1), ids.at(1)).ok());
        listed = client->listAllMultipartUploads(prefix());
        QCOMPARE(listed.value.size(), 2);
        const auto late = uploadPart(*client, keys.at(1), ids.at(1), 1, randomBytes(1024, 5));
        QCOMPARE(late.httpStatus, 404);
        QVERIFY(late.body.contains("NoSuchUpload"));
        const auto complete
            = client->completeMultipartUpload(keys.at(1), ids.at(1), { { 1, QStringLiteral("\"x\"") } });
        QCOMPARE(complete.error.kind, S3Error::Kind::NoSuchUpload);
        QVERIFY2(complete.error.message.contains(QStringLiteral("start the upload again")),
            qPrintable(complete.error.message));
        const auto again = client->abortMultipartUpload(keys.at(1), ids.at(1));
        QCOMPARE(again.error.kind, S3Error::Kind::NoSuchUpload);

        for (const S3Upload &u : listed.value)
            QVERIFY(client->abortMultipartUpload(u.key, u.uploadId).ok());
        QVERIFY(client->listAllMultipartUploads(prefix()).value.isEmpty());
    }

    void clockSkewRefusedThenCorrected()
    {
        // A header-signed request from a clock an hour fast is refused...
        SigV4Signer fast(m_bed->target().accessKeyId, SigningSecret(m_bed->secret()), m_bed->target().region);
        fast.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        const S3Endpoint endpoint(m_bed->target());
        SigV4Request request = endpoint.bucketRequest("GET");
        request.query.append({ QByteArrayLiteral("list-type"), QByteArrayLiteral("2") });
        fast.signHeaders(request);
        const auto refused = m_bed->curl(endpoint.url(request), {}, {}, request.headers);
        QCOMPARE(refused.httpStatus, 403);
        QVERIFY2(refused.body.contains("RequestTimeTooSkewed"), refused.body.constData());

        // ...and S3Client, with the same clock, reads the server's Date, corrects and succeeds.
        auto client = m_bed->client();
        client->signer().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        const auto listed = client->listObjectsPage(QString());
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY(qAbs(client->signer().clockOffset() + 3600 * 1000) < 5000);
    }

    void presignedUrlFromTheFutureRefused()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("f");
        QVERIFY(client->putObject(key, "future").ok());
        SigV4Signer fast(m_bed->target().accessKeyId, SigningSecret(m_bed->secret()), m_bed->target().region);
        fast.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        const auto early
            = m_bed->curl(S3Presigner(client->endpoint(), fast).presignGet(key, 900).url, {}, {});
        QCOMPARE(early.httpStatus, 403);
        QVERIFY2(early.body.contains("not valid yet"), early.body.constData());
        // With the offset learnt from the server, the same fast clock signs valid URLs.
        fast.setClockOffset(-3600 * 1000);
        const QString out = m_bed->tempPath(QStringLiteral("future"));
        const auto ok = m_bed->curl(S3Presigner(client->endpoint(), fast).presignGet(key, 900).url, {}, out);
        QCOMPARE(ok.httpStatus, 200);
        QCOMPARE(readFile(out), QByteArray("future"));
    }

    void expiredAndTamperedUrlsRefused()
    {
        auto client = m_bed->client();
        const QString key = prefix() + QStringLiteral("e");
        const auto created = client->createMultipartUpload(key);
        QVERIFY(created.ok());
        const QByteArray data = randomBytes(5 * MiB, 31);
        const QString file = m_bed->tempPath(QStringLiteral("e-part"));
        QVERIFY(writeFile(file, data));

        SigV4Signer past(m_bed->target().accessKeyId, SigningSecret(m_bed->secret()), m_bed->target().region);
        past.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-16 * 60); });
        const PresignedUrl expired
            = S3Presigner(client->endpoint(), past)
                  .presignUploadPart(key, created.value, 1, data.size(), md5Base64(data), 900);
        const auto late = m_bed->curl(expired.url, file, {}, { { "Content-MD5", md5Base64(data) } });
        QCOMPARE(late.httpStatus, 403);
        QVERIFY2(late.body.contains("Request has expired"), late.body.constData());

        // Part 1's URL used for part 2: the part number is signed.
        const PresignedUrl url
            = client->presigner().presignUploadPart(key, created.value, 1, data.size(), md5Base64(data), 900);
        QByteArray tampered = url.url.toEncoded();
        QVERIFY(tampered.contains("partNumber=1&"));
        tampered.replace("partNumber=1&", "partNumber=2&");
        const auto moved = m_bed->curl(
            QUrl::fromEncoded(tampered, QUrl::StrictMode), file, {}, { { "Content-MD5", md5Base64(data) } });
        QCOMPARE(moved.httpStatus, 403);
        QVERIFY2(moved.body.contains("SignatureDoesNotMatch"), moved.body.constData());
        QVERIFY(client->abortMultipartUpload(key, created.value).ok());
    }

    void lifecycleRuleAndVersioning()
    {
        auto client = m_bed->client();
        auto rule = client->getAbortIncompleteRule();
        QVERIFY2(rule.ok(), qPrintable(rule.error.message));
        QVERIFY(!rule.value.present);

        // A rule another tool set must survive Cairn adding its own.
        const QString other = m_bed->tempPath(QStringLiteral("lifecycle.json"));
        QVERIFY(writeFile(other,
            R"({"Rules":[{"ID":"expire-logs","Filter":{"Prefix":"logs/"},"Status":"Enabled","Expiration":{"Days":30}}]})"));
        const auto put = m_bed->aws({ QStringLiteral("put-bucket-lifecycle-configuration"),
            QStringLiteral("--bucket"), m_bed->target().bucket, QStringLiteral("--lifecycle-configuration"),
            QStringLiteral("file://") + other });
        QVERIFY2(put.finished && put.exitCode == 0, qPrintable(put.describe()));

        const auto set = client->putAbortIncompleteRule(7, QStringLiteral("acme/"));
        QVERIFY2(set.ok(), qPrintable(set.error.message));
        rule = client->getAbortIncompleteRule();
        QVERIFY(rule.ok() && rule.value.present);
        QCOMPARE(rule.value.daysAfterInitiation, 7);
        QCOMPARE(rule.value.prefix, QStringLiteral("acme/"));
        QVERIFY(client->putAbortIncompleteRule(3, QStringLiteral("acme/")).ok());

        const auto got = m_bed->aws({ QStringLiteral("get-bucket-lifecycle-configuration"),
            QStringLiteral("--bucket"), m_bed->target().bucket });
        QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
        const QJsonArray rules
            = QJsonDocument::fromJson(got.out).object().value(QStringLiteral("Rules")).toArray();
        QCOMPARE(rules.size(), 2);
        QStringList ids;
        for (const QJsonValue &r : rules) {
            ids.append(r.toObject().value(QStringLiteral("ID")).toString());
            if (ids.last() == S3Client::AbortRuleId)
                QCOMPARE(r.toObject()
                             .value(QStringLiteral("AbortIncompleteMultipartUpload"))
                             .toObject()
                             .value(QStringLiteral("DaysAfterInitiation"))
                             .toInt(),
                    3);
        }
        QVERIFY(ids.contains(QStringLiteral("expire-logs")));
        QVERIFY(ids.contains(QString(S3Client::AbortRuleId)));

        QVERIFY(!client->putAbortIncompleteRule(0, QString()).ok());

        const auto versioning = client->getBucketVersioning();
        QVERIFY2(versioning.ok(), qPrintable(versioning.error.message));
        QVERIFY(!versioning.value.enabled());
    }

    void smallPutWithContentMd5()
    {
        // S3Client signs Content-MD5 on every PutObject; the strict layer checks it.
        auto client = m_bed->client();
        const auto put = client->putObject(prefix() + QStringLiteral("manifest.json"), "{\"ok\":true}");
        QVERIFY2(put.ok(), qPrintable(put.error.message));
        const auto del = client->deleteObjects({ prefix() + QStringLiteral("manifest.json") });
        QVERIFY2(del.ok(), qPrintable(del.error.message));
        QCOMPARE(del.value.deleted.size(), 1);
    }

    // DeleteObjects as retention and "Delete backup" use it: the keys are a folder's last objects
    // (s3rver then removes the folder), 1001 keys need two requests (AWS takes at most 1000), and
    // every request carries the Content-MD5 AWS requires.
    void deleteObjectsBatches_data()
    {
        QTest::addColumn<int>("count");
        QTest::addRow("1 key") << 1;
        QTest::addRow("2 keys, the folder's last") << 2;
        QTest::addRow("1001 keys") << 1001;
    }

    void deleteObjectsBatches()
    {
        QFETCH(int, count);
        auto client = m_bed->client();
        const QString folder = prefix() + QStringLiteral("%1/").arg(count);
        const QStringList hostile = { QStringLiteral("a b & <c> 'q' \"d\""), QStringLiteral("-rf $(id)"),
            QString::fromUtf8("\xc3\xbc n\xc3\xa4me") };
        QStringList keys;
        for (int i = 0; i < count; ++i)
            keys << folder + QStringLiteral("%1 %2").arg(i, 4, 10, QLatin1Char('0')).arg(hostile.at(i % 3));
        for (const QString &key : std::as_const(keys)) {
            const auto put = client->putObject(key, "x");
            QVERIFY2(put.ok(), qPrintable(put.error.message));
        }
        // Twice: the second time every key is already gone, which S3 reports as deleted.
        for (int round = 0; round < 2; ++round) {
            const auto del = client->deleteObjects(keys);
            QVERIFY2(del.ok(), qPrintable(del.error.message));
            QCOMPARE(del.value.deleted, keys);
            QVERIFY(del.value.failed.isEmpty());
        }
        const auto aws = m_bed->aws({ QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--prefix=") + folder });
        QVERIFY2(aws.finished && aws.exitCode == 0, qPrintable(aws.describe()));
        QVERIFY(
            QJsonDocument::fromJson(aws.out).object().value(QStringLiteral("Contents")).toArray().isEmpty());
    }

    void deleteObjectsOverAThousandRefusedByTheLayer()
    {
        // The layer's own rule, so the batching above is really checked: one request of 1001 keys.
        QJsonArray objects;
        for (int i = 0; i < 1001; ++i)
            objects.append(QJsonObject { { QStringLiteral("Key"), prefix() + QString::number(i) } });
        const QString file = m_bed->tempPath(QStringLiteral("delete.json"));
        QVERIFY(writeFile(file,
            QJsonDocument(
                QJsonObject { { QStringLiteral("Objects"), objects }, { QStringLiteral("Quiet"), true } })
                .toJson(QJsonDocument::Compact)));
        const auto aws = m_bed->aws({ QStringLiteral("delete-objects"), QStringLiteral("--bucket"),
            m_bed->target().bucket, QStringLiteral("--delete"), QStringLiteral("file://") + file });
        QVERIFY(aws.finished);
        QCOMPARE_NE(aws.exitCode, 0);
        QVERIFY2(aws.err.contains("MalformedXML"), qPrintable(aws.describe()));
    }
};

QTEST_GUILESS_MAIN(TestS3Strict)
#include "tst_s3strict.moc"
