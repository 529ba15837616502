// The client's encryption key against the openssl command line the README tells people to use:
// the fingerprint as `openssl pkey -pubout -outform DER | sha256` gives it, a wrapped passphrase
// that `openssl pkeyutl -decrypt -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256`
// opens, a wrong key refused in one sentence, and the public keys a client may bring.
#include "backup/ClientKeyPair.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

QByteArray openssl(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

bool writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size();
}

} // namespace

class TestClientKeyPair final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<ClientKeyPair::Generated> m_pair;

private Q_SLOTS:
    void initTestCase()
    {
        m_pair = ClientKeyPair::generate();
        QVERIFY(m_pair);
        QVERIFY(m_pair->publicKeyPem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")));
        QVERIFY(m_pair->privateKeyPem.view().startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("client.pem")), m_pair->privateKeyPem.view()));
    }

    void keyIsRsa4096AndFingerprintMatchesOpenssl()
    {
        const QByteArray text = openssl({ QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                            QStringLiteral("-noout"), QStringLiteral("-text") },
            m_pair->publicKeyPem.toLatin1());
        QVERIFY2(text.contains("4096 bit"), text.constData());
        const QByteArray der = openssl(
            { QStringLiteral("pkey"), QStringLiteral("-in"), m_dir.filePath(QStringLiteral("client.pem")),
                QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER") });
        QVERIFY(!der.isEmpty());
        const QString expected = QStringLiteral("SHA256:")
            + QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64());
        QCOMPARE(m_pair->fingerprint, expected);
        QCOMPARE(ClientKeyPair::fingerprint(ClientKeyPair::publicKeyOf(m_pair->privateKeyPem)), expected);
    }

    void wrappedPassphraseOpensWithOpensslPkeyutl()
    {
        const SecureBytes passphrase = ClientKeyPair::newPassphrase();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(QString::fromLatin1(passphrase.view().toByteArray()))
                    .hasMatch());
        QVERIFY(passphrase.view() != ClientKeyPair::newPassphrase().view());
        QString error;
        const QByteArray wrapped = ClientKeyPair::wrap(m_pair->publicKeyPem, passphrase.view(), &error);
        QVERIFY2(!wrapped.isEmpty(), qPrintable(error));
        QCOMPARE(wrapped.size(), 512);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("key.bin")), wrapped));
        int exitCode = -1;
        openssl({ QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"), QStringLiteral("-inkey"),
                    m_dir.filePath(QStringLiteral("client.pem")), QStringLiteral("-pkeyopt"),
                    QStringLiteral("rsa_padding_mode:oaep"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("rsa_oaep_md:sha256"), QStringLiteral("-in"),
                    m_dir.filePath(QStringLiteral("key.bin")), QStringLiteral("-out"),
                    m_dir.filePath(QStringLiteral("pass.txt")) },
            {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QFile pass(m_dir.filePath(QStringLiteral("pass.txt")));
        QVERIFY(pass.open(QIODevice::ReadOnly));
        QCOMPARE(pass.readAll(), passphrase.view().toByteArray());
        // And Cairn's own unwrap agrees.
        QCOMPARE(ClientKeyPair::unwrap(m_pair->privateKeyPem, wrapped, &error).view(), passphrase.view());
    }

    void wrongPrivateKeyFailsInOneSentence()
    {
        const auto other = ClientKeyPair::generate();
        QVERIFY(other);
        QString error;
        const QByteArray wrapped = ClientKeyPair::wrap(m_pair->publicKeyPem, "secret", &error);
        QVERIFY(!wrapped.isEmpty());
        QVERIFY(ClientKeyPair::unwrap(other->privateKeyPem, wrapped, &error).isEmpty());
        QVERIFY2(error.startsWith(QLatin1String("The backup's key cannot be opened with this private key"))
                && error.endsWith(QLatin1Char('.')) && error.count(QLatin1Char('.')) == 1,
            qPrintable(error));
        error.clear();
        QVERIFY(ClientKeyPair::unwrap(SecureBytes(QByteArrayView("not a key")), wrapped, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void publicKeysAClientMayBring_data()
    {
        QTest::addColumn<QStringList>("genpkey"); // empty: the generated pair's own public key
        QTest::addColumn<bool>("asPrivate");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::addRow("rsa 4096 public") << QStringList() << false << QString();
        QTest::addRow("rsa 4096 private") << QStringList() << true << QStringLiteral("private key");
        QTest::addRow("rsa 2048") << QStringList { QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048") }
                                  << false << QStringLiteral("at least 4096 bits");
        QTest::addRow("ed25519") << QStringList { QStringLiteral("-algorithm"), QStringLiteral("ED25519") }
                                 << false << QStringLiteral("must be RSA");
    }

    void publicKeysAClientMayBring()
    {
        QFETCH(QStringList, genpkey);
        QFETCH(bool, asPrivate);
        QFETCH(QString, refusal);
        QByteArray pem;
        if (genpkey.isEmpty()) {
            pem = asPrivate ? m_pair->privateKeyPem.view().toByteArray() : m_pair->publicKeyPem.toLatin1();
        } else {
            const QByteArray privateKey = openssl(QStringList { QStringLiteral("genpkey") } + genpkey);
            pem = openssl({ QStringLiteral("pkey"), QStringLiteral("-pubout") }, privateKey);
        }
        QVERIFY(!pem.isEmpty());
        QString normalized;
        const QString problem = ClientKeyPair::checkPublicKey(pem, &normalized);
        if (refusal.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(normalized, m_pair->publicKeyPem);
        } else {
            QVERIFY2(problem.contains(refusal), qPrintable(problem));
        }
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("text") << QByteArray("hello $(touch /tmp/pwned)\n");
        QTest::addRow("ssh key") << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB comment\n");
        QTest::addRow("broken pem") << QByteArray(
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QTest::addRow("non-utf8") << QByteArray("\xff\xfe\x00\x01", 4);
    }

    void garbageIsRefused()
    {
        QFETCH(QByteArray, pem);
        QString normalized;
        QVERIFY(!ClientKeyPair::checkPublicKey(pem, &normalized).isEmpty());
        QVERIFY(normalized.isEmpty());
        QString error;
        QVERIFY(ClientKeyPair::wrap(QString::fromLatin1(pem), "x", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientKeyPair)
#include "tst_clientkeypair.moc"
