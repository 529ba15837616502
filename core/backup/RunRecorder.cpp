#include "backup/RunRecorder.h"

#include "store/RunRepository.h"

#include <QFile>
#include <QSysInfo>

#include <unistd.h>

namespace cairn {

namespace {

// A run that logs without end (a host printing warnings in a loop) must not fill the database.
constexpr int kMaxEventsPerRun = 2000;

QByteArray processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // Field 22 (start time in clock ticks) counted after the ")" that ends the command name.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? fields.at(19) : QByteArray();
}

} // namespace

RunRecorder::RunRecorder(std::shared_ptr<Database> database, qint64 runId)
    : m_database(std::move(database)), m_runId(runId)
{ }

QString RunRecorder::ownerTag()
{
    const qint64 pid = ::getpid();
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(pid)
        .arg(QString::fromLatin1(processStartTime(pid)));
}

bool RunRecorder::ownerAlive(const QString &tag)
{
    const QStringList parts = tag.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return false;
    if (parts.at(0) != QSysInfo::machineHostName())
        return true; // another machine's run (a shared database): not ours to judge
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    const QByteArray start = processStartTime(pid);
    return !start.isEmpty() && QString::fromLatin1(start) == parts.at(2);
}

void RunRecorder::started(qint64 storageId)
{
    RunRepository(m_database).markRunning(m_runId, ownerTag(), storageId);
}

void RunRecorder::objectKey(const QString &key)
{
    RunRepository(m_database).setObjectKey(m_runId, key);
}

void RunRecorder::uploadId(const QString &uploadId)
{
    RunRepository(m_database).setUploadId(m_runId, uploadId);
}

void RunRecorder::uploadClosed()
{
    RunRepository(m_database).closeUpload(m_runId);
}

void RunRecorder::event(const QString &kind, const QString &text, qint64 bytes)
{
    if (++m_events > kMaxEventsPerRun)
        return;
    if (m_events == kMaxEventsPerRun) {
        RunRepository(m_database)
            .addEvent(m_runId, QStringLiteral("log"),
                QStringLiteral("Later lines of this run were not recorded (more than %1).")
                    .arg(kMaxEventsPerRun));
        return;
    }
    RunRepository(m_database).addEvent(m_runId, kind, text, bytes);
}

void RunRecorder::finished(const BackupResult &result)
{
    RunRepository runs(m_database);
    runs.finish(m_runId, result.statusName(), result.message, result.bytesSource, result.bytesStored,
        result.bytesToDesktop);
    if (!result.detail.isEmpty())
        runs.addEvent(m_runId, QStringLiteral("error"), result.detail);
}

qint64 RunRecorder::recordBackup(const BackupRecord &backup, QString *error)
{
    StoreError storeError;
    const qint64 id = BackupRepository(m_database).insert(backup, &storeError);
    if (error)
        *error = storeError.message;
    return id;
}

QList<LeftoverUpload> RunRecorder::leftoverUploads(const std::shared_ptr<Database> &database)
{
    QList<LeftoverUpload> out;
    for (const OpenUpload &open : RunRepository(database).openUploads()) {
        LeftoverUpload leftover;
        leftover.runId = open.runId;
        leftover.storageId = open.storageId;
        leftover.status = open.status;
        leftover.objectKey = open.objectKey;
        leftover.uploadId = open.uploadId;
        const bool active = open.status == QLatin1String("running") || open.status == QLatin1String("queued");
        leftover.ownerAlive = active && !open.owner.isEmpty() && ownerAlive(open.owner);
        out.append(leftover);
    }
    return out;
}

void RunRecorder::closeLeftover(const std::shared_ptr<Database> &database, const LeftoverUpload &leftover,
    const QString &message, bool uploadGone)
{
    RunRepository runs(database);
    if (uploadGone)
        runs.closeUpload(leftover.runId);
    if (leftover.status == QLatin1String("running") || leftover.status == QLatin1String("queued")) {
        const auto details = runs.find(leftover.runId);
        runs.finish(leftover.runId, QStringLiteral("failed"), message, details ? details->run.bytesSource : 0,
            details ? details->run.bytesStored : 0, details ? details->run.bytesToDesktop : 0);
    }
}

} // namespace cairn
