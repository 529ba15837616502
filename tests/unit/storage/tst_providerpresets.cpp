// The provider table the Add Storage wizard offers: every preset builds a usable endpoint, and
// region / account inputs cannot steer the endpoint to another host.

#include "storage/ProviderPresets.h"
#include "storage/S3Endpoint.h"

#include <QSet>
#include <QTest>

using namespace cairn;

class TestProviderPresets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idsAreUniqueAndKnown()
    {
        QSet<QString> ids;
        for (const ProviderPreset &p : ProviderPresets::all()) {
            QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
            ids.insert(p.id);
            QVERIFY(!p.displayName.isEmpty());
            QVERIFY(!p.regions.isEmpty());
            QCOMPARE(ProviderPresets::find(p.id), &p);
        }
        const QSet<QString> expected { QStringLiteral("aws"), QStringLiteral("digitalocean"),
            QStringLiteral("hetzner"), QStringLiteral("backblaze"), QStringLiteral("wasabi"),
            QStringLiteral("r2"), QStringLiteral("custom") };
        QCOMPARE(ids, expected);
        QCOMPARE(ProviderPresets::find(u"nope"), nullptr);
    }

    void everyRegionGivesAnHttpsEndpoint()
    {
        for (const ProviderPreset &p : ProviderPresets::all()) {
            if (p.endpointTemplate.isEmpty())
                continue;
            for (const QString &region : p.regions) {
                S3Target t = p.makeTarget(region, QStringLiteral("0123456789abcdef0123456789abcdef"));
                t.bucket = QStringLiteral("acme-backups");
                QVERIFY2(t.endpoint.isValid(), qPrintable(p.id + QLatin1Char(' ') + region));
                QCOMPARE(t.endpoint.scheme(), QStringLiteral("https"));
                QVERIFY(!t.endpoint.host().contains(QLatin1Char('{')));
                QVERIFY2(S3Endpoint(t).isValid(), qPrintable(p.id + QLatin1Char(' ') + region));
            }
        }
    }

    void knownEndpoints_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("signingRegion");
        QTest::addRow("aws") << QStringLiteral("aws") << QStringLiteral("eu-central-1")
                             << QStringLiteral("https://s3.eu-central-1.amazonaws.com")
                             << QStringLiteral("eu-central-1");
        QTest::addRow("spaces") << QStringLiteral("digitalocean") << QStringLiteral("fra1")
                                << QStringLiteral("https://fra1.digitaloceanspaces.com")
                                << QStringLiteral("fra1");
        QTest::addRow("hetzner") << QStringLiteral("hetzner") << QStringLiteral("nbg1")
                                 << QStringLiteral("https://nbg1.your-objectstorage.com")
                                 << QStringLiteral("nbg1");
        QTest::addRow("b2") << QStringLiteral("backblaze") << QStringLiteral("eu-central-003")
                            << QStringLiteral("https://s3.eu-central-003.backblazeb2.com")
                            << QStringLiteral("eu-central-003");
        QTest::addRow("wasabi") << QStringLiteral("wasabi") << QStringLiteral("eu-west-2")
                                << QStringLiteral("https://s3.eu-west-2.wasabisys.com")
                                << QStringLiteral("eu-west-2");
        QTest::addRow("r2") << QStringLiteral("r2") << QStringLiteral("auto")
                            << QStringLiteral("https://abc123.r2.cloudflarestorage.com")
                            << QStringLiteral("auto");
    }

    void knownEndpoints()
    {
        QFETCH(QString, id);
        QFETCH(QString, region);
        QFETCH(QString, endpoint);
        QFETCH(QString, signingRegion);
        const ProviderPreset *p = ProviderPresets::find(id);
        QVERIFY(p);
        const S3Target t = p->makeTarget(region, QStringLiteral("abc123"));
        QCOMPARE(t.endpoint, QUrl(endpoint));
        QCOMPARE(t.region, signingRegion);
        QCOMPARE(t.provider, id);
    }

    void hostileRegionOrAccountRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("account");
        QTest::addRow("slash") << QStringLiteral("aws") << QStringLiteral("evil.com/x") << QString();
        QTest::addRow("at") << QStringLiteral("aws") << QStringLiteral("x@evil.com") << QString();
        QTest::addRow("dot") << QStringLiteral("hetzner") << QStringLiteral("evil.com#") << QString();
        QTest::addRow("empty region") << QStringLiteral("aws") << QString() << QString();
        QTest::addRow("r2 no account") << QStringLiteral("r2") << QStringLiteral("auto") << QString();
        QTest::addRow("r2 account with dot")
            << QStringLiteral("r2") << QStringLiteral("auto") << QStringLiteral("evil.com?");
        QTest::addRow("custom has no template")
            << QStringLiteral("custom") << QStringLiteral("us-east-1") << QString();
    }

    void hostileRegionOrAccountRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, region);
        QFETCH(QString, account);
        const ProviderPreset *p = ProviderPresets::find(id);
        QVERIFY(p);
        QVERIFY(!p->endpointFor(region, account).isValid());
    }
};

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"
