#include "models/ActivityModel.h"

#include "backup/RunManager.h"
#include "models/RunStatus.h"

#include <QLocale>
#include <QTime>
#include <QTimer>

#include <cmath>

#include <algorithm>

namespace cairn {

ActivityModel::ActivityModel(RunManager *manager, QObject *parent) : QAbstractTableModel(parent)
{
    connect(manager, &RunManager::runQueued, this, &ActivityModel::onQueued);
    connect(manager, &RunManager::runStarted, this, &ActivityModel::onStarted);
    connect(manager, &RunManager::runProgress, this, &ActivityModel::onProgress);
    connect(manager, &RunManager::runFinished, this, &ActivityModel::onFinished);
    connect(manager, &RunManager::runLog, this, &ActivityModel::onLog);
    connect(manager, &RunManager::restoreQueued, this, &ActivityModel::onRestoreQueued);
    connect(manager, &RunManager::restoreStarted, this, [this](qint64 restoreId) { onStarted(-restoreId); });
    connect(manager, &RunManager::restoreProgress, this, &ActivityModel::onRestoreProgress);
    connect(manager, &RunManager::restoreLog, this,
        [this](qint64 restoreId, const QString &line) { onLog(-restoreId, line); });
    connect(manager, &RunManager::restoreFinished, this, &ActivityModel::onRestoreFinished);
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    // Elapsed time moves on between progress signals (a slow preflight, a long dump).
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &ActivityModel::onTick);
    tick->start();
}

void ActivityModel::setJobName(qint64 jobId, const QString &name)
{
    m_jobNames.insert(jobId, name);
}

int ActivityModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).runId == runId)
            return i;
    }
    return -1;
}

bool ActivityModel::hasActiveRuns() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.finishedElapsedMs < 0; });
}

void ActivityModel::onQueued(qint64 runId, qint64 jobId)
{
    Row row;
    row.runId = runId;
    row.jobId = jobId;
    row.jobName = m_jobNames.value(jobId, tr("Job %1").arg(jobId));
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
    append(0, tr("Queued."));
    trimFinished();
}

QString ActivityModel::phaseText(const Row &row)
{
    // A restore's bytes come down from storage; the backup phases' names say "up".
    if (row.runId < 0 && row.phase == BackupPhase::Uploading)
        return tr("Downloading");
    return backupPhaseName(row.phase);
}

bool ActivityModel::cancel(RunManager *manager, qint64 rowId)
{
    return rowId < 0 ? manager->cancelRestore(-rowId) : manager->cancel(rowId);
}

void ActivityModel::onRestoreQueued(
    qint64 restoreId, const QString &kind, const QString &serverName, const QString &target)
{
    Row row;
    row.runId = -restoreId;
    if (kind == QLatin1String("verify"))
        row.jobName = tr("Verify on %1").arg(serverName);
    else if (kind == QLatin1String("drill"))
        row.jobName = tr("Restore drill on %1").arg(serverName);
    else
        row.jobName = tr("Restore to %1: %2").arg(serverName, target);
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
    append(0, tr("Queued."));
    trimFinished();
}

// A restore reads what it downloads: both byte columns show the download, the total is the
// archive's size from the manifest, so the time left is known from the start.
void ActivityModel::onRestoreProgress(qint64 restoreId, qint64 bytesDownloaded, qint64 total)
{
    onProgress(-restoreId, BackupPhase::Uploading, bytesDownloaded, bytesDownloaded, total);
}

void ActivityModel::onRestoreFinished(qint64 restoreId, const RestoreResult &result)
{
    const int i = rowOf(-restoreId);
    if (i < 0)
        return;
    BackupResult shown;
    shown.status = result.succeeded()                       ? BackupResult::Status::Succeeded
        : result.status == RestoreResult::Status::Cancelled ? BackupResult::Status::Cancelled
                                                            : BackupResult::Status::Failed;
    shown.message = result.message;
    shown.detail = result.detail;
    shown.bytesSource = result.bytes;
    shown.bytesStored = result.bytes;
    onFinished(-restoreId, shown);
}

void ActivityModel::onStarted(qint64 runId)
{
    int i = rowOf(runId);
    if (i < 0)
        return;
    // A started run goes to the top: when many were queued at once, the ones moving are in view
    // above the ones still waiting (the rows' widgets and selections move with them).
    if (i > 0) {
        beginMoveRows({}, i, i, {}, 0);
        m_rows.move(i, 0);
        endMoveRows();
        i = 0;
    }
    Row &row = m_rows[i];
    row.status = QStringLiteral("running");
    row.phase = BackupPhase::Connecting;
    row.running.start();
    rowChanged(i);
    append(i, backupPhaseName(BackupPhase::Connecting));
}

void ActivityModel::onProgress(
    qint64 runId, BackupPhase phase, qint64 bytesRead, qint64 bytesUploaded, qint64 totalEstimate)
{
    const int i = rowOf(runId);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    if (!row.running.isValid())
        row.running.start();
    row.status = QStringLiteral("running");
    const bool phaseChanged = row.phase != phase;
    row.phase = phase;
    row.bytesRead = std::max(row.bytesRead, bytesRead);
    row.bytesUploaded = std::max(row.bytesUploaded, bytesUploaded);
    row.totalEstimate = totalEstimate;
    const qint64 now = m_now();
    if (row.sampleAtMs < 0 || row.bytesRead < row.sampleRead) {
        row.sampleAtMs = now;
        row.sampleRead = row.bytesRead;
    } else if (now - row.sampleAtMs >= kRateSampleMs) {
        const double rate = double(row.bytesRead - row.sampleRead) / double(now - row.sampleAtMs);
        // An exponential average: recent samples count most, a single slow or fast part little.
        row.readRate = row.readRate < 0 ? rate : 0.7 * row.readRate + 0.3 * rate;
        row.sampleAtMs = now;
        row.sampleRead = row.bytesRead;
    }
    rowChanged(i);
    if (phaseChanged)
        append(i, phaseText(row));
}

void ActivityModel::onFinished(qint64 runId, const BackupResult &result)
{
    const int i = rowOf(runId);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    row.status = result.statusName();
    row.phase = BackupPhase::Done;
    row.message = result.message;
    row.warnings = int(result.warnings.size());
    if (result.bytesSource > 0)
        row.bytesRead = result.bytesSource;
    if (result.bytesStored > 0)
        row.bytesUploaded = result.bytesStored;
    row.finishedElapsedMs = row.running.isValid() ? row.running.elapsed() : 0;
    row.hostOutput = result.detail;
    rowChanged(i);
    for (const QString &warning : result.warnings)
        append(i, tr("Warning: %1").arg(warning));
    append(i, tr("%1: %2").arg(RunStatus::label(row.status), result.message));
    Q_EMIT runEnded(runId);
    trimFinished();
}

void ActivityModel::onLog(qint64 runId, const QString &line)
{
    const int i = rowOf(runId);
    if (i >= 0)
        append(i, line);
}

void ActivityModel::append(int row, const QString &text)
{
    Row &r = m_rows[row];
    const QString line
        = QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + text;
    r.log.append(line);
    if (r.log.size() > kMaximumLogLines)
        r.log.remove(0, r.log.size() - kMaximumLogLines);
    Q_EMIT logAppended(r.runId, line);
}

QStringList ActivityModel::log(qint64 runId) const
{
    const int i = rowOf(runId);
    return i < 0 ? QStringList() : m_rows.at(i).log;
}

QString ActivityModel::jobName(qint64 runId) const
{
    const int i = rowOf(runId);
    return i < 0 ? QString() : m_rows.at(i).jobName;
}

QString ActivityModel::hostOutput(qint64 runId) const
{
    const int i = rowOf(runId);
    return i < 0 ? QString() : m_rows.at(i).hostOutput;
}

QString ActivityModel::message(qint64 runId) const
{
    const int i = rowOf(runId);
    return i < 0 ? QString() : m_rows.at(i).message;
}

QString ActivityModel::status(qint64 runId) const
{
    const int i = rowOf(runId);
    return i < 0 ? QString() : m_rows.at(i).status;
}

qint64 ActivityModel::remainingSeconds(const Row &row) const
{
    const bool reading = row.phase == BackupPhase::Preparing || row.phase == BackupPhase::Uploading;
    if (row.finishedElapsedMs >= 0 || !reading || row.totalEstimate <= 0 || row.readRate <= 0
        || row.bytesRead >= row.totalEstimate)
        return -1;
    return qint64(std::ceil(double(row.totalEstimate - row.bytesRead) / row.readRate / 1000.0));
}

QString ActivityModel::remainingText(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("less than a minute left");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return tr("about %n min left", nullptr, int(minutes));
    return tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void ActivityModel::onTick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).finishedElapsedMs < 0 && m_rows.at(i).running.isValid())
            Q_EMIT dataChanged(index(i, RateColumn), index(i, ElapsedColumn), { Qt::DisplayRole });
    }
}

void ActivityModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActivityModel::trimFinished()
{
    int finished = 0;
    for (const Row &r : std::as_const(m_rows))
        finished += r.finishedElapsedMs >= 0 ? 1 : 0;
    // The oldest finished rows are at the bottom; queued and running rows always stay.
    for (int i = int(m_rows.size()) - 1; i >= 0 && finished > kMaximumFinishedRows; --i) {
        if (m_rows.at(i).finishedElapsedMs < 0)
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
        --finished;
    }
}

qint64 ActivityModel::elapsedMs(const Row &row) const
{
    if (row.finishedElapsedMs >= 0)
        return row.finishedElapsedMs;
    return row.running.isValid() ? row.running.elapsed() : -1;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool active = row.finishedElapsedMs < 0;
    switch (role) {
    case RunIdRole:
        return row.runId;
    case ActiveRole:
        return active;
    case StatusRole:
        return row.status;
    case BytesUploadedRole:
        return row.bytesUploaded;
    case RemainingSecondsRole:
        return remainingSeconds(row);
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(RunStatus::icon(row.status)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(row.message) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const qint64 ms = elapsedMs(row);
    switch (index.column()) {
    case StatusColumn:
        return RunStatus::label(row.status);
    case JobColumn:
        return row.jobName;
    case PhaseColumn:
        if (!active)
            return QString();
        // No percentage: the estimate is the used space of the covered filesystems, often far more
        // than the job reads, so a percentage would stay near 0 and mislead.
        return phaseText(row);
    case ReadColumn:
        return row.bytesRead > 0 ? locale.formattedDataSize(row.bytesRead) : QString();
    case UploadedColumn:
        return row.bytesUploaded > 0 ? locale.formattedDataSize(row.bytesUploaded) : QString();
    case RateColumn:
        if (ms <= 0 || row.bytesUploaded <= 0)
            return QString();
        return tr("%1/s").arg(locale.formattedDataSize(row.bytesUploaded * 1000 / std::max<qint64>(ms, 1)));
    case ElapsedColumn:
        return ms < 0 ? QString() : RunStatus::duration(ms / 1000);
    case RemainingColumn:
        return remainingText(remainingSeconds(row));
    case MessageColumn:
        if (!active && row.warnings > 0)
            return tr("%1 (%n warnings)", nullptr, row.warnings).arg(row.message);
        return row.message;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case JobColumn:
        return tr("Job");
    case PhaseColumn:
        return tr("Now");
    case ReadColumn:
        return tr("Read");
    case UploadedColumn:
        return tr("Uploaded");
    case RateColumn:
        return tr("Rate");
    case ElapsedColumn:
        return tr("Time");
    case RemainingColumn:
        return tr("Left");
    case MessageColumn:
        return tr("Result");
    case CancelColumn:
        return QString();
    }
    return {};
}

} // namespace cairn
