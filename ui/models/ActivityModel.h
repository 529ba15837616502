#pragma once
// The runs of this session as they move: queued, running (phase, bytes read, bytes uploaded, rate,
// elapsed time) and finished (with their one-sentence result). Fed only by RunManager's signals:
// it never reads SQLite, so the GUI thread stays free however busy the runner is. Newest runs on
// top; a run keeps its row from queued to finished.

#include "backup/BackupResult.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

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
        MessageColumn,
        CancelColumn, // holds the row's Cancel button while the run is queued or running
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        ActiveRole, // bool: queued or running
        StatusRole, // "queued", "running", "succeeded", "warning", "failed", "cancelled"
        BytesUploadedRole,
    };

    static constexpr int kMaximumFinishedRows = 100;

    explicit ActivityModel(RunManager *manager, QObject *parent = nullptr);

    // Names the job before its run is queued (JobLauncher::aboutToQueue).
    void setJobName(qint64 jobId, const QString &name);
    int rowOf(qint64 runId) const;
    bool hasActiveRuns() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A row became finished (its Cancel button goes).
    void runEnded(qint64 runId);

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
    };

    void onQueued(qint64 runId, qint64 jobId);
    void onStarted(qint64 runId);
    void onProgress(
        qint64 runId, BackupPhase phase, qint64 bytesRead, qint64 bytesUploaded, qint64 totalEstimate);
    void onFinished(qint64 runId, const BackupResult &result);
    void onTick();
    void rowChanged(int row);
    void trimFinished();
    qint64 elapsedMs(const Row &row) const;

    QList<Row> m_rows;
    QHash<qint64, QString> m_jobNames;
};

} // namespace cairn
