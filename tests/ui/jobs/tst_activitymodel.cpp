// The Activity model's time left and per-run log, driven the way RunManager drives it (its signals,
// emitted here directly, which the model's contract allows: it is fed by those signals only) with
// a hand-moved clock, so no assertion depends on how fast this machine is. Time left comes from
// bytes read against the expected size with a smoothed rate, and is empty whenever it is unknown;
// the log keeps lines and stage changes as they arrive, bounded, and the Details dialog shows them
// live, with a finished run's host output as plain text.
#include "TestEstate.h"

#include "backup/RunManager.h"
#include "dialogs/RunDetailsDialog.h"
#include "models/ActivityModel.h"
#include "views/ActivityPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace cairn;
using cairn::test::TestEstate;

namespace {

// With CAIRN_UI_SCREENSHOTS=DIR each stage is also saved as a PNG to look at.
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAIRN_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

constexpr qint64 MiB = 1024 * 1024;

} // namespace

class tst_ActivityModel final : public QObject {
    Q_OBJECT

    std::unique_ptr<TestEstate> m_estate;
    std::unique_ptr<RunManager> m_manager;
    std::unique_ptr<ActivityModel> m_model;
    qint64 m_now = 0;

    QString remaining(qint64 runId) const
    {
        return m_model->index(m_model->rowOf(runId), ActivityModel::RemainingColumn).data().toString();
    }
    qint64 remainingSeconds(qint64 runId) const
    {
        return m_model->index(m_model->rowOf(runId), 0)
            .data(ActivityModel::RemainingSecondsRole)
            .toLongLong();
    }
    void progress(
        qint64 runId, qint64 atMs, qint64 read, qint64 total, BackupPhase phase = BackupPhase::Uploading)
    {
        m_now = atMs;
        Q_EMIT m_manager->runProgress(runId, phase, read, read / 2, total);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_estate = std::make_unique<TestEstate>();
        QVERIFY2(m_estate->isValid(), qPrintable(m_estate->lastError()));
    }

    void init()
    {
        m_manager = std::make_unique<RunManager>(m_estate->database());
        m_model = std::make_unique<ActivityModel>(m_manager.get());
        m_model->setClock([this] { return m_now; });
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        m_now = 0;
    }

    void cleanup()
    {
        m_model.reset();
        m_manager.reset();
    }

    void remainingText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("unknown") << qint64(-1) << QString();
        QTest::addRow("none") << qint64(0) << QStringLiteral("less than a minute left");
        QTest::addRow("59 s") << qint64(59) << QStringLiteral("less than a minute left");
        QTest::addRow("1 min") << qint64(60) << QStringLiteral("about 1 min left");
        QTest::addRow("2 min 29 s") << qint64(149) << QStringLiteral("about 2 min left");
        QTest::addRow("2 min 30 s rounds up") << qint64(150) << QStringLiteral("about 3 min left");
        QTest::addRow("89 min") << qint64(89 * 60) << QStringLiteral("about 89 min left");
        QTest::addRow("90 min") << qint64(90 * 60) << QStringLiteral("about 1 h 30 min left");
        QTest::addRow("3 h 5 min") << qint64(3 * 3600 + 5 * 60) << QStringLiteral("about 3 h 05 min left");
    }

    void remainingText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ActivityModel::remainingText(seconds), text);
    }

    void timeLeftFromReadRate()
    {
        Q_EMIT m_manager->runQueued(1, 7);
        QCOMPARE(remaining(1), QString());
        Q_EMIT m_manager->runStarted(1);
        // Connecting and checking read nothing: no time left to show.
        progress(1, 0, 0, 1024 * MiB, BackupPhase::Checking);
        QCOMPARE(remainingSeconds(1), qint64(-1));
        progress(1, 500, 0, 1024 * MiB);
        QCOMPARE(remaining(1), QString()); // under a second of samples: no rate yet
        // 100 MiB in 10 s: 10 MiB/s, 924 MiB left: 92.4 s.
        progress(1, 10000, 100 * MiB, 1024 * MiB);
        QCOMPARE(remainingSeconds(1), qint64(93));
        QCOMPARE(remaining(1), QStringLiteral("about 2 min left"));
        {
            ActivityPanel panel(m_model.get(), m_manager.get());
            panel.resize(1100, 300);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            shot(&panel, QStringLiteral("activity-eta"));
        }
        // The rate halves for one sample: smoothed, it only drops to 0.7 x 10 + 0.3 x 5 = 8.5 MiB/s.
        progress(1, 20000, 150 * MiB, 1024 * MiB);
        QCOMPARE(remainingSeconds(1), qint64(std::ceil(874.0 / 8.5)));
        // Samples closer than a second apart do not move the rate, only what is left.
        progress(1, 20100, 160 * MiB, 1024 * MiB);
        QCOMPARE(remainingSeconds(1), qint64(std::ceil(864.0 / 8.5)));
        // More read than expected (the estimate was low): unknown, so nothing rather than nonsense.
        progress(1, 30000, 1100 * MiB, 1024 * MiB);
        QCOMPARE(remaining(1), QString());
        // No expected size at all: nothing.
        Q_EMIT m_manager->runQueued(2, 8);
        Q_EMIT m_manager->runStarted(2);
        progress(2, 0, 0, 0);
        progress(2, 5000, 50 * MiB, 0);
        QCOMPARE(remaining(2), QString());
        // Finishing and finished runs have nothing left to read.
        progress(1, 31000, 1100 * MiB, 1200 * MiB, BackupPhase::Finishing);
        QCOMPARE(remaining(1), QString());
        BackupResult result;
        result.status = BackupResult::Status::Succeeded;
        result.message = QStringLiteral("Backed up.");
        Q_EMIT m_manager->runFinished(1, result);
        QCOMPARE(remaining(1), QString());
        QCOMPARE(m_model->headerData(ActivityModel::RemainingColumn, Qt::Horizontal).toString(),
            QStringLiteral("Left"));
    }

    void logFollowsTheRun()
    {
        Q_EMIT m_manager->runQueued(5, 9);
        Q_EMIT m_manager->runStarted(5);
        progress(5, 0, 0, 10 * MiB, BackupPhase::Checking);
        const QString hostile = QStringLiteral("tar: /srv/<b>x</b> $(touch /tmp/pwned) \\x1b[31m: changed");
        Q_EMIT m_manager->runLog(5, hostile);

        ActivityPanel panel(m_model.get(), m_manager.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.detailsButton()->isEnabled()); // nothing selected
        panel.view()->selectRow(m_model->rowOf(5));
        QVERIFY(panel.detailsButton()->isEnabled());
        QTest::mouseClick(panel.detailsButton(), Qt::LeftButton);
        auto *dialog = panel.findChild<RunDetailsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->runId(), qint64(5));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString shown = dialog->logView()->toPlainText();
        QVERIFY2(shown.contains(hostile), qPrintable(shown)); // as text, character for character
        QVERIFY2(shown.contains(backupPhaseName(BackupPhase::Checking)), qPrintable(shown));
        QVERIFY(!dialog->hostOutputView()->isVisible());
        shot(dialog, QStringLiteral("run-details-live"));

        // Lines keep arriving while it is open.
        Q_EMIT m_manager->runLog(5, QStringLiteral("Uploading to bucket in parts of 5 MiB."));
        progress(5, 1000, MiB, 10 * MiB, BackupPhase::Uploading);
        QVERIFY(dialog->logView()->toPlainText().contains(QStringLiteral("in parts of 5 MiB")));
        QVERIFY(dialog->logView()->toPlainText().contains(backupPhaseName(BackupPhase::Uploading)));

        // Finished: the reason, the warnings and the host's stderr tail, as plain text.
        BackupResult result;
        result.status = BackupResult::Status::Failed;
        result.message = QStringLiteral("tar could not read /srv/secret; give the SSH user read access.");
        result.detail
            = QStringLiteral("tar: /srv/secret: Cannot open: Permission denied\n<script>alert(1)</script>");
        result.warnings = { QStringLiteral("/srv/www/log changed as we read it") };
        Q_EMIT m_manager->runFinished(5, result);
        QVERIFY(dialog->statusLabel()->text().contains(result.message));
        QCOMPARE(dialog->statusLabel()->textFormat(), Qt::PlainText);
        QVERIFY(dialog->hostOutputView()->isVisible());
        QCOMPARE(dialog->hostOutputView()->toPlainText(), result.detail);
        shot(dialog, QStringLiteral("run-details-failed"));
        QVERIFY(dialog->logView()->toPlainText().contains(QStringLiteral("changed as we read it")));
        QVERIFY(dialog->logView()->toPlainText().contains(result.message));

        // Double-click opens the same details.
        const QModelIndex cell = panel.view()->model()->index(m_model->rowOf(5), ActivityModel::JobColumn);
        const QRect rect = panel.view()->visualRect(cell);
        // What a person's double-click delivers: press, release, then the double-click.
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(panel.findChildren<RunDetailsDialog *>().size(), 2);
    }

    // Restores, verifies and drills get rows of their own beside backup runs with the same number.
    // Twenty runs queued at once: each one that starts moves above those still waiting, and its
    // Cancel button, and a selection on it, move with it.
    void startedRunsMoveAboveQueuedOnes()
    {
        for (qint64 run = 1; run <= 6; ++run)
            Q_EMIT m_manager->runQueued(run, 100 + run);
        QCOMPARE(m_model->rowOf(6), 0); // newest queued first
        QCOMPARE(m_model->rowOf(1), 5);
        ActivityPanel panel(m_model.get(), m_manager.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.view()->selectRow(m_model->rowOf(2));

        Q_EMIT m_manager->runStarted(1);
        Q_EMIT m_manager->runStarted(2);
        QCOMPARE(m_model->rowOf(2), 0);
        QCOMPARE(m_model->rowOf(1), 1);
        QCOMPARE(m_model->rowOf(6), 2); // the waiting ones keep their order below
        QCOMPARE(m_model->rowOf(3), 5);
        const QModelIndexList selected = panel.view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ActivityModel::RunIdRole).toLongLong(), qint64(2));
        for (qint64 run : { 1, 2, 3, 6 }) {
            auto *button = qobject_cast<QPushButton *>(
                panel.view()->indexWidget(m_model->index(m_model->rowOf(run), ActivityModel::CancelColumn)));
            QVERIFY2(button, qPrintable(QStringLiteral("run %1 has no Cancel button in its row").arg(run)));
            QCOMPARE(button->objectName(), QStringLiteral("cancelRun%1").arg(run));
        }

        // A finished run stays where it is; the next one to start goes above it.
        Q_EMIT m_manager->runFinished(2, BackupResult {});
        Q_EMIT m_manager->runStarted(3);
        QCOMPARE(m_model->rowOf(3), 0);
        QCOMPARE(m_model->rowOf(2), 1);
        QCOMPARE(m_model->status(3), QStringLiteral("running"));
    }

    void restoresHaveRowsApartFromRuns()
    {
        Q_EMIT m_manager->runQueued(3, 11);
        Q_EMIT m_manager->restoreQueued(3, QStringLiteral("restore"), QStringLiteral("web 1"),
            QStringLiteral("/srv/www.restored-20261129T170000Z"));
        Q_EMIT m_manager->restoreQueued(4, QStringLiteral("verify"), QStringLiteral("db $(x)"), QString());
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->rowOf(3) >= 0);
        QVERIFY(m_model->rowOf(-3) >= 0);
        QVERIFY(m_model->rowOf(3) != m_model->rowOf(-3));
        QCOMPARE(
            m_model->jobName(-3), QStringLiteral("Restore to web 1: /srv/www.restored-20261129T170000Z"));
        QCOMPARE(m_model->jobName(-4), QStringLiteral("Verify on db $(x)"));
        QCOMPARE(m_model->status(-3), QStringLiteral("queued"));

        Q_EMIT m_manager->restoreStarted(3);
        QCOMPARE(m_model->status(-3), QStringLiteral("running"));
        QCOMPARE(m_model->status(3), QStringLiteral("queued")); // the backup run is untouched
        m_now = 0;
        Q_EMIT m_manager->restoreProgress(3, 0, 200 * MiB);
        m_now = 10000;
        Q_EMIT m_manager->restoreProgress(3, 100 * MiB, 200 * MiB);
        const QModelIndex phase = m_model->index(m_model->rowOf(-3), ActivityModel::PhaseColumn);
        QCOMPARE(phase.data().toString(), QStringLiteral("Downloading"));
        QCOMPARE(remainingSeconds(-3), qint64(10)); // 100 MiB left at 10 MiB/s
        Q_EMIT m_manager->restoreLog(3, QStringLiteral("Checking the archive's SHA-256."));
        QVERIFY(m_model->log(-3)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Checking the archive's SHA-256.")));
        QVERIFY(!m_model->log(3).join(QLatin1Char('\n')).contains(QStringLiteral("SHA-256")));

        RestoreResult result;
        result.status = RestoreResult::Status::Failed;
        result.integrityFailed = true;
        result.message = QStringLiteral("The archive does not match its manifest.");
        result.detail = QStringLiteral("sha256 mismatch");
        QSignalSpy ended(m_model.get(), &ActivityModel::runEnded);
        Q_EMIT m_manager->restoreFinished(3, result);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().first().toLongLong(), qint64(-3));
        QCOMPARE(m_model->status(-3), QStringLiteral("failed"));
        QCOMPARE(m_model->message(-3), result.message);
        QCOMPARE(m_model->hostOutput(-3), result.detail);
        QVERIFY(!m_model->index(m_model->rowOf(-3), 0).data(ActivityModel::ActiveRole).toBool());
        QVERIFY(m_model->index(m_model->rowOf(-4), 0).data(ActivityModel::ActiveRole).toBool());
        // Cancel on a restore row asks RunManager about the restore (unknown here: refused), not run 3.
        QVERIFY(!ActivityModel::cancel(m_manager.get(), -4));
    }

    void logIsBounded()
    {
        Q_EMIT m_manager->runQueued(6, 10);
        Q_EMIT m_manager->runStarted(6);
        const int lines = ActivityModel::kMaximumLogLines + 250;
        for (int i = 0; i < lines; ++i)
            Q_EMIT m_manager->runLog(6, QStringLiteral("line %1").arg(i));
        const QStringList log = m_model->log(6);
        QCOMPARE(log.size(), ActivityModel::kMaximumLogLines);
        QVERIFY2(log.last().endsWith(QStringLiteral("line %1").arg(lines - 1)), qPrintable(log.last()));
        QVERIFY2(log.first().endsWith(QStringLiteral("line %1").arg(lines - ActivityModel::kMaximumLogLines)),
            qPrintable(log.first()));
    }
};

QTEST_MAIN(tst_ActivityModel)
#include "tst_activitymodel.moc"
