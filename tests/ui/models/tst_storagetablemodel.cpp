// StorageTableModel over a real database: bucket and prefix, names as typed, never a secret, filter.
#include "TestEstate.h"
#include "models/StorageTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

class tst_StorageTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseHasNoRows();
    void showsTargets_data();
    void showsTargets();
    void neverShowsTheSecretReference();
    void filterByClient();
};

void tst_StorageTableModel::emptyDatabaseHasNoRows()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    StorageTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(StorageTableModel::ColumnCount));
}

void tst_StorageTableModel::showsTargets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("bucketText");
    QTest::addRow("no prefix") << QStringLiteral("primary") << QString() << QStringLiteral("bucket");
    QTest::addRow("prefix") << QStringLiteral("offsite") << QStringLiteral("cairn/host a")
                            << QStringLiteral("bucket/cairn/host a");
    const QStringList names = cairn::test::hostileNames();
    for (int i = 0; i < names.size(); ++i)
        QTest::addRow("hostile %d", i) << names.at(i) << QString() << QStringLiteral("bucket");
}

void tst_StorageTableModel::showsTargets()
{
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    QFETCH(QString, bucketText);
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 client = estate.addClient(QStringLiteral("C"));
    const qint64 id = estate.addStorage(client, name, QStringLiteral("bucket"), prefix);
    QVERIFY2(client && id, qPrintable(estate.lastError()));

    StorageTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, StorageTableModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(0, StorageTableModel::BucketColumn).data().toString(), bucketText);
    QCOMPARE(model.index(0, StorageTableModel::EndpointColumn).data().toString(),
        QStringLiteral("https://s3.example.test"));
    QCOMPARE(model.index(0, StorageTableModel::RegionColumn).data().toString(), QStringLiteral("eu-test-1"));
    QCOMPARE(model.index(0, StorageTableModel::ClientColumn).data().toString(), QStringLiteral("C"));
    QCOMPARE(model.index(0, 0).data(StoreTableModel::IdRole).toLongLong(), id);
}

void tst_StorageTableModel::neverShowsTheSecretReference()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 client = estate.addClient(QStringLiteral("C"));
    QVERIFY2(estate.addStorage(client, QStringLiteral("t")), qPrintable(estate.lastError()));
    StorageTableModel model(estate.database());
    model.reload();
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(StoreTableModel::SortRole) })
            QVERIFY(!model.index(0, column).data(role).toString().contains(QStringLiteral("cairn/test/")));
    }
    QVERIFY(model.index(0, StorageTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("AKIATEST")));
}

void tst_StorageTableModel::filterByClient()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 a = estate.addClient(QStringLiteral("A"));
    const qint64 b = estate.addClient(QStringLiteral("B"));
    QVERIFY2(estate.addStorage(a, QStringLiteral("a1")) && estate.addStorage(b, QStringLiteral("b1"))
            && estate.addStorage(b, QStringLiteral("b2")),
        qPrintable(estate.lastError()));
    StorageTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClientId(b);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b1"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("b2"));
    model.setClientId(a);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(tst_StorageTableModel)
#include "tst_storagetablemodel.moc"
