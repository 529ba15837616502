#pragma once
// Servers of the selected client (or all), with their address and pinned host key.

#include "models/StoreTableModel.h"
#include "store/Records.h"

#include <QList>

namespace cairn {

class ServerTableModel final : public StoreTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, HostKeyColumn, ClientColumn, ColumnCount };

    explicit ServerTableModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    void reload() override;
    int clientColumn() const override { return ClientColumn; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override { return int(m_servers.size()); }

private:
    QList<Server> m_servers;
};

} // namespace cairn
