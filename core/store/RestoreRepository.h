#pragma once
// Restores, verifies and drills of backups (the restores table), and what they tell about a backup:
// when it was last verified and whether that passed, and its last successful restore drill. Kept
// apart from BackupRepository so the backup catalogue's row type stays what the runner writes.

#include "store/Database.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace cairn {

struct RestoreRow final {
    qint64 id = 0;
    qint64 backupId = 0;
    QString kind; // "restore", "verify", "drill"
    QString serverName;
    QString target; // folder or database restored into; empty for a verify
    QString status; // "queued", "running", "succeeded", "failed", "cancelled"
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 bytes = 0;
    qint64 bytesToDesktop = 0;
    QString message;
    QString detail;
};

// The last verification of one backup; verifiedAt is invalid when it was never verified.
struct BackupVerification final {
    QDateTime verifiedAt;
    bool ok = false;
    QDateTime drilledAt;
};

class RestoreRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RestoreRepository)

public:
    explicit RestoreRepository(std::shared_ptr<Database> database);

    // A queued row; 0 and *error on failure.
    qint64 insert(qint64 backupId, const QString &kind, const QString &serverName, const QString &target,
        StoreError *error);
    void started(qint64 id);
    void finished(qint64 id, const QString &status, qint64 bytes, qint64 bytesToDesktop,
        const QString &message, const QString &detail);
    std::optional<RestoreRow> find(qint64 id) const;
    QList<RestoreRow> listForBackup(qint64 backupId) const;

    StoreError setVerified(qint64 backupId, bool ok, const QDateTime &at);
    StoreError setDrilled(qint64 backupId, const QDateTime &at);
    BackupVerification verification(qint64 backupId) const;
    // Every backup's verification, by backup id (for lists).
    QHash<qint64, BackupVerification> verifications() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
