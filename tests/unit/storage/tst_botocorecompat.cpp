// Cairn's presigned URLs against botocore's (the copy inside Debian's awscli, run with a patched
// clock): same request, time, key, region and expiry must give the same signature and the same
// decoded query parameters. botocore orders the query differently, so URL text is not compared.

#include "storage/S3Endpoint.h"
#include "storage/S3Presigner.h"
#include "storage/SigV4Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace cairn;

namespace {

struct Case {
    QString op; // get_object, put_object, upload_part
    QString key;
    qint64 expires = 900;
    QString uploadId;
    int partNumber = 0;
    qint64 contentLength = -1;
    QByteArray contentMd5;
};

QMap<QString, QString> decodedQuery(const QUrl &url)
{
    QMap<QString, QString> out;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        out.insert(name, value);
    return out;
}

} // namespace

class TestBotocoreCompat final : public QObject {
    Q_OBJECT

private:
    // Runs botocore_presign.py; the secret goes through stdin.
    QList<QUrl> botocore(
        const S3Target &target, QByteArrayView secret, const QDateTime &at, const QList<Case> &cases)
    {
        QJsonArray jsonCases;
        for (const Case &c : cases) {
            QJsonObject o { { QStringLiteral("op"), c.op }, { QStringLiteral("bucket"), target.bucket },
                { QStringLiteral("key"), c.key }, { QStringLiteral("expires"), c.expires } };
            if (!c.uploadId.isEmpty()) {
                o.insert(QStringLiteral("uploadId"), c.uploadId);
                o.insert(QStringLiteral("partNumber"), c.partNumber);
            }
            if (c.contentLength >= 0)
                o.insert(QStringLiteral("contentLength"), c.contentLength);
            if (!c.contentMd5.isEmpty())
                o.insert(QStringLiteral("contentMd5"), QString::fromLatin1(c.contentMd5));
            jsonCases.append(o);
        }
        const QJsonObject spec {
            { QStringLiteral("accessKeyId"), target.accessKeyId },
            { QStringLiteral("secretAccessKey"), QString::fromUtf8(secret.toByteArray()) },
            { QStringLiteral("region"), target.region },
            { QStringLiteral("endpoint"), target.endpoint.toString() },
            { QStringLiteral("addressing"),
                target.addressing == S3Addressing::Path ? QStringLiteral("path")
                                                        : QStringLiteral("virtual") },
            { QStringLiteral("time"), at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")) },
            { QStringLiteral("cases"), jsonCases },
        };
        const QString script = qEnvironmentVariable("CAIRN_SOURCE_DIR")
            + QStringLiteral("/tests/unit/storage/botocore_presign.py");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), { script });
        if (!python.waitForStarted()) {
            qWarning("cannot start /usr/bin/python3: %s", qPrintable(python.errorString()));
            return {};
        }
        python.write(QJsonDocument(spec).toJson(QJsonDocument::Compact));
        python.closeWriteChannel();
        python.waitForFinished(60000);
        if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            qWarning("botocore_presign.py failed: %s", python.readAllStandardError().constData());
            return {};
        }
        QList<QUrl> urls;
        for (const QJsonValue &v : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
            urls.append(QUrl::fromEncoded(v.toString().toUtf8(), QUrl::StrictMode));
        return urls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("CAIRN_SOURCE_DIR").isEmpty(), "run through ctest (CAIRN_SOURCE_DIR)");
    }

    void sameAsBotocore_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<int>("addressing");
        QTest::addColumn<QDateTime>("at");
        const QDateTime t1(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
        const QDateTime t2(QDate(2024, 2, 29), QTime(23, 59, 58), QTimeZone::utc());
        QTest::addRow("aws virtual us-east-1")
            << QStringLiteral("https://s3.amazonaws.com") << QStringLiteral("us-east-1")
            << QStringLiteral("examplebucket") << int(S3Addressing::VirtualHosted) << t1;
        QTest::addRow("aws virtual eu-central-1")
            << QStringLiteral("https://s3.eu-central-1.amazonaws.com") << QStringLiteral("eu-central-1")
            << QStringLiteral("cairn-backups.eu") << int(S3Addressing::VirtualHosted) << t2;
        QTest::addRow("path local port")
            << QStringLiteral("http://127.0.0.1:4568") << QStringLiteral("us-east-1")
            << QStringLiteral("cairn") << int(S3Addressing::Path) << t2;
        QTest::addRow("path hetzner")
            << QStringLiteral("https://fsn1.your-objectstorage.com") << QStringLiteral("fsn1")
            << QStringLiteral("acme-backup") << int(S3Addressing::Path) << t1;
    }

    void sameAsBotocore()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, region);
        QFETCH(QString, bucket);
        QFETCH(int, addressing);
        QFETCH(QDateTime, at);

        S3Target target;
        target.endpoint = QUrl(endpoint);
        target.region = region;
        target.bucket = bucket;
        target.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        target.addressing = S3Addressing(addressing);
        constexpr QByteArrayView secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        const QByteArray md5a = QByteArrayLiteral("1B2M2Y8AsgTpgAmY7PhCfg==");
        const QByteArray md5b = QByteArray::fromHex("00112233445566778899aabbccddeeff").toBase64();
        const QList<Case> cases = {
            { QStringLiteral("get_object"), QStringLiteral("test.txt"), 86400, {}, 0, -1, {} },
            { QStringLiteral("get_object"), QStringLiteral("acme/2024/db dump+full.sql.zst"), 900, {}, 0, -1,
                {} },
            { QStringLiteral("get_object"), QString::fromUtf8("客户/Grüße 100% sicher.tar"), 604800, {}, 0,
                -1, {} },
            { QStringLiteral("get_object"), QStringLiteral("$(id)`x` 'q' \"d\";&|<>*?[]{}!@#=,:~"), 3600, {},
                0, -1, {} },
            { QStringLiteral("put_object"), QStringLiteral("acme/manifest a+b.json"), 1800, {}, 0, -1, {} },
            { QStringLiteral("put_object"), QStringLiteral("acme/small.bin"), 1800, {}, 0, 1234, md5b },
            { QStringLiteral("upload_part"), QStringLiteral("acme/2024/files 1+1.tar.zst"), 3600,
                QStringLiteral("VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA--"), 1, 67108864,
                md5a },
            { QStringLiteral("upload_part"), QString::fromUtf8("ü/part+ key"), 900,
                QStringLiteral("a/b+c=d e"), 10000, 5242880, md5b },
        };

        SigV4Signer signer(target.accessKeyId, SigningSecret(secret), target.region);
        signer.setClock([at] { return at; });
        const S3Presigner presigner(S3Endpoint(target), signer);

        const QList<QUrl> theirs = botocore(target, secret, at, cases);
        QCOMPARE(theirs.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            PresignedUrl ours;
            if (c.op == QLatin1String("get_object"))
                ours = presigner.presignGet(c.key, c.expires);
            else if (c.op == QLatin1String("put_object"))
                ours = presigner.presignPut(c.key, c.expires,
                    c.contentLength >= 0 ? std::optional<qint64>(c.contentLength) : std::nullopt,
                    c.contentMd5);
            else
                ours = presigner.presignUploadPart(
                    c.key, c.uploadId, c.partNumber, c.contentLength, c.contentMd5, c.expires);
            QVERIFY2(ours.isValid(), qPrintable(ours.error));
            const QUrl &their = theirs.at(i);
            const QByteArray what = c.op.toUtf8() + ' ' + c.key.toUtf8();
            QVERIFY2(their.isValid(), what.constData());
            QCOMPARE(ours.url.scheme(), their.scheme());
            QCOMPARE(ours.url.host(), their.host());
            QCOMPARE(ours.url.port(), their.port());
            // The path is signed byte for byte, so its encoded form must match exactly.
            QCOMPARE(ours.url.path(QUrl::FullyEncoded), their.path(QUrl::FullyEncoded));
            const auto ourQuery = decodedQuery(ours.url);
            const auto theirQuery = decodedQuery(their);
            QCOMPARE(ourQuery.keys(), theirQuery.keys());
            for (const QString &name : theirQuery.keys())
                QVERIFY2(ourQuery.value(name) == theirQuery.value(name),
                    qPrintable(QStringLiteral("%1: %2 %3 != %4")
                                   .arg(QString::fromUtf8(what), name, ourQuery.value(name),
                                       theirQuery.value(name))));
            QVERIFY(!ourQuery.value(QStringLiteral("X-Amz-Signature")).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBotocoreCompat)
#include "tst_botocorecompat.moc"
