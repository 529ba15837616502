// Signature V4 against AWS's published S3 examples ("Signature Calculations for the Authorization
// Header: Transferring Payload in a Single Chunk" and "Authenticating Requests: Using Query
// Parameters"), plus encoding, clock and presigning rules.

#include "storage/S3Endpoint.h"
#include "storage/S3Presigner.h"
#include "storage/SigV4Signer.h"

#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace cairn;

namespace {

const QString ExampleKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
constexpr QByteArrayView ExampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

QDateTime exampleTime()
{
    return QDateTime(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
}

SigV4Signer exampleSigner()
{
    SigV4Signer signer(ExampleKeyId, SigningSecret(ExampleSecret), QStringLiteral("us-east-1"));
    signer.setClock([] { return exampleTime(); });
    return signer;
}

S3Target exampleTarget()
{
    S3Target target;
    target.provider = QStringLiteral("aws");
    target.endpoint = QUrl(QStringLiteral("https://s3.amazonaws.com"));
    target.region = QStringLiteral("us-east-1");
    target.bucket = QStringLiteral("examplebucket");
    target.accessKeyId = ExampleKeyId;
    target.addressing = S3Addressing::VirtualHosted;
    return target;
}

QByteArray signatureOf(const SigV4Request &request)
{
    const QByteArray auth = request.header("Authorization");
    const qsizetype at = auth.indexOf("Signature=");
    return at < 0 ? QByteArray() : auth.mid(at + 10);
}

QMap<QString, QString> queryMap(const QUrl &url)
{
    QMap<QString, QString> out;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        out.insert(name, value);
    return out;
}

} // namespace

class TestSigV4 final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void awsGetObjectWithRange()
    {
        const S3Endpoint endpoint(exampleTarget());
        SigV4Request request = endpoint.objectRequest("GET", QStringLiteral("test.txt"));
        QCOMPARE(request.host, QByteArray("examplebucket.s3.amazonaws.com"));
        QCOMPARE(request.path, QByteArray("/test.txt"));
        request.setHeader("Range", "bytes=0-9");
        exampleSigner().signHeaders(request);
        QCOMPARE(request.header("x-amz-content-sha256"), SigV4Signer::emptyPayloadHash());
        QCOMPARE(request.header("x-amz-date"), QByteArray("20130524T000000Z"));
        QCOMPARE(request.header("Authorization"),
            QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                       "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                       "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void awsPutObject()
    {
        const S3Endpoint endpoint(exampleTarget());
        SigV4Request request = endpoint.objectRequest("PUT", QStringLiteral("test$file.text"));
        QCOMPARE(request.path, QByteArray("/test%24file.text"));
        request.setHeader("Date", "Fri, 24 May 2013 00:00:00 GMT");
        request.setHeader("x-amz-storage-class", "REDUCED_REDUNDANCY");
        request.payloadHash = SigV4Signer::sha256Hex("Welcome to Amazon S3.");
        QCOMPARE(request.payloadHash,
            QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
        exampleSigner().signHeaders(request);
        QVERIFY(
            request.header("Authorization")
                .contains("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"));
        QCOMPARE(signatureOf(request),
            QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
    }

    void awsBucketRequests_data()
    {
        QTest::addColumn<SigV4Request::Pairs>("query");
        QTest::addColumn<QByteArray>("canonicalQuery");
        QTest::addColumn<QByteArray>("signature");
        QTest::addRow("GET Bucket Lifecycle")
            << SigV4Request::Pairs { { "lifecycle", "" } } << QByteArray("lifecycle=")
            << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
        // Given out of order on purpose: the canonical query is sorted.
        QTest::addRow("GET Bucket (List Objects)")
            << SigV4Request::Pairs { { "prefix", "J" }, { "max-keys", "2" } }
            << QByteArray("max-keys=2&prefix=J")
            << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }

    void awsBucketRequests()
    {
        QFETCH(SigV4Request::Pairs, query);
        QFETCH(QByteArray, canonicalQuery);
        QFETCH(QByteArray, signature);
        const S3Endpoint endpoint(exampleTarget());
        SigV4Request request = endpoint.bucketRequest("GET");
        QCOMPARE(request.path, QByteArray("/"));
        request.query = query;
        QCOMPARE(request.encodedQuery(), canonicalQuery);
        exampleSigner().signHeaders(request);
        QCOMPARE(signatureOf(request), signature);
    }

    void awsPresignedGet()
    {
        const SigV4Signer signer = exampleSigner();
        const S3Presigner presigner(S3Endpoint(exampleTarget()), signer);
        const PresignedUrl url = presigner.presignGet(QStringLiteral("test.txt"), 86400);
        QVERIFY2(url.isValid(), qPrintable(url.error));
        QCOMPARE(url.url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.url.host(), QStringLiteral("examplebucket.s3.amazonaws.com"));
        QCOMPARE(url.url.path(), QStringLiteral("/test.txt"));
        const auto q = queryMap(url.url);
        QCOMPARE(q.size(), 6);
        QCOMPARE(q.value(QStringLiteral("X-Amz-Algorithm")), QStringLiteral("AWS4-HMAC-SHA256"));
        QCOMPARE(q.value(QStringLiteral("X-Amz-Credential")),
            QStringLiteral("AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"));
        QCOMPARE(q.value(QStringLiteral("X-Amz-Date")), QStringLiteral("20130524T000000Z"));
        QCOMPARE(q.value(QStringLiteral("X-Amz-Expires")), QStringLiteral("86400"));
        QCOMPARE(q.value(QStringLiteral("X-Amz-SignedHeaders")), QStringLiteral("host"));
        QCOMPARE(q.value(QStringLiteral("X-Amz-Signature")),
            QStringLiteral("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        QCOMPARE(url.expiresAt, exampleTime().addDays(1));
        QVERIFY(url.headers.isEmpty());
        // The credential's '/' is sent encoded, as in AWS's example URL.
        QVERIFY(url.url.toEncoded().contains(
            "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"));
    }

    void awsPresignedGetIntermediate()
    {
        // The published hash of the canonical request that the presigned example's StringToSign ends with.
        const SigV4Signer signer = exampleSigner();
        SigV4Request request = S3Endpoint(exampleTarget()).objectRequest("GET", QStringLiteral("test.txt"));
        QVERIFY(signer.presign(request, 86400, exampleTime()));
        request.query.removeIf([](const auto &p) { return p.first == "X-Amz-Signature"; });
        const QByteArray canonical = SigV4Signer::canonicalRequest(request);
        QCOMPARE(SigV4Signer::sha256Hex(canonical),
            QByteArray("3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04"));
    }

    void uriEncode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("encodeSlash");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("unreserved") << QStringLiteral("AZaz09-._~") << false << QByteArray("AZaz09-._~");
        QTest::addRow("space") << QStringLiteral("a b") << false << QByteArray("a%20b");
        QTest::addRow("plus") << QStringLiteral("a+b") << false << QByteArray("a%2Bb");
        QTest::addRow("percent") << QStringLiteral("100%") << false << QByteArray("100%25");
        QTest::addRow("already-encoded looking") << QStringLiteral("a%20b") << false << QByteArray("a%2520b");
        QTest::addRow("unicode") << QString::fromUtf8("Grüße/日本") << false
                                 << QByteArray("Gr%C3%BC%C3%9Fe/%E6%97%A5%E6%9C%AC");
        QTest::addRow("slash kept in paths") << QStringLiteral("a/b//c/") << false << QByteArray("a/b//c/");
        QTest::addRow("slash encoded in query") << QStringLiteral("a/b") << true << QByteArray("a%2Fb");
        QTest::addRow("shell") << QStringLiteral("$(rm -rf ~);`x`'\"") << false
                               << QByteArray("%24%28rm%20-rf%20~%29%3B%60x%60%27%22");
        QTest::addRow("newline and tab") << QStringLiteral("a\nb\tc") << false << QByteArray("a%0Ab%09c");
        QTest::addRow("reserved") << QStringLiteral("*?#[]@!&=:,;") << true
                                  << QByteArray("%2A%3F%23%5B%5D%40%21%26%3D%3A%2C%3B");
        QTest::addRow("leading dash") << QStringLiteral("-rf") << false << QByteArray("-rf");
    }

    void uriEncode()
    {
        QFETCH(QString, input);
        QFETCH(bool, encodeSlash);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4Signer::uriEncode(input.toUtf8(), encodeSlash), expected);
    }

    void uriEncodeNonUtf8Bytes()
    {
        QCOMPARE(SigV4Signer::uriEncode(QByteArray("\xff\xfe\x00z", 4), true), QByteArray("%FF%FE%00z"));
    }

    void canonicalHeadersTrimAndJoin()
    {
        SigV4Request request;
        request.method = "GET";
        request.host = "h";
        request.headers
            = { { "X-Amz-Meta-A", "  one   two  " }, { "x-amz-meta-a", "three" }, { "B", "\tx" } };
        request.payloadHash = SigV4Signer::emptyPayloadHash();
        const QByteArray canonical = SigV4Signer::canonicalRequest(request);
        QCOMPARE(canonical,
            QByteArray("GET\n/\n\nb:x\nhost:h\nx-amz-meta-a:one two,three\n\nb;host;x-amz-meta-a\n")
                + SigV4Signer::emptyPayloadHash());
    }

    void signingTwiceReplacesAuthorization()
    {
        const SigV4Signer signer = exampleSigner();
        SigV4Request request = S3Endpoint(exampleTarget()).objectRequest("GET", QStringLiteral("test.txt"));
        request.setHeader("Range", "bytes=0-9");
        signer.signHeaders(request, exampleTime().addSecs(60));
        signer.signHeaders(request);
        int authorizations = 0;
        for (const auto &h : request.headers)
            authorizations += h.first.compare("authorization", Qt::CaseInsensitive) == 0;
        QCOMPARE(authorizations, 1);
        QCOMPARE(signatureOf(request),
            QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void wrongSecretChangesSignature()
    {
        SigV4Signer other(ExampleKeyId, SigningSecret("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEz"),
            QStringLiteral("us-east-1"));
        SigV4Request request = S3Endpoint(exampleTarget()).objectRequest("GET", QStringLiteral("test.txt"));
        request.setHeader("Range", "bytes=0-9");
        other.signHeaders(request, exampleTime());
        QVERIFY(signatureOf(request)
            != QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
        QCOMPARE(signatureOf(request).size(), 64);
    }

    void clockOffsetShiftsSigningTime()
    {
        SigV4Signer signer = exampleSigner();
        signer.setClockOffset(-90 * 60 * 1000);
        QCOMPARE(signer.now(), exampleTime().addSecs(-90 * 60));
        SigV4Request request = S3Endpoint(exampleTarget()).objectRequest("GET", QStringLiteral("test.txt"));
        signer.signHeaders(request);
        QCOMPARE(request.header("x-amz-date"), QByteArray("20130523T223000Z"));
        QVERIFY(request.header("Authorization").contains("/20130523/us-east-1/s3/aws4_request"));
    }

    void clockIsUtcWhateverTheClockReturns()
    {
        SigV4Signer signer = exampleSigner();
        signer.setClock([] { return exampleTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))); });
        QCOMPARE(SigV4Signer::amzDate(signer.now()), QByteArray("20130524T000000Z"));
    }

    void dateHeaderOffset_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ten minutes ahead")
            << QByteArray("Fri, 24 May 2013 00:10:00 GMT") << qint64(600500) << true;
        QTest::addRow("an hour behind")
            << QByteArray("Thu, 23 May 2013 23:00:00 GMT") << qint64(-3599500) << true;
        QTest::addRow("same second is noise")
            << QByteArray("Fri, 24 May 2013 00:00:00 GMT") << qint64(0) << true;
        QTest::addRow("one second is noise")
            << QByteArray("Fri, 24 May 2013 00:00:01 GMT") << qint64(0) << true;
        QTest::addRow("not GMT") << QByteArray("Fri, 24 May 2013 00:10:00 CET") << qint64(0) << false;
        QTest::addRow("bad month") << QByteArray("Fri, 24 Mai 2013 00:10:00 GMT") << qint64(0) << false;
        QTest::addRow("bad time") << QByteArray("Fri, 24 May 2013 25:10:00 GMT") << qint64(0) << false;
        QTest::addRow("empty") << QByteArray() << qint64(0) << false;
        QTest::addRow("garbage") << QByteArray("$(reboot)") << qint64(0) << false;
    }

    void dateHeaderOffset()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, offset);
        QFETCH(bool, valid);
        const auto got = SigV4Signer::offsetFromDateHeader(header, exampleTime());
        QCOMPARE(got.has_value(), valid);
        if (valid)
            QCOMPARE(*got, offset);
    }

    void presignExpiryBounds_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("zero") << qint64(0) << false;
        QTest::addRow("negative") << qint64(-900) << false;
        QTest::addRow("one second under 15 min") << qint64(899) << false;
        QTest::addRow("15 min") << qint64(900) << true;
        QTest::addRow("7 days") << qint64(604800) << true;
        QTest::addRow("7 days and a second") << qint64(604801) << false;
    }

    void presignExpiryBounds()
    {
        QFETCH(qint64, seconds);
        QFETCH(bool, accepted);
        const SigV4Signer signer = exampleSigner();
        const S3Presigner presigner(S3Endpoint(exampleTarget()), signer);
        const QByteArray md5 = QByteArray(16, 'x').toBase64();
        const PresignedUrl get = presigner.presignGet(QStringLiteral("k"), seconds);
        const PresignedUrl put = presigner.presignPut(QStringLiteral("k"), seconds);
        const PresignedUrl part
            = presigner.presignUploadPart(QStringLiteral("k"), QStringLiteral("u"), 1, 10, md5, seconds);
        QCOMPARE(get.isValid(), accepted);
        QCOMPARE(put.isValid(), accepted);
        QCOMPARE(part.isValid(), accepted);
        if (!accepted) {
            QVERIFY(get.error.contains(QStringLiteral("15 minutes to 7 days")));
            QVERIFY(get.url.isEmpty());
        }
    }

    void presignUploadPartSignsLengthAndMd5()
    {
        const SigV4Signer signer = exampleSigner();
        S3Target target = exampleTarget();
        target.endpoint = QUrl(QStringLiteral("http://127.0.0.1:4568"));
        target.addressing = S3Addressing::Path;
        const S3Presigner presigner(S3Endpoint(target), signer);
        const QByteArray md5 = QByteArrayLiteral("1B2M2Y8AsgTpgAmY7PhCfg==");
        const PresignedUrl url = presigner.presignUploadPart(
            QStringLiteral("dir/a b+c.tar.zst"), QStringLiteral("up/+=id"), 3, 5242880, md5, 3600);
        QVERIFY2(url.isValid(), qPrintable(url.error));
        QCOMPARE(url.method, QByteArray("PUT"));
        QCOMPARE(url.url.toEncoded(QUrl::RemoveQuery),
            QByteArray("http://127.0.0.1:4568/examplebucket/dir/a%20b%2Bc.tar.zst"));
        const auto q = queryMap(url.url);
        QCOMPARE(q.value(QStringLiteral("partNumber")), QStringLiteral("3"));
        QCOMPARE(q.value(QStringLiteral("uploadId")), QStringLiteral("up/+=id"));
        QCOMPARE(q.value(QStringLiteral("X-Amz-SignedHeaders")),
            QStringLiteral("content-length;content-md5;host"));
        QCOMPARE(
            url.headers, (SigV4Request::Pairs { { "content-length", "5242880" }, { "content-md5", md5 } }));

        // Another length, MD5, part or upload gives another signature.
        const auto sig
            = [&](const PresignedUrl &u) { return queryMap(u.url).value(QStringLiteral("X-Amz-Signature")); };
        const QByteArray otherMd5 = QByteArray(16, '\x01').toBase64();
        QVERIFY(sig(url)
            != sig(presigner.presignUploadPart(
                QStringLiteral("dir/a b+c.tar.zst"), QStringLiteral("up/+=id"), 3, 5242881, md5, 3600)));
        QVERIFY(sig(url)
            != sig(presigner.presignUploadPart(
                QStringLiteral("dir/a b+c.tar.zst"), QStringLiteral("up/+=id"), 3, 5242880, otherMd5, 3600)));
        QVERIFY(sig(url)
            != sig(presigner.presignUploadPart(
                QStringLiteral("dir/a b+c.tar.zst"), QStringLiteral("up/+=id"), 4, 5242880, md5, 3600)));
        QVERIFY(sig(url)
            != sig(presigner.presignUploadPart(
                QStringLiteral("dir/a b+c.tar.zst"), QStringLiteral("up/+=ie"), 3, 5242880, md5, 3600)));
        QCOMPARE(sig(url),
            sig(presigner.presignUploadPart(
                QStringLiteral("dir/a b+c.tar.zst"), QStringLiteral("up/+=id"), 3, 5242880, md5, 3600)));
    }

    void presignUploadPartRefusesBadInput_data()
    {
        QTest::addColumn<QString>("uploadId");
        QTest::addColumn<int>("part");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QByteArray>("md5");
        const QByteArray md5 = QByteArrayLiteral("1B2M2Y8AsgTpgAmY7PhCfg==");
        QTest::addRow("part 0") << QStringLiteral("u") << 0 << qint64(1) << md5;
        QTest::addRow("part 10001") << QStringLiteral("u") << 10001 << qint64(1) << md5;
        QTest::addRow("negative length") << QStringLiteral("u") << 1 << qint64(-1) << md5;
        QTest::addRow("over 5 GiB") << QStringLiteral("u") << 1 << (qint64(5) << 30) + 1 << md5;
        QTest::addRow("no md5") << QStringLiteral("u") << 1 << qint64(1) << QByteArray();
        QTest::addRow("hex md5") << QStringLiteral("u") << 1 << qint64(1)
                                 << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
        QTest::addRow("md5 with newline")
            << QStringLiteral("u") << 1 << qint64(1) << QByteArray("1B2M2Y8AsgTpgAmY7Ph\nfg==");
        QTest::addRow("no upload id") << QString() << 1 << qint64(1) << md5;
    }

    void presignUploadPartRefusesBadInput()
    {
        QFETCH(QString, uploadId);
        QFETCH(int, part);
        QFETCH(qint64, length);
        QFETCH(QByteArray, md5);
        const SigV4Signer signer = exampleSigner();
        const S3Presigner presigner(S3Endpoint(exampleTarget()), signer);
        const PresignedUrl url
            = presigner.presignUploadPart(QStringLiteral("k"), uploadId, part, length, md5, 3600);
        QVERIFY(!url.isValid());
        QVERIFY(!url.error.isEmpty());
        QVERIFY(url.error.endsWith(QLatin1Char('.')));
    }

    void presignUsesServerClock()
    {
        SigV4Signer signer = exampleSigner();
        signer.setClockOffset(
            *SigV4Signer::offsetFromDateHeader("Fri, 24 May 2013 02:00:00 GMT", exampleTime()));
        const S3Presigner presigner(S3Endpoint(exampleTarget()), signer);
        const PresignedUrl url = presigner.presignGet(QStringLiteral("k"), 900);
        QCOMPARE(queryMap(url.url).value(QStringLiteral("X-Amz-Date")), QStringLiteral("20130524T020000Z"));
        QCOMPARE(url.expiresAt, exampleTime().addSecs(2 * 3600 + 900).addMSecs(500));
    }

    void addressing_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("expected");
        const int path = int(S3Addressing::Path);
        const int virt = int(S3Addressing::VirtualHosted);
        QTest::addRow("virtual") << QStringLiteral("https://s3.eu-central-1.amazonaws.com") << virt
                                 << QStringLiteral("a b/c")
                                 << QByteArray("https://examplebucket.s3.eu-central-1.amazonaws.com/a%20b/c");
        QTest::addRow("path") << QStringLiteral("https://s3.eu-central-1.amazonaws.com") << path
                              << QStringLiteral("a b/c")
                              << QByteArray("https://s3.eu-central-1.amazonaws.com/examplebucket/a%20b/c");
        QTest::addRow("path with port")
            << QStringLiteral("http://127.0.0.1:9000/") << path << QStringLiteral("x")
            << QByteArray("http://127.0.0.1:9000/examplebucket/x");
        QTest::addRow("default port dropped")
            << QStringLiteral("https://minio.example:443") << path << QStringLiteral("x")
            << QByteArray("https://minio.example/examplebucket/x");
        QTest::addRow("ipv6") << QStringLiteral("http://[::1]:9000") << path << QStringLiteral("x")
                              << QByteArray("http://[::1]:9000/examplebucket/x");
        QTest::addRow("base path") << QStringLiteral("https://gw.example/s3/") << path << QStringLiteral("x")
                                   << QByteArray("https://gw.example/s3/examplebucket/x");
        QTest::addRow("leading slash key")
            << QStringLiteral("https://gw.example") << virt << QStringLiteral("/x")
            << QByteArray("https://examplebucket.gw.example//x");
        QTest::addRow("dot segments kept")
            << QStringLiteral("http://127.0.0.1:9000") << path << QStringLiteral("a/../b/./c")
            << QByteArray("http://127.0.0.1:9000/examplebucket/a/../b/./c");
    }

    void virtualHostedFallsBackToPath_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("dots over https")
            << QStringLiteral("https://s3.amazonaws.com") << QStringLiteral("my.bucket")
            << QByteArray("https://s3.amazonaws.com/my.bucket/k");
        QTest::addRow("dots over http stay virtual")
            << QStringLiteral("http://s3.local") << QStringLiteral("my.bucket")
            << QByteArray("http://my.bucket.s3.local/k");
        QTest::addRow("uppercase") << QStringLiteral("https://s3.amazonaws.com") << QStringLiteral("Bucket")
                                   << QByteArray("https://s3.amazonaws.com/Bucket/k");
        QTest::addRow("underscore") << QStringLiteral("https://s3.amazonaws.com")
                                    << QStringLiteral("my_bucket")
                                    << QByteArray("https://s3.amazonaws.com/my_bucket/k");
        QTest::addRow("plain") << QStringLiteral("https://s3.amazonaws.com") << QStringLiteral("my-bucket")
                               << QByteArray("https://my-bucket.s3.amazonaws.com/k");
        QTest::addRow("ipv4 endpoint")
            << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("my-bucket")
            << QByteArray("http://127.0.0.1:9000/my-bucket/k");
        QTest::addRow("ipv6 endpoint") << QStringLiteral("http://[::1]:9000") << QStringLiteral("my-bucket")
                                       << QByteArray("http://[::1]:9000/my-bucket/k");
        QTest::addRow("localhost") << QStringLiteral("http://LocalHost:9000") << QStringLiteral("my-bucket")
                                   << QByteArray("http://localhost:9000/my-bucket/k");
    }

    void virtualHostedFallsBackToPath()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, bucket);
        QFETCH(QByteArray, expected);
        S3Target target = exampleTarget();
        target.endpoint = QUrl(endpoint);
        target.bucket = bucket;
        const S3Endpoint s3(target);
        QVERIFY(s3.isValid());
        QCOMPARE(s3.encodedUrl(s3.objectRequest("GET", QStringLiteral("k"))), expected);
    }

    void addressing()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, style);
        QFETCH(QString, key);
        QFETCH(QByteArray, expected);
        S3Target target = exampleTarget();
        target.endpoint = QUrl(endpoint);
        target.addressing = S3Addressing(style);
        const S3Endpoint s3(target);
        QVERIFY2(s3.isValid(), qPrintable(s3.errorString()));
        const SigV4Request request = s3.objectRequest("GET", key);
        QCOMPARE(s3.encodedUrl(request), expected);
        // QUrl must not re-encode or normalise what was signed.
        QCOMPARE(s3.url(request).toEncoded(), expected);
    }

    void hostileKeysSurviveQUrl_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("space plus percent") << QStringLiteral("backups/a b+c%d.tar");
        QTest::addRow("unicode") << QString::fromUtf8("客户/Grüße 🚀.tar.zst");
        QTest::addRow("shell") << QStringLiteral("$(touch x)/`id`;'\"|&<>");
        QTest::addRow("query-like") << QStringLiteral("a?b=c&d#e");
        QTest::addRow("newline") << QStringLiteral("line1\nline2\r");
        QTest::addRow("brackets") << QStringLiteral("[x]{y}(z)!*'");
        QTest::addRow("already encoded") << QStringLiteral("%2F%20%zz");
    }

    void hostileKeysSurviveQUrl()
    {
        QFETCH(QString, key);
        for (S3Addressing style : { S3Addressing::Path, S3Addressing::VirtualHosted }) {
            S3Target target = exampleTarget();
            target.addressing = style;
            const S3Endpoint s3(target);
            SigV4Request request = s3.objectRequest("PUT", key);
            request.query.append({ QByteArrayLiteral("uploadId"), key.toUtf8() });
            const QByteArray encoded = s3.encodedUrl(request);
            const QUrl url = s3.url(request);
            QCOMPARE(url.toEncoded(), encoded);
            // The path decodes back to the key.
            const QString prefix
                = style == S3Addressing::Path ? QStringLiteral("/examplebucket/") : QStringLiteral("/");
            QCOMPARE(url.path(QUrl::FullyDecoded), prefix + key);
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("uploadId"), QUrl::FullyDecoded), key);
        }
    }

    void invalidTargets_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("style");
        const int path = int(S3Addressing::Path);
        const int virt = int(S3Addressing::VirtualHosted);
        QTest::addRow("ftp") << QStringLiteral("ftp://x") << QStringLiteral("bucket") << path;
        QTest::addRow("no host") << QStringLiteral("https://") << QStringLiteral("bucket") << path;
        QTest::addRow("user info") << QStringLiteral("https://me:pw@x") << QStringLiteral("bucket") << path;
        QTest::addRow("query") << QStringLiteral("https://x/?a=b") << QStringLiteral("bucket") << path;
        QTest::addRow("empty bucket") << QStringLiteral("https://x") << QString() << path;
        QTest::addRow("slash in bucket") << QStringLiteral("https://x") << QStringLiteral("a/b") << path;
        QTest::addRow("empty bucket virtual") << QStringLiteral("https://x") << QString() << virt;
    }

    void invalidTargets()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, bucket);
        QFETCH(int, style);
        S3Target target = exampleTarget();
        target.endpoint = QUrl(endpoint);
        target.bucket = bucket;
        target.addressing = S3Addressing(style);
        const S3Endpoint s3(target);
        QVERIFY(!s3.isValid());
        QVERIFY(s3.errorString().endsWith(QLatin1Char('.')));
        const SigV4Signer signer = exampleSigner();
        QVERIFY(!S3Presigner(s3, signer).presignGet(QStringLiteral("k"), 900).isValid());
    }

    void secretCanaryNeverLeaves()
    {
        // The secret must not appear in anything signing produces or logs.
        static QList<QByteArray> messages;
        messages.clear();
        const auto previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                  messages.append(text.toUtf8());
              });
        auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        const QByteArray canary = "CANARY/secret+Zq9";
        SigV4Signer signer(ExampleKeyId, SigningSecret(canary), QStringLiteral("us-east-1"));
        signer.setClock([] { return exampleTime(); });
        SigV4Request request = S3Endpoint(exampleTarget()).objectRequest("PUT", QStringLiteral("k"));
        signer.signHeaders(request);
        QByteArray everything = SigV4Signer::canonicalRequest(request);
        for (const auto &h : request.headers)
            everything += h.first + h.second;
        const S3Presigner presigner(S3Endpoint(exampleTarget()), signer);
        everything += presigner.presignGet(QStringLiteral("k"), 900).url.toEncoded();
        everything += presigner
                          .presignUploadPart(QStringLiteral("k"), QStringLiteral("u"), 1, 1,
                              QByteArray(16, 'a').toBase64(), 900)
                          .url.toEncoded();
        everything += presigner.presignGet(QStringLiteral("k"), 1).error.toUtf8();
        for (const QByteArray &m : messages)
            everything += m;
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains(canary));
        QVERIFY(!everything.contains(canary.toBase64()));
        QVERIFY(!everything.contains(SigV4Signer::uriEncode(canary, true)));
    }

    void secretBuffer()
    {
        QByteArray source("top-secret-value");
        const char *raw = source.constData();
        Q_UNUSED(raw);
        SigningSecret secret = SigningSecret::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(secret.view(), QByteArrayView("top-secret-value"));
        SigningSecret moved = std::move(secret);
        QVERIFY(secret.isEmpty()); // NOLINT(bugprone-use-after-move): documented moved-from state
        QCOMPARE(moved.size(), std::size_t(16));
        const SigningSecret copy = moved.clone();
        QCOMPARE(copy.view(), moved.view());
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
