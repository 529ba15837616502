// The manifest's HMAC: what it covers (the compact JSON without "hmac"), that it survives the
// indented bytes stored in the bucket, and that any changed byte, a wrong key or a missing seal fails.
#include "backup/ManifestSeal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace cairn;

namespace {

QJsonObject sampleManifest()
{
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("cairn-backup-manifest") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("run"), 42 },
        { QStringLiteral("job"), QStringLiteral("nightly \"db\" $(touch /tmp/x)\n-C") },
        { QStringLiteral("archive"),
            QJsonObject { { QStringLiteral("size"), qint64(5368709120) },
                { QStringLiteral("sha256"),
                    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef") } } },
        { QStringLiteral("restore"), QJsonArray { QStringLiteral("aws s3 cp 's3://b/k' - | sha256sum") } },
        { QStringLiteral("encrypted"), false } };
}

SecureBytes key(char fill)
{
    return SecureBytes(QByteArray(ManifestSeal::kKeySize, fill));
}

} // namespace

class TestManifestSeal final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sealIsHmacSha256OfCompactJsonWithoutHmac()
    {
        QJsonObject manifest = sampleManifest();
        const SecureBytes k = key('k');
        const QByteArray seal = ManifestSeal::seal(manifest, k);
        QCOMPARE(seal.size(), 64);
        QCOMPARE(seal, seal.toLower());
        // Computed independently, over the contract's bytes.
        const QByteArray expected
            = QMessageAuthenticationCode::hash(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                k.toByteArray(), QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(seal, expected);
        // An "hmac" member already present is not part of what is sealed.
        manifest.insert(QStringLiteral("hmac"), QStringLiteral("whatever"));
        QCOMPARE(ManifestSeal::seal(manifest, k), expected);
        QVERIFY(ManifestSeal::seal(manifest, SecureBytes()).isEmpty());
    }

    void verifiesTheStoredBytes()
    {
        QJsonObject manifest = sampleManifest();
        const SecureBytes k = key('k');
        manifest.insert(QStringLiteral("hmac"), QString::fromLatin1(ManifestSeal::seal(manifest, k)));
        // What the bucket holds is indented; a reader parses it back and verifies.
        const QByteArray stored = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        QVERIFY(ManifestSeal::verify(QJsonDocument::fromJson(stored).object(), k));
    }

    void tamperingFails_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<char>("keyFill");
        QTest::addRow("one byte of the sha256")
            << QByteArray("0123456789abcdef0123") << QByteArray("1123456789abcdef0123") << 'k';
        QTest::addRow("the size") << QByteArray("5368709120") << QByteArray("5368709121") << 'k';
        QTest::addRow("the restore command") << QByteArray("sha256sum") << QByteArray("sha256sun") << 'k';
        QTest::addRow("one byte of the hmac") << QByteArray("HMAC") << QByteArray() << 'k';
        QTest::addRow("hmac removed") << QByteArray("\"hmac\"") << QByteArray("\"hmax\"") << 'k';
        QTest::addRow("a member added") << QByteArray("\"run\"") << QByteArray("\"x\": 1, \"run\"") << 'k';
        QTest::addRow("nothing changed, wrong key") << QByteArray() << QByteArray() << 'w';
    }

    void tamperingFails()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(char, keyFill);
        QJsonObject manifest = sampleManifest();
        const SecureBytes k = key('k');
        const QByteArray seal = ManifestSeal::seal(manifest, k);
        manifest.insert(QStringLiteral("hmac"), QString::fromLatin1(seal));
        QByteArray stored = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        QVERIFY(ManifestSeal::verify(QJsonDocument::fromJson(stored).object(), k));
        if (from == "HMAC") {
            QByteArray changed = seal;
            changed[10] = changed.at(10) == '0' ? '1' : '0';
            stored.replace(seal, changed);
        } else if (!from.isEmpty()) {
            QVERIFY(stored.contains(from));
            stored.replace(from, to);
        }
        const QJsonObject changed = QJsonDocument::fromJson(stored).object();
        QVERIFY(!changed.isEmpty());
        QVERIFY(!ManifestSeal::verify(changed, key(keyFill)));
    }

    void newKeysAreRandom()
    {
        const SecureBytes a = ManifestSeal::newKey();
        const SecureBytes b = ManifestSeal::newKey();
        QCOMPARE(a.size(), ManifestSeal::kKeySize);
        QVERIFY(a.view() != b.view());
    }
};

QTEST_GUILESS_MAIN(TestManifestSeal)
#include "tst_manifestseal.moc"
