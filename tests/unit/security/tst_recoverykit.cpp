// The recovery kit file: round trip, RFC 7914 scrypt vectors, and every way a file can be wrong
// (passphrase, a flipped byte in each part, truncation, hostile key-derivation settings) refused
// with one sentence.
#include "security/RecoveryKit.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cairn;

namespace {

SecureBytes bytes(const QByteArray &text)
{
    return SecureBytes(QByteArrayView(text));
}

// Fast settings for the many cases; one test uses the defaults.
RecoveryKit::KdfParameters fast()
{
    RecoveryKit::KdfParameters parameters;
    parameters.log2N = 14;
    return parameters;
}

const QByteArray passphrase("correct horse battery staple");
const QByteArray sshKey(
    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA canary-ssh\n-----END OPENSSH "
    "PRIVATE KEY-----\n");
const QByteArray storageSecret("canary-storage-wJalrXUtnFEMI/K7MDENG/bPxRfiCY");
const QByteArray binarySecret("\x00\x01\xff canary-binary\x00", 18);

RecoveryKit::Contents sample()
{
    RecoveryKit::Contents contents;
    const QJsonObject client { { QStringLiteral("id"), 1 },
        { QStringLiteral("name"), QStringLiteral("Acme \"GmbH\"") } };
    const QJsonObject key { { QStringLiteral("id"), 4 }, { QStringLiteral("client_id"), 1 },
        { QStringLiteral("keychain_ref"), QStringLiteral("ssh-key/1") } };
    const QJsonObject storage { { QStringLiteral("id"), 2 }, { QStringLiteral("client_id"), 1 },
        { QStringLiteral("secret_ref"), QStringLiteral("storage/2") } };
    const QJsonObject provider { { QStringLiteral("id"), 3 }, { QStringLiteral("client_id"), 1 },
        { QStringLiteral("secret_ref"), QStringLiteral("provider/ünïcode $(x)") } };
    contents.configuration = QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("cairn-recovery-kit") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("schema_version"), 1 },
        { QStringLiteral("tables"),
            QJsonObject { { QStringLiteral("clients"), QJsonArray { client } },
                { QStringLiteral("ssh_keys"), QJsonArray { key } },
                { QStringLiteral("storage_targets"), QJsonArray { storage } },
                { QStringLiteral("provider_accounts"), QJsonArray { provider } } } },
    };
    contents.secrets.emplace(QStringLiteral("ssh-key/1"), bytes(sshKey));
    contents.secrets.emplace(QStringLiteral("storage/2"), bytes(storageSecret));
    contents.secrets.emplace(QStringLiteral("provider/ünïcode $(x)"), bytes(binarySecret));
    return contents;
}

QByteArray sealedSample()
{
    QString error;
    const QByteArray file = RecoveryKit::seal(sample(), bytes(passphrase), &error, fast());
    if (file.isEmpty())
        qWarning("%s", qPrintable(error));
    return file;
}

void putU32(QByteArray &file, int offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        file[offset + i] = char((value >> (24 - 8 * i)) & 0xff);
}

} // namespace

class TestRecoveryKit final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc7914Scrypt_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("log2N");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("empty") << QByteArray() << QByteArray() << 4 << 1u << 1u
                               << QByteArray(
                                      "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                      "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
        QTest::addRow("password/NaCl")
            << QByteArray("password") << QByteArray("NaCl") << 10 << 8u << 16u
            << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
        QTest::addRow("pleaseletmein/SodiumChloride")
            << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << 14 << 8u << 1u
            << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                          "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    }

    void rfc7914Scrypt()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, log2N);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(QByteArray, expected);
        RecoveryKit::KdfParameters parameters;
        parameters.log2N = log2N;
        parameters.r = r;
        parameters.p = p;
        const SecureBytes key = RecoveryKit::deriveKey(bytes(password), salt, parameters, 64);
        QCOMPARE(key.toByteArray().toHex(), expected);
    }

    void roundTrip()
    {
        const QByteArray file = sealedSample();
        QVERIFY(!file.isEmpty());
        QVERIFY(file.startsWith("CAIRNKIT"));
        QCOMPARE(file.at(8), char(0));
        QCOMPARE(file.at(9), char(1));
        QCOMPARE(file.at(11), char(14));

        QString error;
        const std::optional<RecoveryKit::Contents> opened
            = RecoveryKit::open(file, bytes(passphrase), &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(opened->configuration, sample().configuration);
        QCOMPARE(opened->secrets.size(), size_t(3));
        QCOMPARE(opened->secrets.at(QStringLiteral("ssh-key/1")).view(), QByteArrayView(sshKey));
        QCOMPARE(opened->secrets.at(QStringLiteral("storage/2")).view(), QByteArrayView(storageSecret));
        QCOMPARE(
            opened->secrets.at(QStringLiteral("provider/ünïcode $(x)")).view(), QByteArrayView(binarySecret));
    }

    void freshSaltAndNonceEveryTime()
    {
        const QByteArray a = sealedSample();
        const QByteArray b = sealedSample();
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.mid(20, 16) != b.mid(20, 16));
        QVERIFY(a.mid(36, 12) != b.mid(36, 12));
        QVERIFY(a.mid(48) != b.mid(48));
    }

    void nothingReadableInTheFile()
    {
        // Canaries: no secret and no configuration text appears in the file.
        const QByteArray file = sealedSample();
        QVERIFY(!file.contains("canary"));
        QVERIFY(!file.contains("Acme"));
        QVERIFY(!file.contains("ssh-key/1"));
        QVERIFY(!file.contains(storageSecret.toBase64()));
    }

    void defaultParameters()
    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QByteArray file = RecoveryKit::seal(sample(), bytes(passphrase), &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        qInfo("seal with N=2^17, r=8, p=1: %lld ms (wall clock, informational)", timer.restart());
        QCOMPARE(file.at(11), char(17));
        QVERIFY(RecoveryKit::open(file, bytes(passphrase), &error));
        qInfo("open: %lld ms", timer.elapsed());
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<QByteArray>("attempt");
        QTest::addRow("other") << QByteArray("correct horse battery stapler");
        QTest::addRow("case") << QByteArray("Correct horse battery staple");
        QTest::addRow("trailing newline") << passphrase + '\n';
        QTest::addRow("shell") << QByteArray("$(cat /etc/shadow)");
    }

    void wrongPassphrase()
    {
        QFETCH(QByteArray, attempt);
        QString error;
        QVERIFY(!RecoveryKit::open(sealedSample(), bytes(attempt), &error));
        QVERIFY2(
            error.startsWith(QLatin1String("The recovery kit could not be opened: the passphrase is wrong")),
            qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('.')), 1); // one sentence
    }

    void everyPartIsAuthenticated_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<quint8>("mask");
        QTest::addColumn<QString>("sentence");
        const QString notKit = QStringLiteral("This file is not a Cairn recovery kit");
        const QString wrong = QStringLiteral("The recovery kit could not be opened");
        const QString format = QStringLiteral("This recovery kit has format");
        const QString limits = QStringLiteral("This recovery kit asks for key-derivation settings");
        const int tagStart = -16; // counted from the end
        QTest::addRow("magic first byte") << 0 << quint8(0x01) << notKit;
        QTest::addRow("magic last byte") << 7 << quint8(0x80) << notKit;
        QTest::addRow("version") << 9 << quint8(0x02) << format;
        QTest::addRow("kdf id") << 10 << quint8(0x02) << wrong;
        QTest::addRow("log2 N to 15") << 11 << quint8(0x01) << wrong; // in bounds: a different key
        QTest::addRow("log2 N to 142") << 11 << quint8(0x80) << limits;
        QTest::addRow("r to 9") << 15 << quint8(0x01) << wrong;
        QTest::addRow("r huge") << 12 << quint8(0x40) << limits;
        QTest::addRow("p to 3") << 19 << quint8(0x02) << wrong;
        QTest::addRow("p huge") << 16 << quint8(0x01) << limits;
        QTest::addRow("salt first") << 20 << quint8(0x01) << wrong;
        QTest::addRow("salt last") << 35 << quint8(0x80) << wrong;
        QTest::addRow("nonce first") << 36 << quint8(0x01) << wrong;
        QTest::addRow("nonce last") << 47 << quint8(0x10) << wrong;
        QTest::addRow("ciphertext first") << 48 << quint8(0x01) << wrong;
        QTest::addRow("ciphertext middle") << 48 + 100 << quint8(0x04) << wrong;
        QTest::addRow("ciphertext last") << tagStart - 1 << quint8(0x01) << wrong;
        QTest::addRow("tag first") << tagStart << quint8(0x01) << wrong;
        QTest::addRow("tag last") << -1 << quint8(0x80) << wrong;
    }

    void everyPartIsAuthenticated()
    {
        QFETCH(int, offset);
        QFETCH(quint8, mask);
        QFETCH(QString, sentence);
        QByteArray file = sealedSample();
        const int at = offset < 0 ? int(file.size()) + offset : offset;
        QVERIFY(at >= 0 && at < file.size());
        file[at] = char(quint8(file.at(at)) ^ mask);
        QString error;
        QVERIFY(!RecoveryKit::open(file, bytes(passphrase), &error));
        QVERIFY2(error.startsWith(sentence), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }

    void truncatedOrExtended_data()
    {
        QTest::addColumn<int>("size"); // negative: counted from the full size
        QTest::addRow("empty") << 0;
        QTest::addRow("part of the magic") << 5;
        QTest::addRow("magic only") << 8;
        QTest::addRow("header only") << 48;
        QTest::addRow("header and 15 bytes") << 63;
        QTest::addRow("one byte short") << -1;
        QTest::addRow("tag missing") << -16;
        QTest::addRow("half") << -200;
    }

    void truncatedOrExtended()
    {
        QFETCH(int, size);
        const QByteArray full = sealedSample();
        const QByteArray file = full.left(size < 0 ? full.size() + size : size);
        QString error;
        QVERIFY(!RecoveryKit::open(file, bytes(passphrase), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.endsWith(QLatin1Char('.')));
        QVERIFY(!RecoveryKit::open(full + '\n', bytes(passphrase), &error));
        QVERIFY(!RecoveryKit::open(QByteArray("not a kit at all, just text"), bytes(passphrase), &error));
        QVERIFY(error.startsWith(QLatin1String("This file is not a Cairn recovery kit")));
    }

    void emptyOrShortPassphrase()
    {
        QString error;
        QVERIFY(RecoveryKit::seal(sample(), SecureBytes(), &error, fast()).isEmpty());
        QVERIFY(error.startsWith(QLatin1String("The passphrase is empty")));
        QVERIFY(RecoveryKit::seal(sample(), bytes("123456789"), &error, fast()).isEmpty());
        QVERIFY(error.endsWith(QLatin1Char('.')));
        QVERIFY(!RecoveryKit::open(sealedSample(), SecureBytes(), &error));
        QVERIFY(error.startsWith(QLatin1String("The passphrase is empty")));
    }

    void hostileParametersRefusedBeforeDerivation_data()
    {
        QTest::addColumn<int>("log2N");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addRow("N 2^63") << 63 << 8u << 1u;
        QTest::addRow("N 2^255") << 255 << 8u << 1u;
        QTest::addRow("N 2^21") << 21 << 1u << 1u;
        QTest::addRow("N 2^13 (too weak)") << 13 << 8u << 1u;
        QTest::addRow("r 0") << 17 << 0u << 1u;
        QTest::addRow("r 2^32-1") << 17 << 0xffffffffu << 1u;
        QTest::addRow("p 0") << 17 << 8u << 0u;
        QTest::addRow("p 2^32-1") << 17 << 8u << 0xffffffffu;
        QTest::addRow("memory 512 MiB (N 2^20, r 32)") << 20 << 32u << 1u;
        QTest::addRow("work 16x default (p 16)") << 17 << 8u << 16u;
    }

    void hostileParametersRefusedBeforeDerivation()
    {
        QFETCH(int, log2N);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QByteArray file = sealedSample();
        file[11] = char(log2N);
        putU32(file, 12, r);
        putU32(file, 16, p);
        QString error;
        QVERIFY(!RecoveryKit::open(file, bytes(passphrase), &error));
        // The bounds sentence, not the passphrase one: refused before scrypt ran or allocated.
        QVERIFY2(error.startsWith(QLatin1String("This recovery kit asks for key-derivation settings")),
            qPrintable(error));

        RecoveryKit::KdfParameters parameters;
        parameters.log2N = log2N;
        parameters.r = r;
        parameters.p = p;
        QVERIFY(!RecoveryKit::checkParameters(parameters).isEmpty());
        QVERIFY(RecoveryKit::seal(sample(), bytes(passphrase), &error, parameters).isEmpty());
    }

    void boundsAdmitSensibleSettings_data()
    {
        QTest::addColumn<int>("log2N");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addRow("default") << 17 << 8u << 1u;
        QTest::addRow("smallest N") << 14 << 8u << 1u;
        QTest::addRow("N 2^20, r 1") << 20 << 1u << 1u;
        QTest::addRow("256 MiB") << 18 << 8u << 1u;
        QTest::addRow("p 4") << 17 << 8u << 4u;
    }

    void boundsAdmitSensibleSettings()
    {
        QFETCH(int, log2N);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        RecoveryKit::KdfParameters parameters;
        parameters.log2N = log2N;
        parameters.r = r;
        parameters.p = p;
        QVERIFY(RecoveryKit::checkParameters(parameters).isEmpty());
    }

    void secretsMustMatchTheConfiguration()
    {
        QString error;
        RecoveryKit::Contents missing = sample();
        missing.secrets.erase(QStringLiteral("storage/2"));
        QVERIFY(RecoveryKit::seal(missing, bytes(passphrase), &error, fast()).isEmpty());
        QVERIFY(error.contains(QLatin1String("storage/2")));

        // A secret no row names (another client's, say) never slips into a kit.
        RecoveryKit::Contents extra = sample();
        extra.secrets.emplace(QStringLiteral("ssh-key/of-another-client"), bytes("other"));
        QVERIFY(RecoveryKit::seal(extra, bytes(passphrase), &error, fast()).isEmpty());
        QVERIFY(error.contains(QLatin1String("ssh-key/of-another-client")));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKit)
#include "tst_recoverykit.moc"
