// Encrypted backups end to end, as a person sets them up with cairn-cli: `client keys create`, a
// job with encryption, a real run (sshd, strict S3 layer, keychain). The stored archive and index
// are OpenSSL ciphertext holding no planted canary; the README's by-hand commands (read from
// README.md between its markers) with the key `client keys export` wrote give the source tree back;
// a wrong private key fails; the manifest follows the contract and its HMAC verifies, and one
// changed byte makes it fail.
#include "BackupTestBed.h"

#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "backup/ManifestSeal.h"
#include "store/ClientKeyRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

TestProcess::Result shell(const QString &script, const QString &workDir, const QStringList &args = {})
{
    return TestProcess::run(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), QStringLiteral("cd \"$1\" && shift && ") + script,
            QStringLiteral("bash"), workDir }
            + args,
        QProcessEnvironment::systemEnvironment());
}

// The shell lines between the README's decrypt-by-hand markers, without the code fence.
QString readmeDecryptCommands()
{
    const QString readme = QString::fromUtf8(readAll(QStringLiteral(CAIRN_SOURCE_DIR "/README.md")));
    const qsizetype begin = readme.indexOf(QLatin1String("<!-- decrypt-by-hand -->"));
    const qsizetype end = readme.indexOf(QLatin1String("<!-- /decrypt-by-hand -->"));
    if (begin < 0 || end < begin)
        return {};
    QStringList lines = readme.mid(begin, end - begin).split(QLatin1Char('\n'));
    lines.removeFirst();
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("```")); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBackupEncryption final : public QObject {
    Q_OBJECT

    std::unique_ptr<BackupTestBed> m_bed;

    SecureBytes integrityKey()
    {
        ClientKeyService keys(m_bed->database(), &m_bed->secrets(), nullptr);
        SecureBytes key;
        QEventLoop loop;
        keys.ensureIntegrityKey(m_bed->clientId(), [&](SecureBytes k, const ClientKeyService::Result &) {
            key = std::move(k);
            loop.quit();
        });
        loop.exec();
        return key;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        // cairn-cli reads its secrets from the default keychain service (of this test session).
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
    }

    void encryptionNeedsTheClientKeyFirst()
    {
        const CliResult refused = m_bed->cli({ QStringLiteral("job"), QStringLiteral("add"),
            QStringLiteral("early"), QStringLiteral("--server"), QStringLiteral("web 1"),
            QStringLiteral("--storage"), QStringLiteral("bucket"), QStringLiteral("--paths"),
            QStringLiteral("/etc"), QStringLiteral("--encrypt") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("has no encryption key yet") && refused.err.trimmed().endsWith('.'),
            refused.err.constData());
        // And a job that says encrypt without a key (made behind the CLI's back) does not run.
        JobSpec spec;
        spec.paths = { QStringLiteral("/etc/hostname") };
        spec.encrypt = true;
        const BackupTestBed::Outcome outcome = m_bed->run(m_bed->addJob(QStringLiteral("keyless"), spec));
        QVERIFY(!outcome.result.succeeded());
        QVERIFY2(outcome.result.message.contains(QLatin1String("has no encryption key")),
            qPrintable(outcome.result.message));
    }

    void encryptedBackupDecryptsWithTheReadmeCommands()
    {
        const CliResult created = m_bed->cli({ QStringLiteral("client"), QStringLiteral("keys"),
            QStringLiteral("create"), QStringLiteral("Acme") });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.out.contains("recovery kit"));
        const auto keys = ClientKeyRepository(m_bed->database()).find(m_bed->clientId());
        QVERIFY(keys && keys->canEncrypt() && keys->hasPrivate);
        QVERIFY(created.out.contains(keys->fingerprint.toLatin1()));
        // A second create would orphan every backup made with the first key: refused.
        QCOMPARE(m_bed
                     ->cli({ QStringLiteral("client"), QStringLiteral("keys"), QStringLiteral("create"),
                         QStringLiteral("Acme") })
                     .exitCode,
            1);

        // A tree with a canary the ciphertext must not show, under a hostile name.
        const QByteArray canary
            = "CanaryContent" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QString tree = m_bed->path(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub dir")));
        const QString canaryName = QStringLiteral("-C $(touch x) \"canary\"\nfile");
        QVERIFY(writeAll(tree + QStringLiteral("/sub dir/") + canaryName, canary.repeated(3) + '\n'));
        QByteArray noise(3 * 1024 * 1024, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QVERIFY(writeAll(tree + QStringLiteral("/noise.bin"), noise));

        const CliResult added = m_bed->cli({ QStringLiteral("job"), QStringLiteral("add"),
            QStringLiteral("secret site"), QStringLiteral("--server"), QStringLiteral("web 1"),
            QStringLiteral("--storage"), QStringLiteral("bucket"), QStringLiteral("--paths"), tree,
            QStringLiteral("--temp-dir"), m_bed->hostTempDir(), QStringLiteral("--encrypt") });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliResult ran = m_bed->cli({ QStringLiteral("job"), QStringLiteral("run"),
            QStringLiteral("secret site"), QStringLiteral("--wait") });
        QVERIFY2(ran.exitCode == 0, ran.err.constData());

        QString archiveKey;
        for (const QString &key : m_bed->objectKeys(QStringLiteral("backups/web_1/secret_site/")))
            if (key.endsWith(QLatin1String(".tar.zst")))
                archiveKey = key;
        QVERIFY(!archiveKey.isEmpty());
        const QString work = m_bed->path(QStringLiteral("by-hand"));
        QVERIFY(QDir().mkpath(work));
        const QString archive = m_bed->download(archiveKey, QStringLiteral("by-hand/backup.enc"));
        const QString index
            = m_bed->download(archiveKey + QStringLiteral(".index.zst"), QStringLiteral("index.enc"));
        const QString manifestFile = m_bed->download(
            archiveKey + QStringLiteral(".manifest.json"), QStringLiteral("by-hand/manifest.json"));
        QVERIFY(!archive.isEmpty() && !index.isEmpty() && !manifestFile.isEmpty());

        // Ciphertext: OpenSSL's salted format, not a zstd frame, no canary, no file name.
        for (const QString &object : { archive, index }) {
            const QByteArray bytes = readAll(object);
            QVERIFY(bytes.startsWith("Salted__"));
            QVERIFY(!bytes.startsWith("\x28\xb5\x2f\xfd"));
            QVERIFY(!bytes.contains(canary));
            const TestProcess::Result strings
                = shell(QStringLiteral("strings -n 6 \"$1\""), work, { object });
            QCOMPARE(strings.exitCode, 0);
            QVERIFY(!strings.out.contains(canary));
            QVERIFY(!strings.out.contains("canary"));
            QVERIFY(!strings.out.contains("noise.bin"));
        }

        // The manifest: the contract's fields, and a seal that verifies.
        const QByteArray manifestBytes = readAll(manifestFile);
        const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
        QCOMPARE(manifest.value(QStringLiteral("encrypted")), QJsonValue(true));
        const QJsonObject encryption = manifest.value(QStringLiteral("encryption")).toObject();
        QCOMPARE(encryption.value(QStringLiteral("cipher")).toString(), QStringLiteral("aes-256-ctr"));
        QCOMPARE(encryption.value(QStringLiteral("kdf")).toString(), QStringLiteral("pbkdf2"));
        QCOMPARE(encryption.value(QStringLiteral("md")).toString(), QStringLiteral("sha256"));
        QCOMPARE(encryption.value(QStringLiteral("iter")).toInt(), 200000);
        QCOMPARE(encryption.value(QStringLiteral("keyFingerprint")).toString(), keys->fingerprint);
        QCOMPARE(QByteArray::fromBase64(encryption.value(QStringLiteral("wrappedKey")).toString().toLatin1())
                     .size(),
            512);
        QCOMPARE(manifest.value(QStringLiteral("index")).toObject().value(QStringLiteral("encrypted")),
            QJsonValue(true));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(manifest.value(QStringLiteral("hmac")).toString())
                    .hasMatch());
        const SecureBytes integrity = integrityKey();
        QCOMPARE(integrity.size(), ManifestSeal::kKeySize);
        QVERIFY(ManifestSeal::verify(manifest, integrity));
        QByteArray changed = manifestBytes;
        const qsizetype at = changed.indexOf("\"sha256\": \"") + 11;
        changed[at] = changed.at(at) == 'a' ? 'b' : 'a';
        QVERIFY(!ManifestSeal::verify(QJsonDocument::fromJson(changed).object(), integrity));

        // The private key as a person exports it: a new 0600 file, never an overwrite.
        const QString pem = work + QStringLiteral("/client.pem");
        const CliResult exported = m_bed->cli({ QStringLiteral("client"), QStringLiteral("keys"),
            QStringLiteral("export"), QStringLiteral("Acme"), pem });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QFile::permissions(pem),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser);
        const CliResult again = m_bed->cli({ QStringLiteral("client"), QStringLiteral("keys"),
            QStringLiteral("export"), QStringLiteral("Acme"), pem });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("exists already"));

        // The README's exact commands give the tree back.
        const QString commands = readmeDecryptCommands();
        QVERIFY2(commands.contains(QLatin1String("openssl pkeyutl -decrypt")), qPrintable(commands));
        const TestProcess::Result decrypted = shell(QStringLiteral("set -euo pipefail\n") + commands, work);
        QVERIFY2(decrypted.finished && decrypted.exitCode == 0, qPrintable(decrypted.describe()));
        QCOMPARE(
            readAll(work + QStringLiteral("/restored") + tree + QStringLiteral("/sub dir/") + canaryName),
            canary.repeated(3) + '\n');
        QCOMPARE(readAll(work + QStringLiteral("/restored") + tree + QStringLiteral("/noise.bin")), noise);
        QVERIFY(!QFile::exists(work + QStringLiteral("/pass.txt")));

        // A wrong private key: the README's commands fail, and Cairn says so in one sentence.
        const QString wrongWork = m_bed->path(QStringLiteral("wrong"));
        QVERIFY(QDir().mkpath(wrongWork));
        QVERIFY(QFile::copy(archive, wrongWork + QStringLiteral("/backup.enc")));
        QVERIFY(QFile::copy(manifestFile, wrongWork + QStringLiteral("/manifest.json")));
        const auto other = ClientKeyPair::generate();
        QVERIFY(other);
        QVERIFY(
            writeAll(wrongWork + QStringLiteral("/client.pem"), other->privateKeyPem.view().toByteArray()));
        const TestProcess::Result wrong = shell(QStringLiteral("set -euo pipefail\n") + commands, wrongWork);
        QVERIFY(wrong.finished && wrong.exitCode != 0);
        QVERIFY(!QFile::exists(wrongWork + QStringLiteral("/restored") + tree));
        QString error;
        const QByteArray wrapped
            = QByteArray::fromBase64(encryption.value(QStringLiteral("wrappedKey")).toString().toLatin1());
        QVERIFY(ClientKeyPair::unwrap(other->privateKeyPem, wrapped, &error).isEmpty());
        QVERIFY2(error.endsWith(QLatin1Char('.')) && error.count(QLatin1Char('.')) == 1, qPrintable(error));
    }

    void unencryptedManifestsAreSealedToo()
    {
        JobSpec spec;
        spec.paths = { m_bed->path(QStringLiteral("tree")) };
        const BackupTestBed::Outcome outcome = m_bed->run(m_bed->addJob(QStringLiteral("plain"), spec));
        QVERIFY2(outcome.result.succeeded(), qPrintable(outcome.result.message));
        const QString manifestFile
            = m_bed->download(outcome.result.objectKey + QStringLiteral(".manifest.json"),
                QStringLiteral("plain.manifest.json"));
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(manifestFile)).object();
        QCOMPARE(manifest.value(QStringLiteral("encrypted")), QJsonValue(false));
        QVERIFY(!manifest.contains(QStringLiteral("encryption")));
        QVERIFY(readAll(m_bed->download(outcome.result.objectKey, QStringLiteral("plain.tar.zst")))
                    .startsWith("\x28\xb5\x2f\xfd"));
        QVERIFY(ManifestSeal::verify(manifest, integrityKey()));
    }
};

QTEST_GUILESS_MAIN(TestBackupEncryption)
#include "tst_backupencryption.moc"
