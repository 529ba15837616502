// Host key pinning: only an exact match is trusted; fingerprints are compared in ssh-keygen's form.
#include "SshTestSupport.h"
#include "ssh/HostKeyPolicy.h"
#include "ssh/SshFingerprint.h"
#include "ssh/SshKey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

Q_DECLARE_METATYPE(HostKeyPolicy::Verdict)

class TestHostKeyPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_key = SshHostKey::fromBlob(SshKey::generate().publicKeyBlob());
        m_other = SshHostKey::fromBlob(SshKey::generate().publicKeyBlob());
        QVERIFY(!m_key.isNull());
        QVERIFY(m_key != m_other);
    }

    void hostKeyParsing()
    {
        QCOMPARE(m_key.type(), QStringLiteral("ssh-ed25519"));
        const SshHostKey again
            = SshHostKey::fromOpenSshLine(m_key.toOpenSshLine().toLatin1() + " a comment\n");
        QCOMPARE(again, m_key);
        QVERIFY(SshHostKey::fromBlob(QByteArray()).isNull());
        QVERIFY(SshHostKey::fromBlob(QByteArray("\x00\x00\x00\x05ssh-r", 9)).isNull());
        QVERIFY(SshHostKey::fromBlob(QByteArray("\xff\xff\xff\xff", 4)).isNull());
        // The type named on the line must be the type inside the blob.
        const QByteArray lying = "ssh-rsa " + m_key.blob().toBase64();
        QVERIFY(SshHostKey::fromOpenSshLine(lying).isNull());
        QVERIFY(SshHostKey::fromOpenSshLine("ssh-ed25519 not*base64").isNull());
    }

    void fingerprintMatchesSshKeygen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("host.pub"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_key.toOpenSshLine().toLatin1() + '\n');
        file.close();
        const ProcessResult r
            = runProcess(QStringLiteral("ssh-keygen"), { QStringLiteral("-l"), QStringLiteral("-f"), path });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromLatin1(r.out.split(' ').value(1)), m_key.fingerprintSha256());
    }

    void normalizeFingerprint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        const QString fp = sshFingerprintSha256("any blob");
        const QString bare = fp.mid(7);
        QTest::addRow("canonical") << fp << true;
        QTest::addRow("no prefix") << bare << true;
        QTest::addRow("lower-case prefix") << QStringLiteral("sha256:") + bare << true;
        QTest::addRow("padding") << fp + QLatin1Char('=') << true;
        QTest::addRow("spaces around") << QStringLiteral("  ") + fp + QStringLiteral("\n") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("too short") << fp.chopped(1) << false;
        QTest::addRow("too long") << fp + QLatin1Char('A') << false;
        QTest::addRow("md5") << QStringLiteral("MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48")
                             << false;
        QTest::addRow("bad char") << fp.left(20) + QLatin1Char('$') + fp.mid(21) << false;
        QTest::addRow("space inside") << fp.left(20) + QLatin1Char(' ') + fp.mid(21) << false;
    }

    void normalizeFingerprint()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const QString normalized = normalizeSshFingerprint(input);
        QCOMPARE(!normalized.isEmpty(), valid);
        if (valid)
            QCOMPARE(normalized, sshFingerprintSha256("any blob"));
    }

    void verdicts()
    {
        using V = HostKeyPolicy::Verdict;
        QCOMPARE(HostKeyPolicy::askFirst().check(m_key), V::Unknown);
        QCOMPARE(HostKeyPolicy::acceptNew().check(m_key), V::Trusted);
        QCOMPARE(HostKeyPolicy::pinned(m_key).check(m_key), V::Trusted);
        QCOMPARE(HostKeyPolicy::pinned(m_key).check(m_other), V::Changed);
        QCOMPARE(HostKeyPolicy::pinned(SshHostKey()).check(m_key), V::Changed);
        QCOMPARE(HostKeyPolicy::pinned(m_key).check(SshHostKey()), V::Changed);
        QCOMPARE(HostKeyPolicy::expectFingerprint(m_key.fingerprintSha256()).check(m_key), V::Trusted);
        QCOMPARE(HostKeyPolicy::expectFingerprint(m_key.fingerprintSha256().mid(7)).check(m_key), V::Trusted);
        QCOMPARE(HostKeyPolicy::expectFingerprint(m_key.fingerprintSha256()).check(m_other),
            V::FingerprintMismatch);
        QCOMPARE(
            HostKeyPolicy::expectFingerprint(QStringLiteral("garbage")).check(m_key), V::FingerprintMismatch);
        QCOMPARE(HostKeyPolicy::expectFingerprint(QString()).check(m_key), V::FingerprintMismatch);
    }

private:
    SshHostKey m_key;
    SshHostKey m_other;
};

QTEST_GUILESS_MAIN(TestHostKeyPolicy)
#include "tst_hostkeypolicy.moc"
