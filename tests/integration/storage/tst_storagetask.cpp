// StorageTask: the storage check and the lifecycle rule on a worker thread, reported by queued
// signals, against the s3 fixture behind its strict layer; cancel against a server that accepts
// connections and never answers.
#include "S3TestBed.h"

#include "storage/StorageTask.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace cairn;
using cairn::test::S3TestBed;

class TestStorageTask final : public QObject {
    Q_OBJECT

    std::unique_ptr<S3TestBed> m_bed;

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = S3TestBed::start(QStringLiteral("s3strict"));
        QVERIFY2(m_bed, qPrintable(S3TestBed::lastError()));
    }

    void checkReportsEveryStepFromItsThread()
    {
        S3Target target = m_bed->target();
        target.prefix = QStringLiteral("task/");
        QPointer<StorageTask> task = StorageTask::check(target, SigningSecret(m_bed->secret()));
        QList<std::pair<int, StorageCheckStep::Outcome>> seen;
        QList<QThread *> threads;
        connect(task, &StorageTask::stepChanged, this, [&](int index, const StorageCheckStep &step) {
            seen.append({ index, step.outcome });
            threads.append(QThread::currentThread());
        });
        StorageCheckReport report;
        connect(task, &StorageTask::checkFinished, this, [&](const StorageCheckReport &r) { report = r; });
        QSignalSpy finished(task, &StorageTask::finished);
        task->start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(report.passed(), qPrintable(report.firstFailure()));
        QCOMPARE(report.steps.size(), 7);
        QCOMPARE(seen.size(), 14); // Running, then the outcome, for each step
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(seen.at(2 * i).first, i);
            QCOMPARE(seen.at(2 * i).second, StorageCheckStep::Outcome::Running);
            QCOMPARE(seen.at(2 * i + 1).first, i);
            QVERIFY(seen.at(2 * i + 1).second != StorageCheckStep::Outcome::Running);
        }
        // Delivered in this (the receiver's) thread, queued.
        for (QThread *t : threads)
            QCOMPARE(t, QThread::currentThread());
        QTRY_VERIFY(task.isNull()); // it deleted itself
    }

    void applyAbortRule()
    {
        S3Target target = m_bed->target();
        target.prefix = QStringLiteral("rule/");
        QPointer<StorageTask> task = StorageTask::applyAbortRule(target, SigningSecret(m_bed->secret()), 3);
        QString error = QStringLiteral("not called");
        connect(task, &StorageTask::ruleApplied, this, [&](const QString &e) { error = e; });
        QSignalSpy finished(task, &StorageTask::finished);
        task->start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Read back on a thread of its own: S3Client blocks its caller.
        S3Result<S3AbortIncompleteRule> rule;
        QThread *reader = QThread::create(
            [&] { rule = m_bed->client(target, m_bed->secret())->getAbortIncompleteRule(); });
        reader->start();
        QVERIFY(reader->wait(60000));
        delete reader;
        QVERIFY2(rule.ok(), qPrintable(rule.error.message));
        QVERIFY(rule.value.present);
        QCOMPARE(rule.value.daysAfterInitiation, 3);
        QCOMPARE(rule.value.prefix, QStringLiteral("rule/"));
    }

    void cancelEndsAHangingCheck()
    {
        // Accepts connections, never answers: the check would wait for its timeout without cancel.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        S3Target target = m_bed->target();
        target.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        QPointer<StorageTask> task = StorageTask::check(target, SigningSecret(m_bed->secret()));
        QSignalSpy running(task, &StorageTask::stepChanged);
        StorageCheckReport report;
        connect(task, &StorageTask::checkFinished, this, [&](const StorageCheckReport &r) { report = r; });
        QSignalSpy finished(task, &StorageTask::finished);
        task->start();
        QVERIFY(running.wait(10000)); // step 1 is running, its request hangs
        task->cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(report.cancelled);
        QVERIFY(!report.passed());
        QCOMPARE(report.steps.at(0).outcome, StorageCheckStep::Outcome::Failed);
        for (int i = 1; i < report.steps.size(); ++i)
            QCOMPARE(report.steps.at(i).outcome, StorageCheckStep::Outcome::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestStorageTask)
#include "tst_storagetask.moc"
