// RunTableModel over a real database: newest first, pages of 200 through canFetchMore/fetchMore,
// no duplicates when runs are recorded between pages, status in words and icon, filter, limit.
#include "TestEstate.h"
#include "models/RunStatus.h"
#include "models/RunTableModel.h"
#include "store/RunRepository.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSet>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

class tst_RunTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emptyDatabaseHasNoRowsAndNothingMore();
    void readsInPages();
    void runsRecordedWhilePagingAppearOnce();
    void maximumRowsCapsTheModel();
    void statusInWordsAndIcon_data();
    void statusInWordsAndIcon();
    void messageShowsFirstLineAndTooltipAll();
    void filterByClient();
    void latestResultPerJob();

private:
    std::unique_ptr<TestEstate> m_estate;
    qint64 m_clientA = 0;
    qint64 m_clientB = 0;
    qint64 m_jobA = 0;
    qint64 m_jobB = 0;
};

void tst_RunTableModel::init()
{
    m_estate = std::make_unique<TestEstate>();
    QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
    m_clientA = m_estate->addClient(QStringLiteral("A \"quoted\""));
    m_clientB = m_estate->addClient(QStringLiteral("B $(id)"));
    const qint64 sa = m_estate->addServer(m_clientA, QStringLiteral("sa"));
    const qint64 ta = m_estate->addStorage(m_clientA, QStringLiteral("ta"));
    const qint64 sb = m_estate->addServer(m_clientB, QStringLiteral("sb"));
    const qint64 tb = m_estate->addStorage(m_clientB, QStringLiteral("tb"));
    m_jobA = m_estate->addJob(m_clientA, QStringLiteral("job a ‏עברית"), sa, ta);
    m_jobB = m_estate->addJob(m_clientB, QStringLiteral("job b"), sb, tb);
    QVERIFY2(m_jobA && m_jobB, qPrintable(m_estate->lastError()));
}

void tst_RunTableModel::emptyDatabaseHasNoRowsAndNothingMore()
{
    RunTableModel model(m_estate->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore() from its modelReset handler before it marks the reset as
    // finished, and then report our (correct) insert as overlapping the reset; these tests call
    // fetchMore() themselves and the tester still checks every insert they cause.
    tester.setUseFetchMore(false);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void tst_RunTableModel::readsInPages()
{
    const QDateTime newest = QDateTime::currentDateTime().addDays(-1);
    QVERIFY2(m_estate->addRuns(m_jobA, 450, newest), qPrintable(m_estate->lastError()));

    RunTableModel model(m_estate->database());
    QCOMPARE(model.pageSize(), 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore() from its modelReset handler before it marks the reset as
    // finished, and then report our (correct) insert as overlapping the reset; these tests call
    // fetchMore() themselves and the tester still checks every insert they cause.
    tester.setUseFetchMore(false);
    model.reload();
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table has no children
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // harmless when there is nothing more
    QCOMPARE(model.rowCount(), 450);

    // Newest first, all the way down.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.runAt(row - 1).startedAt >= model.runAt(row).startedAt);
    QCOMPARE(model.runAt(0).startedAt.toSecsSinceEpoch(), newest.toSecsSinceEpoch());
}

void tst_RunTableModel::runsRecordedWhilePagingAppearOnce()
{
    const QDateTime newest = QDateTime::currentDateTime().addDays(-1);
    QVERIFY2(m_estate->addRuns(m_jobA, 450, newest), qPrintable(m_estate->lastError()));
    RunTableModel model(m_estate->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore() from its modelReset handler before it marks the reset as
    // finished, and then report our (correct) insert as overlapping the reset; these tests call
    // fetchMore() themselves and the tester still checks every insert they cause.
    tester.setUseFetchMore(false);
    model.reload();
    // Three new runs shift every later page by three rows.
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(m_estate->addRun(m_jobA, QStringLiteral("succeeded"), newest.addSecs(i * 10)),
            qPrintable(m_estate->lastError()));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.runAt(row).id);
    QCOMPARE(ids.size(), model.rowCount());
    QCOMPARE(model.rowCount(), 450); // every run that existed when reading began, once
    model.reload();
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 453);
}

void tst_RunTableModel::maximumRowsCapsTheModel()
{
    QVERIFY2(m_estate->addRuns(m_jobA, 30, QDateTime::currentDateTime()), qPrintable(m_estate->lastError()));
    RunTableModel model(m_estate->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore() from its modelReset handler before it marks the reset as
    // finished, and then report our (correct) insert as overlapping the reset; these tests call
    // fetchMore() themselves and the tester still checks every insert they cause.
    tester.setUseFetchMore(false);
    model.setPageSize(8);
    model.setMaximumRows(8);
    model.reload();
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void tst_RunTableModel::statusInWordsAndIcon_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("label");
    QTest::addRow("succeeded") << QStringLiteral("succeeded") << RunStatus::tr("Succeeded");
    QTest::addRow("warning") << QStringLiteral("warning") << RunStatus::tr("Completed with warnings");
    QTest::addRow("failed") << QStringLiteral("failed") << RunStatus::tr("Failed");
    QTest::addRow("running") << QStringLiteral("running") << RunStatus::tr("Running");
    QTest::addRow("queued") << QStringLiteral("queued") << RunStatus::tr("Queued");
    QTest::addRow("cancelled") << QStringLiteral("cancelled") << RunStatus::tr("Cancelled");
}

void tst_RunTableModel::statusInWordsAndIcon()
{
    QFETCH(QString, status);
    QFETCH(QString, label);
    QVERIFY2(
        m_estate->addRun(m_jobA, status, QDateTime::currentDateTime()), qPrintable(m_estate->lastError()));
    RunTableModel model(m_estate->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore() from its modelReset handler before it marks the reset as
    // finished, and then report our (correct) insert as overlapping the reset; these tests call
    // fetchMore() themselves and the tester still checks every insert they cause.
    tester.setUseFetchMore(false);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, RunTableModel::StatusColumn);
    QCOMPARE(cell.data().toString(), label);
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(
        model.index(0, RunTableModel::JobColumn).data().toString(), QStringLiteral("job a ‏עברית"));
    QCOMPARE(model.index(0, RunTableModel::ClientColumn).data().toString(), QStringLiteral("A \"quoted\""));
    QCOMPARE(model.index(0, RunTableModel::DurationColumn).data().toString(),
        RunStatus::tr("%1 min %2 s").arg(1).arg(QStringLiteral("35")));
}

void tst_RunTableModel::messageShowsFirstLineAndTooltipAll()
{
    const QString message = QStringLiteral("tar: /srv/$(evil)\n\"quoted\" second line");
    QVERIFY2(m_estate->addRun(m_jobA, QStringLiteral("warning"), QDateTime::currentDateTime(), message),
        qPrintable(m_estate->lastError()));
    RunTableModel model(m_estate->database());
    model.reload();
    const QModelIndex cell = model.index(0, RunTableModel::MessageColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("tar: /srv/$(evil)"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), message);
}

void tst_RunTableModel::filterByClient()
{
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY2(m_estate->addRuns(m_jobA, 5, now) && m_estate->addRuns(m_jobB, 3, now.addSecs(-30)),
        qPrintable(m_estate->lastError()));
    RunTableModel model(m_estate->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would call fetchMore() from its modelReset handler before it marks the reset as
    // finished, and then report our (correct) insert as overlapping the reset; these tests call
    // fetchMore() themselves and the tester still checks every insert they cause.
    tester.setUseFetchMore(false);
    model.reload();
    QCOMPARE(model.rowCount(), 8);
    model.setClientId(m_clientB);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.runAt(row).jobId, m_jobB);
    model.setClientId(m_clientA);
    model.reload();
    QCOMPARE(model.rowCount(), 5);
}

void tst_RunTableModel::latestResultPerJob()
{
    // The read method the dashboard and tray use: each job counts once, by its newest run.
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY2(m_estate->addRun(m_jobA, QStringLiteral("failed"), now.addSecs(-100)),
        qPrintable(m_estate->lastError()));
    QVERIFY2(m_estate->addRun(m_jobA, QStringLiteral("succeeded"), now), qPrintable(m_estate->lastError()));
    QVERIFY2(m_estate->addRun(m_jobB, QStringLiteral("failed"), now.addSecs(-10)),
        qPrintable(m_estate->lastError()));
    const RunRepository runs(m_estate->database());
    StoreError error;
    QMap<QString, int> all = runs.latestStatusCounts(0, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(all.value(QStringLiteral("succeeded")), 1);
    QCOMPARE(all.value(QStringLiteral("failed")), 1);
    QCOMPARE(RunStatus::overall(all), Health::Error);
    const QMap<QString, int> onlyA = runs.latestStatusCounts(m_clientA, &error);
    QCOMPARE(onlyA.value(QStringLiteral("succeeded")), 1);
    QCOMPARE(onlyA.value(QStringLiteral("failed")), 0);
    QCOMPARE(RunStatus::overall(onlyA), Health::Ok);

    // A job that never ran counts under the empty status and does not change the health.
    const qint64 s = m_estate->addServer(m_clientA, QStringLiteral("s-new"));
    const qint64 t = m_estate->addStorage(m_clientA, QStringLiteral("t-new"));
    QVERIFY2(
        m_estate->addJob(m_clientA, QStringLiteral("never ran"), s, t), qPrintable(m_estate->lastError()));
    const QMap<QString, int> withNew = runs.latestStatusCounts(m_clientA, &error);
    QCOMPARE(withNew.value(QString()), 1);
    QCOMPARE(RunStatus::overall(withNew), Health::Ok);
    QCOMPARE(RunStatus::overall({}), Health::Idle);
}

QTEST_MAIN(tst_RunTableModel)
#include "tst_runtablemodel.moc"
