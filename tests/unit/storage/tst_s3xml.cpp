// S3's documented XML answers and error bodies turned into values and into one sentence each.

#include "storage/S3Error.h"
#include "storage/S3Xml.h"

#include <QTest>
#include <QTimeZone>

using namespace cairn;

namespace {

S3ErrorContext ctx()
{
    S3ErrorContext c;
    c.endpointHost = QStringLiteral("s3.eu-central-1.amazonaws.com");
    c.bucket = QStringLiteral("acme-backups");
    c.region = QStringLiteral("eu-central-1");
    c.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    c.key = QStringLiteral("acme/manifest.json");
    return c;
}

} // namespace

class TestS3Xml final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("regionHeader");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mustContain");

        QTest::addRow("InvalidAccessKeyId")
            << 403
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidAccessKeyId</Code>"
                   "<Message>The AWS Access Key Id you provided does not exist in our records.</Message>"
                   "<AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><RequestId>4442587FB7D0A2F9</"
                   "RequestId>"
                   "<HostId>abc=</HostId></Error>")
            << QByteArray() << int(S3Error::Kind::InvalidAccessKey)
            << QStringLiteral("access key ID \u201CAKIAIOSFODNN7EXAMPLE\u201D");
        QTest::addRow("SignatureDoesNotMatch")
            << 403
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code>"
                   "<Message>The request signature we calculated does not match the signature you provided. "
                   "Check your key and signing "
                   "method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId>"
                   "<StringToSign>AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/"
                   "aws4_request\nabc</StringToSign>"
                   "<SignatureProvided>f0e8</SignatureProvided><StringToSignBytes>41 57</StringToSignBytes>"
                   "<CanonicalRequest>GET\n/\n\nhost:x\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest>"
                   "<CanonicalRequestBytes>47</CanonicalRequestBytes><RequestId>1</RequestId><HostId>2</"
                   "HostId></Error>")
            << QByteArray() << int(S3Error::Kind::SignatureMismatch) << QStringLiteral("secret access key");
        QTest::addRow("NoSuchBucket")
            << 404
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchBucket</Code>"
                          "<Message>The specified bucket does not "
                          "exist</Message><BucketName>acme-backups</BucketName>"
                          "<RequestId>1</RequestId><HostId>2</HostId></Error>")
            << QByteArray() << int(S3Error::Kind::NoSuchBucket)
            << QStringLiteral(
                   "bucket \u201Cacme-backups\u201D does not exist at s3.eu-central-1.amazonaws.com");
        QTest::addRow("NoSuchKey")
            << 404
            << QByteArray(
                   "<Error><Code>NoSuchKey</Code><Message>The resource you requested does not exist</Message>"
                   "<Resource>/acme-backups/acme/manifest.json</Resource><RequestId>4442587FB7D0A2F9</"
                   "RequestId></Error>")
            << QByteArray() << int(S3Error::Kind::NoSuchKey)
            << QStringLiteral("\u201Cacme/manifest.json\u201D");
        QTest::addRow("AuthorizationHeaderMalformed names the region")
            << 400
            << QByteArray(
                   "<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is "
                   "malformed; the region 'eu-central-1' is wrong; expecting 'us-west-2'</Message>"
                   "<Region>us-west-2</Region><RequestId>1</RequestId></Error>")
            << QByteArray() << int(S3Error::Kind::WrongRegion)
            << QStringLiteral(
                   "is in region us-west-2, not eu-central-1; change the storage region to us-west-2.");
        QTest::addRow("PermanentRedirect with header")
            << 301
            << QByteArray("<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to "
                          "access must "
                          "be addressed using the specified "
                          "endpoint.</Message><Endpoint>acme-backups.s3.us-west-2.amazonaws.com"
                          "</Endpoint><Bucket>acme-backups</Bucket></Error>")
            << QByteArray("us-west-2") << int(S3Error::Kind::WrongRegion)
            << QStringLiteral("change the storage region to us-west-2");
        QTest::addRow("HEAD 301 without body")
            << 301 << QByteArray() << QByteArray("ap-south-1") << int(S3Error::Kind::WrongRegion)
            << QStringLiteral("region ap-south-1");
        QTest::addRow("HEAD 400 with another region")
            << 400 << QByteArray() << QByteArray("us-east-2") << int(S3Error::Kind::WrongRegion)
            << QStringLiteral("region us-east-2");
        QTest::addRow("RequestTimeTooSkewed")
            << 403
            << QByteArray(
                   "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time "
                   "and the current time is too large.</Message><RequestTime>20130524T000000Z</RequestTime>"
                   "<ServerTime>2013-05-24T01:00:00Z</ServerTime><MaxAllowedSkewMilliseconds>900000"
                   "</MaxAllowedSkewMilliseconds><RequestId>1</RequestId></Error>")
            << QByteArray() << int(S3Error::Kind::ClockSkew) << QStringLiteral("clock");
        QTest::addRow("AccessDenied")
            << 403 << QByteArray("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")
            << QByteArray("eu-central-1") << int(S3Error::Kind::AccessDenied)
            << QStringLiteral("not allowed");
        QTest::addRow("NoSuchUpload")
            << 404
            << QByteArray(
                   "<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message>"
                   "<UploadId>abc</UploadId></Error>")
            << QByteArray() << int(S3Error::Kind::NoSuchUpload) << QStringLiteral("start the upload again");
        QTest::addRow("BadDigest") << 400
                                   << QByteArray("<Error><Code>BadDigest</Code><Message>The Content-MD5 you "
                                                 "specified did not match what we "
                                                 "received.</Message></Error>")
                                   << QByteArray() << int(S3Error::Kind::BadDigest)
                                   << QStringLiteral("Content-MD5");
        QTest::addRow("EntityTooSmall")
            << 400
            << QByteArray("<Error><Code>EntityTooSmall</Code><Message>Your proposed upload is smaller than "
                          "the minimum "
                          "allowed object size.</Message></Error>")
            << QByteArray() << int(S3Error::Kind::InvalidPart) << QStringLiteral("EntityTooSmall");
        QTest::addRow("unknown code")
            << 500
            << QByteArray("<Error><Code>InternalError</Code><Message>We encountered an internal "
                          "error.</Message></Error>")
            << QByteArray() << int(S3Error::Kind::Other) << QStringLiteral("HTTP 500 InternalError");
        QTest::addRow("not XML") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray()
                                 << int(S3Error::Kind::Other) << QStringLiteral("HTTP 502");
    }

    void errorSentences()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, regionHeader);
        QFETCH(int, kind);
        QFETCH(QString, mustContain);
        const S3Error e = S3Error::fromHttp(status, body, regionHeader, ctx());
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(mustContain), qPrintable(e.message));
        // One sentence: ends with a full stop and has no line breaks.
        QVERIFY(e.message.endsWith(QLatin1Char('.')));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
        QCOMPARE(e.message.count(QLatin1String(". ")), 0);
    }

    void hostileServerTextStaysOut()
    {
        const QByteArray body
            = "<Error><Code>&lt;b&gt;Evil&#10;Run rm -rf</Code><Message>Please visit http://evil.example "
              "and enter your secret\nnow</Message><Region>us-east-1\"; DROP</Region></Error>";
        const S3Error e = S3Error::fromHttp(400, body, QByteArray(), ctx());
        QVERIFY(!e.message.contains(QLatin1String("evil.example")));
        QVERIFY(!e.message.contains(QLatin1Char('<')));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
        QVERIFY(!e.code.contains(QLatin1Char(' ')));
        QVERIFY(!e.serverMessage.contains(QLatin1Char('\n')));
        QVERIFY(!e.region.contains(QLatin1Char('"')));
    }

    void networkErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mustContain");
        QTest::addRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << int(S3Error::Kind::ConnectionRefused)
                                 << QStringLiteral(
                                        "Nothing accepted the connection at s3.eu-central-1.amazonaws.com");
        QTest::addRow("dns") << int(QNetworkReply::HostNotFoundError) << int(S3Error::Kind::HostNotFound)
                             << QStringLiteral("could not be found");
        QTest::addRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(S3Error::Kind::Tls)
                             << QStringLiteral("secure connection");
        QTest::addRow("timeout") << int(QNetworkReply::TimeoutError) << int(S3Error::Kind::Timeout)
                                 << QStringLiteral("did not answer in time");
    }

    void networkErrors()
    {
        QFETCH(int, error);
        QFETCH(int, kind);
        QFETCH(QString, mustContain);
        const S3Error e
            = S3Error::fromNetwork(QNetworkReply::NetworkError(error), QStringLiteral("detail"), {}, ctx());
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(mustContain), qPrintable(e.message));
        QVERIFY(e.message.endsWith(QLatin1Char('.')));
    }

    void listObjectsV2()
    {
        // The documented example, plus encoding-type=url (space as '+', '+' as %2B).
        const QByteArray xml
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
              "  "
              "<Name>bucket</Name><Prefix/><KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><EncodingType>url</"
              "EncodingType>\n"
              "  "
              "<IsTruncated>true</IsTruncated><NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/"
              "wm36Hy4vbOwM=</NextContinuationToken>\n"
              "  "
              "<Contents><Key>ExampleObject.txt</Key><LastModified>2013-09-17T18:07:53.000Z</LastModified>\n"
              "    "
              "<ETag>\"599bab3ed2c697f1d26842727561fd94\"</ETag><Size>857</"
              "Size><StorageClass>REDUCED_REDUNDANCY</StorageClass></Contents>\n"
              "  "
              "<Contents><Key>dir/a+b%2Bc%25d</Key><LastModified>2024-02-29T23:59:58Z</"
              "LastModified><ETag>\"x\"</ETag><Size>0</Size></Contents>\n"
              "  "
              "<Contents><Key>%E5%AE%A2%E6%88%B7/%0A</Key><LastModified>2024-02-29T23:59:58.123Z</"
              "LastModified><ETag>\"y\"</ETag><Size>5368709120</Size></Contents>\n"
              "  <CommonPrefixes><Prefix>photos%2F+x/</Prefix></CommonPrefixes>\n"
              "</ListBucketResult>";
        const auto page = S3Xml::parseListObjectsV2(xml);
        QVERIFY(page);
        QVERIFY(page->truncated);
        QCOMPARE(
            page->nextContinuationToken, QStringLiteral("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="));
        QCOMPARE(page->objects.size(), 3);
        QCOMPARE(page->objects.at(0).key, QStringLiteral("ExampleObject.txt"));
        QCOMPARE(page->objects.at(0).size, 857);
        QCOMPARE(page->objects.at(0).etag, QStringLiteral("\"599bab3ed2c697f1d26842727561fd94\""));
        QCOMPARE(page->objects.at(0).lastModified,
            QDateTime(QDate(2013, 9, 17), QTime(18, 7, 53), QTimeZone::utc()));
        QCOMPARE(page->objects.at(0).storageClass, QStringLiteral("REDUCED_REDUNDANCY"));
        QCOMPARE(page->objects.at(1).key, QStringLiteral("dir/a b+c%d"));
        QCOMPARE(page->objects.at(2).key, QString::fromUtf8("客户/\n"));
        QCOMPARE(page->objects.at(2).size, qint64(5368709120));
        QCOMPARE(page->commonPrefixes, QStringList { QStringLiteral("photos/ x/") });
    }

    void listObjectsV2Unencoded()
    {
        const QByteArray xml
            = "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a+b %41</Key>"
              "<Size>1</Size></Contents></ListBucketResult>";
        const auto page = S3Xml::parseListObjectsV2(xml);
        QVERIFY(page);
        QCOMPARE(page->objects.at(0).key, QStringLiteral("a+b %41"));
        QVERIFY(!page->truncated);
    }

    void listObjectsV2Refuses_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addRow("error doc") << QByteArray("<Error><Code>AccessDenied</Code></Error>");
        QTest::addRow("truncated without token")
            << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>");
        QTest::addRow("size not a number") << QByteArray(
            "<ListBucketResult><Contents><Key>a</Key><Size>x</Size></Contents></ListBucketResult>");
        QTest::addRow("broken") << QByteArray("<ListBucketResult><Contents>");
        QTest::addRow("html") << QByteArray("<html><body>hi</body></html>");
        QTest::addRow("empty") << QByteArray();
    }

    void listObjectsV2Refuses()
    {
        QFETCH(QByteArray, xml);
        QVERIFY(!S3Xml::parseListObjectsV2(xml));
    }

    void listMultipartUploads()
    {
        // Shaped like the ListMultipartUploads example in the S3 API reference.
        const QByteArray xml
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<ListMultipartUploadsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
              "  <Bucket>bucket</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>\n"
              "  "
              "<NextKeyMarker>my-movie.m2ts</"
              "NextKeyMarker><NextUploadIdMarker>YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ</"
              "NextUploadIdMarker>\n"
              "  <MaxUploads>3</MaxUploads><IsTruncated>true</IsTruncated>\n"
              "  "
              "<Upload><Key>my-divisor</Key><UploadId>XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw</"
              "UploadId>\n"
              "    "
              "<Initiator><ID>arn:aws:iam::111122223333:user/user1-11111a31-17b5-4fb7-9df5-b111111f13de</"
              "ID><DisplayName>user1</DisplayName></Initiator>\n"
              "    "
              "<Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</"
              "ID><DisplayName>OwnerDisplayName</DisplayName></Owner>\n"
              "    "
              "<StorageClass>STANDARD</StorageClass><Initiated>2010-11-10T20:48:33.000Z</Initiated></"
              "Upload>\n"
              "  "
              "<Upload><Key>my-movie.m2ts</"
              "Key><UploadId>VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>\n"
              "    "
              "<StorageClass>STANDARD</StorageClass><Initiated>2010-11-10T20:48:33.000Z</Initiated></"
              "Upload>\n"
              "</ListMultipartUploadsResult>";
        const auto page = S3Xml::parseListMultipartUploads(xml);
        QVERIFY(page);
        QCOMPARE(page->uploads.size(), 2);
        QCOMPARE(page->uploads.at(0).key, QStringLiteral("my-divisor"));
        QCOMPARE(page->uploads.at(0).uploadId,
            QStringLiteral("XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw"));
        QCOMPARE(page->uploads.at(0).initiated,
            QDateTime(QDate(2010, 11, 10), QTime(20, 48, 33), QTimeZone::utc()));
        QVERIFY(page->truncated);
        QCOMPARE(page->nextKeyMarker, QStringLiteral("my-movie.m2ts"));
        QCOMPARE(page->nextUploadIdMarker, QStringLiteral("YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ"));
    }

    void multipartAnswers()
    {
        QCOMPARE(S3Xml::parseInitiateMultipartUpload(
                     "<InitiateMultipartUploadResult "
                     "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>b</Bucket>"
                     "<Key>k</Key><UploadId>VXBsb2FkIElE</UploadId></InitiateMultipartUploadResult>"),
            std::optional<QString>(QStringLiteral("VXBsb2FkIElE")));
        QVERIFY(!S3Xml::parseInitiateMultipartUpload(
            "<InitiateMultipartUploadResult><UploadId> </UploadId></InitiateMultipartUploadResult>"));
        QCOMPARE(
            S3Xml::parseCompleteMultipartUpload("<CompleteMultipartUploadResult><Location>http://"
                                                "b.s3.amazonaws.com/k</Location><Bucket>b</Bucket>"
                                                "<Key>k</Key><ETag>\"3858f62230ac3c915f300c664312c11f-9\"</"
                                                "ETag></CompleteMultipartUploadResult>"),
            std::optional<QString>(QStringLiteral("\"3858f62230ac3c915f300c664312c11f-9\"")));
        // A 200 whose body is an error (documented for CompleteMultipartUpload).
        const QByteArray error
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<Error><Code>InternalError</Code>"
              "<Message>We encountered an internal error. Please try again.</Message></Error>";
        QVERIFY(S3Xml::parseError(error).isError);
        QVERIFY(!S3Xml::parseCompleteMultipartUpload(error));
    }

    void requestBodies()
    {
        const QByteArray complete = S3Xml::completeMultipartUpload(
            { { 1, QStringLiteral("\"a\"") }, { 2, QStringLiteral("\"b&<\"") } });
        QVERIFY(
            complete.contains("<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"));
        QVERIFY(complete.contains("<Part><PartNumber>1</PartNumber><ETag>&quot;a&quot;</ETag></Part>")
            || complete.contains("<Part><PartNumber>1</PartNumber><ETag>\"a\"</ETag></Part>"));
        QVERIFY(complete.contains("b&amp;&lt;"));

        const QByteArray del = S3Xml::deleteObjects({ QStringLiteral("a b"), QStringLiteral("<x>&") });
        QVERIFY(del.contains("<Quiet>true</Quiet>"));
        QVERIFY(del.contains("<Object><Key>a b</Key></Object>"));
        QVERIFY(del.contains("<Object><Key>&lt;x&gt;&amp;</Key></Object>"));
        QVERIFY(S3Xml::isXmlSafe(QStringLiteral("tab\tnewline\n")));
        QVERIFY(!S3Xml::isXmlSafe(QStringLiteral("bell\a")));
    }

    void deleteResult()
    {
        const QByteArray xml
            = "<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Error><Key>b</Key>"
              "<Code>AccessDenied</Code><Message>Access Denied</Message></Error></DeleteResult>";
        const auto r = S3Xml::parseDeleteResult(
            xml, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, ctx());
        QVERIFY(r);
        QCOMPARE(r->deleted, (QStringList { QStringLiteral("a"), QStringLiteral("c") }));
        QCOMPARE(r->failed.size(), 1);
        QCOMPARE(r->failed.at(0).key, QStringLiteral("b"));
        QCOMPARE(r->failed.at(0).code, QStringLiteral("AccessDenied"));
        QVERIFY(r->failed.at(0).message.contains(QLatin1String("not allowed")));
    }

    void versioning()
    {
        auto v = S3Xml::parseVersioning(
            "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            "<Status>Enabled</Status><MfaDelete>Disabled</MfaDelete></VersioningConfiguration>");
        QVERIFY(v && v->enabled());
        QCOMPARE(v->mfaDelete, QStringLiteral("Disabled"));
        v = S3Xml::parseVersioning(
            "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>");
        QVERIFY(v && !v->enabled() && v->status.isEmpty());
    }

    void objectLock_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("years");
        // The shapes of AWS's GetObjectLockConfiguration reference.
        QTest::addRow("enabled with default retention") << QByteArray(
            "<ObjectLockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            "<ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention>"
            "<Mode>COMPLIANCE</Mode><Days>30</Days></DefaultRetention></Rule></ObjectLockConfiguration>")
                                                        << true << true << QStringLiteral("COMPLIANCE") << 30
                                                        << 0;
        QTest::addRow("enabled in years") << QByteArray(
            "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
            "<DefaultRetention><Mode>GOVERNANCE</Mode><Years>2</Years></DefaultRetention></Rule>"
            "</ObjectLockConfiguration>") << true
                                          << true << QStringLiteral("GOVERNANCE") << 0 << 2;
        QTest::addRow("enabled without rule")
            << QByteArray("<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled>"
                          "</ObjectLockConfiguration>")
            << true << true << QString() << 0 << 0;
        QTest::addRow("empty configuration")
            << QByteArray("<ObjectLockConfiguration/>") << true << false << QString() << 0 << 0;
        QTest::addRow("an error document") << QByteArray("<Error><Code>AccessDenied</Code></Error>") << false
                                           << false << QString() << 0 << 0;
        QTest::addRow("not xml") << QByteArray("{\"ObjectLockEnabled\": \"Enabled\"}") << false << false
                                 << QString() << 0 << 0;
    }

    void objectLock()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, parsed);
        QFETCH(bool, enabled);
        QFETCH(QString, mode);
        QFETCH(int, days);
        QFETCH(int, years);
        const auto lock = S3Xml::parseObjectLock(xml);
        QCOMPARE(lock.has_value(), parsed);
        if (!lock)
            return;
        QCOMPARE(lock->enabled, enabled);
        QCOMPARE(lock->defaultMode, mode);
        QCOMPARE(lock->defaultDays, days);
        QCOMPARE(lock->defaultYears, years);
    }

    void lifecycleKeepsOtherRules()
    {
        const QString id = QStringLiteral("cairn-rule");
        const QByteArray existing
            = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
              "  "
              "<Rule><ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</"
              "Status><Expiration><Days>30</Days></Expiration></Rule>\n"
              "  <Rule><ID>cairn-rule</ID><Filter><Prefix>old/</Prefix></Filter><Status>Enabled</Status>\n"
              "    "
              "<AbortIncompleteMultipartUpload><DaysAfterInitiation>30</DaysAfterInitiation></"
              "AbortIncompleteMultipartUpload></Rule>\n"
              "</LifecycleConfiguration>";
        S3AbortIncompleteRule rule;
        rule.present = true;
        rule.daysAfterInitiation = 7;
        rule.prefix = QStringLiteral("acme/");
        const auto merged = S3Xml::withAbortIncompleteRule(existing, id, rule);
        QVERIFY(merged);
        QCOMPARE(merged->count("<Rule>"), 2);
        QVERIFY(merged->contains("<ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></"
                                 "Filter><Status>Enabled</Status><Expiration><Days>30</Days></Expiration>"));
        QVERIFY(!merged->contains("old/"));
        const auto parsed = S3Xml::parseAbortIncompleteRule(*merged, id);
        QVERIFY(parsed && parsed->present);
        QCOMPARE(parsed->daysAfterInitiation, 7);
        QCOMPARE(parsed->prefix, QStringLiteral("acme/"));

        const auto fresh = S3Xml::withAbortIncompleteRule({}, id, rule);
        QVERIFY(fresh);
        QCOMPARE(fresh->count("<Rule>"), 1);
        QVERIFY(!S3Xml::withAbortIncompleteRule("<Error/>", id, rule));
        const auto none = S3Xml::parseAbortIncompleteRule(existing, QStringLiteral("other"));
        QVERIFY(none && !none->present);
    }
};

QTEST_GUILESS_MAIN(TestS3Xml)
#include "tst_s3xml.moc"
