#pragma once
// The backups a restore or verify is reading right now, in this process. Retention consults it and
// never deletes one of them; a restore holds its backup from the moment it is queued until it ends.
// Thread-safe: runs take and release holds on worker threads.
//
//   BackupsInUse::Hold hold(backup.id);           // released when hold goes
//   RetentionApplier::apply(..., inUse + BackupsInUse::ids());

#include <QSet>

namespace cairn {

class BackupsInUse final {
public:
    class Hold final {
    public:
        explicit Hold(qint64 backupId = 0);
        ~Hold();
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
        qint64 backupId() const { return m_backupId; }

    private:
        qint64 m_backupId;
    };

    static QSet<qint64> ids();
    static bool contains(qint64 backupId);
};

} // namespace cairn
