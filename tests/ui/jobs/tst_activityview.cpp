// The Activity view following real backups: a job on a real sshd (this machine) uploading to the
// S3 fixture, started with Run now from the Jobs page. The row goes queued -> running with growing
// uploaded bytes -> succeeded with its sentence, driven by RunManager's signals only; Cancel on a
// running row ends it as cancelled. Then the Backups page lists the new backup.
#include "BackupTestBed.h"

#include "backup/RunManager.h"
#include "models/ActivityModel.h"
#include "models/BackupTimelineModel.h"
#include "secrets/SecretStore.h"
#include "store/RunRepository.h"
#include "views/ActivityPanel.h"
#include "views/BackupsPage.h"
#include "models/StoreTableModel.h"
#include "views/ListPage.h"
#include "views/MainWindow.h"

#include <QDir>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace cairn;
using namespace cairn::test;

namespace {

struct Sample {
    QString status;
    qint64 uploaded = 0;
};

// Every state the model shows for one run, in order, as the view would see it.
class RowRecorder final : public QObject {
public:
    RowRecorder(ActivityModel *model) : m_model(model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowRecorder::record);
        connect(model, &QAbstractItemModel::dataChanged, this, &RowRecorder::record);
    }
    QList<Sample> samples;
    qint64 runId = 0;
    QPushButton *cancelButtonSeen = nullptr;

private:
    void record()
    {
        const int row = runId ? m_model->rowOf(runId) : 0;
        if (row < 0 || row >= m_model->rowCount())
            return;
        const QModelIndex index = m_model->index(row, 0);
        if (!runId)
            runId = index.data(ActivityModel::RunIdRole).toLongLong();
        const Sample sample { index.data(ActivityModel::StatusRole).toString(),
            index.data(ActivityModel::BytesUploadedRole).toLongLong() };
        if (samples.isEmpty() || samples.last().status != sample.status
            || samples.last().uploaded != sample.uploaded)
            samples << sample;
    }
    ActivityModel *m_model;
};

bool isFinished(const QString &status)
{
    return status == QLatin1String("succeeded") || status == QLatin1String("warning")
        || status == QLatin1String("failed") || status == QLatin1String("cancelled");
}

} // namespace

class tst_ActivityView final : public QObject {
    Q_OBJECT

    std::unique_ptr<BackupTestBed> m_bed;
    qint64 m_job = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
            "run the tests through scripts/test.sh, which provides the keyring session");
        // The window reads secrets from the default service, as the app does (a private keyring).
        m_bed = BackupTestBed::start({}, SecretStore::defaultService());
        if (!m_bed)
            QFAIL(qPrintable(BackupTestBed::lastError()));
        const QString data = m_bed->path(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QFile file(data + QStringLiteral("/random.bin"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Incompressible, several parts, uploaded at a limited rate: progress has steps to show.
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < 24; ++i) {
            QRandomGenerator::global()->fillRange(
                reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block);
        }
        file.close();
        JobSpec spec;
        spec.paths = { data };
        spec.partSize = JobSpec::kMinPartSize;
        spec.partsInFlight = 1; // parts one after another: each confirmed part is a visible step
        spec.uploadBytesPerSecond = 4 * 1024 * 1024;
        m_job = m_bed->addJob(QStringLiteral("activity \"job\" $(id)"), spec);
        QVERIFY2(m_job, qPrintable(BackupTestBed::lastError()));
    }

    void rowFollowsARun()
    {
        MainWindow window(m_bed->database(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Activity);
        auto *panel = window.listPage(MainWindow::Activity)->findChild<ActivityPanel *>();
        QVERIFY(panel);
        QVERIFY(!panel->isVisibleTo(&window)); // nothing this session yet
        StoreTableModel *history = window.listPage(MainWindow::Activity)->model();
        const int historyBefore = history->rowCount();

        ActivityModel *model = window.activityModel();
        RowRecorder recorder(model);
        // Run now from the Jobs page, as a person would.
        window.showPage(MainWindow::Jobs);
        ListPage *jobs = window.listPage(MainWindow::Jobs);
        jobs->view()->selectRow(0);
        auto *run = jobs->findChild<QPushButton *>(QStringLiteral("runJobButton"));
        QVERIFY(run && run->isEnabled());
        run->click();
        window.showPage(MainWindow::Activity);

        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
        QVERIFY(panel->isVisibleTo(&window));
        QCOMPARE(model->index(0, ActivityModel::JobColumn).data().toString(),
            QStringLiteral("activity \"job\" $(id)"));
        const qint64 runId = recorder.runId;
        QVERIFY(runId > 0);
        // A Cancel button on the row while it is active.
        const QModelIndex cancelIndex = model->index(0, ActivityModel::CancelColumn);
        QVERIFY(qobject_cast<QPushButton *>(panel->view()->indexWidget(cancelIndex)));

        QTRY_VERIFY_WITH_TIMEOUT(
            !recorder.samples.isEmpty() && isFinished(recorder.samples.last().status), 300000);
        const Sample last = recorder.samples.last();
        QVERIFY2(last.status == QLatin1String("succeeded"),
            qPrintable(model->index(0, ActivityModel::MessageColumn).data().toString()));
        QVERIFY(!model->index(0, ActivityModel::MessageColumn).data().toString().isEmpty());
        QVERIFY(!panel->view()->indexWidget(model->index(0, ActivityModel::CancelColumn)));

        // queued first, then running with uploaded bytes that only grow, in several steps.
        QCOMPARE(recorder.samples.first().status, QStringLiteral("queued"));
        QList<qint64> runningUploads;
        for (const Sample &s : std::as_const(recorder.samples)) {
            if (s.status == QLatin1String("running"))
                runningUploads << s.uploaded;
        }
        QVERIFY(!runningUploads.isEmpty());
        QVERIFY(std::is_sorted(runningUploads.cbegin(), runningUploads.cend()));
        QList<qint64> positive;
        for (qint64 bytes : std::as_const(runningUploads)) {
            if (bytes > 0 && !positive.contains(bytes))
                positive << bytes;
        }
        QVERIFY2(positive.size() >= 2,
            qPrintable(QStringLiteral("uploaded steps while running: %1").arg(positive.size())));
        QVERIFY(last.uploaded >= positive.last());

        // The page's history below lists the finished run without the page being opened again.
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), historyBefore + 1, 20000);

        // The Backups page lists it, read off the GUI thread.
        window.showPage(MainWindow::Backups);
        BackupsPage *backups = window.backupsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!backups->isLoading() && backups->model()->backupCount() == 1, 20000);
        QVERIFY(!backups->isShowingEmptyState());
    }

    void cancelEndsARunningRow()
    {
        MainWindow window(m_bed->database(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Activity);
        auto *panel = window.listPage(MainWindow::Activity)->findChild<ActivityPanel *>();
        ActivityModel *model = window.activityModel();
        RowRecorder recorder(model);
        // The job backed up once already (rowFollowsARun): that run's size is the expected size,
        // not df's estimate of the whole filesystem.
        const qint64 lastGood = RunRepository(m_bed->database()).lastGoodSourceBytes(m_job);
        QVERIFY(lastGood > 0);
        QSignalSpy progress(window.runManager(), &RunManager::runProgress);
        window.runJob(m_job);
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.samples.isEmpty() && recorder.samples.last().uploaded > 0
                && recorder.samples.last().status == QLatin1String("running"),
            120000);
        // For a person to look at the live row: CAIRN_TEST_SHOT_DIR=/tmp/shots.
        if (const QString dir = qEnvironmentVariable("CAIRN_TEST_SHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/activity-running.png"));
        QVERIFY(!progress.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(progress))
            QCOMPARE(signal.at(4).toLongLong(), lastGood);
        const int row = model->rowOf(recorder.runId);
        auto *cancel = qobject_cast<QPushButton *>(
            panel->view()->indexWidget(model->index(row, ActivityModel::CancelColumn)));
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(!cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(recorder.samples.last().status), 60000);
        QCOMPARE(recorder.samples.last().status, QStringLiteral("cancelled"));
        const QString message = model->index(row, ActivityModel::MessageColumn).data().toString();
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QVERIFY(window.runManager()->isIdle());
    }
};

QTEST_MAIN(tst_ActivityView)
#include "tst_activityview.moc"
