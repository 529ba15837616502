// Remote text is shown escaped: readable UTF-8 stays, everything that could mislead a reader or a
// terminal becomes visible escapes, and long text is cut.
#include "ssh/UntrustedText.h"

#include <QTest>

class TestUntrustedText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escape_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QByteArray("tar: file changed") << QStringLiteral("tar: file changed");
        QTest::addRow("utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f\x65") << QStringLiteral("Gr\u00fc\u00dfe");
        QTest::addRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << QStringLiteral("\U0001F600");
        QTest::addRow("newline and tab") << QByteArray("a\nb\tc\r") << QStringLiteral("a\\nb\\tc\\r");
        QTest::addRow("backslash") << QByteArray("a\\nb") << QStringLiteral("a\\\\nb");
        QTest::addRow("terminal escape") << QByteArray("\x1b[2Jgone") << QStringLiteral("\\x1b[2Jgone");
        QTest::addRow("nul and del") << QByteArray("a\0b\x7f", 4) << QStringLiteral("a\\x00b\\x7f");
        QTest::addRow("invalid byte") << QByteArray("\xff ok") << QStringLiteral("\\xff ok");
        QTest::addRow("truncated sequence") << QByteArray("\xc3") << QStringLiteral("\\xc3");
        QTest::addRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::addRow("bidi override")
            << QByteArray("evil\xe2\x80\xaetxt.sh") << QStringLiteral("evil\\u{202e}txt.sh");
        QTest::addRow("zero width") << QByteArray("a\xe2\x80\x8b"
                                                  "b")
                                    << QStringLiteral("a\\u{200b}b");
        QTest::addRow("line separator") << QByteArray("a\xe2\x80\xa8"
                                                      "b")
                                        << QStringLiteral("a\\u{2028}b");
        QTest::addRow("c1 control") << QByteArray("a\xc2\x9b"
                                                  "b")
                                    << QStringLiteral("a\\u{009b}b");
    }

    void escape()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(cairn::escapeUntrustedText(input), expected);
    }

    void cutsLongText()
    {
        const QByteArray input = QByteArray(100, 'a') + QByteArray(100, 'b');
        QCOMPARE(cairn::escapeUntrustedText(input, 10), QString(10, QLatin1Char('a')) + QChar(0x2026));
        QCOMPARE(cairn::escapeUntrustedText(input, 10, true), QChar(0x2026) + QString(10, QLatin1Char('b')));
        QCOMPARE(cairn::escapeUntrustedText(input, 1000), QString::fromLatin1(input));
    }

    void tailSkipsBrokenSequenceStart()
    {
        // The cut lands on the second byte of "\xc3\xbc": the stray continuation byte is dropped.
        const QByteArray input = QByteArray("xx\xc3\xbc"
                                            "end");
        QCOMPARE(cairn::escapeUntrustedText(input, 4, true), QChar(0x2026) + QStringLiteral("end"));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
