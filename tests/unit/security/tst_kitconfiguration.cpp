// The configuration half of the recovery kit: per-client export, import into another database
// with fresh ids, and imports that do not fit change nothing.
#include "security/KitConfiguration.h"
#include "security/RecoveryKit.h"
#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

qint64 addKey(const std::shared_ptr<Database> &db, qint64 clientId, const QString &name, const QString &ref)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO ssh_keys (client_id, name, key_type, public_key, fingerprint, keychain_ref, "
        "created_at) VALUES (?, ?, 'ssh-ed25519', 'ssh-ed25519 AAAA', 'SHA256:x', ?, 1)"));
    q.addBindValue(clientId);
    q.addBindValue(name);
    q.addBindValue(ref);
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

// One client with a key, a server, a storage target, a provider account and a job.
bool fill(const std::shared_ptr<Database> &db, const QString &clientName, const QString &tag)
{
    StoreError error;
    const qint64 client
        = ClientRepository(db).add(clientName, QStringLiteral("notes\nwith \"quotes\" $(x)"), &error);
    if (!client)
        return false;
    const qint64 key = addKey(db, client, QStringLiteral("deploy"), QStringLiteral("ssh-key/") + tag);
    QSqlQuery clientKeys(db->connection());
    clientKeys.prepare(QStringLiteral(
        "INSERT INTO client_keys (client_id, public_key_pem, fingerprint, key_in_keychain, private_key_ref, "
        "integrity_key_ref, created_at) VALUES (?, 'pem', 'SHA256:k', 1, ?, ?, 1)"));
    clientKeys.addBindValue(client);
    clientKeys.addBindValue(QStringLiteral("client-key/") + tag);
    clientKeys.addBindValue(QStringLiteral("integrity-key/") + tag);
    if (!clientKeys.exec())
        return false;
    Server server;
    server.clientId = client;
    server.name = QStringLiteral("web1");
    server.host = QStringLiteral("web1.") + tag + QStringLiteral(".example");
    server.username = QStringLiteral("-backup");
    server.sshKeyId = key;
    server.hostKeyType = QStringLiteral("ssh-ed25519");
    // Split literal: "\x01binary" would read \x01b as one hex escape (0x1b). 18 bytes, no terminator.
    server.hostKey = QByteArray("\x00\x01"
                                "binary host key\xff",
        18);
    server.hostKeyFingerprint = QStringLiteral("SHA256:abc");
    const qint64 serverId = ServerRepository(db).insert(server, &error);
    StorageTarget storage;
    storage.clientId = client;
    storage.name = QStringLiteral("bucket");
    storage.provider = QStringLiteral("s3");
    storage.endpoint = QStringLiteral("https://s3.example");
    storage.region = QStringLiteral("eu-central-1");
    storage.bucket = tag;
    storage.accessKeyId = QStringLiteral("AKIA") + tag;
    storage.secretRef = QStringLiteral("storage/") + tag;
    const qint64 storageId = StorageRepository(db).insert(storage, &error);
    QSqlQuery provider(db->connection());
    provider.prepare(
        QStringLiteral("INSERT INTO provider_accounts (client_id, name, provider, secret_ref, created_at) "
                       "VALUES (?, 'hetzner', 'hetzner', ?, 1)"));
    provider.addBindValue(client);
    provider.addBindValue(QStringLiteral("provider/") + tag);
    Job job;
    job.clientId = client;
    job.name = QStringLiteral("nightly");
    job.serverId = serverId;
    job.storageId = storageId;
    job.kind = QStringLiteral("files");
    return key && serverId && storageId && provider.exec() && JobRepository(db).insert(job, &error);
}

int count(const std::shared_ptr<Database> &db, const QString &table)
{
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestKitConfiguration final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::shared_ptr<Database> database()
    {
        StoreError error;
        return Database::open(m_dir.filePath(QStringLiteral("kit-%1.sqlite").arg(++m_counter)), &error);
    }

    // Source database with two clients; returns Acme's id through *acme.
    std::shared_ptr<Database> source(qint64 *acme)
    {
        auto db = database();
        if (!db || !fill(db, QStringLiteral("Other Ltd"), QStringLiteral("other"))
            || !fill(db, QStringLiteral("Acme \"GmbH\""), QStringLiteral("acme")))
            return nullptr;
        *acme = ClientRepository(db).find(QStringLiteral("Acme \"GmbH\""))->id;
        return db;
    }

private Q_SLOTS:
    void perClientExport()
    {
        qint64 acme = 0;
        auto db = source(&acme);
        QVERIFY(db);
        QString error;
        const std::optional<QJsonObject> config = KitConfiguration::collect(db, { acme }, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(KitConfiguration::validate(*config).isEmpty());
        QCOMPARE(KitConfiguration::clientNames(*config), QStringList { QStringLiteral("Acme \"GmbH\"") });
        QCOMPARE(KitConfiguration::secretReferences(*config),
            (QStringList { QStringLiteral("client-key/acme"), QStringLiteral("integrity-key/acme"),
                QStringLiteral("provider/acme"), QStringLiteral("ssh-key/acme"),
                QStringLiteral("storage/acme") }));
        const QJsonObject tables = config->value(QStringLiteral("tables")).toObject();
        for (const QString &table : KitConfiguration::tables())
            QCOMPARE(tables.value(table).toArray().size(), 1);
        // Nothing of the other client.
        QVERIFY(!QJsonDocument(*config).toJson().contains("other"));

        const std::optional<QJsonObject> all = KitConfiguration::collect(db, {}, &error);
        QVERIFY(all);
        QCOMPARE(KitConfiguration::clientNames(*all).size(), 2);
        QCOMPARE(KitConfiguration::secretReferences(*all).size(), 10);

        QVERIFY(!KitConfiguration::collect(db, { 9999 }, &error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }

    void importsIntoAnotherDatabase()
    {
        qint64 acme = 0;
        auto from = source(&acme);
        QVERIFY(from);
        QString error;
        const QJsonObject config = *KitConfiguration::collect(from, { acme }, &error);

        // The target already has a client, so every id must move.
        auto to = database();
        QVERIFY(fill(to, QStringLiteral("Local"), QStringLiteral("local")));
        const StoreError imported = KitConfiguration::importInto(to, config);
        QVERIFY2(imported.ok(), qPrintable(imported.message));

        const std::optional<Client> client = ClientRepository(to).find(QStringLiteral("Acme \"GmbH\""));
        QVERIFY(client);
        QCOMPARE(client->notes, QStringLiteral("notes\nwith \"quotes\" $(x)"));
        const QList<Server> servers = ServerRepository(to).list(client->id);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().host, QStringLiteral("web1.acme.example"));
        QCOMPARE(servers.first().username, QStringLiteral("-backup"));
        QCOMPARE(servers.first().hostKey,
            QByteArray("\x00\x01"
                       "binary host key\xff",
                18));
        QSqlQuery key(to->connection());
        QVERIFY(key.exec(QStringLiteral("SELECT client_id, keychain_ref FROM ssh_keys WHERE id = %1")
                             .arg(servers.first().sshKeyId)));
        QVERIFY(key.next());
        QCOMPARE(key.value(0).toLongLong(), client->id);
        QCOMPARE(key.value(1).toString(), QStringLiteral("ssh-key/acme"));
        const QList<Job> jobs = JobRepository(to).list(client->id);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().serverId, servers.first().id);
        QCOMPARE(jobs.first().storageName, QStringLiteral("bucket"));
        QCOMPARE(StorageRepository(to).list(client->id).first().secretRef, QStringLiteral("storage/acme"));
        QCOMPARE(count(to, QStringLiteral("provider_accounts")), 2);
        // The client's encryption and integrity keys follow the client (their secrets ride in the kit).
        QSqlQuery clientKeys(to->connection());
        QVERIFY(clientKeys.exec(QStringLiteral(
            "SELECT client_id, private_key_ref, integrity_key_ref, key_in_keychain FROM client_keys "
            "WHERE private_key_ref = 'client-key/acme'")));
        QVERIFY(clientKeys.next());
        QCOMPARE(clientKeys.value(0).toLongLong(), client->id);
        QCOMPARE(clientKeys.value(2).toString(), QStringLiteral("integrity-key/acme"));
        QCOMPARE(clientKeys.value(3).toInt(), 1);
    }

    void importThatDoesNotFitChangesNothing_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("sentence");
        QTest::addRow("client name exists")
            << QStringLiteral("duplicate") << QStringLiteral("A client named");
        QTest::addRow("unknown column")
            << QStringLiteral("column") << QStringLiteral("The recovery kit has a column");
        QTest::addRow("SQL in a column name")
            << QStringLiteral("injection") << QStringLiteral("The recovery kit has a column");
        QTest::addRow("dangling reference")
            << QStringLiteral("dangling") << QStringLiteral("The recovery kit's jobs refers");
        QTest::addRow("newer schema")
            << QStringLiteral("schema") << QStringLiteral("The recovery kit was made by a newer");
        QTest::addRow("unknown table")
            << QStringLiteral("table") << QStringLiteral("The recovery kit holds a table");
        QTest::addRow("other kind") << QStringLiteral("kind")
                                    << QStringLiteral("The recovery kit's contents are not");
        QTest::addRow("constraint (empty name)")
            << QStringLiteral("constraint") << QStringLiteral("The recovery kit's clients could not");
    }

    void importThatDoesNotFitChangesNothing()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, sentence);
        qint64 acme = 0;
        auto from = source(&acme);
        QVERIFY(from);
        QString error;
        QJsonObject config = *KitConfiguration::collect(from, { acme }, &error);
        QJsonObject tables = config.value(QStringLiteral("tables")).toObject();
        auto editFirst = [&tables](const QString &table, const std::function<void(QJsonObject &)> &edit) {
            QJsonArray rows = tables.value(table).toArray();
            QJsonObject row = rows.first().toObject();
            edit(row);
            rows[0] = row;
            tables.insert(table, rows);
        };
        if (mutation == QLatin1String("column"))
            editFirst(
                QStringLiteral("servers"), [](QJsonObject &row) { row.insert(QStringLiteral("colour"), 1); });
        if (mutation == QLatin1String("injection"))
            editFirst(QStringLiteral("servers"), [](QJsonObject &row) {
                row.insert(QStringLiteral("name) VALUES (1); DROP TABLE clients; --"), 1);
            });
        if (mutation == QLatin1String("dangling"))
            editFirst(QStringLiteral("jobs"),
                [](QJsonObject &row) { row.insert(QStringLiteral("server_id"), 4242); });
        if (mutation == QLatin1String("constraint"))
            editFirst(QStringLiteral("clients"),
                [](QJsonObject &row) { row.insert(QStringLiteral("name"), QStringLiteral("  ")); });
        if (mutation == QLatin1String("table"))
            tables.insert(QStringLiteral("sqlite_master"), QJsonArray());
        config.insert(QStringLiteral("tables"), tables);
        if (mutation == QLatin1String("schema"))
            config.insert(QStringLiteral("schema_version"), 999);
        if (mutation == QLatin1String("kind"))
            config.insert(QStringLiteral("kind"), QStringLiteral("something-else"));

        auto to = database();
        QVERIFY(fill(to,
            mutation == QLatin1String("duplicate") ? QStringLiteral("acme \"gmbh\"")
                                                   : QStringLiteral("Local"),
            QStringLiteral("local")));
        QMap<QString, int> before;
        for (const QString &table : KitConfiguration::tables())
            before.insert(table, count(to, table));
        const int auditBefore = count(to, QStringLiteral("audit_log"));

        const StoreError refused = KitConfiguration::importInto(to, config);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message.startsWith(sentence), qPrintable(refused.message));
        QVERIFY(refused.message.endsWith(QLatin1Char('.')));
        for (const QString &table : KitConfiguration::tables())
            QCOMPARE(count(to, table), before.value(table));
        QCOMPARE(count(to, QStringLiteral("audit_log")), auditBefore);
        QVERIFY(count(to, QStringLiteral("clients")) > 0); // the injection did nothing
    }

    void throughTheKitFile()
    {
        // Export from one database, seal, open, import into another: the hand-over.
        qint64 acme = 0;
        auto from = source(&acme);
        QVERIFY(from);
        QString error;
        RecoveryKit::Contents contents;
        contents.configuration = *KitConfiguration::collect(from, { acme }, &error);
        for (const QString &reference : KitConfiguration::secretReferences(contents.configuration))
            contents.secrets.emplace(
                reference, SecureBytes(QByteArrayView(QByteArray("secret of ") + reference.toUtf8())));
        RecoveryKit::KdfParameters fast;
        fast.log2N = 14;
        const SecureBytes passphrase(QByteArrayView("a passphrase for the hand-over"));
        const QByteArray file = RecoveryKit::seal(contents, passphrase, &error, fast);
        QVERIFY2(!file.isEmpty(), qPrintable(error));

        const std::optional<RecoveryKit::Contents> opened = RecoveryKit::open(file, passphrase, &error);
        QVERIFY2(opened, qPrintable(error));
        auto to = database();
        QVERIFY(KitConfiguration::importInto(to, opened->configuration).ok());
        QVERIFY(ClientRepository(to).find(QStringLiteral("Acme \"GmbH\"")));
        QCOMPARE(opened->secrets.at(QStringLiteral("storage/acme")).view(),
            QByteArrayView("secret of storage/acme"));
    }
};

QTEST_GUILESS_MAIN(TestKitConfiguration)
#include "tst_kitconfiguration.moc"
