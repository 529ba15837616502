// ServerTableModel over a real database: addresses, host-key state in words and icon, filter.
#include "TestEstate.h"
#include "models/ServerTableModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

class tst_ServerTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseHasNoRows();
    void showsNamesAndAddresses_data();
    void showsNamesAndAddresses();
    void hostKeyStateInWordsAndIcon();
    void filterByClient();
};

void tst_ServerTableModel::emptyDatabaseHasNoRows()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    ServerTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.clientColumn(), int(ServerTableModel::ClientColumn));
    QCOMPARE(model.headerData(ServerTableModel::AddressColumn, Qt::Horizontal).toString(),
        ServerTableModel::tr("Address"));
}

void tst_ServerTableModel::showsNamesAndAddresses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");
    QTest::addRow("default port") << QStringLiteral("web") << QStringLiteral("web.example.com") << 22
                                  << QStringLiteral("backup@web.example.com");
    QTest::addRow("other port") << QStringLiteral("db") << QStringLiteral("192.0.2.7") << 2222
                                << QStringLiteral("backup@192.0.2.7:2222");
    QTest::addRow("ipv6 literal") << QStringLiteral("v6") << QStringLiteral("2001:db8::1") << 2200
                                  << QStringLiteral("backup@[2001:db8::1]:2200");
    const QStringList names = cairn::test::hostileNames();
    for (int i = 0; i < names.size(); ++i)
        QTest::addRow("hostile %d", i) << names.at(i) << QStringLiteral("host-%1.example").arg(i) << 22
                                       << QStringLiteral("backup@host-%1.example").arg(i);
}

void tst_ServerTableModel::showsNamesAndAddresses()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, address);
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 client = estate.addClient(QStringLiteral("Client \"Q\""));
    const qint64 id = estate.addServer(client, name, host, port);
    QVERIFY2(client && id, qPrintable(estate.lastError()));

    ServerTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ServerTableModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(0, ServerTableModel::AddressColumn).data().toString(), address);
    QCOMPARE(
        model.index(0, ServerTableModel::ClientColumn).data().toString(), QStringLiteral("Client \"Q\""));
    QCOMPARE(model.index(0, 0).data(StoreTableModel::IdRole).toLongLong(), id);
    QCOMPARE(model.index(0, 0).data(StoreTableModel::ClientIdRole).toLongLong(), client);
}

void tst_ServerTableModel::hostKeyStateInWordsAndIcon()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 client = estate.addClient(QStringLiteral("C"));
    const QString fingerprint = QStringLiteral("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
    QVERIFY2(estate.addServer(client, QStringLiteral("a-trusted"), QStringLiteral("h1"), 22, fingerprint),
        qPrintable(estate.lastError()));
    QVERIFY2(estate.addServer(client, QStringLiteral("b-new"), QStringLiteral("h2")),
        qPrintable(estate.lastError()));

    ServerTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex trusted = model.index(0, ServerTableModel::HostKeyColumn);
    const QModelIndex fresh = model.index(1, ServerTableModel::HostKeyColumn);
    QCOMPARE(trusted.data().toString(), QStringLiteral("ssh-ed25519 ") + fingerprint);
    QCOMPARE(fresh.data().toString(), ServerTableModel::tr("Not trusted yet"));
    // Never colour alone: both carry a word and an icon.
    QVERIFY(!trusted.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!fresh.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!fresh.data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_ServerTableModel::filterByClient()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 a = estate.addClient(QStringLiteral("A"));
    const qint64 b = estate.addClient(QStringLiteral("B"));
    QVERIFY2(estate.addServer(a, QStringLiteral("a1")) && estate.addServer(a, QStringLiteral("a2"))
            && estate.addServer(b, QStringLiteral("b1")),
        qPrintable(estate.lastError()));

    ServerTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    model.setClientId(a);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(StoreTableModel::ClientIdRole).toLongLong(), a);
    model.setClientId(b);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ServerTableModel::NameColumn).data().toString(), QStringLiteral("b1"));
}

QTEST_MAIN(tst_ServerTableModel)
#include "tst_servertablemodel.moc"
