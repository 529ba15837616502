#pragma once
// The Backups view's tree: client -> server -> job -> each complete backup, newest first, with its
// date, size, duration, verification, encryption and warnings. Filled from a BackupTimeline read
// off the GUI thread (setEntries), never by reading SQLite itself.

#include "backup/BackupTimeline.h"

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
        EncryptionColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role { BackupIdRole = Qt::UserRole + 1 };

    explicit BackupTimelineModel(QObject *parent = nullptr);

    // showClients: a level per client (when every client is shown).
    void setEntries(const QList<BackupTimelineEntry> &entries, bool showClients);
    int backupCount() const { return m_backups; }

private:
    int m_backups = 0;
};

} // namespace cairn
