// ServerRepository and SshKeyRepository over a real SQLite file: names, per-client uniqueness,
// pinning and re-pinning a host key, and the refusals that keep rows other rows depend on.
#include "ssh/SshKey.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/SshKeyRepository.h"
#include "store/StorageRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestServerStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::shared_ptr<Database> freshDatabase()
    {
        StoreError error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)), &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

    static qint64 addClient(const std::shared_ptr<Database> &db, const QString &name)
    {
        StoreError error;
        return ClientRepository(db).add(name, QString(), &error);
    }

    static SshKeyRecord keyRecord(qint64 clientId, const QString &name)
    {
        const SshKey key = SshKey::generate(SshKey::Type::Ed25519, name);
        SshKeyRecord record;
        record.clientId = clientId;
        record.name = name;
        record.keyType = key.typeName();
        record.publicKey = key.authorizedKeysLine();
        record.fingerprint = key.fingerprintSha256();
        record.keychainRef = QStringLiteral("ssh-key/%1/%2").arg(clientId).arg(name);
        return record;
    }

    static Server serverRecord(qint64 clientId, const QString &name, qint64 keyId)
    {
        const SshKey hostKey = SshKey::generate();
        Server server;
        server.clientId = clientId;
        server.name = name;
        server.host = QStringLiteral("db1.example.com");
        server.port = 2222;
        server.username = QStringLiteral("backup");
        server.sshKeyId = keyId;
        server.hostKeyType = hostKey.typeName();
        server.hostKey = hostKey.publicKeyBlob();
        server.hostKeyFingerprint = hostKey.fingerprintSha256();
        return server;
    }

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << QStringLiteral("web shop") << true;
        QTest::addRow("shell metacharacters") << QStringLiteral("$(reboot); `id` 'x' \"y\"") << true;
        QTest::addRow("leading dash") << QStringLiteral("-rf") << true;
        QTest::addRow("unicode") << QStringLiteral("Bäckerei – 東京") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("blank") << QStringLiteral(" \t ") << false;
        QTest::addRow("newline") << QStringLiteral("web\nshop") << false;
        QTest::addRow("terminal escape") << QStringLiteral("web\x1b[2J") << false;
        QTest::addRow("bidi override") << QStringLiteral("web\u202Eshop") << false;
        QTest::addRow("too long") << QString(101, QLatin1Char('w')) << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ServerRepository::validateName(name).isEmpty(), valid);
        QCOMPARE(SshKeyRepository::validateName(name).isEmpty(), valid);
        auto db = freshDatabase();
        const qint64 client = addClient(db, QStringLiteral("Acme"));
        StoreError error;
        const qint64 id = SshKeyRepository(db).insert(keyRecord(client, name), &error);
        QCOMPARE(id != 0, valid);
        QCOMPARE(error.ok(), valid);
        if (valid)
            QCOMPARE(SshKeyRepository(db).find(client, name)->name, name.trimmed());
    }

    void keysAreUniquePerClient()
    {
        auto db = freshDatabase();
        const qint64 acme = addClient(db, QStringLiteral("Acme"));
        const qint64 globex = addClient(db, QStringLiteral("Globex"));
        SshKeyRepository keys(db);
        StoreError error;
        QVERIFY(keys.insert(keyRecord(acme, QStringLiteral("deploy")), &error));
        SshKeyRecord again = keyRecord(acme, QStringLiteral("DEPLOY "));
        QCOMPARE(keys.insert(again, &error), 0);
        QVERIFY2(error.message.contains(QLatin1String("already has a key")), qPrintable(error.message));
        QVERIFY(keys.insert(keyRecord(globex, QStringLiteral("deploy")), &error));
        QCOMPARE(keys.list(0).size(), 2);
        QCOMPARE(keys.list(acme).size(), 1);
        QCOMPARE(keys.list(acme).first().clientName, QStringLiteral("Acme"));
        QCOMPARE(
            SshKeyRepository::defaultKeyName(QStringLiteral(" Acme ")), QStringLiteral("Cairn key for Acme"));
    }

    void serverFindUpdateRemove()
    {
        auto db = freshDatabase();
        const qint64 acme = addClient(db, QStringLiteral("Acme"));
        StoreError error;
        const qint64 key = SshKeyRepository(db).insert(keyRecord(acme, QStringLiteral("k")), &error);
        ServerRepository servers(db);
        const Server record = serverRecord(acme, QStringLiteral("web"), key);
        const qint64 id = servers.insert(record, &error);
        QVERIFY2(id, qPrintable(error.message));
        QCOMPARE(servers.insert(serverRecord(acme, QStringLiteral("WEB"), key), &error), 0);
        QVERIFY2(error.message.contains(QLatin1String("already has a server")), qPrintable(error.message));

        auto found = servers.find(acme, QStringLiteral("Web"));
        QVERIFY(found);
        QCOMPARE(found->id, id);
        QCOMPARE(found->sshKeyName, QStringLiteral("k"));
        QCOMPARE(found->hostKey, record.hostKey);
        QCOMPARE(found->hostKeyFingerprint, record.hostKeyFingerprint);
        QVERIFY(found->hostKeyTrustedAt.isValid());
        QCOMPARE(SshKeyRepository(db).findById(key)->servers, 1);

        // The key cannot go while the server logs in with it.
        QVERIFY(SshKeyRepository(db).remove(key));

        Server edited = *found;
        edited.name = QStringLiteral("web shop");
        edited.port = 22;
        edited.hostKey = QByteArray("ignored");
        QVERIFY(servers.update(edited).ok());
        found = servers.findById(id);
        QCOMPARE(found->name, QStringLiteral("web shop"));
        QCOMPARE(found->port, 22);
        // update() never changes the pinned key.
        QCOMPARE(found->hostKey, record.hostKey);

        servers.insert(serverRecord(acme, QStringLiteral("db"), key), &error);
        edited.name = QStringLiteral("DB");
        QVERIFY(servers.update(edited));

        QVERIFY(servers.remove(id).ok());
        QVERIFY(!servers.findById(id));
        QVERIFY(servers.remove(id));
    }

    void rePinHostKey()
    {
        auto db = freshDatabase();
        const qint64 acme = addClient(db, QStringLiteral("Acme"));
        StoreError error;
        ServerRepository servers(db);
        const qint64 id = servers.insert(serverRecord(acme, QStringLiteral("web"), 0), &error);
        const SshKey rebuilt = SshKey::generate();
        QVERIFY(
            servers.pinHostKey(id, rebuilt.typeName(), rebuilt.publicKeyBlob(), rebuilt.fingerprintSha256())
                .ok());
        const auto found = servers.findById(id);
        QCOMPARE(found->hostKey, rebuilt.publicKeyBlob());
        QCOMPARE(found->hostKeyFingerprint, rebuilt.fingerprintSha256());
        QVERIFY(servers.pinHostKey(id, QString(), QByteArray(), QString()));
        QVERIFY(servers.pinHostKey(
            id + 100, rebuilt.typeName(), rebuilt.publicKeyBlob(), rebuilt.fingerprintSha256()));
        QVERIFY(servers.setPreflight(id, QStringLiteral("{\"passed\":true}")).ok());
        QCOMPARE(servers.findById(id)->preflightJson, QStringLiteral("{\"passed\":true}"));
    }

    void serverWithJobsIsKept()
    {
        auto db = freshDatabase();
        const qint64 acme = addClient(db, QStringLiteral("Acme"));
        StoreError error;
        const qint64 server
            = ServerRepository(db).insert(serverRecord(acme, QStringLiteral("web"), 0), &error);
        StorageTarget target;
        target.clientId = acme;
        target.name = QStringLiteral("bucket");
        target.provider = QStringLiteral("minio");
        target.endpoint = QStringLiteral("http://127.0.0.1:9000");
        target.region = QStringLiteral("us-east-1");
        target.bucket = QStringLiteral("b");
        target.accessKeyId = QStringLiteral("AKIA");
        target.secretRef = QStringLiteral("storage/x");
        const qint64 storage = StorageRepository(db).insert(target, &error);
        QVERIFY2(storage, qPrintable(error.message));
        QSqlQuery query(db->connection());
        query.prepare(
            QStringLiteral("INSERT INTO jobs (client_id, name, server_id, storage_id, kind, created_at) "
                           "VALUES (?, 'nightly', ?, ?, 'files', 0)"));
        query.addBindValue(acme);
        query.addBindValue(server);
        query.addBindValue(storage);
        QVERIFY(query.exec());
        QCOMPARE(ServerRepository(db).jobsUsing(server), 1);
        const StoreError refused = ServerRepository(db).remove(server);
        QVERIFY2(refused.message.contains(QLatin1String("job")), qPrintable(refused.message));
        QVERIFY(ServerRepository(db).findById(server));
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
