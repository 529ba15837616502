// Retention::select as a table: each row a history of backups (ages in days), a policy, and the
// backups it must delete.
#include "backup/Retention.h"

#include <QTest>

using namespace cairn;

namespace {

const QDateTime kNow(QDate(2025, 3, 15), QTime(12, 0), QTimeZone::utc());

// "0 1 2 5" -> backups created 0, 1, 2 and 5 days before kNow, ids 1, 2, 3, 4 in that order.
QList<RetentionItem> history(const QList<double> &ages, const QList<qint64> &incomplete = {})
{
    QList<RetentionItem> items;
    for (int i = 0; i < ages.size(); ++i)
        items.append(
            RetentionItem { i + 1, kNow.addSecs(qint64(-ages.at(i) * 86400)), !incomplete.contains(i + 1) });
    return items;
}

RetentionPolicy policy(int last, int daily = 0, int weekly = 0, int monthly = 0, int minAge = 0)
{
    return RetentionPolicy { last, daily, weekly, monthly, minAge };
}

} // namespace

class TestRetention final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void select_data()
    {
        QTest::addColumn<QList<RetentionItem>>("items");
        QTest::addColumn<RetentionPolicy>("policy");
        QTest::addColumn<QSet<qint64>>("inUse");
        QTest::addColumn<QList<qint64>>("deleted");

        QTest::addRow("no policy keeps everything")
            << history({ 0, 1, 2, 3 }) << policy(0) << QSet<qint64>() << QList<qint64>();
        QTest::addRow("keep last 2") << history({ 0, 1, 2, 3 }) << policy(2) << QSet<qint64>()
                                     << QList<qint64> { 4, 3 };
        QTest::addRow("keep last 1 never deletes the newest")
            << history({ 3, 1, 2 }) << policy(1) << QSet<qint64>() << QList<qint64> { 1, 3 };
        QTest::addRow("input order does not matter")
            << history({ 2, 0, 3, 1 }) << policy(2) << QSet<qint64>() << QList<qint64> { 3, 1 };
        QTest::addRow("incomplete backups neither count nor go")
            << history({ 0, 1, 2, 3 }, { 1 }) << policy(2) << QSet<qint64>() << QList<qint64> { 4 };
        QTest::addRow("only incomplete backups: nothing to delete")
            << history({ 0, 1 }, { 1, 2 }) << policy(1) << QSet<qint64>() << QList<qint64>();
        QTest::addRow("newest good one kept even when incomplete ones are newer")
            << history({ 0, 1, 2 }, { 1, 2 }) << policy(1) << QSet<qint64>() << QList<qint64>();
        QTest::addRow("daily keeps the newest of each day")
            << history({ 0.1, 0.2, 1.1, 1.2, 2.1, 3.1 }) << policy(0, 3) << QSet<qint64>()
            << QList<qint64> { 6, 4, 2 };
        QTest::addRow("weekly: one per ISO week")
            // kNow is Saturday 15 March 2025: days 0-4 are week 11, 6-12 week 10, 13-19 week 9.
            << history({ 0, 2, 6, 8, 13, 20 }) << policy(0, 0, 2) << QSet<qint64>()
            << QList<qint64> { 6, 5, 4, 2 };
        QTest::addRow("monthly: one per calendar month")
            << history({ 0, 5, 20, 40, 70, 100 }) << policy(0, 0, 0, 3) << QSet<qint64>()
            << QList<qint64> { 6, 4, 2 };
        QTest::addRow("rules combine") << history({ 0, 0.5, 1, 2, 9, 40 }) << policy(1, 2, 2, 0)
                                       << QSet<qint64>() << QList<qint64> { 6, 4, 2 };
        QTest::addRow("minimum age protects young backups")
            << history({ 0, 1, 2, 3, 10 }) << policy(1, 0, 0, 0, 3) << QSet<qint64>()
            << QList<qint64> { 5, 4 };
        QTest::addRow("in use is kept")
            << history({ 0, 1, 2, 3 }) << policy(1) << QSet<qint64> { 3 } << QList<qint64> { 4, 2 };
        QTest::addRow("empty history")
            << QList<RetentionItem>() << policy(1) << QSet<qint64>() << QList<qint64>();
    }

    void select()
    {
        QFETCH(QList<RetentionItem>, items);
        QFETCH(RetentionPolicy, policy);
        QFETCH(QSet<qint64>, inUse);
        QFETCH(QList<qint64>, deleted);
        QCOMPARE(Retention::select(policy, items, kNow, inUse, QTimeZone::utc()), deleted);
    }

    void jsonRoundTripAndValidation()
    {
        const RetentionPolicy p = policy(7, 7, 4, 12, 3);
        QCOMPARE(RetentionPolicy::fromJson(p.toJson()), p);
        QVERIFY(p.validate().isEmpty());
        QVERIFY(policy(-1).validate().endsWith(QLatin1Char('.')));
        QVERIFY(!policy(0, 0, 0, 0, -2).validate().isEmpty());
        QCOMPARE(policy(0).describe(), QStringLiteral("keep every backup"));
        QCOMPARE(
            policy(3, 0, 0, 0, 2).describe(), QStringLiteral("keep the last 3, none younger than 2 days"));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
