// shellQuote: every value, however hostile, reaches the program as exactly the same bytes, checked by
// letting real shells (bash and dash) parse the quoted text.
#include "SshTestSupport.h"
#include "ssh/ShellQuote.h"

#include <QStringDecoder>
#include <QTest>

using namespace cairn::test;

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

} // namespace

class TestShellQuote final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("plain") << QByteArray("backup");
        QTest::addRow("spaces") << QByteArray("two  words ");
        QTest::addRow("leading space") << QByteArray(" lead");
        QTest::addRow("tab") << QByteArray("a\tb");
        QTest::addRow("newline") << QByteArray("line1\nline2\n");
        QTest::addRow("crlf") << QByteArray("a\r\nb");
        QTest::addRow("single quote") << QByteArray("it's");
        QTest::addRow("only quotes") << QByteArray("'''");
        QTest::addRow("quote escape lookalike") << QByteArray("'\\''");
        QTest::addRow("double quotes") << QByteArray("say \"hi\"");
        QTest::addRow("command substitution") << QByteArray("$(touch /tmp/cairn-pwned)");
        QTest::addRow("backticks") << QByteArray("`touch /tmp/cairn-pwned`");
        QTest::addRow("variables") << QByteArray("$HOME ${PATH} $1 $@ $$");
        QTest::addRow("arithmetic") << QByteArray("$((1+1))");
        QTest::addRow("backslashes") << QByteArray("a\\b\\\\c\\n\\");
        QTest::addRow("history bang") << QByteArray("!! !-1 !foo");
        QTest::addRow("globs") << QByteArray("* ? [a-z] {a,b} ~ ~root");
        QTest::addRow("leading dash") << QByteArray("-rf");
        QTest::addRow("double dash") << QByteArray("--");
        QTest::addRow("dash n") << QByteArray("-n");
        QTest::addRow("separators") << QByteArray("; rm -rf / ; | & && || > < >> 2>&1 #comment");
        QTest::addRow("ansi-c lookalike") << QByteArray("$'\\x41'");
        QTest::addRow("utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f\x65 \xe2\x9c\x93 \xf0\x9f\x98\x80");
        QTest::addRow("bidi override") << QByteArray("file\xe2\x80\xaegpj.sh");
        QTest::addRow("non-utf-8 bytes") << QByteArray("\xff\xfe\x80\xc3\x28 latin1 \xe9");
        QByteArray controls;
        for (int c = 1; c < 32; ++c)
            controls.append(static_cast<char>(c));
        controls.append('\x7f');
        QTest::addRow("control bytes") << controls;
        QByteArray all;
        for (int c = 1; c < 256; ++c)
            all.append(static_cast<char>(c));
        QTest::addRow("every byte but nul") << all;
        QTest::addRow("long") << QByteArray(20000, '\'') + QByteArray(20000, 'x');
    }

    void roundTrip()
    {
        QFETCH(QByteArray, value);
        const QByteArray quoted = cairn::shellQuote(QByteArrayView(value));
        QVERIFY(quoted.startsWith('\'') && quoted.endsWith('\''));

        // Script on stdin keeps every byte intact, including non-UTF-8.
        const QByteArray script = "printf %s " + quoted;
        for (const QString &shell : { QStringLiteral("bash"), QStringLiteral("sh") }) {
            const ProcessResult r = runProcess(shell, { QStringLiteral("-s") }, script + '\n');
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.out, value);
        }
        // `bash -c COMMAND` is exactly how sshd runs a command (through execve, so valid UTF-8 only via
        // QProcess).
        if (isValidUtf8(script)) {
            const ProcessResult r
                = runProcess(QStringLiteral("bash"), { QStringLiteral("-c"), QString::fromUtf8(script) });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.out, value);
        }
    }

    void joinKeepsWordsApart()
    {
        const QList<QByteArray> words = { "first word", "", "it's", "$(id)", "-n", "a\nb", "\xff" };
        QByteArray script = "printf '%s\\0' " + cairn::shellJoin(words);
        const ProcessResult r = runProcess(QStringLiteral("bash"), { QStringLiteral("-s") }, script + '\n');
        QCOMPARE(r.exitCode, 0);
        QByteArray expected;
        for (const QByteArray &word : words)
            expected += word + '\0';
        QCOMPARE(r.out, expected);
    }

    void qstringIsUtf8()
    {
        QCOMPARE(cairn::shellQuote(QStringLiteral("\u00e9'")), QByteArray("'\xc3\xa9'\\'''"));
    }

    // sshd passes the command to the shell as a C string: a NUL cuts it inside the open quote, and the
    // shell refuses the whole command instead of running part of it.
    void nulByteFailsClosed()
    {
        const QByteArray quoted = cairn::shellQuote(QByteArrayView("safe\0; touch /tmp/cairn-pwned", 30));
        const QByteArray command = "printf %s " + quoted + "; echo ran";
        QVERIFY(command.contains('\0'));
        // QProcess hands arguments to execve like sshd does, so the NUL truncates the same way.
        const ProcessResult r
            = runProcess(QStringLiteral("bash"), { QStringLiteral("-c"), QString::fromUtf8(command) });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/cairn-pwned")));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
