// The add-server flow the wizard and the CLI share, against a real sshd and the real keychain:
// first contact with confirmation, pasting the key by hand, installing it with a password,
// wrong passwords and fingerprints, cancel, a changed host key and its deliberate re-trust, and a
// key whose database row fails (its keychain entry must go again).
#include "PeerFixture.h"
#include "TestProcess.h"
#include "security/AuditLog.h"
#include "servers/ServerActions.h"
#include "servers/ServerSetup.h"
#include "servers/SshKeyService.h"
#include "ssh/SshLibrary.h"
#include "store/ClientRepository.h"
#include "store/ServerRepository.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <pwd.h>

using namespace cairn;
using namespace cairn::test;

namespace {

const QString kPasswordUser = QStringLiteral("cairn-srvsetup");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename Result> Result lastResult(const QSignalSpy &spy)
{
    return spy.isEmpty() ? Result() : spy.last().at(0).value<Result>();
}

// How many keychain entries the service holds (QtKeychain stores the service as "server").
int keychainEntries(const QString &service)
{
    const TestProcess::Result r = TestProcess::run(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service },
        QProcessEnvironment::systemEnvironment());
    return int((r.out + r.err).count("attribute.user = "));
}

} // namespace

class TestServerSetup final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_client = 0;
    std::unique_ptr<PeerFixture> m_sshd;
    std::unique_ptr<PeerFixture> m_passwordSshd;
    QString m_service;
    std::unique_ptr<SshKeyService> m_keys;

    ServerSetupRequest request(const PeerFixture &sshd, const QString &name) const
    {
        ServerSetupRequest r;
        r.clientId = m_client;
        r.name = name;
        r.host = sshd.value(QStringLiteral("HOST"));
        r.port = sshd.value(QStringLiteral("PORT")).toInt();
        r.user = sshd.value(QStringLiteral("USER"));
        return r;
    }

    int serverCount() const { return int(ServerRepository(m_db).list(0).size()); }

    QStringList auditActions() const
    {
        QStringList actions;
        for (const AuditEntry &e : AuditLog(m_db).entries())
            actions << e.action;
        return actions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        QVERIFY(SshLibrary::initialize());
        StoreError error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("cairn.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_client = ClientRepository(m_db).add(QStringLiteral("Acme"), QString(), &error);
        QVERIFY(m_client);
        m_service
            = QStringLiteral("org.cairnbackup.Cairn.tests.") + QUuid::createUuid().toString(QUuid::Id128);
        m_keys = std::make_unique<SshKeyService>(m_db, m_service, nullptr);
        m_sshd = PeerFixture::start(QStringLiteral("sshd"));
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
    }

    void cleanupTestCase()
    {
        // Leave no test secrets behind in the session keyring.
        TestProcess::run(QStringLiteral("secret-tool"),
            { QStringLiteral("clear"), QStringLiteral("server"), m_service },
            QProcessEnvironment::systemEnvironment());
    }

    void defaultKeyIsCreatedOnceAndLivesInTheKeychain()
    {
        SshKeyService::Result first;
        bool called = false;
        m_keys->ensureDefaultKey(m_client, [&](const SshKeyService::Result &r) {
            first = r;
            called = true;
        });
        QVERIFY(!called); // never inside the call
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.key.name, QStringLiteral("Cairn key for Acme"));
        QCOMPARE(first.key.keyType, QStringLiteral("ssh-ed25519"));
        QVERIFY(first.key.keychainRef.startsWith(QLatin1String("ssh-key/")));
        QVERIFY(first.key.publicKey.endsWith(QLatin1String(" Cairn key for Acme")));

        SshKeyService::Result second;
        called = false;
        m_keys->ensureDefaultKey(m_client, [&](const SshKeyService::Result &r) {
            second = r;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QCOMPARE(second.key.id, first.key.id);

        // The private half is in the keychain and matches the public half in SQLite.
        SecureBytes privateKey;
        called = false;
        m_keys->readPrivateKey(first.key.id, [&](SecureBytes key, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            privateKey = std::move(key);
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        const SshKey::ImportResult parsed = SshKey::importPrivateKey(privateKey.view());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.key.fingerprintSha256(), first.key.fingerprint);
        // ... and nowhere in the database file.
        const QByteArray body = privateKey.view().toByteArray().split('\n').value(1);
        QVERIFY(body.size() > 40);
        QVERIFY(!readAll(m_db->path()).contains(body));
        QCOMPARE(keychainEntries(m_service), 1);
    }

    void keyWhoseRowFailsLeavesNoSecret()
    {
        const int before = keychainEntries(m_service);
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_keys BEFORE INSERT ON ssh_keys BEGIN "
                                            "SELECT RAISE(ABORT, 'disk full'); END")));
        auto restore = qScopeGuard(
            [this] { QSqlQuery(m_db->connection()).exec(QStringLiteral("DROP TRIGGER refuse_keys")); });
        SshKeyService::Result result;
        bool called = false;
        m_keys->generate(
            m_client, QStringLiteral("doomed"), SshKey::Type::Ed25519, [&](const SshKeyService::Result &r) {
                result = r;
                called = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("disk full")), qPrintable(result.error));
        QCOMPARE(keychainEntries(m_service), before);
        QVERIFY(!SshKeyRepository(m_db).find(m_client, QStringLiteral("doomed")));
    }

    void firstContactConfirmedThenKeyPastedByHand()
    {
        ServerSetup setup(m_db, m_keys.get());
        QSignalSpy hostKey(&setup, &ServerSetup::hostKeySeen);
        QSignalSpy access(&setup, &ServerSetup::accessNeeded);
        QSignalSpy finished(&setup, &ServerSetup::finished);
        ServerSetupRequest r = request(*m_sshd, QStringLiteral("web"));
        r.saveWhenReady = false;
        setup.start(std::move(r));
        QVERIFY(hostKey.wait(30000));
        QCOMPARE(hostKey.last().at(0).toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(hostKey.last().at(1).toString(), m_sshd->value(QStringLiteral("HOST_KEY_SHA256")));
        QCOMPARE(serverCount(), 0);

        setup.confirmHostKey();
        QVERIFY(!access.isEmpty() || access.wait(30000)); // confirmHostKey() asks at once
        const QString line = access.last().at(0).toString();
        QVERIFY2(line.startsWith(QLatin1String("restrict ssh-ed25519 AAAA")), qPrintable(line));

        // Said "I've added it" before doing so: refused, nothing saved.
        setup.keyInstalled();
        QVERIFY(finished.wait(30000));
        ServerSetupResult result = lastResult<ServerSetupResult>(finished);
        QCOMPARE(result.outcome, ServerSetupResult::Outcome::Failed);
        QCOMPARE(result.step, ServerSetupStep::VerifyLogin);
        QCOMPARE(result.errorKind, SshErrorKind::AuthenticationRefused);
        QVERIFY2(result.message.contains(QLatin1String("does not accept Cairn's key")),
            qPrintable(result.message));
        QCOMPARE(serverCount(), 0);

        // Now paste the line (the fixture reads one authorized_keys file for every user) and retry
        // with the fingerprint already confirmed.
        QFile authorized(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(line.toUtf8() + '\n');
        authorized.close();

        ServerSetup retry(m_db, m_keys.get());
        QSignalSpy retryHostKey(&retry, &ServerSetup::hostKeySeen);
        QSignalSpy retryAccess(&retry, &ServerSetup::accessNeeded);
        QSignalSpy retryVerified(&retry, &ServerSetup::keyLoginVerified);
        QSignalSpy retryPreflight(&retry, &ServerSetup::preflightFinished);
        QSignalSpy retryFinished(&retry, &ServerSetup::finished);
        r = request(*m_sshd, QStringLiteral("web"));
        r.hostKeyCheck = ServerSetupRequest::HostKeyCheck::ExpectFingerprint;
        r.expectedFingerprint = result.hostKey.fingerprintSha256();
        r.saveWhenReady = false;
        retry.start(std::move(r));
        QVERIFY(retryAccess.wait(30000));
        QVERIFY(retryHostKey.isEmpty()); // nothing to confirm twice
        retry.keyInstalled();
        QVERIFY(retryPreflight.wait(60000));
        QCOMPARE(retryVerified.size(), 1);
        const PreflightReport report = retryPreflight.last().at(0).value<PreflightReport>();
        QVERIFY(report.isComplete());
        QVERIFY(report.check(QStringLiteral("bash")));
        QCOMPARE(serverCount(), 0); // the checklist is shown before anything is saved
        retry.save();
        QVERIFY(!retryFinished.isEmpty() || retryFinished.wait(10000));
        result = lastResult<ServerSetupResult>(retryFinished);
        QVERIFY2(result.ok(), qPrintable(result.message));

        const auto saved = ServerRepository(m_db).findById(result.serverId);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("web"));
        QCOMPARE(saved->hostKeyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(saved->hostKeyFingerprint, m_sshd->value(QStringLiteral("HOST_KEY_SHA256")));
        QCOMPARE(saved->sshKeyName, QStringLiteral("Cairn key for Acme"));
        QVERIFY(saved->preflightJson.contains(QLatin1String("\"checks\"")));
        QVERIFY(auditActions().contains(QStringLiteral("server.add")));
    }

    void wrongFingerprintStopsBeforeLogin()
    {
        ServerSetup setup(m_db, m_keys.get());
        QSignalSpy finished(&setup, &ServerSetup::finished);
        ServerSetupRequest r = request(*m_sshd, QStringLiteral("impostor"));
        r.hostKeyCheck = ServerSetupRequest::HostKeyCheck::ExpectFingerprint;
        r.expectedFingerprint = SshKey::generate().fingerprintSha256();
        r.access = ServerSetupRequest::Access::KeyInstalled;
        setup.start(std::move(r));
        QVERIFY(finished.wait(30000));
        const ServerSetupResult result = lastResult<ServerSetupResult>(finished);
        QCOMPARE(result.step, ServerSetupStep::Connect);
        QCOMPARE(result.errorKind, SshErrorKind::HostKeyChanged);
        QVERIFY(!ServerRepository(m_db).find(m_client, QStringLiteral("impostor")));
    }

    void hostileInputNeverConnects_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addRow("empty host") << QString() << 22 << QStringLiteral("root");
        QTest::addRow("host with command") << QStringLiteral("$(reboot)") << 22 << QStringLiteral("root");
        QTest::addRow("host with newline") << QStringLiteral("a\nb") << 22 << QStringLiteral("root");
        QTest::addRow("leading dash host")
            << QStringLiteral("-oProxyCommand=id") << 22 << QStringLiteral("root");
        QTest::addRow("port 0") << QStringLiteral("127.0.0.1") << 0 << QStringLiteral("root");
        QTest::addRow("port 65536") << QStringLiteral("127.0.0.1") << 65536 << QStringLiteral("root");
        QTest::addRow("user with semicolon")
            << QStringLiteral("127.0.0.1") << 22 << QStringLiteral("root;id");
        QTest::addRow("user with newline") << QStringLiteral("127.0.0.1") << 22 << QStringLiteral("root\nid");
        QTest::addRow("user with leading dash") << QStringLiteral("127.0.0.1") << 22 << QStringLiteral("-l");
    }

    void hostileInputNeverConnects()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        ServerSetup setup(m_db, m_keys.get());
        QSignalSpy progress(&setup, &ServerSetup::progress);
        QSignalSpy finished(&setup, &ServerSetup::finished);
        ServerSetupRequest r;
        r.clientId = m_client;
        r.name = QStringLiteral("hostile");
        r.host = host;
        r.port = port;
        r.user = user;
        setup.start(std::move(r));
        QVERIFY(finished.wait(10000));
        const ServerSetupResult result = lastResult<ServerSetupResult>(finished);
        QCOMPARE(result.step, ServerSetupStep::Validate);
        QCOMPARE(result.errorKind, SshErrorKind::InvalidInput);
        QVERIFY(!result.message.isEmpty() && !result.message.contains(QLatin1Char('\n')));
        for (const QList<QVariant> &args : progress)
            QVERIFY(args.at(0).value<ServerSetupStep>() == ServerSetupStep::Validate);
        QVERIFY(!ServerRepository(m_db).find(m_client, QStringLiteral("hostile")));
    }

    void cancelWhileTheServerSaysNothing()
    {
        // Accepts TCP (the kernel completes the handshake) but never sends an SSH banner.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ServerSetup setup(m_db, m_keys.get());
        QSignalSpy progress(&setup, &ServerSetup::progress);
        QSignalSpy finished(&setup, &ServerSetup::finished);
        ServerSetupRequest r = request(*m_sshd, QStringLiteral("silent"));
        r.port = silent.serverPort();
        setup.start(std::move(r));
        QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty() && progress.last().at(0).value<ServerSetupStep>() == ServerSetupStep::Connect,
            30000);
        QVERIFY(finished.isEmpty());
        setup.cancel();
        QCOMPARE(finished.size(), 1);
        const ServerSetupResult result = lastResult<ServerSetupResult>(finished);
        QCOMPARE(result.outcome, ServerSetupResult::Outcome::Cancelled);
        QVERIFY(!ServerRepository(m_db).find(m_client, QStringLiteral("silent")));
        // The worker's late answer is dropped: still exactly one finished().
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
    }

    void passwordInstallsTheKeyOnce()
    {
        m_passwordSshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--password-user"), kPasswordUser, QStringLiteral("--config"),
                QStringLiteral("AuthorizedKeysFile .ssh/authorized_keys") });
        if (!m_passwordSshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        const passwd *account = getpwnam(kPasswordUser.toUtf8().constData());
        QVERIFY(account);
        const QString home = QString::fromLocal8Bit(account->pw_dir);
        QVERIFY(QDir(home + QStringLiteral("/.ssh")).removeRecursively());

        // A wrong password: the sentence, nothing saved, nothing written on the server.
        {
            ServerSetup setup(m_db, m_keys.get());
            QSignalSpy finished(&setup, &ServerSetup::finished);
            ServerSetupRequest r = request(*m_passwordSshd, QStringLiteral("files"));
            r.user = kPasswordUser;
            r.hostKeyCheck = ServerSetupRequest::HostKeyCheck::AcceptNew;
            r.access = ServerSetupRequest::Access::InstallWithPassword;
            r.password = SecureBytes(QByteArrayView("not the password"));
            setup.start(std::move(r));
            QVERIFY(finished.wait(60000));
            const ServerSetupResult result = lastResult<ServerSetupResult>(finished);
            QCOMPARE(result.step, ServerSetupStep::InstallKey);
            QCOMPARE(result.errorKind, SshErrorKind::AuthenticationRefused);
            QVERIFY2(result.message.contains(QLatin1String("password")), qPrintable(result.message));
            QVERIFY(!QFile::exists(home + QStringLiteral("/.ssh/authorized_keys")));
            QVERIFY(!ServerRepository(m_db).find(m_client, QStringLiteral("files")));
        }

        ServerSetup setup(m_db, m_keys.get());
        QSignalSpy finished(&setup, &ServerSetup::finished);
        ServerSetupRequest r = request(*m_passwordSshd, QStringLiteral("files"));
        r.user = kPasswordUser;
        r.hostKeyCheck = ServerSetupRequest::HostKeyCheck::AcceptNew;
        r.access = ServerSetupRequest::Access::InstallWithPassword;
        r.password = SecureBytes(m_passwordSshd->value(QStringLiteral("PASSWORD")).toUtf8());
        setup.start(std::move(r));
        QVERIFY(finished.wait(60000));
        const ServerSetupResult result = lastResult<ServerSetupResult>(finished);
        QVERIFY2(result.ok(), qPrintable(result.message + u' ' + result.detail));
        QCOMPARE(readAll(home + QStringLiteral("/.ssh/authorized_keys")),
            result.authorizedKeysLine.toUtf8() + '\n');
        QVERIFY(!readAll(m_db->path()).contains(m_passwordSshd->value(QStringLiteral("PASSWORD")).toUtf8()));
        QVERIFY(!readAll(m_db->path() + QStringLiteral("-wal"))
                     .contains(m_passwordSshd->value(QStringLiteral("PASSWORD")).toUtf8()));

        // Removing the server takes the key off the host again.
        ServerActions actions(m_db, m_keys.get());
        QSignalSpy removed(&actions, &ServerActions::finished);
        actions.remove(result.serverId, true);
        QVERIFY(removed.wait(60000));
        const ServerActionResult removal = lastResult<ServerActionResult>(removed);
        QVERIFY2(removal.ok(), qPrintable(removal.message));
        QCOMPARE(removal.keyChange, AuthorizedKeys::Change::Removed);
        QCOMPARE(readAll(home + QStringLiteral("/.ssh/authorized_keys")), QByteArray());
        QVERIFY(!ServerRepository(m_db).findById(result.serverId));
        QVERIFY(auditActions().contains(QStringLiteral("server.remove")));
    }

    void changedHostKeyNeedsADeliberateRetrust()
    {
        const auto web = ServerRepository(m_db).find(m_client, QStringLiteral("web"));
        QVERIFY(web);
        const QString port = m_sshd->value(QStringLiteral("PORT"));
        QVERIFY(m_sshd->stop());
        // The "rebuilt" server: a new host key, listening on the old port too.
        m_sshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--config"), QStringLiteral("ListenAddress 127.0.0.1:%1").arg(port) });
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        QFile authorized(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(QStringLiteral("restrict %1\n")
                             .arg(SshKeyRepository(m_db).findById(web->sshKeyId)->publicKey)
                             .toUtf8());
        authorized.close();
        const QString newFingerprint = m_sshd->value(QStringLiteral("HOST_KEY_SHA256"));
        QVERIFY(newFingerprint != web->hostKeyFingerprint);

        ServerActions actions(m_db, m_keys.get());
        QSignalSpy finished(&actions, &ServerActions::finished);
        actions.test(web->id);
        QVERIFY(finished.wait(60000));
        ServerActionResult result = lastResult<ServerActionResult>(finished);
        QCOMPARE(result.errorKind, SshErrorKind::HostKeyChanged);
        QCOMPARE(result.presentedKey.fingerprintSha256(), newFingerprint);

        // A fingerprint that is not the one presented changes nothing.
        actions.retrust(web->id, SshKey::generate().fingerprintSha256());
        QVERIFY(finished.wait(60000));
        result = lastResult<ServerActionResult>(finished);
        QCOMPARE(result.errorKind, SshErrorKind::HostKeyChanged);
        QCOMPARE(ServerRepository(m_db).findById(web->id)->hostKeyFingerprint, web->hostKeyFingerprint);
        QVERIFY(!auditActions().contains(QStringLiteral("hostkey.retrust")));

        actions.retrust(web->id, newFingerprint);
        QVERIFY(finished.wait(60000));
        result = lastResult<ServerActionResult>(finished);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.hostKeyChanged);
        QCOMPARE(ServerRepository(m_db).findById(web->id)->hostKeyFingerprint, newFingerprint);
        const QList<AuditEntry> entries = AuditLog(m_db).entries();
        QCOMPARE(entries.first().action, QStringLiteral("hostkey.retrust"));
        QVERIFY(entries.first().object.contains(newFingerprint));
        QVERIFY(entries.first().object.contains(web->hostKeyFingerprint));
        QVERIFY(AuditLog(m_db).verify().intact);

        actions.test(web->id);
        QVERIFY(finished.wait(60000));
        result = lastResult<ServerActionResult>(finished);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.preflight.isComplete());
    }

    void keyInUseCannotBeRemoved()
    {
        const auto web = ServerRepository(m_db).find(m_client, QStringLiteral("web"));
        QVERIFY(web);
        SshKeyService::Result result;
        bool called = false;
        m_keys->remove(web->sshKeyId, [&](const SshKeyService::Result &r) {
            result = r;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("still used")), qPrintable(result.error));
        QVERIFY(SshKeyRepository(m_db).findById(web->sshKeyId));
    }
};

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_serversetup.moc"
