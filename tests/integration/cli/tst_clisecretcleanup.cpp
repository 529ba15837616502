// Removing a client with cairn-cli deletes its keychain entries (encryption and integrity keys,
// webhook and ping addresses) once the SQLite removal committed; with no keychain the removal still
// stands and the leftovers are named. Real keychain: the keyring session of the whole test run.
#include "schedule/ClientNotifications.h"
#include "secrets/SecretCleanup.h"
#include "secrets/SecretStore.h"
#include "store/ClientKeyRepository.h"
#include "store/ClientRepository.h"
#include "store/Database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(
    const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CAIRN_BINARY_DIR") + QStringLiteral("/app/cairn-cli"), args);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

SecretJob::Status statusOf(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (job->status() == SecretJob::Status::Pending)
        spy.wait(20000);
    job->deleteLater();
    job->takeData();
    return job->status();
}

} // namespace

class TestCliSecretCleanup final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    int m_count = 0;

    // A client with every per-client secret Cairn keeps; returns their references.
    QStringList clientWithSecrets(const QString &dbPath, const QString &name)
    {
        StoreError error;
        auto db = Database::open(dbPath, &error);
        if (!db)
            return {};
        const qint64 id = ClientRepository(db).add(name, QString(), &error);
        QStringList refs;
        for (const char *kind : { "integrity-key", "client-key", "webhook", "webhook" })
            refs << SecretStore::newReference(QString::fromLatin1(kind));
        for (const QString &ref : std::as_const(refs)) {
            if (statusOf(m_secrets.write(ref, SecureBytes(QByteArrayView("secret $(id) \"q\""))))
                != SecretJob::Status::Ok)
                return {};
        }
        ClientKeyRepository keys(db);
        if (!keys.insertIntegrityKey(id, refs[0], &error)
            || keys.setEncryptionKey(
                id, QStringLiteral("-----BEGIN PUBLIC KEY-----"), QStringLiteral("SHA256:x"), refs[1]))
            return {};
        ClientNotifications notifications(db);
        ClientNotifications::Webhook hook;
        hook.secretRef = refs[2];
        if (notifications.setWebhook(id, hook) || notifications.setPingRef(id, refs[3]))
            return {};
        return refs;
    }

    int settingsLeft(const QString &dbPath)
    {
        StoreError error;
        auto db = Database::open(dbPath, &error);
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'client.%'")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through tests/fixtures/keyring-session.sh, which provides the keychain");
    }

    void clientRemovalDeletesItsEntries()
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_count));
        const QString name = QStringLiteral("Acme \"$(id)\" -rf");
        const QStringList refs = clientWithSecrets(path, name);
        QCOMPARE(refs.size(), 4);
        QCOMPARE(settingsLeft(path), 2);

        const Result r = runCli(
            { QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("remove"), name });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &ref : refs)
            QCOMPARE(statusOf(m_secrets.read(ref)), SecretJob::Status::NotFound);
        QCOMPARE(settingsLeft(path), 0);
    }

    void withoutKeychainTheRemovalStandsAndLeftoversAreNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++m_count));
        const QString name = QStringLiteral("Beta");
        const QStringList refs = clientWithSecrets(path, name);
        QCOMPARE(refs.size(), 4);

        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const Result r = runCli(
            { QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("remove"), name }, env);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        const QString sentence = r.err.trimmed();
        QVERIFY2(!sentence.contains(QLatin1Char('\n')) && sentence.endsWith(QLatin1Char('.')),
            qPrintable(sentence));
        for (const QString &ref : refs)
            QVERIFY2(sentence.contains(ref), qPrintable(sentence));
        // The SQLite removal stands.
        const Result list
            = runCli({ QStringLiteral("--db"), path, QStringLiteral("client"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.out.contains(name), qPrintable(list.out));
        QCOMPARE(settingsLeft(path), 0);
        // The entries are still there, as said; the same cleanup with the keychain back removes them.
        for (const QString &ref : refs)
            QCOMPARE(statusOf(m_secrets.read(ref)), SecretJob::Status::Ok);
        QCOMPARE(SecretCleanup::removeAndWait(m_secrets, refs, name), QString());
        for (const QString &ref : refs)
            QCOMPARE(statusOf(m_secrets.read(ref)), SecretJob::Status::NotFound);
    }

    void asyncCleanupReportsOnce()
    {
        const QString ref = SecretStore::newReference(QStringLiteral("db-password"));
        QCOMPARE(statusOf(m_secrets.write(ref, SecureBytes(QByteArrayView("pw")))), SecretJob::Status::Ok);
        QStringList problems;
        int calls = 0;
        // An entry already gone (the second, empty one skipped) is no problem.
        SecretCleanup::remove(&m_secrets,
            { ref, SecretStore::newReference(QStringLiteral("db-password")), QString() },
            QStringLiteral("The job"), this, [&](const QString &problem) {
                ++calls;
                problems << problem;
            });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
        QCOMPARE(problems, QStringList { QString() });
        QCOMPARE(statusOf(m_secrets.read(ref)), SecretJob::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCliSecretCleanup)
#include "tst_clisecretcleanup.moc"
