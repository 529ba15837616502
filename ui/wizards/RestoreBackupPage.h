#pragma once
// Restore wizard, page 1: the backup to restore, newest first (preselected when the wizard is
// opened from a backup).

#include "store/BackupRepository.h"

#include <QWizardPage>

#include <memory>

class QTreeWidget;

namespace cairn {

class Database;

class RestoreBackupPage final : public QWizardPage {
    Q_OBJECT

public:
    RestoreBackupPage(std::shared_ptr<Database> database, qint64 backupId, QWidget *parent = nullptr);

    qint64 backupId() const;
    void select(qint64 backupId);
    QTreeWidget *list() const { return m_list; }

    bool isComplete() const override;

private:
    std::shared_ptr<Database> m_database;
    QTreeWidget *m_list = nullptr;
};

} // namespace cairn
