// Host, port and user checks refuse hostile or malformed input before any connection is made.
#include "ssh/SshInputValidator.h"

#include <QTest>

using cairn::SshInputValidator;

class TestSshInputValidator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("normalized"); // empty: refused

        QTest::addRow("name") << QStringLiteral("db1.example.com") << QStringLiteral("db1.example.com");
        QTest::addRow("upper case") << QStringLiteral("DB1.Example.COM") << QStringLiteral("db1.example.com");
        QTest::addRow("single label") << QStringLiteral("nas") << QStringLiteral("nas");
        QTest::addRow("trailing dot") << QStringLiteral("example.com.") << QStringLiteral("example.com.");
        QTest::addRow("hyphen inside") << QStringLiteral("my-host.lan") << QStringLiteral("my-host.lan");
        QTest::addRow("underscore") << QStringLiteral("old_box.lan") << QStringLiteral("old_box.lan");
        QTest::addRow("digit label") << QStringLiteral("1und1.de") << QStringLiteral("1und1.de");
        QTest::addRow("ipv4") << QStringLiteral("192.168.1.10") << QStringLiteral("192.168.1.10");
        QTest::addRow("ipv4 loopback") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::addRow("ipv6") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1");
        QTest::addRow("ipv6 brackets") << QStringLiteral("[::1]") << QStringLiteral("::1");
        QTest::addRow("ipv6 upper") << QStringLiteral("FE80::1") << QStringLiteral("fe80::1");
        QTest::addRow("idn") << QStringLiteral("b\u00fccher.example")
                             << QStringLiteral("xn--bcher-kva.example");
        QTest::addRow("63 char label") << QString(63, QLatin1Char('a')) + QStringLiteral(".com")
                                       << QString(63, QLatin1Char('a')) + QStringLiteral(".com");

        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("space inside") << QStringLiteral("db1 example.com") << QString();
        QTest::addRow("leading space") << QStringLiteral(" db1") << QString();
        QTest::addRow("trailing newline") << QStringLiteral("db1\n") << QString();
        QTest::addRow("newline inside") << QStringLiteral("db1\nrm -rf") << QString();
        QTest::addRow("tab") << QStringLiteral("db1\t") << QString();
        QTest::addRow("nul") << QString::fromUtf8("db1\0x", 5) << QString();
        QTest::addRow("option injection") << QStringLiteral("-oProxyCommand=touch /tmp/x") << QString();
        QTest::addRow("leading dash") << QStringLiteral("-host") << QString();
        QTest::addRow("semicolon") << QStringLiteral("db1;reboot") << QString();
        QTest::addRow("command substitution") << QStringLiteral("$(reboot)") << QString();
        QTest::addRow("backtick") << QStringLiteral("`id`.example.com") << QString();
        QTest::addRow("pipe") << QStringLiteral("a|b") << QString();
        QTest::addRow("ampersand") << QStringLiteral("a&b") << QString();
        QTest::addRow("quote") << QStringLiteral("db1'") << QString();
        QTest::addRow("user at host") << QStringLiteral("root@db1") << QString();
        QTest::addRow("url") << QStringLiteral("ssh://db1") << QString();
        QTest::addRow("host and port") << QStringLiteral("db1:22") << QString();
        QTest::addRow("slash") << QStringLiteral("db1/x") << QString();
        QTest::addRow("double dot") << QStringLiteral("db1..example.com") << QString();
        QTest::addRow("leading dot") << QStringLiteral(".example.com") << QString();
        QTest::addRow("only dot") << QStringLiteral(".") << QString();
        QTest::addRow("label ends with dash") << QStringLiteral("db1-.example.com") << QString();
        QTest::addRow("64 char label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << QString();
        QTest::addRow("too long") << QString(250, QLatin1Char('a')).replace(50, 1, QLatin1Char('.'))
                + QStringLiteral(".toolong")
                                  << QString();
        QTest::addRow("ipv4 octet 256") << QStringLiteral("192.168.1.256") << QString();
        QTest::addRow("ipv4 short form") << QStringLiteral("127.1") << QString();
        QTest::addRow("ipv4 five parts") << QStringLiteral("1.2.3.4.5") << QString();
        QTest::addRow("ipv4 octal lookalike") << QStringLiteral("0127.0.0.1") << QString();
        QTest::addRow("bare number") << QStringLiteral("3232235777") << QString();
        QTest::addRow("bad ipv6") << QStringLiteral("2001:db8:::1") << QString();
        QTest::addRow("ipv6 zone") << QStringLiteral("fe80::1%eth0") << QString();
        QTest::addRow("non-ascii symbol") << QStringLiteral("db\u2603;x.com") << QString();
        QTest::addRow("bidi override") << QStringLiteral("db1\u202e.com") << QString();
        QTest::addRow("unpaired surrogate") << QString(QChar(0xd800)) + QStringLiteral(".com") << QString();
    }

    void hosts()
    {
        QFETCH(QString, host);
        QFETCH(QString, normalized);
        const QString problem = SshInputValidator::checkHost(host);
        QCOMPARE(SshInputValidator::normalizeHost(host), normalized);
        if (normalized.isEmpty()) {
            QVERIFY(!problem.isEmpty());
            QVERIFY(problem.endsWith(QLatin1Char('.')));
            // The message quotes at most a short prefix of what was typed, never a newline.
            QVERIFY(!problem.contains(QLatin1Char('\n')));
        } else {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void ports_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("port"); // 0: refused
        QTest::addRow("22") << QStringLiteral("22") << 22;
        QTest::addRow("1") << QStringLiteral("1") << 1;
        QTest::addRow("65535") << QStringLiteral("65535") << 65535;
        QTest::addRow("2222") << QStringLiteral("2222") << 2222;
        QTest::addRow("0") << QStringLiteral("0") << 0;
        QTest::addRow("65536") << QStringLiteral("65536") << 0;
        QTest::addRow("99999") << QStringLiteral("99999") << 0;
        QTest::addRow("negative") << QStringLiteral("-22") << 0;
        QTest::addRow("plus") << QStringLiteral("+22") << 0;
        QTest::addRow("leading zero") << QStringLiteral("022") << 0;
        QTest::addRow("hex") << QStringLiteral("0x16") << 0;
        QTest::addRow("space") << QStringLiteral("22 ") << 0;
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("letters") << QStringLiteral("ssh") << 0;
        QTest::addRow("injection") << QStringLiteral("22;id") << 0;
        QTest::addRow("arabic-indic digits") << QStringLiteral("\u0662\u0662") << 0;
        QTest::addRow("huge") << QStringLiteral("100000000000000000000") << 0;
    }

    void ports()
    {
        QFETCH(QString, text);
        QFETCH(int, port);
        const std::optional<int> parsed = SshInputValidator::parsePort(text);
        if (port == 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, port);
        }
    }

    void portRange_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("ok");
        QTest::addRow("0") << 0 << false;
        QTest::addRow("1") << 1 << true;
        QTest::addRow("22") << 22 << true;
        QTest::addRow("65535") << 65535 << true;
        QTest::addRow("65536") << 65536 << false;
        QTest::addRow("-1") << -1 << false;
        QTest::addRow("int min") << std::numeric_limits<int>::min() << false;
    }

    void portRange()
    {
        QFETCH(int, port);
        QFETCH(bool, ok);
        QCOMPARE(SshInputValidator::checkPort(port).isEmpty(), ok);
    }

    void users_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("ok");
        QTest::addRow("root") << QStringLiteral("root") << true;
        QTest::addRow("backup") << QStringLiteral("backup") << true;
        QTest::addRow("dots and dashes") << QStringLiteral("svc.backup-1") << true;
        QTest::addRow("underscore first") << QStringLiteral("_cairn") << true;
        QTest::addRow("digits") << QStringLiteral("user42") << true;
        QTest::addRow("upper case") << QStringLiteral("Admin") << true;
        QTest::addRow("32 chars") << QString(32, QLatin1Char('u')) << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("33 chars") << QString(33, QLatin1Char('u')) << false;
        QTest::addRow("leading dash") << QStringLiteral("-oProxyCommand=x") << false;
        QTest::addRow("space") << QStringLiteral("back up") << false;
        QTest::addRow("newline") << QStringLiteral("root\nid") << false;
        QTest::addRow("trailing newline") << QStringLiteral("root\n") << false;
        QTest::addRow("semicolon") << QStringLiteral("root;id") << false;
        QTest::addRow("dollar") << QStringLiteral("$(id)") << false;
        QTest::addRow("machine account") << QStringLiteral("host$") << false;
        QTest::addRow("backtick") << QStringLiteral("`id`") << false;
        QTest::addRow("quote") << QStringLiteral("o'neil") << false;
        QTest::addRow("at sign") << QStringLiteral("user@domain") << false;
        QTest::addRow("backslash") << QStringLiteral("DOMAIN\\user") << false;
        QTest::addRow("slash") << QStringLiteral("../etc") << false;
        QTest::addRow("dot") << QStringLiteral(".") << false;
        QTest::addRow("dot dot") << QStringLiteral("..") << false;
        QTest::addRow("non-ascii") << QStringLiteral("j\u00fcrgen") << false;
        QTest::addRow("nul") << QString::fromUtf8("root\0x", 6) << false;
    }

    void users()
    {
        QFETCH(QString, user);
        QFETCH(bool, ok);
        const QString problem = SshInputValidator::checkUser(user);
        QCOMPARE(problem.isEmpty(), ok);
        if (!ok)
            QVERIFY(problem.endsWith(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TestSshInputValidator)
#include "tst_sshinputvalidator.moc"
