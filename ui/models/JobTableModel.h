#pragma once
// Backup jobs of the selected client (or all): what, from which server, into which storage, when.

#include "models/StoreTableModel.h"
#include "store/Records.h"

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

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_jobs.size()); }

private:
    QList<Job> m_jobs;
};

} // namespace cairn
