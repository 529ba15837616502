#pragma once
// Backup jobs of the selected client (or all): what, from which server, into which storage, when,
// and whether the job needs attention (the overdue watchdog's verdict: a failed backup, a failed
// verify of its newest backup, overdue), with the watchdog's sentence as the tooltip.

#include "models/StoreTableModel.h"
#include "schedule/JobHealth.h"
#include "store/Records.h"

#include <QHash>
#include <QList>

namespace cairn {

class JobTableModel final : public StoreTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        ServerColumn,
        StorageColumn,
        ScheduleColumn,
        StateColumn,
        ClientColumn,
        ColumnCount
    };

    explicit JobTableModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    void reload() override;
    int clientColumn() const override { return ClientColumn; }
    // The watchdog's latest report (ScheduleService::reportChanged).
    void setHealth(const cairn::WatchdogReport &report);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_jobs.size()); }

private:
    QList<Job> m_jobs;
    QHash<qint64, JobHealth> m_health;
};

} // namespace cairn
