// The preflight probe over SSH against the sshd fixture. The fixture runs on this machine, so what
// the probe reports must equal what the same tools say when asked locally.
#include "PeerFixture.h"
#include "SshTestSupport.h"
#include "ssh/PreflightProbe.h"
#include "ssh/SshKey.h"
#include "ssh/SshLibrary.h"
#include "ssh/SshSession.h"

#include <QTest>

using namespace cairn;
using namespace cairn::test;
using Status = PreflightCheck::Status;

namespace {

QByteArray firstLine(const ProcessResult &r)
{
    return r.out.split('\n').first().trimmed();
}

QByteArray localShell(const QString &script)
{
    return firstLine(runProcess(QStringLiteral("bash"), { QStringLiteral("-c"), script }));
}

} // namespace

class TestPreflight final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(SshLibrary::initialize());
        m_sshd = PeerFixture::start(QStringLiteral("sshd"),
            { QStringLiteral("--password-user"), QStringLiteral("cairn-ssh-preflight") });
        if (!m_sshd)
            QFAIL(qPrintable(PeerFixture::lastError()));
        m_key = SshKey::generate();
        QFile authorized(m_sshd->value(QStringLiteral("AUTHORIZED_KEYS")));
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(m_key.authorizedKeysLine().toUtf8() + '\n');
    }

    void probeAsRoot()
    {
        SshSession session;
        const SshHostKey hostKey
            = SshHostKey::fromOpenSshLine(readFile(m_sshd->value(QStringLiteral("HOST_KEY_PUB"))));
        QVERIFY(session
                    .connect({ m_sshd->value(QStringLiteral("HOST")),
                                 m_sshd->value(QStringLiteral("PORT")).toInt(),
                                 m_sshd->value(QStringLiteral("USER")) },
                        HostKeyPolicy::pinned(hostKey))
                    .ok());
        QVERIFY(session.authenticateWithKey(m_key).ok());
        SshError error;
        const PreflightReport report = PreflightProbe::run(session, error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(report.isComplete());

        // Every tool Cairn needs is installed on this machine (and in CI), so the host passes.
        QVERIFY(report.passed());
        for (const char *id : { "bash", "tar", "tar-features", "curl", "compression", "sha256sum", "mktemp",
                 "temp-space", "mysqldump", "pg_dump", "sudo" }) {
            const PreflightCheck *check = report.check(QLatin1String(id));
            QVERIFY2(check, id);
            QVERIFY2(check->status == Status::Ok, qPrintable(QLatin1String(id) + u' ' + check->found));
        }

        QCOMPARE(report.value(QStringLiteral("os_name")),
            QString::fromUtf8(localShell(QStringLiteral(". /etc/os-release; printf %s \"$PRETTY_NAME\""))));
        QCOMPARE(report.value(QStringLiteral("bash")),
            QString::fromUtf8(localShell(QStringLiteral("printf %s \"$BASH_VERSION\""))));
        QCOMPARE(report.value(QStringLiteral("tar")),
            QString::fromUtf8(localShell(QStringLiteral("tar --version"))));
        QCOMPARE(report.value(QStringLiteral("curl")),
            QString::fromUtf8(localShell(QStringLiteral("curl --version | awk '{print $2; exit}'"))));
        QVERIFY(report.check(QStringLiteral("compression"))->found.startsWith(QStringLiteral("zstd ")));
        QVERIFY(localShell(QStringLiteral("zstd --version"))
                    .contains(report.value(QStringLiteral("zstd")).toUtf8()));
        QCOMPARE(report.value(QStringLiteral("pg_dump")),
            QString::fromUtf8(localShell(QStringLiteral("pg_dump --version"))));
        QCOMPARE(report.value(QStringLiteral("mariadb-dump")),
            QString::fromUtf8(localShell(QStringLiteral("mariadb-dump --version"))));
        QCOMPARE(report.value(QStringLiteral("user")), m_sshd->value(QStringLiteral("USER")));
        QCOMPARE(report.value(QStringLiteral("sudo")), QStringLiteral("root"));

        // Free space moves while other tests run; the same file system within 10 % is the same answer.
        const qint64 localKib
            = localShell(QStringLiteral("df -Pk /tmp | awk 'NR == 2 {print $4}'")).toLongLong();
        QVERIFY(localKib > 0);
        QVERIFY(qAbs(report.tempFreeBytes() / 1024 - localKib) <= localKib / 10);

        // A host that cannot hold the parts in flight fails the check, with a fix.
        SshError again;
        const PreflightReport tight = PreflightProbe::run(session, again, report.tempFreeBytes() * 2);
        QVERIFY(again.ok());
        QCOMPARE(tight.check(QStringLiteral("temp-space"))->status, Status::Missing);
        QVERIFY(!tight.passed());
        QVERIFY(tight.check(QStringLiteral("temp-space"))->fixHint.contains(QStringLiteral("TMPDIR")));
    }

    // An ordinary user: no root, and sudo (absent on this machine, or asking for a password) is
    // reported for information only.
    void probeAsOrdinaryUser()
    {
        SshSession session;
        const SshHostKey hostKey
            = SshHostKey::fromOpenSshLine(readFile(m_sshd->value(QStringLiteral("HOST_KEY_PUB"))));
        QVERIFY(session
                    .connect({ m_sshd->value(QStringLiteral("HOST")),
                                 m_sshd->value(QStringLiteral("PORT")).toInt(),
                                 m_sshd->value(QStringLiteral("PASSWORD_USER")) },
                        HostKeyPolicy::pinned(hostKey))
                    .ok());
        QVERIFY(
            session.authenticateWithPassword(SecureBytes(m_sshd->value(QStringLiteral("PASSWORD")).toUtf8()))
                .ok());
        SshError error;
        const PreflightReport report = PreflightProbe::run(session, error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(report.passed());
        QCOMPARE(report.value(QStringLiteral("user")), QStringLiteral("cairn-ssh-preflight"));
        const PreflightCheck *sudo = report.check(QStringLiteral("sudo"));
        QVERIFY(sudo);
        QCOMPARE(sudo->status, Status::Info);
        const bool hasSudo
            = runProcess(QStringLiteral("bash"), { QStringLiteral("-c"), QStringLiteral("command -v sudo") })
                  .exitCode
            == 0;
        QCOMPARE(report.value(QStringLiteral("sudo")),
            hasSudo ? QStringLiteral("password") : QStringLiteral("missing"));
        QVERIFY(!sudo->fixHint.isEmpty());
    }

private:
    std::unique_ptr<PeerFixture> m_sshd;
    SshKey m_key;
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
