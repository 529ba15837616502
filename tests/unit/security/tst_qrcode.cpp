// QR codes for two-factor enrolment: the matrix has the shape the standard prescribes and an
// independent reader (zbarimg, Debian's zbar-tools) reads back exactly the text put in.
#include "security/QrCode.h"
#include "security/Totp.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {

// Writes the code as a plain PBM image, 4 pixels per module, with the 4-module light margin.
bool writePbm(const QrCode &code, const QString &path)
{
    constexpr int scale = 4;
    constexpr int margin = 4;
    const int side = (code.size() + 2 * margin) * scale;
    QByteArray image = "P1\n" + QByteArray::number(side) + ' ' + QByteArray::number(side) + '\n';
    for (int py = 0; py < side; ++py) {
        for (int px = 0; px < side; ++px)
            image.append(code.isDark(px / scale - margin, py / scale - margin) ? '1' : '0');
        image.append('\n');
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(image) == image.size();
}

// True when the 7x7 finder pattern (dark ring, light ring, dark 3x3 core) sits at (left, top).
bool finderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::min({ x, y, 6 - x, 6 - y });
            const bool dark = ring != 1;
            if (code.isDark(left + x, top + y) != dark)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("otpauth URI") << Totp::otpauthUri(
            QStringLiteral("alice@example.com"), SecureBytes(QByteArrayView("12345678901234567890")))
                                            .toByteArray();
        QTest::addRow("short") << QByteArray("Cairn");
        QTest::addRow("hostile characters") << QByteArray("$(id) `x` \"quoted\" 'single' -dash ; | &");
        QTest::addRow("long") << QByteArray(600, 'k');
    }

    void readsBack()
    {
        QFETCH(QByteArray, text);
        QString error;
        const QrCode code = QrCode::encode(text, &error);
        QVERIFY2(!code.isNull(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(code.size(), 17 + 4 * code.version());
        QCOMPARE(code.modules().size(), qsizetype(code.size()) * code.size());
        QVERIFY(finderAt(code, 0, 0));
        QVERIFY(finderAt(code, code.size() - 7, 0));
        QVERIFY(finderAt(code, 0, code.size() - 7));
        QVERIFY(!finderAt(code, code.size() - 7, code.size() - 7)); // only three corners have one
        // Timing pattern: row 6 alternates between the finders.
        for (int x = 8; x < code.size() - 8; ++x)
            QCOMPARE(code.isDark(x, 6), x % 2 == 0);
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(0, code.size()));

        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg is missing: apt-get install zbar-tools");
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("code.pbm"));
        QVERIFY(writePbm(code, image));
        QProcess reader;
        reader.start(zbarimg, { QStringLiteral("--quiet"), QStringLiteral("--raw"), image });
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(reader.exitCode(), 0);
        QByteArray read = reader.readAllStandardOutput();
        QVERIFY(read.endsWith('\n'));
        read.chop(1);
        QCOMPARE(read, text);
    }

    void differentTextDifferentCode()
    {
        const QrCode a = QrCode::encode("otpauth://totp/Cairn:a?secret=AAAAAAAA");
        const QrCode b = QrCode::encode("otpauth://totp/Cairn:a?secret=AAAAAAAB");
        const QrCode again = QrCode::encode("otpauth://totp/Cairn:a?secret=AAAAAAAA");
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.modules() != b.modules());
        QVERIFY(a.modules() == again.modules());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("too long for any version") << QByteArray(4000, 'x');
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QString error;
        const QrCode code = QrCode::encode(text, &error);
        QVERIFY(code.isNull());
        QCOMPARE(code.size(), 0);
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
