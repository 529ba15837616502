// The rules a storage target must follow before anything is saved or sent: names, prefixes, the
// default prefix made from a client's name, and the conversion to what S3Client needs.
#include "storage/S3Endpoint.h"
#include "storage/StorageTargetStore.h"

#include <QTest>

using namespace cairn;

namespace {

StorageTarget validTarget()
{
    StorageTarget t;
    t.clientId = 1;
    t.name = QStringLiteral("Offsite");
    t.provider = QStringLiteral("aws");
    t.endpoint = QStringLiteral("https://s3.eu-central-1.amazonaws.com");
    t.region = QStringLiteral("eu-central-1");
    t.bucket = QStringLiteral("acme-backups");
    t.prefix = QStringLiteral("acme/");
    t.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    t.addressing = QStringLiteral("virtual");
    return t;
}

} // namespace

class TestStorageTargetRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prefixForClient_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("plain") << QStringLiteral("Acme Widgets GmbH") << QStringLiteral("acme-widgets-gmbh/");
        QTest::addRow("umlauts") << QStringLiteral("Bäckerei Müller") << QStringLiteral("backerei-muller/");
        QTest::addRow("accents") << QStringLiteral("Café Ñandú") << QStringLiteral("cafe-nandu/");
        QTest::addRow("shell") << QStringLiteral("$(rm -rf /) `id`") << QStringLiteral("rm-rf-id/");
        QTest::addRow("quotes") << QStringLiteral("O'Brien \"Bros\"") << QStringLiteral("o-brien-bros/");
        QTest::addRow("leading dash") << QStringLiteral("--force") << QStringLiteral("force/");
        QTest::addRow("slashes and dots")
            << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd/");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a-b/");
        QTest::addRow("only cjk") << QStringLiteral("東京") << QStringLiteral("client/");
        QTest::addRow("empty") << QString() << QStringLiteral("client/");
        QTest::addRow("long") << QString(200, QLatin1Char('x'))
                              << QString(63, QLatin1Char('x')) + QLatin1Char('/');
        QTest::addRow("long cut at dash") << QString(62, QLatin1Char('x')) + QStringLiteral(" yy")
                                          << QString(62, QLatin1Char('x')) + QLatin1Char('/');
    }

    void prefixForClient()
    {
        QFETCH(QString, client);
        QFETCH(QString, prefix);
        const QString made = StorageTargetStore::prefixForClient(client);
        QCOMPARE(made, prefix);
        QString problem;
        QCOMPARE(StorageTargetStore::normalizePrefix(made, &problem), made);
        QVERIFY(problem.isEmpty());
    }

    void normalizePrefix_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("valid");
        QTest::addRow("empty: whole bucket") << QString() << QString() << true;
        QTest::addRow("adds slash") << QStringLiteral("acme") << QStringLiteral("acme/") << true;
        QTest::addRow("strips leading slash")
            << QStringLiteral("/backups/acme/") << QStringLiteral("backups/acme/") << true;
        QTest::addRow("spaces trimmed") << QStringLiteral("  acme ") << QStringLiteral("acme/") << true;
        QTest::addRow("inner space kept")
            << QStringLiteral("my backups") << QStringLiteral("my backups/") << true;
        QTest::addRow("unicode") << QStringLiteral("東京/") << QStringLiteral("東京/") << true;
        QTest::addRow("shell characters are plain key bytes")
            << QStringLiteral("$(id)") << QStringLiteral("$(id)/") << true;
        QTest::addRow("double slash") << QStringLiteral("a//b") << QString() << false;
        QTest::addRow("dot dot") << QStringLiteral("a/../b") << QString() << false;
        QTest::addRow("dot") << QStringLiteral("./a") << QString() << false;
        QTest::addRow("newline") << QStringLiteral("a\nb") << QString() << false;
        QTest::addRow("backslash") << QStringLiteral("a\\b") << QString() << false;
        QTest::addRow("too long") << QString(600, QLatin1Char('a')) << QString() << false;
    }

    void normalizePrefix()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, valid);
        QString problem = QStringLiteral("stale");
        QCOMPARE(StorageTargetStore::normalizePrefix(input, &problem), expected);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY2(problem.endsWith(QLatin1Char('.')) && !problem.contains(QLatin1Char('\n')),
                qPrintable(problem));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addRow("as is") << QString() << QString() << true;
        QTest::addRow("empty name") << QStringLiteral("name") << QStringLiteral("  ") << false;
        QTest::addRow("name with newline") << QStringLiteral("name") << QStringLiteral("a\nb") << false;
        QTest::addRow("name with shell") << QStringLiteral("name") << QStringLiteral("$(id) -rf") << true;
        QTest::addRow("unknown provider") << QStringLiteral("provider") << QStringLiteral("dropbox") << false;
        QTest::addRow("custom provider") << QStringLiteral("provider") << QStringLiteral("custom") << true;
        QTest::addRow("empty key id") << QStringLiteral("accessKeyId") << QString() << false;
        QTest::addRow("key id with space")
            << QStringLiteral("accessKeyId") << QStringLiteral("AKIA X") << false;
        QTest::addRow("key id non-ascii")
            << QStringLiteral("accessKeyId") << QStringLiteral("AKIAÄ") << false;
        QTest::addRow("prefix not normal") << QStringLiteral("prefix") << QStringLiteral("/acme") << false;
        QTest::addRow("empty prefix") << QStringLiteral("prefix") << QString() << true;
        QTest::addRow("ftp endpoint") << QStringLiteral("endpoint") << QStringLiteral("ftp://x") << false;
        QTest::addRow("endpoint with user")
            << QStringLiteral("endpoint") << QStringLiteral("https://u:p@x") << false;
        QTest::addRow("empty bucket") << QStringLiteral("bucket") << QString() << false;
        QTest::addRow("empty region") << QStringLiteral("region") << QString() << false;
        QTest::addRow("odd addressing") << QStringLiteral("addressing") << QStringLiteral("dns") << false;
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        StorageTarget t = validTarget();
        if (field == QLatin1String("name"))
            t.name = value;
        else if (field == QLatin1String("provider"))
            t.provider = value;
        else if (field == QLatin1String("accessKeyId"))
            t.accessKeyId = value;
        else if (field == QLatin1String("prefix"))
            t.prefix = value;
        else if (field == QLatin1String("endpoint"))
            t.endpoint = value;
        else if (field == QLatin1String("bucket"))
            t.bucket = value;
        else if (field == QLatin1String("region"))
            t.region = value;
        else if (field == QLatin1String("addressing"))
            t.addressing = value;
        const QString problem = StorageTargetStore::validate(t);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
        if (!valid)
            QVERIFY2(problem.endsWith(QLatin1Char('.')) && !problem.contains(QLatin1Char('\n')),
                qPrintable(problem));
    }

    void s3RoundTrip()
    {
        const StorageTarget t = validTarget();
        const S3Target s3 = StorageTargetStore::toS3(t);
        QCOMPARE(s3.endpoint, QUrl(QStringLiteral("https://s3.eu-central-1.amazonaws.com")));
        QCOMPARE(s3.addressing, S3Addressing::VirtualHosted);
        QCOMPARE(s3.prefix, t.prefix);
        const StorageTarget back = StorageTargetStore::fromS3(s3);
        QCOMPARE(back.endpoint, t.endpoint);
        QCOMPARE(back.addressing, t.addressing);
        QCOMPARE(back.bucket, t.bucket);
        QCOMPARE(back.region, t.region);
        QCOMPARE(back.accessKeyId, t.accessKeyId);
        StorageTarget path = t;
        path.addressing = QStringLiteral("path");
        QCOMPARE(StorageTargetStore::toS3(path).addressing, S3Addressing::Path);
        // A trailing slash on the endpoint does not survive into the stored text.
        S3Target slash = s3;
        slash.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9000/"));
        QCOMPARE(StorageTargetStore::fromS3(slash).endpoint, QStringLiteral("http://127.0.0.1:9000"));
    }
};

QTEST_GUILESS_MAIN(TestStorageTargetRules)
#include "tst_storagetargetrules.moc"
