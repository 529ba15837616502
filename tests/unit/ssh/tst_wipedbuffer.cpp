// WipedBuffer keeps its contents through growth and moves, and compares in constant time.
#include "ssh/WipedBuffer.h"

#include <QTest>

using cairn::WipedBuffer;

class TestWipedBuffer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendGrowsAndKeepsContents()
    {
        WipedBuffer bytes;
        QByteArray expected;
        for (int i = 0; i < 1000; ++i) {
            const char c = static_cast<char>(i % 251);
            bytes.append(c);
            expected.append(c);
        }
        bytes.append(QByteArrayView("tail\0with nul", 13));
        expected.append("tail\0with nul", 13);
        QCOMPARE(bytes.view(), QByteArrayView(expected));
        QCOMPARE(bytes.size(), expected.size());
    }

    void resizeZeroFillsAndShrinks()
    {
        WipedBuffer bytes(QByteArrayView("abc"));
        bytes.resize(6);
        QCOMPARE(bytes.view(), QByteArrayView("abc\0\0\0", 6));
        bytes.resize(1);
        QCOMPARE(bytes.view(), QByteArrayView("a"));
        bytes.resize(3);
        // Grown space is zero, not the bytes that were cut off.
        QCOMPARE(bytes.view(), QByteArrayView("a\0\0", 3));
    }

    void moveLeavesSourceEmpty()
    {
        WipedBuffer a(QByteArrayView("secret"));
        WipedBuffer b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
        QCOMPARE(b.view(), QByteArrayView("secret"));
        WipedBuffer c;
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.view(), QByteArrayView("secret"));
        const WipedBuffer d = c.clone();
        QCOMPARE(d.view(), c.view());
    }

    void equals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::addRow("same") << QByteArray("password") << QByteArray("password") << true;
        QTest::addRow("last byte differs") << QByteArray("password") << QByteArray("passworD") << false;
        QTest::addRow("prefix") << QByteArray("pass") << QByteArray("password") << false;
        QTest::addRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::addRow("embedded nul") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    }

    void equals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(WipedBuffer(a).equals(b), equal);
    }

    void clearEmpties()
    {
        WipedBuffer bytes(QByteArrayView("secret"));
        bytes.clear();
        QVERIFY(bytes.isEmpty());
        QCOMPARE(bytes.constData(), nullptr);
        bytes.append(QByteArrayView("x"));
        QCOMPARE(bytes.view(), QByteArrayView("x"));
    }
};

QTEST_GUILESS_MAIN(TestWipedBuffer)
#include "tst_wipedbuffer.moc"
