// RunManager's queue: at most one run per host (a second job on the same server waits, in order),
// the global limit, a job never queued twice, and Cancel of a queued run.
#include "BackupTestBed.h"

#include "backup/RunManager.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace cairn;
using namespace cairn::test;

class TestRunManager final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<BackupTestBed> m_bed;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        m_bed = BackupTestBed::start();
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        const QString data = m_bed->path(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QFile file(data + QStringLiteral("/blob"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4 * 1024 * 1024, 'z'));
        file.close();
        JobSpec spec;
        spec.paths = { data };
        m_first = m_bed->addJob(QStringLiteral("first"), spec);
        m_second = m_bed->addJob(QStringLiteral("second"), spec);
        m_third = m_bed->addJob(QStringLiteral("third"), spec);
        QVERIFY(m_first && m_second && m_third);
    }

    void oneRunPerHostInOrder()
    {
        RunManager manager(m_bed->database());
        QCOMPARE(manager.concurrency(), 4);
        QList<qint64> started;
        QList<qint64> finishedOrder;
        QObject context;
        connect(&manager, &RunManager::runStarted, &context, [&](qint64 runId) {
            // Whenever a run starts, no other run of the same host is running.
            QCOMPARE(manager.runningRuns(), QList<qint64> { runId });
            started << runId;
        });
        QSignalSpy finished(&manager, &RunManager::runFinished);
        connect(&manager, &RunManager::runFinished, &context,
            [&](qint64 runId, const BackupResult &) { finishedOrder << runId; });

        QString error;
        const qint64 a = manager.enqueue(m_bed->loadRequest(m_first), &error);
        const qint64 b = manager.enqueue(m_bed->loadRequest(m_second), &error);
        QVERIFY2(a && b, qPrintable(error));
        // The same job twice is refused while it is queued or running.
        QCOMPARE(manager.enqueue(m_bed->loadRequest(m_second), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("already queued")), qPrintable(error));
        QCOMPARE(manager.state(a), RunManager::RunState::Running);
        QCOMPARE(manager.state(b), RunManager::RunState::Queued);
        QCOMPARE(manager.queuedRuns(), QList<qint64> { b });

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 300000);
        QCOMPARE(started, (QList<qint64> { a, b }));
        QCOMPARE(finishedOrder, (QList<qint64> { a, b }));
        for (const QList<QVariant> &args : std::as_const(finished))
            QVERIFY2(args.at(1).value<BackupResult>().succeeded(),
                qPrintable(args.at(1).value<BackupResult>().message));
        QVERIFY(manager.isIdle());
        QCOMPARE(manager.state(a), RunManager::RunState::Unknown);
    }

    void cancelWhileQueued()
    {
        RunManager manager(m_bed->database());
        QSignalSpy finished(&manager, &RunManager::runFinished);
        const qint64 a = manager.enqueue(m_bed->loadRequest(m_first));
        const qint64 c = manager.enqueue(m_bed->loadRequest(m_third));
        QCOMPARE(manager.state(c), RunManager::RunState::Queued);
        QVERIFY(manager.cancel(c));
        QCOMPARE(finished.size(), 1); // at once: it never started
        QCOMPARE(finished.first().at(0).toLongLong(), c);
        const BackupResult cancelled = finished.first().at(1).value<BackupResult>();
        QCOMPARE(cancelled.status, BackupResult::Status::Cancelled);
        QVERIFY(cancelled.message.endsWith(QLatin1Char('.')));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 300000);
        QCOMPARE(finished.at(1).at(0).toLongLong(), a);
        QVERIFY(!manager.cancel(c));
    }

    void concurrencyIsConfigurable()
    {
        RunManager manager(m_bed->database());
        manager.setConcurrency(0);
        QCOMPARE(manager.concurrency(), 1);
        manager.setConcurrency(2);
        QCOMPARE(manager.concurrency(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRunManager)
#include "tst_runmanager.moc"
