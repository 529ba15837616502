// ClientListModel over a real database: names shown exactly as typed, counts, the "All clients"
// row of the selector, and the client filter.
#include "TestEstate.h"
#include "models/ClientListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

class tst_ClientListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseHasNoRows();
    void allClientsRowOnTop();
    void namesAreShownAsTyped_data();
    void namesAreShownAsTyped();
    void countsWhatEachClientOwns();
    void filterShowsOneClient();
    void summaryAddsUpOrPicksOne();
};

void tst_ClientListModel::emptyDatabaseHasNoRows()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    ClientListModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));
    QVERIFY(model.lastError().isEmpty());
}

void tst_ClientListModel::allClientsRowOnTop()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 b = estate.addClient(QStringLiteral("Beta"));
    const qint64 a = estate.addClient(QStringLiteral("alpha"));
    QVERIFY2(a && b, qPrintable(estate.lastError()));

    ClientListModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAllClientsRow(true);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), ClientListModel::tr("All clients"));
    QCOMPARE(model.index(0, 0).data(StoreTableModel::IdRole).toLongLong(), 0);
    // Sorted by name without regard to case.
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Beta"));
    QCOMPARE(model.rowOf(0), 0);
    QCOMPARE(model.rowOf(a), 1);
    QCOMPARE(model.rowOf(b), 2);
    QCOMPARE(model.rowOf(9999), -1);
    QCOMPARE(model.idAt(2), b);
    QCOMPARE(model.clientCount(), 2);

    model.setAllClientsRow(false);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(a), 0);
}

void tst_ClientListModel::namesAreShownAsTyped_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : cairn::test::hostileNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void tst_ClientListModel::namesAreShownAsTyped()
{
    QFETCH(QString, name);
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 id = estate.addClient(name);
    QVERIFY2(id, qPrintable(estate.lastError()));

    ClientListModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    // The store trims surrounding spaces; everything else arrives untouched.
    QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), name.trimmed());
    QCOMPARE(model.index(0, ClientListModel::NameColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("notes for %1").arg(name));
    QCOMPARE(model.index(0, 0).data(StoreTableModel::IdRole).toLongLong(), id);
}

void tst_ClientListModel::countsWhatEachClientOwns()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 busy = estate.addClient(QStringLiteral("Busy"));
    const qint64 idle = estate.addClient(QStringLiteral("Idle"));
    const qint64 s1 = estate.addServer(busy, QStringLiteral("web"));
    const qint64 s2 = estate.addServer(busy, QStringLiteral("db"));
    const qint64 t = estate.addStorage(busy, QStringLiteral("bucket"));
    QVERIFY2(idle && s1 && s2 && t, qPrintable(estate.lastError()));
    QVERIFY2(estate.addJob(busy, QStringLiteral("web files"), s1, t), qPrintable(estate.lastError()));
    QVERIFY2(estate.addJob(busy, QStringLiteral("db dump"), s2, t, QStringLiteral("postgres")),
        qPrintable(estate.lastError()));

    ClientListModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int busyRow = model.rowOf(busy);
    const int idleRow = model.rowOf(idle);
    QCOMPARE(model.index(busyRow, ClientListModel::ServersColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(busyRow, ClientListModel::StorageColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(busyRow, ClientListModel::JobsColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(busyRow, ClientListModel::JobsColumn).data(StoreTableModel::SortRole).toInt(), 2);
    QCOMPARE(model.index(idleRow, ClientListModel::ServersColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(!model.index(idleRow, ClientListModel::CreatedColumn).data().toString().isEmpty());
}

void tst_ClientListModel::filterShowsOneClient()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 a = estate.addClient(QStringLiteral("A"));
    const qint64 b = estate.addClient(QStringLiteral("B"));
    QVERIFY2(a && b, qPrintable(estate.lastError()));

    ClientListModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setClientId(b);
    QCOMPARE(resets.count(), 0); // the filter alone reads nothing
    model.reload();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("B"));
    model.setClientId(0);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
}

void tst_ClientListModel::summaryAddsUpOrPicksOne()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 a = estate.addClient(QStringLiteral("A"));
    const qint64 b = estate.addClient(QStringLiteral("B"));
    QVERIFY2(estate.addServer(a, QStringLiteral("a1")) && estate.addServer(b, QStringLiteral("b1"))
            && estate.addServer(b, QStringLiteral("b2")),
        qPrintable(estate.lastError()));
    ClientListModel model(estate.database());
    model.setAllClientsRow(true);
    model.reload();
    QCOMPARE(model.summary(0).servers, 3);
    QCOMPARE(model.summary(b).servers, 2);
    QCOMPARE(model.summary(b).name, QStringLiteral("B"));
    QCOMPARE(model.summary(12345).servers, 0); // an unknown client owns nothing
}

QTEST_MAIN(tst_ClientListModel)
#include "tst_clientlistmodel.moc"
