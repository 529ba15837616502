// Recovery kit hand-over against the real keychain: export from one database and keychain
// service, import into another; a wrong passphrase, a flipped byte or a kit that does not fit
// change nothing on the receiving side. The kit file is written 0600.
#include "backup/ClientKeyPair.h"
#include "backup/ClientKeyService.h"
#include "secrets/SecretStore.h"
#include "security/KitConfiguration.h"
#include "security/RecoveryKitTransfer.h"
#include "store/ClientRepository.h"
#include "store/StorageRepository.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cairn;

namespace {

template <typename Job> Job *finish(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    if (!job->isFinished())
        spy.wait(60000);
    return job;
}

SecretJob *finishSecret(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(30000);
    return job;
}

int count(const std::shared_ptr<Database> &db, const QString &table)
{
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

const QByteArray passphrase("hand-over passphrase, long enough");

} // namespace

class TestRecoveryKitTransfer final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    SecretStore *m_sending = nullptr;
    SecretStore *m_receiving = nullptr;
    QMap<QString, QByteArray> m_secrets; // reference -> value, of the current source

    std::shared_ptr<Database> database()
    {
        StoreError error;
        return Database::open(m_dir.filePath(QStringLiteral("transfer-%1.sqlite").arg(++m_counter)), &error);
    }

    // A source database with one client whose key, storage and provider secrets are in the
    // sending keychain; returns the client id.
    qint64 fillSource(const std::shared_ptr<Database> &db, const QString &clientName)
    {
        m_secrets.clear();
        StoreError error;
        const qint64 client = ClientRepository(db).add(clientName, QString(), &error);
        const QString keyRef = SecretStore::newReference(QStringLiteral("ssh-key"));
        const QString storageRef = SecretStore::newReference(QStringLiteral("storage"));
        const QString providerRef = SecretStore::newReference(QStringLiteral("provider"));
        m_secrets.insert(keyRef, QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\ncanary\n"));
        m_secrets.insert(storageRef, QByteArray("wJalrXUtnFEMI/K7MDENG \"$(x)\"\n"));
        m_secrets.insert(providerRef, QByteArray("\x00\x01\xfe token", 9));
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO ssh_keys (client_id, name, key_type, public_key, fingerprint, "
            "keychain_ref, created_at) VALUES (?, 'deploy', 'ssh-ed25519', 'pub', 'SHA256:x', ?, 1)"));
        q.addBindValue(client);
        q.addBindValue(keyRef);
        if (!q.exec())
            return 0;
        q.prepare(QStringLiteral(
            "INSERT INTO provider_accounts (client_id, name, provider, secret_ref, created_at) "
            "VALUES (?, 'hetzner', 'hetzner', ?, 1)"));
        q.addBindValue(client);
        q.addBindValue(providerRef);
        if (!q.exec())
            return 0;
        StorageTarget storage;
        storage.clientId = client;
        storage.name = QStringLiteral("bucket");
        storage.provider = QStringLiteral("s3");
        storage.endpoint = QStringLiteral("https://s3.example");
        storage.region = QStringLiteral("eu-central-1");
        storage.bucket = QStringLiteral("b");
        storage.accessKeyId = QStringLiteral("AKIA");
        storage.secretRef = storageRef;
        if (!StorageRepository(db).insert(storage, &error))
            return 0;
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            if (!finishSecret(m_sending->write(it.key(), SecureBytes(QByteArrayView(it.value()))))->ok())
                return 0;
        }
        return client;
    }

    // Nothing of the source arrived: no rows, no keychain entries.
    void verifyUntouched(const std::shared_ptr<Database> &target, int clientsBefore)
    {
        QCOMPARE(count(target, QStringLiteral("clients")), clientsBefore);
        QCOMPARE(count(target, QStringLiteral("ssh_keys")), 0);
        QCOMPARE(count(target, QStringLiteral("storage_targets")), 0);
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
            QCOMPARE(finishSecret(m_receiving->read(it.key()))->status(), SecretJob::Status::NotFound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_sending = new SecretStore(QStringLiteral("org.cairnbackup.Cairn.tests.kit-sending"), this);
        m_receiving = new SecretStore(QStringLiteral("org.cairnbackup.Cairn.tests.kit-receiving"), this);
    }

    void handOver()
    {
        auto source = database();
        const qint64 client = fillSource(source, QStringLiteral("Acme"));
        QVERIFY(client);
        RecoveryKitTransfer sender(source, m_sending);
        RecoveryKit::KdfParameters fast;
        fast.log2N = 14;
        sender.setKdfParameters(fast);
        RecoveryKitJob *exportJob
            = finish(sender.exportKit({ client }, SecureBytes(QByteArrayView(passphrase))));
        QVERIFY2(exportJob->ok(), qPrintable(exportJob->errorString()));
        QCOMPARE(exportJob->clientNames(), QStringList { QStringLiteral("Acme") });
        const QByteArray kit = exportJob->kit();
        QVERIFY(kit.startsWith("CAIRNKIT"));
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY(!kit.contains(secret));

        // Written 0600 whatever the umask, replacing a world-readable file of the same name.
        const QString path = m_dir.filePath(QStringLiteral("acme.cairnkit"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(
            old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const mode_t previousMask = ::umask(022);
        QString error;
        const bool written = RecoveryKit::writeFile(path, kit, &error);
        ::umask(previousMask);
        QVERIFY2(written, qPrintable(error));
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), kit);

        auto target = database();
        RecoveryKitTransfer receiver(target, m_receiving);
        RecoveryKitJob *importJob = finish(receiver.importKit(kit, SecureBytes(QByteArrayView(passphrase))));
        QVERIFY2(importJob->ok(), qPrintable(importJob->errorString()));
        QCOMPARE(importJob->clientNames(), QStringList { QStringLiteral("Acme") });
        QVERIFY(ClientRepository(target).find(QStringLiteral("Acme")));
        QCOMPARE(count(target, QStringLiteral("ssh_keys")), 1);
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            SecretJob *read = finishSecret(m_receiving->read(it.key()));
            QVERIFY2(read->ok(), qPrintable(read->errorString()));
            QCOMPARE(read->takeData().view(), QByteArrayView(it.value()));
        }

        // The same kit again: the client exists, so nothing is written anywhere.
        RecoveryKitJob *twice = finish(receiver.importKit(kit, SecureBytes(QByteArrayView(passphrase))));
        QVERIFY(!twice->ok());
        QVERIFY2(twice->errorString().startsWith(QLatin1String("A client named \"Acme\" already exists")),
            qPrintable(twice->errorString()));
        QCOMPARE(count(target, QStringLiteral("clients")), 1);

        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            finishSecret(m_sending->remove(it.key()));
            finishSecret(m_receiving->remove(it.key()));
        }
    }

    // The client's encryption key pair and manifest integrity key travel in the kit: after an
    // import the receiving side opens what the old key wrapped and verifies with the same key.
    void clientKeysTravelInTheKit()
    {
        auto source = database();
        StoreError error;
        const qint64 client = ClientRepository(source).add(QStringLiteral("Keyed"), QString(), &error);
        QVERIFY(client);
        ClientKeyService sendingKeys(source, m_sending, nullptr);
        const auto wait = [](const std::function<void(ClientKeyService::SecretDone)> &call) {
            std::pair<SecureBytes, ClientKeyService::Result> out;
            QEventLoop loop;
            call([&](SecureBytes secret, const ClientKeyService::Result &r) {
                out = { std::move(secret), r };
                loop.quit();
            });
            loop.exec();
            return out;
        };
        {
            ClientKeyService::Result created;
            QEventLoop loop;
            sendingKeys.createKeyPair(client, [&](const ClientKeyService::Result &r) {
                created = r;
                loop.quit();
            });
            loop.exec();
            QVERIFY2(created.ok(), qPrintable(created.error));
        }
        auto integrity = wait([&](auto done) { sendingKeys.ensureIntegrityKey(client, done); });
        QVERIFY2(integrity.second.ok(), qPrintable(integrity.second.error));
        const ClientKeyRecord sent = integrity.second.keys;
        QString wrapError;
        const QByteArray wrapped = ClientKeyPair::wrap(sent.publicKeyPem, "archive passphrase", &wrapError);
        QVERIFY(!wrapped.isEmpty());

        RecoveryKitTransfer sender(source, m_sending);
        RecoveryKit::KdfParameters fast;
        fast.log2N = 14;
        sender.setKdfParameters(fast);
        RecoveryKitJob *exportJob
            = finish(sender.exportKit({ client }, SecureBytes(QByteArrayView(passphrase))));
        QVERIFY2(exportJob->ok(), qPrintable(exportJob->errorString()));

        auto target = database();
        RecoveryKitTransfer receiver(target, m_receiving);
        RecoveryKitJob *importJob
            = finish(receiver.importKit(exportJob->kit(), SecureBytes(QByteArrayView(passphrase))));
        QVERIFY2(importJob->ok(), qPrintable(importJob->errorString()));
        const qint64 imported = ClientRepository(target).find(QStringLiteral("Keyed"))->id;
        ClientKeyService receivingKeys(target, m_receiving, nullptr);
        auto privateKey = wait([&](auto done) { receivingKeys.readPrivateKey(imported, done); });
        QVERIFY2(privateKey.second.ok(), qPrintable(privateKey.second.error));
        QCOMPARE(privateKey.second.keys.fingerprint, sent.fingerprint);
        QString unwrapError;
        QCOMPARE(ClientKeyPair::unwrap(privateKey.first, wrapped, &unwrapError).view(),
            QByteArrayView("archive passphrase"));
        auto receivedIntegrity = wait([&](auto done) { receivingKeys.ensureIntegrityKey(imported, done); });
        QVERIFY2(receivedIntegrity.second.ok(), qPrintable(receivedIntegrity.second.error));
        QCOMPARE(receivedIntegrity.first.view(), integrity.first.view()); // the same key, not a new one
        QCOMPARE(count(target, QStringLiteral("client_keys")), 1);

        for (const QString &reference : { sent.privateKeyRef, sent.integrityKeyRef }) {
            finishSecret(m_sending->remove(reference));
            finishSecret(m_receiving->remove(reference));
        }
    }

    void refusedKitsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("attempt");
        QTest::addColumn<int>("flip"); // -1: no byte flipped
        QTest::addColumn<QString>("sentence");
        QTest::addRow("wrong passphrase") << QByteArray("hand-over passphrase, long enougH") << -1
                                          << QStringLiteral("The recovery kit could not be opened");
        QTest::addRow("flipped ciphertext byte")
            << passphrase << 60 << QStringLiteral("The recovery kit could not be opened");
        QTest::addRow("flipped salt byte")
            << passphrase << 25 << QStringLiteral("The recovery kit could not be opened");
        QTest::addRow("truncated") << passphrase << -2
                                   << QStringLiteral("This file is not a Cairn recovery kit");
    }

    void refusedKitsChangeNothing()
    {
        QFETCH(QByteArray, attempt);
        QFETCH(int, flip);
        QFETCH(QString, sentence);
        auto source = database();
        const qint64 client = fillSource(source, QStringLiteral("Acme"));
        QVERIFY(client);
        RecoveryKitTransfer sender(source, m_sending);
        RecoveryKit::KdfParameters fast;
        fast.log2N = 14;
        sender.setKdfParameters(fast);
        RecoveryKitJob *exportJob
            = finish(sender.exportKit({ client }, SecureBytes(QByteArrayView(passphrase))));
        QVERIFY2(exportJob->ok(), qPrintable(exportJob->errorString()));
        QByteArray kit = exportJob->kit();
        if (flip >= 0)
            kit[flip] = char(kit.at(flip) ^ 0x01);
        if (flip == -2)
            kit.truncate(40);

        auto target = database();
        StoreError error;
        QVERIFY(ClientRepository(target).add(QStringLiteral("Already here"), QString(), &error));
        RecoveryKitTransfer receiver(target, m_receiving);
        RecoveryKitJob *importJob = finish(receiver.importKit(kit, SecureBytes(QByteArrayView(attempt))));
        QVERIFY(!importJob->ok());
        QVERIFY2(importJob->errorString().startsWith(sentence), qPrintable(importJob->errorString()));
        QVERIFY(importJob->errorString().endsWith(QLatin1Char('.')));
        verifyUntouched(target, 1);

        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
            finishSecret(m_sending->remove(it.key()));
    }

    void exportNeedsEverySecretAndAGoodPassphrase()
    {
        auto source = database();
        const qint64 client = fillSource(source, QStringLiteral("Acme"));
        QVERIFY(client);
        RecoveryKitTransfer sender(source, m_sending);
        RecoveryKitJob *shortPassphrase
            = finish(sender.exportKit({ client }, SecureBytes(QByteArrayView("short"))));
        QVERIFY(!shortPassphrase->ok());
        QVERIFY(shortPassphrase->kit().isEmpty());

        // One secret gone from the keychain: no kit, and the sentence says which.
        const QString gone = m_secrets.firstKey();
        QVERIFY(finishSecret(m_sending->remove(gone))->ok());
        RecoveryKitJob *missing
            = finish(sender.exportKit({ client }, SecureBytes(QByteArrayView(passphrase))));
        QVERIFY(!missing->ok());
        QVERIFY(missing->kit().isEmpty());
        QVERIFY2(missing->errorString().contains(gone), qPrintable(missing->errorString()));

        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
            finishSecret(m_sending->remove(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKitTransfer)
#include "tst_recoverykittransfer.moc"
