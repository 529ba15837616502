// RemoteScriptSession against a real sshd, with small bash scripts in place of backup.sh and
// restore.sh (each ends with exit: stdin stays open for STOP and parameters): stdout lines split across
// writes reach the caller parsed, the FAIL line is kept with its detail redacted, stderr is logged line by
// line (redacted, escaped, limited) and its tail kept, a line too long, a host that goes quiet, a cancel
// (STOP, and the script's last word still read), an unreadable key and a changed host key.
#include "PeerFixture.h"
#include "SshTestSupport.h"

#include "backup/RemoteScriptSession.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"

#include <QFile>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

namespace {

const QByteArray kSecret = "s3cr3t-pass";

// What the session told its caller.
struct Heard {
    QList<RemoteMessage> messages;
    QStringList logged;
    QStringList errors;
    int tooLong = 0;
};

} // namespace

class TestRemoteScriptSession final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PeerFixture> m_sshd;
    SshKey m_key;
    SshHostKey m_hostKey;
    SshEndpoint m_endpoint;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_cancelAtMs { 0 };

    std::unique_ptr<RemoteScriptSession> session(Heard &heard, RemoteScriptSession::Limits limits = {})
    {
        if (limits.idleTimeoutMs == 0)
            limits.idleTimeoutMs = 600000;
        if (limits.cancelGraceMs == 0)
            limits.cancelGraceMs = 600000;
        auto made = std::make_unique<RemoteScriptSession>(m_cancel, m_cancelAtMs, limits,
            RemoteScriptSession::Callbacks {
                [&heard](const RemoteMessage &message) { heard.messages << message; },
                [&heard](const QString &line, const QString &kind) {
                    (kind == QLatin1String("error") ? heard.errors : heard.logged) << line;
                },
                [] { return QList<QByteArrayView> { QByteArrayView(kSecret) }; },
                [&heard] { ++heard.tooLong; },
                [](const QString &reason) { return QStringLiteral("KEY: ") + reason; } });
        return made;
    }

    bool connect(RemoteScriptSession &s)
    {
        SecureBytes key = m_key.toOpenSshPrivateKey();
        return s.connect(m_endpoint, m_hostKey, key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(SshLibrary::initialize());
        m_sshd = PeerFixture::start(QStringLiteral("sshd"));
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        m_key = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("cairn-test-session"));
        QFile authorized(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(authorized.open(QIODevice::Append));
        QVERIFY(authorized.write(m_key.authorizedKeysLine().toUtf8() + '\n') > 0);
        authorized.close();
        m_hostKey = SshHostKey::fromOpenSshLine(readFile(m_sshd->value(QStringLiteral("HOST_KEY_PUB"))));
        QVERIFY(!m_hostKey.isNull());
        m_endpoint = { m_sshd->value(QStringLiteral("HOST")), m_sshd->value(QStringLiteral("PORT")).toInt(),
            m_sshd->value(QStringLiteral("USER")) };
    }

    void init()
    {
        m_cancel = false;
        m_cancelAtMs = 0;
    }

    void linesAcrossWritesAndTheFailLine()
    {
        Heard heard;
        auto s = session(heard);
        QVERIFY(connect(*s));
        const auto ran = s->runScript("printf 'INFO first one\\nINFO sec'\n"
                                      "sleep 0.3\n"
                                      "printf 'ond two words\\nNOSUCHWORD x\\n'\n"
                                      "printf 'FAIL dump it broke: %s $(id) \\033[31m\\n' s3cr3t-pass\n"
                                      "printf 'FAIL second ignored\\n'\n"
                                      "printf 'INFO after fail\\n'\n"
                                      "exit 3\n");
        QVERIFY(ran);
        QCOMPARE(ran->exitCode, 3);
        QCOMPARE(heard.messages.size(), 4);
        QCOMPARE(heard.messages.at(0).type, RemoteMessage::Type::Info);
        QCOMPARE(heard.messages.at(0).text, QByteArray("one"));
        QCOMPARE(heard.messages.at(1).token, QByteArray("second"));
        QCOMPARE(heard.messages.at(1).text, QByteArray("two words"));
        QCOMPARE(heard.messages.at(2).type, RemoteMessage::Type::Unknown);
        // FAIL does not stop the script: what it says afterwards is still read.
        QCOMPARE(heard.messages.at(3).token, QByteArray("after"));
        QCOMPARE(s->remoteCode(), QByteArray("dump"));
        const QString detail = s->remoteDetail();
        QVERIFY2(detail.startsWith(QStringLiteral("it broke: [redacted] $(id) ")), qPrintable(detail));
        QVERIFY2(!detail.contains(QChar(0x1b)), qPrintable(detail));
        QVERIFY(s->failure().isEmpty());
        QVERIFY(heard.errors.isEmpty());
    }

    void stderrIsLoggedRedactedAndLimited()
    {
        Heard heard;
        RemoteScriptSession::Limits limits;
        limits.maxLoggedStderrLines = 3;
        auto s = session(heard, limits);
        QVERIFY(connect(*s));
        const auto ran
            = s->runScript("for i in 1 2 3 4 5; do printf 'line %s -x \"q\" s3cr3t-pass\\n' $i >&2; done\n"
                           "printf 'esc \\033[2J bell \\a\\n' >&2\n"
                           "printf 'last s3cr3t-pass' >&2\n"
                           "exit 0\n");
        QVERIFY(ran);
        QVERIFY(ran->ok());
        QCOMPARE(heard.logged,
            QStringList(
                { QStringLiteral("line 1 -x \"q\" [redacted]"), QStringLiteral("line 2 -x \"q\" [redacted]"),
                    QStringLiteral("line 3 -x \"q\" [redacted]") }));
        const QString tail = s->stderrDetail();
        QVERIFY2(tail.contains(QStringLiteral("line 5 -x \"q\" [redacted]")), qPrintable(tail));
        QVERIFY2(tail.endsWith(QStringLiteral("last [redacted]")), qPrintable(tail));
        QVERIFY(!tail.contains(QString::fromLatin1(kSecret)));
        QVERIFY(!tail.contains(QChar(0x1b)) && !tail.contains(QChar(0x07)));
    }

    // A line still without its end after kMaxLineBytes (a complete longer one parses as Invalid).
    void aLineTooLongIsRefused()
    {
        Heard heard;
        auto s = session(heard);
        QVERIFY(connect(*s));
        const auto ran = s->runScript("head -c 5000 /dev/zero | tr '\\0' a\nsleep 0.5\necho\n"
                                      "echo 'INFO ok fine'\nexit 0\n");
        QVERIFY(ran);
        QCOMPARE(heard.tooLong, 1);
        // The rest of the stream is still read line by line.
        QVERIFY(!heard.messages.isEmpty());
        QCOMPARE(heard.messages.last().token, QByteArray("ok"));
    }

    void aQuietHostIsAbandoned()
    {
        Heard heard;
        RemoteScriptSession::Limits limits;
        limits.idleTimeoutMs = 1000;
        auto s = session(heard, limits);
        s->startWatchdog();
        QVERIFY(connect(*s));
        const auto ran = s->runScript("echo 'INFO started x'\nexec sleep 120\n");
        s->stopWatchdog();
        QVERIFY(ran);
        QVERIFY(!ran->ok());
        QVERIFY(s->idleAborted());
        QCOMPARE(heard.messages.size(), 1);
    }

    void cancelSendsStopAndKeepsTheLastWord()
    {
        Heard heard;
        bool cancelled = false;
        // The run is cancelled when the first tick arrives; the next output sends STOP, which the
        // script reads on stdin like backup.sh does; only its FAIL line is read after that.
        auto s = std::make_unique<RemoteScriptSession>(m_cancel, m_cancelAtMs,
            RemoteScriptSession::Limits { 600000, 600000, 100 },
            RemoteScriptSession::Callbacks { [&](const RemoteMessage &message) {
                                                heard.messages << message;
                                                if (!cancelled) {
                                                    cancelled = true;
                                                    m_cancelAtMs = RemoteScriptSession::nowMs();
                                                    m_cancel = true;
                                                }
                                            },
                [&heard](const QString &line, const QString &) { heard.logged << line; },
                [] { return QList<QByteArrayView>(); }, [] {},
                [](const QString &reason) { return reason; } });
        s->startWatchdog();
        QVERIFY(connect(*s));
        const auto ran
            = s->runScript("while :; do\n"
                           "  echo 'INFO tick x'\n"
                           "  if IFS= read -r -t 0.2 word; then\n"
                           "    echo \"INFO heard $word\"; echo \"FAIL cancelled got-$word\"; exit 1\n"
                           "  fi\n"
                           "done\n");
        s->stopWatchdog();
        QVERIFY(ran);
        QCOMPARE(ran->exitCode, 1);
        QCOMPARE(s->remoteCode(), QByteArray("cancelled"));
        QCOMPARE(s->remoteDetail(), QStringLiteral("got-STOP"));
        // Everything after STOP but the FAIL line is dropped.
        for (const RemoteMessage &message : std::as_const(heard.messages))
            QCOMPARE(message.token, QByteArray("tick"));
    }

    void anUnreadableKeyFailsWithTheCallersSentence()
    {
        Heard heard;
        auto s = session(heard);
        SecureBytes key(QByteArrayView("-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n"));
        QVERIFY(!s->connect(m_endpoint, m_hostKey, key));
        QVERIFY(key.isEmpty());
        QVERIFY2(s->failure().startsWith(QStringLiteral("KEY: ")), qPrintable(s->failure()));
        QCOMPARE(heard.errors, QStringList { s->failure() });
    }

    void aChangedHostKeyIsRefused()
    {
        Heard heard;
        auto s = session(heard);
        const SshKey other = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("not the host"));
        SecureBytes key = m_key.toOpenSshPrivateKey();
        QVERIFY(
            !s->connect(m_endpoint, SshHostKey::fromOpenSshLine(other.authorizedKeysLine().toUtf8()), key));
        QVERIFY(!s->failure().isEmpty());
        QCOMPARE(heard.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRemoteScriptSession)
#include "tst_remotescriptsession.moc"
