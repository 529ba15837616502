// bcrypt through libcrypt: published $2b$ hashes verify, our own hashes round-trip, and anything
// that is not a well-formed $2b$ hash verifies nothing.
#include "security/PasswordHash.h"

#include <QTest>

using namespace cairn;

namespace {
SecureBytes bytes(const QByteArray &text)
{
    return SecureBytes(QByteArrayView(text));
}
} // namespace

class TestPasswordHash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publishedHashesVerify_data()
    {
        // pyca/bcrypt's test vectors (tests/test_bcrypt.py), cost 4.
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("hash");
        QTest::addRow("Kk4DQuMMfZL9o") << QByteArray(
            "Kk4DQuMMfZL9o") << QByteArray("$2b$04$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm");
        QTest::addRow("9IeRXmnGxMYbs") << QByteArray(
            "9IeRXmnGxMYbs") << QByteArray("$2b$04$pQ7gRO7e6wx/936oXhNjrOUNOHL1D0h1N2IDbJZYs.1ppzSof6SPy");
        QTest::addRow("xVQVbwa1S0M8r") << QByteArray(
            "xVQVbwa1S0M8r") << QByteArray("$2b$04$SQe9knOzepOVKoYXo9xTteNYr6MBwVz4tpriJVe3PNgYufGIsgKcW");
        QTest::addRow("Zfgr26LWd22Za") << QByteArray(
            "Zfgr26LWd22Za") << QByteArray("$2b$04$eH8zX.q5Q.j2hO1NkVYJQOM6KxntS/ow3.YzVmFrE4t//CoF4fvne");
        QTest::addRow("Tg4daC27epFBE") << QByteArray(
            "Tg4daC27epFBE") << QByteArray("$2b$04$ahiTdwRXpUG2JLRcIznxc.s1.ydaPGD372bsGs8NqyYjLY1inG5n2");
        QTest::addRow("xhQPMmwh5ALzW") << QByteArray(
            "xhQPMmwh5ALzW") << QByteArray("$2b$04$nQn78dV0hGHf5wUBe0zOFu8n07ZbWWOKoGasZKRspZxtt.vBRNMIy");
        QTest::addRow("59je8h5Gj71tg") << QByteArray(
            "59je8h5Gj71tg") << QByteArray("$2b$04$cvXudZ5ugTg95W.rOjMITuM1jC0piCl3zF5cmGhzCibHZrNHkmckG");
        QTest::addRow("wT4fHJa2N9WSW") << QByteArray(
            "wT4fHJa2N9WSW") << QByteArray("$2b$04$YYjtiq4Uh88yUsExO0RNTuEJ.tZlsONac16A8OcLHleWFjVawfGvO");
    }

    void publishedHashesVerify()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, hash);
        QVERIFY(PasswordHash::isWellFormed(hash));
        QCOMPARE(PasswordHash::costOf(hash), 4);
        QVERIFY(PasswordHash::verify(bytes(password), hash));
        // One character off, one character more, one less: all refused.
        QByteArray changed = password;
        changed[0] = char(changed.at(0) ^ 0x20);
        QVERIFY(!PasswordHash::verify(bytes(changed), hash));
        QVERIFY(!PasswordHash::verify(bytes(password + 'x'), hash));
        QVERIFY(!PasswordHash::verify(bytes(password.chopped(1)), hash));
        // A hash with one changed character of its digest is refused too.
        QByteArray tampered = hash;
        tampered[hash.size() - 2] = tampered.at(hash.size() - 2) == 'a' ? 'b' : 'a';
        QVERIFY(!PasswordHash::verify(bytes(password), tampered));
    }

    void ownHashesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addRow("plain") << QByteArray("correct horse battery staple");
        QTest::addRow("spaces and newline") << QByteArray("  two words\nsecond line ");
        QTest::addRow("quotes and shell") << QByteArray("'\"`$(reboot)`;|&\\");
        QTest::addRow("leading dash") << QByteArray("--password=-x");
        QTest::addRow("non-UTF-8") << QByteArray("\xff\xfe\x80 latin1 \xe9t\xe9");
        QTest::addRow("UTF-8") << QByteArray("pässwörd 🔒 パスワード");
        QTest::addRow("72 bytes, the most bcrypt reads") << QByteArray(72, 'z');
    }

    void ownHashesRoundTrip()
    {
        QFETCH(QByteArray, password);
        QString error;
        const QByteArray first = PasswordHash::hash(bytes(password), 4, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(first.startsWith("$2b$04$"));
        QVERIFY(PasswordHash::isWellFormed(first));
        QVERIFY(PasswordHash::verify(bytes(password), first));
        QVERIFY(!PasswordHash::verify(bytes(password + '!'), first));
        // A fresh random salt every time.
        const QByteArray second = PasswordHash::hash(bytes(password), 4);
        QVERIFY(first != second);
        QVERIFY(PasswordHash::verify(bytes(password), second));
        QVERIFY(!first.contains(password));
    }

    void costIsWrittenIntoTheHash()
    {
        const QByteArray hash = PasswordHash::hash(bytes("a master password"), 12);
        QVERIFY(hash.startsWith("$2b$12$"));
        QCOMPARE(PasswordHash::costOf(hash), 12);
        QVERIFY(PasswordHash::verify(bytes("a master password"), hash));
    }

    void unusablePasswordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("73 bytes") << QByteArray(73, 'z');
        QTest::addRow("NUL inside") << QByteArray("abc\0def", 7);
    }

    void unusablePasswordsAreRefused()
    {
        QFETCH(QByteArray, password);
        QString error;
        QVERIFY(PasswordHash::hash(bytes(password), 4, &error).isEmpty());
        QVERIFY(error.endsWith(QLatin1Char('.')));
        QVERIFY(!PasswordHash::validate(bytes(password)).isEmpty());
    }

    void badCostsAreRefused_data()
    {
        QTest::addColumn<int>("cost");
        QTest::addRow("3") << 3;
        QTest::addRow("32") << 32;
        QTest::addRow("negative") << -1;
    }

    void badCostsAreRefused()
    {
        QFETCH(int, cost);
        QString error;
        QVERIFY(PasswordHash::hash(bytes("password"), cost, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void malformedHashesVerifyNothing_data()
    {
        QTest::addColumn<QByteArray>("hash");
        const QByteArray good("$2b$04$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("libcrypt failure token") << QByteArray("*0");
        // Same digest under the older prefixes: only $2b$ is Cairn's.
        QTest::addRow("$2a$ prefix") << QByteArray(good).replace(0, 4, "$2a$");
        QTest::addRow("$2y$ prefix") << QByteArray(good).replace(0, 4, "$2y$");
        QTest::addRow("md5-crypt") << QByteArray("$1$saltsalt$qjXMvbEw8oaL.CzflDugX/");
        QTest::addRow("sha512-crypt prefix") << QByteArray(good).replace(0, 4, "$6$r");
        QTest::addRow("truncated") << good.chopped(1);
        QTest::addRow("trailing newline") << good + '\n';
        QTest::addRow("cost 03") << QByteArray(good).replace(4, 2, "03");
        QTest::addRow("cost 32") << QByteArray(good).replace(4, 2, "32");
        QTest::addRow("cost not digits") << QByteArray(good).replace(4, 2, "1a");
        QTest::addRow("character outside bcrypt's base-64") << QByteArray(good).replace(20, 1, "$");
        QTest::addRow("NUL inside") << QByteArray(good).replace(30, 1, QByteArray("\0", 1));
    }

    void malformedHashesVerifyNothing()
    {
        QFETCH(QByteArray, hash);
        QVERIFY(!PasswordHash::isWellFormed(hash));
        QCOMPARE(PasswordHash::costOf(hash), 0);
        QVERIFY(!PasswordHash::verify(bytes("Kk4DQuMMfZL9o"), hash));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
