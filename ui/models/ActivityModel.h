#pragma once
// The runs of this session as they move: queued, running (phase, bytes read, bytes uploaded, rate,
// elapsed time, time left when the size is known) and finished (with their one-sentence result).
// Fed only by RunManager's signals: it never reads SQLite, so the GUI thread stays free however
// busy the runner is. Newest runs on top; a run keeps its row from queued to finished. Each run
// also keeps its log in memory (bounded): the runner's lines and its stage changes as they arrive,
// then the result, its warnings and the host's stderr tail, for the run's Details dialog.
//
// Time left: the expected size is the runner's (the job's last good run, else df's estimate); the
// read rate is smoothed over samples at least a second apart, so one slow part does not make the
// estimate jump. Unknown (no size, too early, more read than expected) shows nothing.
//
// Restores, verifies and drills (RunManager's restore signals) get rows too, so the restore wizard
// and the Backups page can say "follow it on the Activity page". Their row id is the restore's id
// negated (restores and backup runs are numbered apart); cancel(id) picks the right call.

#include "backup/BackupResult.h"
#include "restore/RestoreResult.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace cairn {

class RunManager;

class ActivityModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        JobColumn,
        PhaseColumn,
        ReadColumn,
        UploadedColumn,
        RateColumn,
        ElapsedColumn,
        RemainingColumn, // "about 3 min left"; empty while unknown
        MessageColumn,
        CancelColumn, // holds the row's Cancel button while the run is queued or running
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        ActiveRole, // bool: queued or running
        StatusRole, // "queued", "running", "succeeded", "warning", "failed", "cancelled"
        BytesUploadedRole,
        RemainingSecondsRole, // qint64; -1 while unknown
    };

    static constexpr int kMaximumFinishedRows = 100;
    static constexpr int kMaximumLogLines = 500; // per run; the oldest go first
    static constexpr qint64 kRateSampleMs = 1000;

    explicit ActivityModel(RunManager *manager, QObject *parent = nullptr);

    // Names the job before its run is queued (JobLauncher::aboutToQueue).
    void setJobName(qint64 jobId, const QString &name);
    int rowOf(qint64 runId) const;
    // Cancels the row's run: a backup run (id > 0) or a restore (id < 0, the restore's id negated).
    static bool cancel(RunManager *manager, qint64 rowId);
    bool hasActiveRuns() const;

    // The run's log lines so far ("12:01:02  Uploading"), its job's name, its host's stderr tail
    // (finished failed or cancelled runs; escaped by the runner, still untrusted text) and its result.
    QStringList log(qint64 runId) const;
    QString jobName(qint64 runId) const;
    QString hostOutput(qint64 runId) const;
    QString message(qint64 runId) const;
    QString status(qint64 runId) const;

    // "about 3 min left", "less than a minute left"; empty for a negative count (unknown).
    static QString remainingText(qint64 seconds);
    // Tests move time by hand (milliseconds, any origin); the default is a monotonic clock.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A row became finished (its Cancel button goes).
    void runEnded(qint64 runId);
    // A line was added to the run's log.
    void logAppended(qint64 runId, const QString &line);

private:
    struct Row {
        qint64 runId = 0;
        qint64 jobId = 0;
        QString jobName;
        QString status = QStringLiteral("queued");
        BackupPhase phase = BackupPhase::Queued;
        qint64 bytesRead = 0;
        qint64 bytesUploaded = 0;
        qint64 totalEstimate = 0;
        QElapsedTimer running; // from the start, not from queueing
        qint64 finishedElapsedMs = -1;
        QString message;
        int warnings = 0;
        // For the time left: the last rate sample and the smoothed read rate (bytes per ms; < 0 unknown).
        qint64 sampleAtMs = -1;
        qint64 sampleRead = 0;
        double readRate = -1;
        QStringList log;
        QString hostOutput;
    };

    void onQueued(qint64 runId, qint64 jobId);
    void onStarted(qint64 runId);
    void onProgress(
        qint64 runId, BackupPhase phase, qint64 bytesRead, qint64 bytesUploaded, qint64 totalEstimate);
    void onFinished(qint64 runId, const BackupResult &result);
    void onLog(qint64 runId, const QString &line);
    void onRestoreQueued(qint64 restoreId, const QString &kind, const QString &serverName, const QString &target);
    void onRestoreProgress(qint64 restoreId, qint64 bytesDownloaded, qint64 total);
    void onRestoreFinished(qint64 restoreId, const RestoreResult &result);
    void append(int row, const QString &text);
    void onTick();
    void rowChanged(int row);
    void trimFinished();
    qint64 elapsedMs(const Row &row) const;
    static QString phaseText(const Row &row);
    qint64 remainingSeconds(const Row &row) const;

    QList<Row> m_rows;
    QHash<qint64, QString> m_jobNames;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
};

} // namespace cairn
