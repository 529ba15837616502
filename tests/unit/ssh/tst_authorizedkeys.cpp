// The authorized_keys scripts, run by a local bash with HOME pointing at a temporary folder: the
// same bytes sshd would run, without a server. The integration test covers the SSH round trip.
#include "SshTestSupport.h"
#include "ssh/AuthorizedKeys.h"
#include "ssh/SshKey.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using cairn::AuthorizedKeys;
using cairn::SshKey;
using namespace cairn::test;

namespace {

// Runs one of the exec commands the way sshd does: the login shell gets it with -c.
ProcessResult runRemote(const QByteArray &command, const QString &home, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("sh"), { QStringLiteral("-c"), QString::fromUtf8(command) });
    ProcessResult result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray installInput(const SshKey &key)
{
    return key.publicKeyBlob().toBase64() + '\n' + AuthorizedKeys::restrictedLine(key).toUtf8() + '\n';
}

} // namespace

class TestAuthorizedKeys final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_file = m_home->filePath(QStringLiteral(".ssh/authorized_keys"));
    }

    void scriptsAvoidBackslashes()
    {
        // Some login shells (fish) treat backslashes inside single quotes differently; the only ones
        // allowed are those of shellQuote's '\'' (outside quotes, where every shell agrees).
        for (QByteArray command : { AuthorizedKeys::installCommand(), AuthorizedKeys::removeCommand() }) {
            command.replace("'\\''", "");
            QVERIFY2(!command.contains('\\'), command.constData());
        }
    }

    void restrictedLineFormat()
    {
        const SshKey key = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("cairn@laptop"));
        QCOMPARE(AuthorizedKeys::restrictedLine(key), QStringLiteral("restrict ") + key.authorizedKeysLine());
        QVERIFY(AuthorizedKeys::restrictedLine(SshKey()).isEmpty());
    }

    void installCreatesPrivateFileOnce()
    {
        const SshKey key = SshKey::generate(SshKey::Type::Ed25519, QStringLiteral("it's $(id) `x`"));
        ProcessResult r = runRemote(AuthorizedKeys::installCommand(), m_home->path(), installInput(key));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("added\n"));
        const QByteArray expected = AuthorizedKeys::restrictedLine(key).toUtf8() + '\n';
        QCOMPARE(readFile(m_file), expected);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(m_file).permissions() & others, QFileDevice::Permissions());
        const QFileInfo dir(m_home->filePath(QStringLiteral(".ssh")));
        QVERIFY(!(dir.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));

        r = runRemote(AuthorizedKeys::installCommand(), m_home->path(), installInput(key));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("present\n"));
        QCOMPARE(readFile(m_file), expected);
    }

    void installKeepsOtherLinesAndAddsNewline()
    {
        const SshKey other = SshKey::generate();
        const SshKey key = SshKey::generate();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".ssh")));
        const QByteArray existing
            = "# admin keys\n" + other.authorizedKeysLine().toUtf8(); // no final newline
        QVERIFY(writePrivateFile(m_file, existing));
        const ProcessResult r
            = runRemote(AuthorizedKeys::installCommand(), m_home->path(), installInput(key));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(m_file), existing + '\n' + AuthorizedKeys::restrictedLine(key).toUtf8() + '\n');
    }

    void keyListedWithOtherOptionsIsPresent()
    {
        const SshKey key = SshKey::generate();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".ssh")));
        const QByteArray existing = "from=\"10.0.0.1\" " + key.authorizedKeysLine().toUtf8() + '\n';
        QVERIFY(writePrivateFile(m_file, existing));
        const ProcessResult r
            = runRemote(AuthorizedKeys::installCommand(), m_home->path(), installInput(key));
        QCOMPARE(r.out, QByteArray("present\n"));
        QCOMPARE(readFile(m_file), existing);
    }

    void hostileInputRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("command substitution") << QByteArray("$(touch pwned)\nrestrict x\n");
        QTest::addRow("spaces") << QByteArray("AAAA BBBB\nline\n");
        QTest::addRow("option injection") << QByteArray("-e\nline\n");
    }

    void hostileInputRefused()
    {
        QFETCH(QByteArray, input);
        for (const QByteArray &command :
            { AuthorizedKeys::installCommand(), AuthorizedKeys::removeCommand() }) {
            const ProcessResult r = runRemote(command, m_home->path(), input);
            QCOMPARE(r.exitCode, 64);
            QVERIFY(!QFile::exists(m_file));
            QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("pwned"))));
        }
    }

    void installRefusesLineWithoutRestrict()
    {
        const SshKey key = SshKey::generate();
        const QByteArray input
            = key.publicKeyBlob().toBase64() + '\n' + key.authorizedKeysLine().toUtf8() + '\n';
        const ProcessResult r = runRemote(AuthorizedKeys::installCommand(), m_home->path(), input);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(!QFile::exists(m_file));
    }

    void removeDropsOnlyThatKey()
    {
        const SshKey keep = SshKey::generate();
        const SshKey drop = SshKey::generate();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".ssh")));
        const QByteArray keepLines = "# comment\n" + keep.authorizedKeysLine().toUtf8() + "\n\n";
        QVERIFY(writePrivateFile(m_file,
            AuthorizedKeys::restrictedLine(drop).toUtf8() + '\n' + keepLines
                + drop.authorizedKeysLine().toUtf8() + '\n'));
        const QByteArray input = drop.publicKeyBlob().toBase64() + '\n';
        ProcessResult r = runRemote(AuthorizedKeys::removeCommand(), m_home->path(), input);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("removed\n"));
        QCOMPARE(readFile(m_file), keepLines);
        // Mode survives the rewrite, and no temporary file is left behind.
        QCOMPARE(QFileInfo(m_file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QCOMPARE(QDir(m_home->filePath(QStringLiteral(".ssh"))).entryList(QDir::Files).size(), 1);

        r = runRemote(AuthorizedKeys::removeCommand(), m_home->path(), input);
        QCOMPARE(r.out, QByteArray("absent\n"));
        QCOMPARE(readFile(m_file), keepLines);
    }

    void removeWithoutFile()
    {
        const ProcessResult r = runRemote(AuthorizedKeys::removeCommand(), m_home->path(),
            SshKey::generate().publicKeyBlob().toBase64() + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("absent\n"));
        QVERIFY(!QFile::exists(m_file));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestAuthorizedKeys)
#include "tst_authorizedkeys.moc"
