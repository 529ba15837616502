#pragma once
// Clients (workspaces) with how much each owns. The client selector uses one instance with an
// "All clients" row on top; the Clients page uses another, filtered like every page.

#include "models/StoreTableModel.h"
#include "store/Records.h"

#include <QList>

namespace cairn {

class ClientListModel final : public StoreTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ServersColumn, StorageColumn, JobsColumn, CreatedColumn, ColumnCount };

    explicit ClientListModel(std::shared_ptr<Database> database, QObject *parent = nullptr);

    // Adds an "All clients" row (id 0) above the clients; for the selector.
    void setAllClientsRow(bool on);
    bool hasAllClientsRow() const { return m_allClientsRow; }

    void reload() override;
    // The row showing the client with this id (0: the "All clients" row), or -1.
    int rowOf(qint64 clientId) const;
    qint64 idAt(int row) const;
    // The client with this id, or for 0 every listed client's counts added up (name left empty).
    Client summary(qint64 clientId) const;
    // Clients listed, without the "All clients" row.
    int clientCount() const { return int(m_clients.size()); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int recordCount() const override;

private:
    QList<Client> m_clients;
    bool m_allClientsRow = false;
};

} // namespace cairn
