// JobTableModel over a real database: what each job backs up, from where to where, when, and
// whether it is paused (in words and icon); the client filter.
#include "TestEstate.h"
#include "models/JobTableModel.h"
#include "models/RunStatus.h"
#include "schedule/OverdueWatchdog.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

class tst_JobTableModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseHasNoRows();
    void showsJobs_data();
    void showsJobs();
    void filterByClient();
    void needsAttentionFromTheWatchdog();
};

void tst_JobTableModel::emptyDatabaseHasNoRows()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    JobTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

void tst_JobTableModel::showsJobs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("kindText");
    QTest::addColumn<QString>("scheduleText");
    QTest::addColumn<QString>("stateText");
    QTest::addRow("files, manual") << QStringLiteral("home dirs") << QStringLiteral("files") << QString()
                                   << true << RunStatus::tr("Files") << JobTableModel::tr("Manual only")
                                   << JobTableModel::tr("Active");
    QTest::addRow("mysql, paused") << QStringLiteral("shop db") << QStringLiteral("mysql")
                                   << QStringLiteral("daily 03:00") << false
                                   << RunStatus::tr("MySQL / MariaDB") << QStringLiteral("daily 03:00")
                                   << JobTableModel::tr("Paused");
    QTest::addRow("postgres") << QStringLiteral("erp") << QStringLiteral("postgres")
                              << QStringLiteral("hourly") << true << RunStatus::tr("PostgreSQL")
                              << QStringLiteral("hourly") << JobTableModel::tr("Active");
    const QStringList names = cairn::test::hostileNames();
    for (int i = 0; i < names.size(); ++i)
        QTest::addRow("hostile %d", i)
            << names.at(i) << QStringLiteral("files") << QString() << true << RunStatus::tr("Files")
            << JobTableModel::tr("Manual only") << JobTableModel::tr("Active");
}

void tst_JobTableModel::showsJobs()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, schedule);
    QFETCH(bool, enabled);
    QFETCH(QString, kindText);
    QFETCH(QString, scheduleText);
    QFETCH(QString, stateText);
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 client = estate.addClient(QStringLiteral("C"));
    const qint64 server = estate.addServer(client, QStringLiteral("srv \"1\""));
    const qint64 storage = estate.addStorage(client, QStringLiteral("bucket $(x)"));
    const qint64 id = estate.addJob(client, name, server, storage, kind, schedule, enabled);
    QVERIFY2(client && server && storage && id, qPrintable(estate.lastError()));

    JobTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobTableModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(0, JobTableModel::KindColumn).data().toString(), kindText);
    QCOMPARE(model.index(0, JobTableModel::ServerColumn).data().toString(), QStringLiteral("srv \"1\""));
    QCOMPARE(model.index(0, JobTableModel::StorageColumn).data().toString(), QStringLiteral("bucket $(x)"));
    QCOMPARE(model.index(0, JobTableModel::ScheduleColumn).data().toString(), scheduleText);
    QCOMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), stateText);
    QVERIFY(!model.index(0, JobTableModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, 0).data(StoreTableModel::IdRole).toLongLong(), id);
}

void tst_JobTableModel::filterByClient()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 a = estate.addClient(QStringLiteral("A"));
    const qint64 b = estate.addClient(QStringLiteral("B"));
    const qint64 sa = estate.addServer(a, QStringLiteral("sa"));
    const qint64 ta = estate.addStorage(a, QStringLiteral("ta"));
    const qint64 sb = estate.addServer(b, QStringLiteral("sb"));
    const qint64 tb = estate.addStorage(b, QStringLiteral("tb"));
    QVERIFY2(estate.addJob(a, QStringLiteral("ja"), sa, ta) && estate.addJob(b, QStringLiteral("jb1"), sb, tb)
            && estate.addJob(b, QStringLiteral("jb2"), sb, tb),
        qPrintable(estate.lastError()));
    JobTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    model.setClientId(a);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobTableModel::ClientColumn).data().toString(), QStringLiteral("A"));
    model.setClientId(b);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
}

void tst_JobTableModel::needsAttentionFromTheWatchdog()
{
    TestEstate estate;
    QVERIFY2(estate.isValid(), qPrintable(estate.lastError()));
    const qint64 client = estate.addClient(QStringLiteral("C"));
    const qint64 server = estate.addServer(client, QStringLiteral("s"));
    const qint64 storage = estate.addStorage(client, QStringLiteral("t"));
    const qint64 id = estate.addJob(client, QStringLiteral("web"), server, storage);
    QVERIFY2(id, qPrintable(estate.lastError()));
    JobTableModel model(estate.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QModelIndex state = model.index(0, JobTableModel::StateColumn);
    QCOMPARE(state.data().toString(), JobTableModel::tr("Active"));
    QVERIFY(state.data(Qt::ToolTipRole).isNull());

    // The newest backup's latest verify failed: the watchdog says Failed with its sentence.
    JobHealthInput input;
    input.jobId = id;
    input.jobName = QStringLiteral("web");
    input.lastGoodAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    input.newestVerifyFailedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    const WatchdogReport failing
        = OverdueWatchdog::assess(QList<JobHealthInput> { input }, QDateTime::currentDateTimeUtc(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHealth(failing);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(state.data().toString(), JobTableModel::tr("Needs attention"));
    QVERIFY2(state.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QLatin1String("The last verify of the newest backup")),
        qPrintable(state.data(Qt::ToolTipRole).toString()));

    // A later verify passed: the job looks fine again.
    input.newestVerifyFailedAt = QDateTime();
    model.setHealth(
        OverdueWatchdog::assess(QList<JobHealthInput> { input }, QDateTime::currentDateTimeUtc(), false));
    QCOMPARE(state.data().toString(), JobTableModel::tr("Active"));
    QVERIFY(state.data(Qt::ToolTipRole).isNull());
}

QTEST_MAIN(tst_JobTableModel)
#include "tst_jobtablemodel.moc"
