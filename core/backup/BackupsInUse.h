#pragma once
// The backups a restore, verify or drill is reading right now, in any process on this computer that
// uses the same Cairn database: the GUI, cairn-cli and the scheduler daemon. Retention consults it
// and never deletes one of them; a restore holds its backup from the moment it is queued until it
// ends.
//
// A hold is a QLockFile in "<database>.inuse/" named after the backup: the lock is released when the
// hold goes, and a process that dies holding one leaves a file whose owner is gone, which the next
// look treats as stale and removes. Holds without a database path (tests) live in this process only.
// Thread-safe: runs take and release holds on worker threads.
//
//   BackupsInUse::Hold hold(backup.id, database->path());   // released when hold goes
//   RetentionApplier::apply(...);                            // skips BackupsInUse::ids(path)

#include <QSet>
#include <QString>

#include <memory>

class QLockFile;

namespace cairn {

class BackupsInUse final {
public:
    class Hold final {
    public:
        explicit Hold(qint64 backupId = 0, const QString &databasePath = QString());
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
        qint64 backupId() const { return m_backupId; }
        // False when the hold could not be made visible to other processes (it still holds in this one).
        bool isShared() const { return m_lock != nullptr; }

    private:
        qint64 m_backupId;
        std::unique_ptr<QLockFile> m_lock;
    };

    // Held in this process, plus (with a database path) held by any live process on that database.
    static QSet<qint64> ids(const QString &databasePath = QString());
    static bool contains(qint64 backupId, const QString &databasePath = QString());
    // The folder of the hold files of the database at databasePath.
    static QString folderFor(const QString &databasePath);
};

} // namespace cairn
