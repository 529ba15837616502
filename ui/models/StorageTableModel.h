#pragma once
// Storage targets (buckets) of the selected client (or all). Shows the access key id, never a secret.

#include "models/StoreTableModel.h"
#include "store/Records.h"

#include <QList>

namespace cairn {

class StorageTableModel final : public StoreTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ProviderColumn,
        BucketColumn,
        EndpointColumn,
        RegionColumn,
        ClientColumn,
        ColumnCount
    };

    explicit StorageTableModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    void reload() override;
    int clientColumn() const override { return ClientColumn; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_targets.size()); }

private:
    QList<StorageTarget> m_targets;
};

} // namespace cairn
