#include "backup/BackupResult.h"

namespace cairn {

QString BackupResult::statusName() const
{
    switch (status) {
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::SucceededWithWarnings:
        return QStringLiteral("warning");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString backupPhaseName(BackupPhase phase)
{
    const char *context = "cairn::BackupPhase";
    switch (phase) {
    case BackupPhase::Queued:
        return QCoreApplication::translate(context, "Queued");
    case BackupPhase::Connecting:
        return QCoreApplication::translate(context, "Connecting");
    case BackupPhase::Checking:
        return QCoreApplication::translate(context, "Checking the server");
    case BackupPhase::Preparing:
        return QCoreApplication::translate(context, "Preparing");
    case BackupPhase::Uploading:
        return QCoreApplication::translate(context, "Uploading");
    case BackupPhase::Finishing:
        return QCoreApplication::translate(context, "Finishing");
    case BackupPhase::Retention:
        return QCoreApplication::translate(context, "Removing old backups");
    case BackupPhase::Done:
        return QCoreApplication::translate(context, "Done");
    }
    return {};
}

} // namespace cairn
