// TOTP against the published vectors (RFC 6238 appendix B, RFC 4226 appendix D), drift and reuse
// rules, base32 and the otpauth:// URI.
#include "security/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace cairn;

namespace {
const QByteArray rfcSecret("12345678901234567890");
} // namespace

class TestTotp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc4226Hotp_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("code");
        const char *const expected[] = { "755224", "287082", "359152", "969429", "338314", "254676", "287922",
            "162583", "399871", "520489" };
        for (quint64 counter = 0; counter < 10; ++counter)
            QTest::addRow("count %llu", counter) << counter << QString::fromLatin1(expected[counter]);
    }

    void rfc4226Hotp()
    {
        QFETCH(quint64, counter);
        QFETCH(QString, code);
        QCOMPARE(Totp::hotp(rfcSecret, counter), code);
    }

    void rfc6238Sha1_data()
    {
        // Appendix B, SHA-1 rows: 8 digits, and their last 6 digits are the 6-digit codes.
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("code");
        QTest::addRow("59") << qint64(59) << qint64(0x1) << QStringLiteral("94287082");
        QTest::addRow("1111111109") << qint64(1111111109) << qint64(0x23523EC) << QStringLiteral("07081804");
        QTest::addRow("1111111111") << qint64(1111111111) << qint64(0x23523ED) << QStringLiteral("14050471");
        QTest::addRow("1234567890") << qint64(1234567890) << qint64(0x273EF07) << QStringLiteral("89005924");
        QTest::addRow("2000000000") << qint64(2000000000) << qint64(0x3F940AA) << QStringLiteral("69279037");
        QTest::addRow("20000000000") << qint64(20000000000) << qint64(0x27BC86AA)
                                     << QStringLiteral("65353130");
    }

    void rfc6238Sha1()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, step);
        QFETCH(QString, code);
        QCOMPARE(Totp::stepAt(time), step);
        QCOMPARE(Totp::codeAt(rfcSecret, time, 8), code);
        QCOMPARE(Totp::codeAt(rfcSecret, time), code.right(6));
        QCOMPARE(Totp::verify(rfcSecret, code.right(6), time), std::optional<qint64>(step));
    }

    void unsupportedDigitCounts()
    {
        QVERIFY(Totp::hotp(rfcSecret, 1, 5).isEmpty());
        QVERIFY(Totp::hotp(rfcSecret, 1, 9).isEmpty());
    }

    void driftOfOneStepEachWay_data()
    {
        QTest::addColumn<qint64>("codeTime");
        QTest::addColumn<bool>("accepted");
        const qint64 now = 1111111111; // step 0x23523ED, 1 s into it
        QTest::addRow("same step") << now << true;
        QTest::addRow("previous step") << now - 30 << true;
        QTest::addRow("next step") << now + 30 << true;
        QTest::addRow("two steps back") << now - 60 << false;
        QTest::addRow("two steps ahead") << now + 60 << false;
        QTest::addRow("an hour back") << now - 3600 << false;
    }

    void driftOfOneStepEachWay()
    {
        QFETCH(qint64, codeTime);
        QFETCH(bool, accepted);
        const qint64 now = 1111111111;
        const QString code = Totp::codeAt(rfcSecret, codeTime);
        const std::optional<qint64> step = Totp::verify(rfcSecret, code, now);
        QCOMPARE(step.has_value(), accepted);
        if (accepted)
            QCOMPARE(*step, Totp::stepAt(codeTime));
    }

    void aStepIsNeverAcceptedTwice()
    {
        const qint64 now = 2000000000;
        const QString code = Totp::codeAt(rfcSecret, now);
        const std::optional<qint64> first = Totp::verify(rfcSecret, code, now);
        QVERIFY(first);
        QVERIFY(!Totp::verify(rfcSecret, code, now, *first));
        QVERIFY(!Totp::verify(rfcSecret, code, now + 29, *first));
        // An older step after a newer one was used: refused too.
        QVERIFY(!Totp::verify(rfcSecret, Totp::codeAt(rfcSecret, now - 30), now, *first));
        // The next step is fine.
        QCOMPARE(Totp::verify(rfcSecret, Totp::codeAt(rfcSecret, now + 30), now + 30, *first), *first + 1);
    }

    void malformedCodesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addRow("empty") << QString();
        QTest::addRow("5 digits") << QStringLiteral("79037");
        QTest::addRow("7 digits") << QStringLiteral("9279037");
        QTest::addRow("8-digit form") << QStringLiteral("69279037");
        QTest::addRow("letters") << QStringLiteral("27903a");
        QTest::addRow("leading dash") << QStringLiteral("-279037");
        QTest::addRow("newline") << QStringLiteral("279037\n");
        QTest::addRow("shell") << QStringLiteral("$(279037)");
        QTest::addRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0667\u0669\u0660\u0663\u0667");
        QTest::addRow("wrong code") << QStringLiteral("279038");
    }

    void malformedCodesAreRefused()
    {
        QFETCH(QString, code);
        QVERIFY(!Totp::verify(rfcSecret, code, 2000000000));
    }

    void spacesAreIgnored()
    {
        QVERIFY(Totp::verify(rfcSecret, QStringLiteral("279 037"), 2000000000));
        QVERIFY(Totp::verify(rfcSecret, QStringLiteral(" 279037 "), 2000000000));
    }

    void emptyKeyVerifiesNothing()
    {
        QVERIFY(!Totp::verify(QByteArrayView(), Totp::codeAt(QByteArrayView(), 59), 59));
    }

    void base32_data()
    {
        // RFC 4648 section 10, without padding; and the RFC 6238 secret.
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        QTest::addRow("empty") << QByteArray() << QByteArray();
        QTest::addRow("f") << QByteArray("f") << QByteArray("MY");
        QTest::addRow("fo") << QByteArray("fo") << QByteArray("MZXQ");
        QTest::addRow("foo") << QByteArray("foo") << QByteArray("MZXW6");
        QTest::addRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ");
        QTest::addRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
        QTest::addRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI");
        QTest::addRow("RFC 6238 secret") << rfcSecret << QByteArray("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        QTest::addRow("binary") << QByteArray("\x00\xff\x10\x80", 4) << QByteArray("AD7RBAA");
    }

    void base32()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Totp::base32Encode(plain).view(), QByteArrayView(encoded));
        const std::optional<SecureBytes> decoded = Totp::base32Decode(encoded);
        QVERIFY(decoded);
        QCOMPARE(decoded->view(), QByteArrayView(plain));
        // Lower case, spaces and padding as people and apps write them.
        const std::optional<SecureBytes> relaxed
            = Totp::base32Decode(encoded.toLower() + QByteArray((8 - encoded.size() % 8) % 8, '='));
        QVERIFY(relaxed);
        QCOMPARE(relaxed->view(), QByteArrayView(plain));
    }

    void base32Refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("digit 1") << QByteArray("MZXW1");
        QTest::addRow("digit 0") << QByteArray("MZXW0");
        QTest::addRow("dash") << QByteArray("MZXW-6");
        QTest::addRow("data after padding") << QByteArray("MY======MY");
        QTest::addRow("non-ASCII") << QByteArray("MZX\xc3\xa9");
    }

    void base32Refuses()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Totp::base32Decode(text));
    }

    void secretsAreFreshAnd160Bits()
    {
        const SecureBytes a = Totp::generateSecret();
        const SecureBytes b = Totp::generateSecret();
        QCOMPARE(a.size(), 20);
        QCOMPARE(b.size(), 20);
        QVERIFY(a.view() != b.view());
        QCOMPARE(Totp::base32Encode(a.view()).size(), 32);
    }

    void otpauthUri_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QByteArray>("encodedLabel");
        QTest::addRow("plain") << QStringLiteral("alice") << QByteArray("alice");
        QTest::addRow("email") << QStringLiteral("alice@example.com") << QByteArray("alice%40example.com");
        QTest::addRow("space") << QStringLiteral("Front desk PC") << QByteArray("Front%20desk%20PC");
        QTest::addRow("colon") << QStringLiteral("a:b") << QByteArray("a%3Ab");
        QTest::addRow("query characters") << QStringLiteral("x?secret=AAAA&issuer=Evil#frag")
                                          << QByteArray("x%3Fsecret%3DAAAA%26issuer%3DEvil%23frag");
        QTest::addRow("slash and percent") << QStringLiteral("a/b%20") << QByteArray("a%2Fb%2520");
        QTest::addRow("non-ASCII") << QStringLiteral("Jürgen") << QByteArray("J%C3%BCrgen");
        QTest::addRow("unreserved kept") << QStringLiteral("a-b.c_d~e") << QByteArray("a-b.c_d~e");
    }

    void otpauthUri()
    {
        QFETCH(QString, label);
        QFETCH(QByteArray, encodedLabel);
        const SecureBytes uri = Totp::otpauthUri(label, SecureBytes(QByteArrayView(rfcSecret)));
        const QByteArray expected = "otpauth://totp/Cairn:" + encodedLabel
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Cairn&algorithm=SHA1&digits=6&period=30";
        QCOMPARE(uri.view(), QByteArrayView(expected));

        // A URL parser reads back exactly one secret and issuer, and the label unchanged.
        const QUrl url = QUrl::fromEncoded(uri.toByteArray(), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/Cairn:") + label);
        QVERIFY(url.fragment().isEmpty());
        const QUrlQuery query(url);
        QCOMPARE(query.allQueryItemValues(QStringLiteral("secret")),
            QStringList { QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") });
        QCOMPARE(query.allQueryItemValues(QStringLiteral("issuer")), QStringList { QStringLiteral("Cairn") });
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
