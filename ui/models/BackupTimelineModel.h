#pragma once
// The Backups view's tree: client -> server -> job -> each complete backup, newest first, with its
// date, size, duration, verification ("verified 2 days ago", "verify failed"), last restore drill,
// encryption and warnings. Filled from a BackupTimeline read
// off the GUI thread (setEntries), never by reading SQLite itself.

#include "backup/BackupTimeline.h"

#include <QHash>
#include <QStandardItemModel>

namespace cairn {

class BackupTimelineModel final : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        SizeColumn,
        DurationColumn,
        VerifiedColumn,
        DrillColumn,
        EncryptionColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role {
        BackupIdRole = Qt::UserRole + 1, // on every cell of a backup's row; 0 on group rows
        VerifyStateRole, // WhenColumn: "never", "ok" or "failed"
    };

    explicit BackupTimelineModel(QObject *parent = nullptr);

    // showClients: a level per client (when every client is shown).
    void setEntries(const QList<BackupTimelineEntry> &entries, bool showClients);
    int backupCount() const { return m_backups; }
    // The first column's cell of a backup; invalid when the model does not list it.
    QModelIndex indexOfBackup(qint64 backupId) const;
    const BackupTimelineEntry *entry(qint64 backupId) const;

    // "just now", "5 minutes ago", "2 days ago".
    static QString ago(const QDateTime &when, const QDateTime &now);

private:
    int m_backups = 0;
    QHash<qint64, BackupTimelineEntry> m_entries;
};

} // namespace cairn
