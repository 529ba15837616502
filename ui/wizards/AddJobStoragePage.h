#pragma once
// Job wizard, page 3: which storage target receives the backups. Only the chosen server's client's
// targets are offered: Cairn never sends one client's data to another client's storage.

#include "store/Records.h"

#include <QList>
#include <QWizardPage>
#include <memory>

class QLabel;
class QListWidget;

namespace cairn {

class Database;

class AddJobStoragePage final : public QWizardPage {
    Q_OBJECT

public:
    AddJobStoragePage(std::shared_ptr<Database> database, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    qint64 storageId() const;
    QString storageName() const;
    // Selects this target when it is offered (editing).
    void preselect(qint64 storageId) { m_preselected = storageId; }

    QListWidget *storageList() const { return m_list; }
    // The names offered, in order (tests check no foreign target is among them).
    QStringList offeredNames() const;

private:
    std::shared_ptr<Database> m_database;
    QList<StorageTarget> m_targets;
    QListWidget *m_list = nullptr;
    QLabel *m_none = nullptr;
    qint64 m_preselected = 0;
};

} // namespace cairn
