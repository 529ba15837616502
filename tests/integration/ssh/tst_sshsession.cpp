// SshSession against a real sshd: key authentication, host key pinning, error categories for the
// ways a connection fails, cancel, and exec with streaming output, stdin, exit codes and signals.
#include "PeerFixture.h"
#include "SshTestSupport.h"
#include "ssh/HostKeyPolicy.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"
#include "ssh/SshSession.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cairn;
using namespace cairn::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(cairn::SshErrorKind)

namespace {

bool appendLine(const QString &path, const QString &line)
{
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return false;
    return file.write(line.toUtf8() + '\n') > 0;
}

SshHostKey fixtureHostKey(const PeerFixture &sshd)
{
    return SshHostKey::fromOpenSshLine(readFile(sshd.value(QStringLiteral("HOST_KEY_PUB"))));
}

SshEndpoint endpointOf(const PeerFixture &sshd)
{
    return { sshd.value(QStringLiteral("HOST")), sshd.value(QStringLiteral("PORT")).toInt(),
        sshd.value(QStringLiteral("USER")) };
}

// A port with nobody listening: bind, note the port, close.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestSshSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(SshLibrary::initialize());
        m_sshd = PeerFixture::start(QStringLiteral("sshd"));
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        m_ed25519 = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("cairn-test-ed25519"));
        m_rsa = SshKey::generate(SshKey::Type::Rsa, QStringLiteral("cairn-test-rsa"));
        const QString authorized = m_sshd->value(QStringLiteral("AUTHORIZED_KEYS"));
        QVERIFY(appendLine(authorized, m_ed25519.authorizedKeysLine()));
        QVERIFY(appendLine(authorized, m_rsa.authorizedKeysLine()));
        m_hostKey = fixtureHostKey(*m_sshd);
        QVERIFY(!m_hostKey.isNull());
    }

    void ed25519KeyAuthentication()
    {
        SshSession session;
        SshError error = session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey));
        QVERIFY2(error.ok(), qPrintable(error.message + u' ' + error.detail));
        QCOMPARE(session.hostKey().type(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(session.hostKey().fingerprintSha256(), m_sshd->value(QStringLiteral("HOST_KEY_SHA256")));
        error = session.authenticateWithKey(m_ed25519);
        QVERIFY2(error.ok(), qPrintable(error.message + u' ' + error.detail));
        QVERIFY(session.isAuthenticated());
        const SshExecResult result = session.exec("true");
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(session.sendKeepalive().ok());
    }

    void manyCommandsOnOneSession()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        for (int i = 0; i < 20; ++i) {
            QByteArray out;
            SshExecOptions options;
            options.onStdout = [&out](QByteArrayView data) { out.append(data); };
            const SshExecResult result = session.exec("echo " + QByteArray::number(i), options);
            QVERIFY(result.ok());
            QCOMPARE(out, QByteArray::number(i) + '\n');
        }
    }

    void firstContactShowsTheKey()
    {
        SshSession session;
        const SshError error = session.connect(endpointOf(*m_sshd), HostKeyPolicy::askFirst());
        QCOMPARE(error.kind, SshErrorKind::HostKeyUnknown);
        QCOMPARE(error.hostKey, m_hostKey);
        QCOMPARE(error.hostKey.fingerprintSha256(), m_sshd->value(QStringLiteral("HOST_KEY_SHA256")));
        QVERIFY(error.message.contains(m_sshd->value(QStringLiteral("HOST_KEY_SHA256"))));
        QVERIFY(error.message.contains(QStringLiteral("ssh-ed25519")));
        QVERIFY(!session.isConnected());
    }

    void expectedFingerprint()
    {
        SshSession session;
        const QString fingerprint = m_sshd->value(QStringLiteral("HOST_KEY_SHA256"));
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::expectFingerprint(fingerprint)).ok());
        QCOMPARE(session.hostKey(), m_hostKey);
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());

        SshSession wrong;
        const SshError error = wrong.connect(
            endpointOf(*m_sshd), HostKeyPolicy::expectFingerprint(SshKey::generate().fingerprintSha256()));
        QCOMPARE(error.kind, SshErrorKind::HostKeyChanged);
        QCOMPARE(error.hostKey, m_hostKey);
        QVERIFY(!wrong.isConnected());
    }

    void acceptNewReportsTheKey()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::acceptNew()).ok());
        QCOMPARE(session.hostKey(), m_hostKey);
    }

    // "Restart with another host key": the address is the same, the key is not.
    void changedHostKeyIsAHardStop_data()
    {
        QTest::addColumn<QString>("hostKeyType");
        QTest::addRow("another ed25519 key") << QStringLiteral("ed25519");
        QTest::addRow("another key type") << QStringLiteral("ecdsa");
    }

    void changedHostKeyIsAHardStop()
    {
        QFETCH(QString, hostKeyType);
        auto other
            = PeerFixture::start(QStringLiteral("sshd"), { QStringLiteral("--host-key-type"), hostKeyType });
        if (!other)
            QFAIL(qPrintable(PeerFixture::lastError()));
        QVERIFY(appendLine(other->value(QStringLiteral("AUTHORIZED_KEYS")), m_ed25519.authorizedKeysLine()));
        SshSession session;
        const SshError error = session.connect(endpointOf(*other), HostKeyPolicy::pinned(m_hostKey));
        QCOMPARE(error.kind, SshErrorKind::HostKeyChanged);
        QCOMPARE(error.hostKey, fixtureHostKey(*other));
        QVERIFY(error.message.contains(QStringLiteral("intercepting")));
        QVERIFY(!session.isConnected());
        // Nothing goes on after a refused key.
        QCOMPARE(session.authenticateWithKey(m_ed25519).kind, SshErrorKind::ProtocolError);
        QVERIFY(!session.isAuthenticated());
    }

    // The server offers ECDSA and Ed25519 host keys; Cairn asks for Ed25519 first.
    void ed25519HostKeyPreferred()
    {
        QTemporaryDir dir;
        const QString ecdsa = dir.filePath(QStringLiteral("ssh_host_ecdsa_key"));
        QCOMPARE(runProcess(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ecdsa"),
                         QStringLiteral("-N"), QString(), QStringLiteral("-f"), ecdsa })
                     .exitCode,
            0);
        auto both = PeerFixture::start(
            QStringLiteral("sshd"), { QStringLiteral("--config"), QStringLiteral("HostKey ") + ecdsa });
        if (!both)
            QFAIL(qPrintable(PeerFixture::lastError()));
        SshSession session;
        QVERIFY(session.connect(endpointOf(*both), HostKeyPolicy::acceptNew()).ok());
        QCOMPARE(session.hostKey().type(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(session.hostKey(), fixtureHostKey(*both));
    }

    void rsaKeyRefusedByDefaultSshd()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        const SshError error = session.authenticateWithKey(m_rsa);
        QCOMPARE(error.kind, SshErrorKind::AuthenticationRefused);
        QVERIFY2(error.message.contains(QStringLiteral("SHA-1")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("OpenSSH 8.8")));
        QVERIFY(error.message.contains(QStringLiteral("Ed25519")));
        QVERIFY(!session.isAuthenticated());
        // The refusal is the server's: its log names the SHA-1 algorithm it would not take.
        QTRY_VERIFY(readFile(m_sshd->dir() + QStringLiteral("/sshd.log"))
                        .contains("signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms"));
    }

    void rsaKeyAcceptedWhenServerAllowsSshRsa()
    {
        auto legacy = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--config"), QStringLiteral("PubkeyAcceptedAlgorithms +ssh-rsa") });
        if (!legacy)
            QFAIL(qPrintable(PeerFixture::lastError()));
        QVERIFY(appendLine(legacy->value(QStringLiteral("AUTHORIZED_KEYS")), m_rsa.authorizedKeysLine()));
        SshSession session;
        QVERIFY(session.connect(endpointOf(*legacy), HostKeyPolicy::pinned(fixtureHostKey(*legacy))).ok());
        const SshError error = session.authenticateWithKey(m_rsa);
        QVERIFY2(error.ok(), qPrintable(error.message + u' ' + error.detail));
        QVERIFY(session.exec("true").ok());
    }

    void keyNotInstalledIsRefused()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        const SshKey stranger = SshKey::generate();
        const SshError error = session.authenticateWithKey(stranger);
        QCOMPARE(error.kind, SshErrorKind::AuthenticationRefused);
        QVERIFY(error.message.contains(QStringLiteral("authorized_keys")));
        QVERIFY(error.message.contains(stranger.fingerprintSha256()));
    }

    void connectionFailures_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<SshErrorKind>("kind");
        QTest::addRow("wrong port") << QStringLiteral("127.0.0.1") << closedPort()
                                    << SshErrorKind::ConnectionRefused;
        QTest::addRow("wrong port by name")
            << QStringLiteral("localhost") << closedPort() << SshErrorKind::ConnectionRefused;
        QTest::addRow("unknown host name")
            << QStringLiteral("no-such-host.cairn-test.invalid") << 22 << SshErrorKind::NameNotFound;
    }

    void connectionFailures()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(SshErrorKind, kind);
        SshSession session;
        const SshError error
            = session.connect({ host, port, QStringLiteral("root") }, HostKeyPolicy::askFirst(), 5s);
        QCOMPARE(error.kind, kind);
        QVERIFY(error.message.contains(host));
        QVERIFY(!session.isConnected());
    }

    // A port that accepts TCP but never says a word: the connect deadline ends it.
    void silentPortTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SshSession session;
        const SshError error
            = session.connect({ QStringLiteral("127.0.0.1"), silent.serverPort(), QStringLiteral("root") },
                HostKeyPolicy::askFirst(), 1500ms);
        QCOMPARE(error.kind, SshErrorKind::TimedOut);
        QVERIFY(error.message.contains(QString::number(silent.serverPort())));
    }

    // A port that answers, but not in SSH (a web server on the wrong port).
    void nonSshPortIsAProtocolError()
    {
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost));
        connect(&web, &QTcpServer::newConnection, &web, [&web] {
            while (QTcpSocket *socket = web.nextPendingConnection()) {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
        std::atomic_bool done = false;
        SshError error;
        std::thread worker([&] {
            SshSession session;
            error = session.connect({ QStringLiteral("127.0.0.1"), web.serverPort(), QStringLiteral("root") },
                HostKeyPolicy::askFirst(), 10s);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        worker.join();
        QCOMPARE(error.kind, SshErrorKind::ProtocolError);
    }

    void cancelDuringConnect()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        std::atomic_bool cancel = false;
        std::atomic_bool done = false;
        SshError error;
        std::thread worker([&] {
            SshSession session(&cancel);
            error = session.connect(
                { QStringLiteral("127.0.0.1"), silent.serverPort(), QStringLiteral("root") },
                HostKeyPolicy::askFirst(), 120s);
            done = true;
        });
        QTest::qWait(300);
        QVERIFY(!done);
        cancel = true;
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        worker.join();
        QCOMPARE(error.kind, SshErrorKind::Cancelled);
    }

    void cancelledBeforeStart()
    {
        std::atomic_bool cancel = true;
        SshSession session(&cancel);
        QCOMPARE(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).kind,
            SshErrorKind::Cancelled);
    }

    // Hostile input never reaches the network: the listening server sees no connection.
    void hostileInputRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addRow("user with semicolon")
            << QStringLiteral("127.0.0.1") << 0 << QStringLiteral("root;reboot");
        QTest::addRow("user with newline") << QStringLiteral("127.0.0.1") << 0 << QStringLiteral("root\nx");
        QTest::addRow("user option") << QStringLiteral("127.0.0.1") << 0
                                     << QStringLiteral("-oProxyCommand=x");
        QTest::addRow("empty user") << QStringLiteral("127.0.0.1") << 0 << QString();
        QTest::addRow("host option") << QStringLiteral("-oProxyCommand=x") << 0 << QStringLiteral("root");
        QTest::addRow("empty host") << QString() << 0 << QStringLiteral("root");
        QTest::addRow("host with space") << QStringLiteral("127.0.0.1 x") << 0 << QStringLiteral("root");
        QTest::addRow("port 0") << QStringLiteral("127.0.0.1") << -1 << QStringLiteral("root");
        QTest::addRow("port 65536") << QStringLiteral("127.0.0.1") << 65536 << QStringLiteral("root");
    }

    void hostileInputRefusedBeforeConnecting()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        if (port == 0)
            port = listener.serverPort();
        else if (port == -1)
            port = 0;
        SshSession session;
        const SshError error = session.connect({ host, port, user }, HostKeyPolicy::acceptNew());
        QCOMPARE(error.kind, SshErrorKind::InvalidInput);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!listener.waitForNewConnection(200));
    }

    void execStreamsLargeOutput()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        QCryptographicHash outHash(QCryptographicHash::Sha256);
        qint64 chunks = 0;
        QByteArray err;
        SshExecOptions options;
        options.onStdout = [&](QByteArrayView data) {
            outHash.addData(data);
            ++chunks;
        };
        options.onStderr = [&err](QByteArrayView data) { err.append(data); };
        // 6.9 MB on stdout while stderr gets lines too; both must arrive complete.
        const SshExecResult result = session.exec("seq 1 1000000; seq 1 50000 >&2; echo done >&2", options);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QByteArray expected;
        for (int i = 1; i <= 1000000; ++i)
            expected += QByteArray::number(i) + '\n';
        QCOMPARE(result.stdoutBytes, expected.size());
        QCOMPARE(outHash.result(), QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
        QVERIFY(chunks > 1);
        QVERIFY(err.endsWith("49999\n50000\ndone\n"));
        QCOMPARE(result.stderrBytes, err.size());
        QCOMPARE(result.stderrTail, err.right(SshChannel::kStderrTailBytes));
    }

    void execSendsStdin()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        QByteArray input(10 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(input.data()), input.size() / 4);
        QByteArray out;
        SshExecOptions options;
        options.stdinData = input;
        options.onStdout = [&out](QByteArrayView data) { out.append(data); };
        const SshExecResult result = session.exec("sha256sum", options);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(out.left(64), QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    }

    // Request and answer on one channel, the shape of the backup protocol (NEED n / URL).
    void interactiveChannel()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        SshError error;
        std::unique_ptr<SshChannel> channel = session.openExec(
            "for i in 1 2 3; do echo \"NEED $i\"; IFS= read -r answer; echo \"GOT $answer\" >&2; done",
            error);
        QVERIFY2(channel, qPrintable(error.message));
        QByteArray pending;
        QByteArray transcript;
        channel->setStdoutHandler([&](QByteArrayView data) {
            pending.append(data);
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("NEED "))
                    channel->writeStdin("secret-" + line.mid(5) + '\n');
            }
        });
        channel->setStderrHandler([&](QByteArrayView data) { transcript.append(data); });
        const SshExecResult result = channel->run(30s);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(transcript, QByteArray("GOT secret-1\nGOT secret-2\nGOT secret-3\n"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("signal");
        QTest::addRow("exit 0") << QByteArray("exit 0") << 0 << QString();
        QTest::addRow("exit 1") << QByteArray("exit 1") << 1 << QString();
        QTest::addRow("exit 42") << QByteArray("echo oops >&2; exit 42") << 42 << QString();
        QTest::addRow("exit 255") << QByteArray("exit 255") << 255 << QString();
        QTest::addRow("command not found") << QByteArray("cairn-no-such-command") << 127 << QString();
        QTest::addRow("killed by TERM") << QByteArray("kill -TERM $$") << -1 << QStringLiteral("TERM");
        QTest::addRow("killed by KILL")
            << QByteArray("echo dying >&2; kill -KILL $$") << -1 << QStringLiteral("KILL");
    }

    void exitCodes()
    {
        QFETCH(QByteArray, command);
        QFETCH(int, exitCode);
        QFETCH(QString, signal);
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        const SshExecResult result = session.exec(command);
        QVERIFY(result.finished);
        QCOMPARE(result.exitSignal, signal);
        if (signal.isEmpty())
            QCOMPARE(result.exitCode, exitCode);
        if (exitCode == 0 && signal.isEmpty()) {
            QVERIFY(result.ok());
            return;
        }
        QCOMPARE(result.error.kind, SshErrorKind::CommandFailed);
        QVERIFY(result.error.message.contains(signal.isEmpty() ? QString::number(exitCode) : signal));
        if (command.contains("oops"))
            QVERIFY(result.error.message.endsWith(QStringLiteral(": oops")));
    }

    // stderr is untrusted: the message shows it escaped and cut, never raw.
    void hostileStderrIsEscaped()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        const SshExecResult result = session.exec("head -c 100000 /dev/zero | tr '\\0' x >&2; printf "
                                                  "'evil\\033[2J\\342\\200\\256name\\377\\n' >&2; exit 2");
        QCOMPARE(result.error.kind, SshErrorKind::CommandFailed);
        QCOMPARE(result.stderrTail.size(), SshChannel::kStderrTailBytes);
        QCOMPARE(result.stderrBytes, 100000 + 17);
        const QString message = result.error.message;
        QVERIFY(message.size() < 600);
        QVERIFY2(message.endsWith(QStringLiteral("evil\\x1b[2J\\u{202e}name\\xff")), qPrintable(message));
        QVERIFY(!message.contains(QChar(0x1b)));
        QVERIFY(!message.contains(QChar(0x202e)));
    }

    void commandDeadline()
    {
        SshSession session;
        QVERIFY(session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok());
        QVERIFY(session.authenticateWithKey(m_ed25519).ok());
        SshExecOptions options;
        options.timeout = 1s;
        const SshExecResult result = session.exec("sleep 60", options);
        QCOMPARE(result.error.kind, SshErrorKind::TimedOut);
        QVERIFY(!result.finished);
    }

    void cancelDuringCommand()
    {
        std::atomic_bool cancel = false;
        std::atomic_bool done = false;
        SshExecResult result;
        std::thread worker([&] {
            SshSession session(&cancel);
            if (session.connect(endpointOf(*m_sshd), HostKeyPolicy::pinned(m_hostKey)).ok()
                && session.authenticateWithKey(m_ed25519).ok())
                result = session.exec("echo started; sleep 60");
            done = true;
        });
        QTest::qWait(1000);
        cancel = true;
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        worker.join();
        QCOMPARE(result.error.kind, SshErrorKind::Cancelled);
    }

private:
    std::unique_ptr<PeerFixture> m_sshd;
    SshKey m_ed25519;
    SshKey m_rsa;
    SshHostKey m_hostKey;
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
