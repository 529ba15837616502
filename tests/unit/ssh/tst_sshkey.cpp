// SSH keys: what SshKey generates and exports must be exactly what OpenSSH's own tools see, and
// importing keys written by ssh-keygen and openssl must give back the same key.
#include "SshTestSupport.h"
#include "ssh/SshKey.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using cairn::SecureBytes;
using cairn::SshKey;
using cairn::SshKeyImportError;
using namespace cairn::test;

Q_DECLARE_METATYPE(SshKey::Type)
Q_DECLARE_METATYPE(SshKeyImportError)

namespace {

// The public key as `ssh-keygen -y` derives it from a private key file, without the comment.
QByteArray sshKeygenPublic(const QString &path, const QString &passphrase = {})
{
    const ProcessResult r = runProcess(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-y"), QStringLiteral("-P"), passphrase, QStringLiteral("-f"), path });
    return r.exitCode == 0 ? keyWithoutComment(r.out) : QByteArray();
}

// For PKCS#8 Ed25519 files, which ssh-keygen 9.2 cannot read: openssl gives the raw public key.
QByteArray opensslEd25519Public(const QString &path, const QString &passphrase)
{
    const ProcessResult r = runProcess(QStringLiteral("openssl"),
        { QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
            QStringLiteral("pass:") + passphrase, QStringLiteral("-pubout"), QStringLiteral("-outform"),
            QStringLiteral("DER") });
    if (r.exitCode != 0 || r.out.size() < 32)
        return {};
    QByteArray blob;
    auto putString = [&blob](const QByteArray &s) {
        const quint32 n = static_cast<quint32>(s.size());
        blob.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
        blob.append(s);
    };
    putString("ssh-ed25519");
    putString(r.out.right(32));
    return "ssh-ed25519 " + blob.toBase64();
}

QByteArray withoutComment(const SshKey &key)
{
    return keyWithoutComment(key.authorizedKeysLine().toUtf8());
}

} // namespace

class TestSshKey final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        QVERIFY2(runProcess(QStringLiteral("ssh-keygen"), { QStringLiteral("-?") }).exitCode >= 0,
            "ssh-keygen (Debian package openssh-client) is required");
    }

    void generatedKeysMatchSshKeygen_data()
    {
        QTest::addColumn<SshKey::Type>("type");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("displayType");
        QTest::addRow("ed25519") << SshKey::Type::Ed25519 << 256 << QStringLiteral("ED25519");
        QTest::addRow("rsa-4096") << SshKey::Type::Rsa << 4096 << QStringLiteral("RSA");
    }

    void generatedKeysMatchSshKeygen()
    {
        QFETCH(SshKey::Type, type);
        QFETCH(int, bits);
        QFETCH(QString, displayType);

        const QString comment = QStringLiteral("cairn test key");
        const SshKey key = SshKey::generate(type, comment);
        QVERIFY(!key.isNull());
        QCOMPARE(key.type(), type);
        QCOMPARE(key.bits(), bits);
        QCOMPARE(key.displayTypeName(), displayType);
        QCOMPARE(key.comment(), comment);

        const SecureBytes privateKey = key.toOpenSshPrivateKey();
        QVERIFY(privateKey.view().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        QVERIFY(privateKey.view().endsWith("-----END OPENSSH PRIVATE KEY-----\n"));
        const QString path = m_dir.filePath(QStringLiteral("generated_") + displayType);
        QVERIFY(writePrivateFile(path, privateKey.view()));

        // ssh-keygen derives the same public key from our private key file...
        QCOMPARE(sshKeygenPublic(path), withoutComment(key));
        // ...and prints the same fingerprint line for the private and the public file.
        const QString expected
            = QStringLiteral("%1 %2 %3 (%4)\n").arg(bits).arg(key.fingerprintSha256(), comment, displayType);
        ProcessResult r
            = runProcess(QStringLiteral("ssh-keygen"), { QStringLiteral("-l"), QStringLiteral("-f"), path });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), expected);
        QFile pub(path + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(key.authorizedKeysLine().toUtf8() + '\n');
        pub.close();
        r = runProcess(
            QStringLiteral("ssh-keygen"), { QStringLiteral("-l"), QStringLiteral("-f"), pub.fileName() });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), expected);

        // Our own export imports back to the same key and comment.
        const SshKey::ImportResult back = SshKey::importPrivateKey(privateKey.view());
        QVERIFY2(back.ok(), qPrintable(back.message));
        QCOMPARE(back.key.publicKeyBlob(), key.publicKeyBlob());
        QCOMPARE(back.key.comment(), comment);

        // ssh-keygen can re-encrypt our file (it parses every field), and we can read its encryption.
        r = runProcess(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-p"), QStringLiteral("-P"), QString(), QStringLiteral("-N"),
                QStringLiteral("new passphrase"), QStringLiteral("-f"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const SshKey::ImportResult encrypted
            = SshKey::importPrivateKey(readFile(path), QByteArrayView("new passphrase"));
        QVERIFY2(encrypted.ok(), qPrintable(encrypted.message));
        QCOMPARE(encrypted.key.publicKeyBlob(), key.publicKeyBlob());
    }

    void generatedKeysDiffer()
    {
        const SshKey a = SshKey::generate();
        const SshKey b = SshKey::generate();
        QCOMPARE(a.type(), SshKey::Type::Ed25519);
        QVERIFY(a.publicKeyBlob() != b.publicKeyBlob());
    }

    void commentLosesControlCharacters()
    {
        SshKey key = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("  line\none\r\x01two\u2028 "));
        QCOMPARE(key.comment(), QStringLiteral("lineonetwo"));
        QVERIFY(!key.authorizedKeysLine().contains(QLatin1Char('\n')));
        key.setComment(QStringLiteral("bj\u00f6rn@laptop"));
        QVERIFY(key.authorizedKeysLine().endsWith(QStringLiteral(" bj\u00f6rn@laptop")));
    }

    void importFromOpenSshTools_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("arguments"); // FILE is replaced by the key path
        QTest::addColumn<QString>("passphrase"); // given to the tool, and used for the expected public key
        QTest::addColumn<QString>("importPassphrase");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<SshKeyImportError>("error");

        const QString kg = QStringLiteral("ssh-keygen");
        const QString ossl = QStringLiteral("openssl");
        const QString pw = QStringLiteral("correct horse");
        auto keygen = [](const QString &type, const QStringList &extra) {
            return QStringList { QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-C"),
                QStringLiteral("imported comment"), QStringLiteral("-f"), QStringLiteral("FILE") }
            + extra;
        };
        auto ed = [&](const QStringList &extra) { return keygen(QStringLiteral("ed25519"), extra); };
        auto rsa = [&](int bits, const QStringList &extra) {
            return keygen(
                QStringLiteral("rsa"), QStringList { QStringLiteral("-b"), QString::number(bits) } + extra);
        };
        const QStringList Z = { QStringLiteral("-Z") };
        const QStringList m = { QStringLiteral("-m") };
        using E = SshKeyImportError;

        QTest::addRow("ed25519 openssh plain")
            << kg << ed({}) << QString() << QString() << QString() << E::None;
        QTest::addRow("ed25519 plain, passphrase ignored")
            << kg << ed({}) << QString() << pw << QString() << E::None;
        QTest::addRow("ed25519 aes256-ctr") << kg << ed({}) << pw << pw << QString() << E::None;
        QTest::addRow("ed25519 aes256-ctr, no passphrase")
            << kg << ed({}) << pw << QString() << QString() << E::PassphraseRequired;
        QTest::addRow("ed25519 aes256-ctr, wrong passphrase")
            << kg << ed({}) << pw << QStringLiteral("Correct horse") << QString() << E::WrongPassphrase;
        for (const char *cipher : { "aes128-ctr", "aes192-ctr", "aes128-cbc", "aes192-cbc", "aes256-cbc",
                 "aes128-gcm@openssh.com", "aes256-gcm@openssh.com" }) {
            QTest::addRow("ed25519 %s", cipher)
                << kg << ed(Z + QStringList { QLatin1String(cipher) }) << pw << pw << QString() << E::None;
        }
        QTest::addRow("ed25519 aes256-gcm, wrong passphrase")
            << kg << ed(Z + QStringList { QStringLiteral("aes256-gcm@openssh.com") }) << pw
            << QStringLiteral("wrong") << QString() << E::WrongPassphrase;
        QTest::addRow("ed25519 chacha20-poly1305")
            << kg << ed(Z + QStringList { QStringLiteral("chacha20-poly1305@openssh.com") }) << pw << pw
            << QString() << E::UnsupportedCipher;
        QTest::addRow("ed25519 100 kdf rounds")
            << kg << ed({ QStringLiteral("-a"), QStringLiteral("100") }) << pw << pw << QString() << E::None;
        const QString hostilePw = QStringLiteral("p\u00e4ss 'q' \"$(id)\" `x` -n\\");
        QTest::addRow("ed25519 hostile passphrase")
            << kg << ed({}) << hostilePw << hostilePw << QString() << E::None;
        QTest::addRow("rsa-3072 openssh plain")
            << kg << rsa(3072, {}) << QString() << QString() << QString() << E::None;
        QTest::addRow("rsa-2048 openssh aes256-ctr")
            << kg << rsa(2048, {}) << pw << pw << QString() << E::None;
        QTest::addRow("rsa-2048 pem pkcs1 plain")
            << kg << rsa(2048, m + QStringList { QStringLiteral("PEM") }) << QString() << QString()
            << QString() << E::None;
        QTest::addRow("rsa-2048 pem pkcs1 encrypted")
            << kg << rsa(2048, m + QStringList { QStringLiteral("PEM") }) << pw << pw << QString() << E::None;
        QTest::addRow("rsa-2048 pem pkcs1, no passphrase")
            << kg << rsa(2048, m + QStringList { QStringLiteral("PEM") }) << pw << QString() << QString()
            << E::PassphraseRequired;
        QTest::addRow("rsa-2048 pem pkcs1, wrong passphrase")
            << kg << rsa(2048, m + QStringList { QStringLiteral("PEM") }) << pw << QStringLiteral("nope")
            << QString() << E::WrongPassphrase;
        QTest::addRow("rsa-2048 pkcs8 plain") << kg << rsa(2048, m + QStringList { QStringLiteral("PKCS8") })
                                              << QString() << QString() << QString() << E::None;
        QTest::addRow("rsa-2048 pkcs8 encrypted")
            << kg << rsa(2048, m + QStringList { QStringLiteral("PKCS8") }) << pw << pw << QString()
            << E::None;
        QTest::addRow("rsa-2048 pkcs8, wrong passphrase")
            << kg << rsa(2048, m + QStringList { QStringLiteral("PKCS8") }) << pw << QStringLiteral("nope")
            << QString() << E::WrongPassphrase;
        QTest::addRow("rsa-1024 too weak")
            << kg << rsa(1024, {}) << QString() << QString() << QString() << E::UnsupportedKeyType;
        QTest::addRow("rsa-1024 pem too weak")
            << kg << rsa(1024, m + QStringList { QStringLiteral("PEM") }) << QString() << QString()
            << QString() << E::UnsupportedKeyType;
        QTest::addRow("ecdsa openssh") << kg << keygen(QStringLiteral("ecdsa"), {}) << QString() << QString()
                                       << QString() << E::UnsupportedKeyType;
        QTest::addRow("ecdsa pem") << kg
                                   << keygen(
                                          QStringLiteral("ecdsa"), m + QStringList { QStringLiteral("PEM") })
                                   << QString() << QString() << QString() << E::UnsupportedKeyType;
        QTest::addRow("public key file")
            << kg << ed({}) << QString() << QString() << QStringLiteral(".pub") << E::PublicKeyOnly;
        const QStringList genEd = { QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
            QStringLiteral("ed25519"), QStringLiteral("-out"), QStringLiteral("FILE") };
        const QStringList encrypt
            = { QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"), QStringLiteral("pass:") + pw };
        QTest::addRow("ed25519 pkcs8 plain (openssl)")
            << ossl << genEd << QString() << QString() << QString() << E::None;
        QTest::addRow("ed25519 pkcs8 encrypted (openssl)")
            << ossl << genEd + encrypt << pw << pw << QString() << E::None;
        QTest::addRow("ed25519 pkcs8 encrypted, no passphrase")
            << ossl << genEd + encrypt << pw << QString() << QString() << E::PassphraseRequired;
    }

    void importFromOpenSshTools()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, arguments);
        QFETCH(QString, passphrase);
        QFETCH(QString, importPassphrase);
        QFETCH(QString, suffix);
        QFETCH(SshKeyImportError, error);

        const QString path = m_dir.filePath(QStringLiteral("import_%1").arg(++m_counter));
        arguments.replaceInStrings(QStringLiteral("FILE"), path);
        if (tool == QLatin1String("ssh-keygen"))
            arguments << QStringLiteral("-N") << passphrase;
        const ProcessResult made = runProcess(tool, arguments);
        QVERIFY2(made.exitCode == 0, made.err.constData());

        const QByteArray text = readFile(path + suffix);
        const QByteArray importPass = importPassphrase.toUtf8();
        const SshKey::ImportResult result = SshKey::importPrivateKey(text, importPass);
        QCOMPARE(result.error, error);
        if (error != SshKeyImportError::None) {
            QVERIFY(result.key.isNull());
            QVERIFY(!result.message.isEmpty());
            QVERIFY(result.message.endsWith(QLatin1Char('.')));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.key.isNull());
        const QByteArray expected = tool == QLatin1String("openssl") ? opensslEd25519Public(path, passphrase)
                                                                     : sshKeygenPublic(path, passphrase);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(withoutComment(result.key), expected);
        if (text.contains("OPENSSH PRIVATE KEY"))
            QCOMPARE(result.key.comment(), QStringLiteral("imported comment"));

        // Re-exported without a passphrase, ssh-keygen still sees the same key.
        const QString exported = path + QStringLiteral(".exported");
        QVERIFY(writePrivateFile(exported, result.key.toOpenSshPrivateKey().view()));
        QCOMPARE(sshKeygenPublic(exported), expected);
    }

    void hostileText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<SshKeyImportError>("error");
        using E = SshKeyImportError;
        const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----\n";
        const QByteArray end = "-----END OPENSSH PRIVATE KEY-----\n";
        QTest::addRow("empty") << QByteArray() << E::NotAPrivateKey;
        QTest::addRow("prose") << QByteArray("my key is hunter2") << E::NotAPrivateKey;
        QTest::addRow("non-utf8 bytes") << QByteArray("\xff\xfe\x80 key \xc3\x28") << E::NotAPrivateKey;
        QTest::addRow("huge") << QByteArray(100 * 1024, 'A') << E::NotAPrivateKey;
        QTest::addRow("putty") << QByteArray("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n")
                               << E::UnsupportedFormat;
        QTest::addRow("ssh.com") << QByteArray("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nAAAA\n")
                                 << E::UnsupportedFormat;
        QTest::addRow("public line") << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA me@host\n")
                                     << E::PublicKeyOnly;
        QTest::addRow("pem public") << QByteArray(
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n")
                                    << E::PublicKeyOnly;
        QTest::addRow("no end line") << begin + "b3BlbnNzaC1rZXktdjEAAAAA\n" << E::Damaged;
        QTest::addRow("not base64") << begin + "$(reboot)\n" + end << E::Damaged;
        QTest::addRow("wrong magic") << begin + QByteArray("openssh-key-v2").toBase64() + '\n' + end
                                     << E::Damaged;
        QTest::addRow("magic only") << begin + QByteArray("openssh-key-v1\0", 15).toBase64() + '\n' + end
                                    << E::Damaged;
        QByteArray hugeLength("openssh-key-v1\0\xff\xff\xff\xffnone", 23);
        QTest::addRow("length past end") << begin + hugeLength.toBase64() + '\n' + end << E::Damaged;
        QTest::addRow("pem garbage") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                     << E::Damaged;
    }

    void hostileText()
    {
        QFETCH(QByteArray, text);
        QFETCH(SshKeyImportError, error);
        const SshKey::ImportResult result = SshKey::importPrivateKey(text, QByteArrayView("some passphrase"));
        QCOMPARE(result.error, error);
        QVERIFY(result.key.isNull());
        QVERIFY(!result.message.isEmpty());
    }

    void truncatedKeyIsDamaged()
    {
        const SecureBytes full = SshKey::generate().toOpenSshPrivateKey();
        QByteArray cut = full.view().first(full.size() / 2).toByteArray();
        cut += "\n-----END OPENSSH PRIVATE KEY-----\n";
        QCOMPARE(SshKey::importPrivateKey(cut).error, SshKeyImportError::Damaged);
    }

    // Flipping any single byte of the decoded key yields either an error or (in the comment)
    // the same key: never a different key, never a crash.
    void mutatedKeysNeverImportAsAnotherKey_data()
    {
        QTest::addColumn<SshKey::Type>("type");
        QTest::addRow("ed25519") << SshKey::Type::Ed25519;
        QTest::addRow("rsa") << SshKey::Type::Rsa;
    }

    void mutatedKeysNeverImportAsAnotherKey()
    {
        QFETCH(SshKey::Type, type);
        const SshKey key = SshKey::generate(type, QStringLiteral("mutation"));
        const SecureBytes text = key.toOpenSshPrivateKey();
        const QByteArrayView body = text.view().sliced(36, text.size() - 36 - 35);
        const QByteArray decoded = QByteArray::fromBase64(body.toByteArray());
        QVERIFY(decoded.startsWith(QByteArrayView("openssh-key-v1\0", 15)));

        QRandomGenerator random(20240229);
        int failures = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray mutated = decoded;
            const qsizetype pos = random.bounded(mutated.size());
            mutated[pos] = static_cast<char>(mutated[pos] ^ (1 + random.bounded(255)));
            const QByteArray again = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + mutated.toBase64()
                + "\n-----END OPENSSH PRIVATE KEY-----\n";
            const SshKey::ImportResult result = SshKey::importPrivateKey(again);
            if (result.ok())
                QCOMPARE(result.key.publicKeyBlob(), key.publicKeyBlob());
            else
                ++failures;
        }
        // Almost every byte matters; only the comment may change without an error.
        QVERIFY(failures > 250);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSshKey)
#include "tst_sshkey.moc"
