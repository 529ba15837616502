// Installing Cairn's key with a password, once: against a real sshd and a throwaway local user,
// the key lands in ~/.ssh/authorized_keys with `restrict`, key login works afterwards, a second
// install adds no duplicate, and removal takes the key out again.
#include "PeerFixture.h"
#include "SshTestSupport.h"
#include "ssh/AuthorizedKeys.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cairn;
using namespace cairn::test;

namespace {

// Files a test plants in the user's home must belong to the user, as they would on a server.
bool giveToUser(const QString &path, uid_t uid)
{
    return ::chown(QFile::encodeName(path).constData(), uid, static_cast<gid_t>(-1)) == 0;
}

// Unique to this test: the fixture resets the user's password on every start.
const QString kUser = QStringLiteral("cairn-ssh-keyinst");

SshHostKey fixtureHostKey(const PeerFixture &sshd)
{
    return SshHostKey::fromOpenSshLine(readFile(sshd.value(QStringLiteral("HOST_KEY_PUB"))));
}

SshEndpoint endpointOf(const PeerFixture &sshd)
{
    return { sshd.value(QStringLiteral("HOST")), sshd.value(QStringLiteral("PORT")).toInt(),
        sshd.value(QStringLiteral("PASSWORD_USER")) };
}

SecureBytes passwordOf(const PeerFixture &sshd)
{
    return SecureBytes(sshd.value(QStringLiteral("PASSWORD")).toUtf8());
}

} // namespace

class TestSshKeyInstall final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(SshLibrary::initialize());
        // Keys in the user's own ~/.ssh/authorized_keys, as on a normal server.
        m_sshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--password-user"), kUser, QStringLiteral("--config"),
                QStringLiteral("AuthorizedKeysFile .ssh/authorized_keys") });
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        const passwd *account = getpwnam(kUser.toUtf8().constData());
        QVERIFY(account);
        m_home = QString::fromLocal8Bit(account->pw_dir);
        m_uid = account->pw_uid;
        m_file = m_home + QStringLiteral("/.ssh/authorized_keys");
        m_key = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("cairn key-install test"));
    }

    void init()
    {
        // The account outlives test runs; start every test from a home without ~/.ssh.
        QVERIFY(QDir(m_home + QStringLiteral("/.ssh")).removeRecursively());
    }

    void installWithPasswordThenKeyWorks()
    {
        const AuthorizedKeys::Result result = AuthorizedKeys::installWithPassword(
            endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd)), passwordOf(*m_sshd), m_key);
        QVERIFY2(result.ok(), qPrintable(result.error.message + u' ' + result.error.detail));
        QCOMPARE(result.change, AuthorizedKeys::Change::Added);

        const QByteArray expected = AuthorizedKeys::restrictedLine(m_key).toUtf8() + '\n';
        QCOMPARE(readFile(m_file), expected);
        QVERIFY(expected.startsWith("restrict ssh-ed25519 "));
        // Written by the user over SSH: owned by the user, private.
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(m_file).constData(), &info), 0);
        QCOMPARE(info.st_uid, m_uid);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(m_home + QStringLiteral("/.ssh")).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);

        // Key login works, and `restrict` leaves plain commands alone.
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd))).ok());
        QVERIFY(session.authenticateWithKey(m_key).ok());
        QByteArray out;
        SshExecOptions options;
        options.onStdout = [&out](QByteArrayView data) { out.append(data); };
        QVERIFY(session.exec("id -un", options).ok());
        QCOMPARE(out, kUser.toUtf8() + '\n');

        // A second install over the key session finds the key and adds nothing.
        const AuthorizedKeys::Result again = AuthorizedKeys::install(session, m_key);
        QVERIFY(again.ok());
        QCOMPARE(again.change, AuthorizedKeys::Change::AlreadyPresent);
        QCOMPARE(readFile(m_file), expected);
    }

    void installKeepsExistingKeys()
    {
        const SshKey admin = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("admin"));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
        // An existing file without a final newline must not glue our line onto the admin's.
        const QByteArray existing = admin.authorizedKeysLine().toUtf8();
        QVERIFY(writePrivateFile(m_file, existing));
        QVERIFY(giveToUser(m_home + QStringLiteral("/.ssh"), m_uid));
        QVERIFY(giveToUser(m_file, m_uid));

        const AuthorizedKeys::Result result = AuthorizedKeys::installWithPassword(
            endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd)), passwordOf(*m_sshd), m_key);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(readFile(m_file), existing + '\n' + AuthorizedKeys::restrictedLine(m_key).toUtf8() + '\n');
    }

    // ~/.ssh belongs to root and the user cannot write there: a clear failure with the server's reason.
    void unwritableSshFolderIsReported()
    {
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
        QVERIFY(QFile::setPermissions(m_home + QStringLiteral("/.ssh"),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther));
        const AuthorizedKeys::Result result = AuthorizedKeys::installWithPassword(
            endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd)), passwordOf(*m_sshd), m_key);
        QCOMPARE(result.error.kind, SshErrorKind::CommandFailed);
        QVERIFY2(result.error.message.contains(QStringLiteral("Permission denied")),
            qPrintable(result.error.message));
        QVERIFY(result.error.message.endsWith(QStringLiteral("add the key by hand.")));
        QVERIFY(!QFile::exists(m_file));
    }

    void wrongPasswordIsRefused()
    {
        const AuthorizedKeys::Result result = AuthorizedKeys::installWithPassword(endpointOf(*m_sshd),
            HostKeyPolicy::pinned(fixtureHostKey(*m_sshd)), SecureBytes(QByteArrayView("not the password")),
            m_key);
        QCOMPARE(result.error.kind, SshErrorKind::AuthenticationRefused);
        QVERIFY(result.error.message.contains(QStringLiteral("password")));
        QVERIFY(!QFile::exists(m_file));
        // What sshd logs for a password attempt; the host key test below relies on its absence.
        QTRY_VERIFY(readFile(m_sshd->dir() + QStringLiteral("/sshd.log"))
                        .contains("Failed password for " + kUser.toUtf8()));
    }

    void changedHostKeyStopsBeforeThePasswordIsSent()
    {
        const SshHostKey impostor = SshHostKey::fromBlob(SshKey::generate().publicKeyBlob());
        const QString log = m_sshd->dir() + QStringLiteral("/sshd.log");
        const qsizetype logBefore = readFile(log).size();
        const AuthorizedKeys::Result result = AuthorizedKeys::installWithPassword(
            endpointOf(*m_sshd), HostKeyPolicy::pinned(impostor), passwordOf(*m_sshd), m_key);
        QCOMPARE(result.error.kind, SshErrorKind::HostKeyChanged);
        QVERIFY(!QFile::exists(m_file));
        // sshd never saw a password attempt for the user.
        QTest::qWait(200);
        const QByteArray logAfter = readFile(log).mid(logBefore);
        QVERIFY(logAfter.contains("Connection from 127.0.0.1"));
        QVERIFY(!logAfter.contains("password for " + kUser.toUtf8()));
    }

    void removeTakesTheKeyOut()
    {
        const SshKey admin = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("admin"));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.ssh")));
        QVERIFY(writePrivateFile(m_file, admin.authorizedKeysLine().toUtf8() + '\n'));
        QVERIFY(giveToUser(m_home + QStringLiteral("/.ssh"), m_uid));
        QVERIFY(giveToUser(m_file, m_uid));
        QVERIFY(AuthorizedKeys::installWithPassword(
            endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd)), passwordOf(*m_sshd), m_key)
                    .ok());

        {
            SshSession session;
            QVERIFY(
                session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd))).ok());
            QVERIFY(session.authenticateWithKey(m_key).ok());
            const AuthorizedKeys::Result removed = AuthorizedKeys::remove(session, m_key.publicKeyBlob());
            QVERIFY2(removed.ok(), qPrintable(removed.error.message));
            QCOMPARE(removed.change, AuthorizedKeys::Change::Removed);
        }
        QCOMPARE(readFile(m_file), admin.authorizedKeysLine().toUtf8() + '\n');

        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(fixtureHostKey(*m_sshd))).ok());
        QCOMPARE(session.authenticateWithKey(m_key).kind, SshErrorKind::AuthenticationRefused);
        QVERIFY(session.authenticateWithPassword(passwordOf(*m_sshd)).ok());
        const AuthorizedKeys::Result again = AuthorizedKeys::remove(session, m_key.publicKeyBlob());
        QVERIFY(again.ok());
        QCOMPARE(again.change, AuthorizedKeys::Change::NotPresent);
    }

    // A server that reads keys from elsewhere (here: the fixture's own AuthorizedKeysFile): the
    // install "works" but the key is still refused, and the message says where to look.
    void serverReadingAnotherFileIsReported()
    {
        auto elsewhere
            = PeerFixture::start(QStringLiteral("sshd"), { QStringLiteral("--password-user"), kUser });
        if (!elsewhere)
            QFAIL(qPrintable(PeerFixture::lastError()));
        const AuthorizedKeys::Result result = AuthorizedKeys::installWithPassword(endpointOf(*elsewhere),
            HostKeyPolicy::pinned(fixtureHostKey(*elsewhere)), passwordOf(*elsewhere), m_key);
        QCOMPARE(result.error.kind, SshErrorKind::AuthenticationRefused);
        QVERIFY2(result.error.message.contains(QStringLiteral("AuthorizedKeysFile")),
            qPrintable(result.error.message));
        QCOMPARE(result.change, AuthorizedKeys::Change::Added);
    }

private:
    std::unique_ptr<PeerFixture> m_sshd;
    SshKey m_key;
    QString m_home;
    QString m_file;
    uid_t m_uid = 0;
};

QTEST_GUILESS_MAIN(TestSshKeyInstall)
#include "tst_sshkeyinstall.moc"
