#pragma once
// How a restore, verify or drill ended, as RestoreRun::finished and RunManager::restoreFinished
// hand it to the UI or the CLI.

#include <QMetaType>
#include <QString>

namespace cairn {

struct RestoreResult final {
    enum class Status { Succeeded, Failed, Cancelled };

    Status status = Status::Failed;
    // One sentence: what happened and, on failure, what to do.
    QString message;
    // The host's stderr tail, escaped and with secrets redacted (failed or cancelled runs).
    QString detail;
    // The archive was found changed or incomplete (size or SHA-256 differ from the manifest).
    bool integrityFailed = false;
    qint64 bytes = 0; // archive bytes the host downloaded and checked
    QString sha256;
    // Every byte the desktop received from the host over SSH.
    qint64 bytesToDesktop = 0;
    QString restoredTo; // the folder or database, for Files and Database
    qint64 unpackedBytes = 0; // Drill: the length of the unpacked tar stream
    qint64 files = 0; // Drill: entries the archive unpacked to
    qint64 tables = 0; // Database drill: tables restored into the scratch database
    qint64 tablesCounted = 0; // Database drill: of those, tables whose rows matched a recorded count

    bool succeeded() const { return status == Status::Succeeded; }
    QString statusName() const
    {
        switch (status) {
        case Status::Succeeded:
            return QStringLiteral("succeeded");
        case Status::Cancelled:
            return QStringLiteral("cancelled");
        case Status::Failed:
            break;
        }
        return QStringLiteral("failed");
    }
};

} // namespace cairn

Q_DECLARE_METATYPE(cairn::RestoreResult)
