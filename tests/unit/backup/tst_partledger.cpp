// PartLedger: the part size rule, and what a host may and may not ask for or report.
#include "backup/PartLedger.h"

#include <QTest>

using namespace cairn;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
} // namespace

class TestPartLedger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosePartSize_data()
    {
        QTest::addColumn<qint64>("estimate");
        QTest::addColumn<qint64>("partSize");
        QTest::addRow("unknown") << qint64(0) << 64 * MiB;
        QTest::addRow("small") << 100 * MiB << 64 * MiB;
        QTest::addRow("500 GiB still fits 64 MiB parts") << 500 * GiB << 64 * MiB;
        // 1 TiB * 1.1 / 9000 = 128.2 MiB, rounded up to whole MiB.
        QTest::addRow("1 TiB") << 1024 * GiB << 129 * MiB;
        QTest::addRow("huge is capped at 5 GiB") << 100000 * GiB << 5 * GiB;
    }

    void choosePartSize()
    {
        QFETCH(qint64, estimate);
        QFETCH(qint64, partSize);
        const qint64 chosen = PartLedger::choosePartSize(estimate);
        QCOMPARE(chosen, partSize);
        QCOMPARE(chosen % MiB, 0);
        // 10,000 parts always hold the source with 10 % growth, up to what 5 GiB parts can hold.
        if (chosen < PartLedger::kMaxPartSize)
            QVERIFY(chosen * PartLedger::kMaxParts >= estimate + estimate / 10);
    }

    void sequentialEqualParts()
    {
        PartLedger ledger(8 * MiB);
        QCOMPARE(ledger.acceptNeed(1, 8 * MiB), QString());
        QCOMPARE(ledger.acceptNeed(2, 8 * MiB), QString());
        QCOMPARE(ledger.acceptNeed(3, 100), QString());
        QCOMPARE(ledger.acceptPart(2, "\"etag2\"", 8 * MiB), QString());
        QCOMPARE(ledger.acceptPart(1, "\"etag1\"", 8 * MiB), QString());
        QVERIFY(!ledger.finish(16 * MiB + 100).isEmpty()); // part 3 not confirmed yet
        QCOMPARE(ledger.acceptPart(3, "\"etag3\"", 100), QString());
        QCOMPARE(ledger.finish(16 * MiB + 100), QString());
        QVERIFY(!ledger.finish(16 * MiB + 101).isEmpty());
        const QList<S3CompletedPart> parts = ledger.completedParts();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).partNumber, 1);
        QCOMPARE(parts.at(2).etag, QStringLiteral("\"etag3\""));
        QCOMPARE(ledger.bytesConfirmed(), 16 * MiB + 100);
    }

    void refusals_data()
    {
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<QList<qint64>>("sizes");
        // The last NEED is the one refused.
        QTest::addRow("starts at 2") << QList<int> { 2 } << QList<qint64> { 8 * MiB };
        QTest::addRow("gap") << QList<int> { 1, 3 } << QList<qint64> { 8 * MiB, 8 * MiB };
        QTest::addRow("repeat") << QList<int> { 1, 1 } << QList<qint64> { 8 * MiB, 8 * MiB };
        QTest::addRow("larger than the part size") << QList<int> { 1 } << QList<qint64> { 8 * MiB + 1 };
        QTest::addRow("after the short last part") << QList<int> { 1, 2 } << QList<qint64> { 100, 100 };
        QTest::addRow("unequal middle part")
            << QList<int> { 1, 2, 3 } << QList<qint64> { 8 * MiB, 7 * MiB, 8 * MiB };
        QTest::addRow("empty part 2") << QList<int> { 1, 2 } << QList<qint64> { 8 * MiB, 0 };
        QTest::addRow("negative") << QList<int> { 1 } << QList<qint64> { -1 };
    }

    void refusals()
    {
        QFETCH(QList<int>, numbers);
        QFETCH(QList<qint64>, sizes);
        PartLedger ledger(8 * MiB);
        for (int i = 0; i + 1 < numbers.size(); ++i)
            QCOMPARE(ledger.acceptNeed(numbers.at(i), sizes.at(i)), QString());
        QVERIFY(!ledger.acceptNeed(numbers.last(), sizes.last()).isEmpty());
    }

    void moreThanTenThousandParts()
    {
        PartLedger ledger(5 * MiB);
        for (int n = 1; n <= PartLedger::kMaxParts; ++n)
            QVERIFY(ledger.acceptNeed(n, 5 * MiB).isEmpty());
        QVERIFY(ledger.acceptNeed(PartLedger::kMaxParts + 1, 5 * MiB).contains(QStringLiteral("10000")));
    }

    void partReports()
    {
        PartLedger ledger(8 * MiB);
        QVERIFY(!ledger.acceptPart(1, "\"e\"", 8 * MiB).isEmpty()); // never asked for
        QCOMPARE(ledger.acceptNeed(1, 8 * MiB), QString());
        QVERIFY(!ledger.acceptPart(1, "\"e\"", 8 * MiB - 1).isEmpty()); // wrong size
        QVERIFY(!ledger.acceptPart(1, "", 8 * MiB).isEmpty()); // no ETag
        QCOMPARE(ledger.acceptPart(1, "\"e\"", 8 * MiB), QString());
        QVERIFY(!ledger.acceptPart(1, "\"e\"", 8 * MiB).isEmpty()); // twice
        QCOMPARE(ledger.partsDone(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPartLedger)
#include "tst_partledger.moc"
