#pragma once
// Deletes one backup by hand (the Backups page's "Delete backup") through BackupRemover, as retention
// does: the row goes to "deleting", the archive is deleted first, then its index and manifest, and
// only then is the row "deleted". A backup a restore or verify is reading (BackupsInUse, in any
// process) is refused; the outcome is written to the audit log. Runs in a worker thread.

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace cairn {

class Database;
class S3Client;

class BackupDeleter final {
    Q_DECLARE_TR_FUNCTIONS(cairn::BackupDeleter)

public:
    // Empty on success, else one sentence. Refuses before touching storage when the backup is
    // unknown, already deleted or in use.
    static QString deleteBackup(S3Client &client, const std::shared_ptr<Database> &database, qint64 backupId);
    // The refusal deleteBackup() would give before any storage call, or empty (for the GUI thread).
    static QString refusal(const std::shared_ptr<Database> &database, qint64 backupId);
};

} // namespace cairn
