#pragma once
// The complete backups of one client (or all), grouped as the Backups view shows them: client ->
// server -> job -> backups newest first, with what a person asks of a backup (when, how big, how
// long it took, verified or not, encrypted or not, warnings). load() reads SQLite and may take a
// while on a long history: call it off the GUI thread (Database gives each thread its connection).

#include "store/BackupRepository.h"
#include "store/StoreError.h"

#include <QList>
#include <memory>

namespace cairn {

class Database;

struct BackupTimelineEntry final {
    BackupRecord backup;
    QString clientName;
    // Seconds from the run's start to its end; -1 when the run is no longer recorded.
    qint64 durationSeconds = -1;
    bool encrypted = false;
    // When a verify (or a restore or drill, which verify on the way) last checked it; invalid while
    // it was never checked. verifyOk: whether that check found the archive intact.
    QDateTime verifiedAt;
    bool verifyOk = false;
    // The last successful restore drill; invalid when there was none.
    QDateTime drilledAt;
};

class BackupTimeline final {
public:
    // Complete backups only (never a partial or deleted one), ordered by client, server, job, then
    // newest first.
    static QList<BackupTimelineEntry> load(
        const std::shared_ptr<Database> &database, qint64 clientId, StoreError *error = nullptr);
};

} // namespace cairn
