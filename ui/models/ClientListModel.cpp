#include "models/ClientListModel.h"

#include "store/ClientRepository.h"

#include <QLocale>

namespace cairn {

ClientListModel::ClientListModel(std::shared_ptr<Database> database, QObject *parent)
    : StoreTableModel(std::move(database), parent)
{ }

void ClientListModel::setAllClientsRow(bool on)
{
    if (on == m_allClientsRow)
        return;
    beginResetModel();
    m_allClientsRow = on;
    endResetModel();
}

void ClientListModel::reload()
{
    StoreError error;
    QList<Client> clients = ClientRepository(database()).list(&error);
    if (clientId() != 0)
        clients.removeIf([this](const Client &c) { return c.id != clientId(); });
    beginResetModel();
    m_clients = std::move(clients);
    endResetModel();
    noteResult(error);
}

int ClientListModel::recordCount() const
{
    return int(m_clients.size()) + (m_allClientsRow ? 1 : 0);
}

int ClientListModel::rowOf(qint64 id) const
{
    if (m_allClientsRow && id == 0)
        return 0;
    for (int i = 0; i < m_clients.size(); ++i) {
        if (m_clients.at(i).id == id)
            return i + (m_allClientsRow ? 1 : 0);
    }
    return -1;
}

qint64 ClientListModel::idAt(int row) const
{
    const int i = row - (m_allClientsRow ? 1 : 0);
    return (i >= 0 && i < m_clients.size()) ? m_clients.at(i).id : 0;
}

Client ClientListModel::summary(qint64 id) const
{
    Client sum;
    for (const Client &c : m_clients) {
        if (id != 0) {
            if (c.id == id)
                return c;
            continue;
        }
        sum.servers += c.servers;
        sum.storageTargets += c.storageTargets;
        sum.jobs += c.jobs;
    }
    return sum;
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_allClientsRow && index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? tr("All clients") : QVariant();
        case IdRole:
        case ClientIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Client &client = m_clients.at(index.row() - (m_allClientsRow ? 1 : 0));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return client.name;
        case ServersColumn:
            return QLocale().toString(client.servers);
        case StorageColumn:
            return QLocale().toString(client.storageTargets);
        case JobsColumn:
            return QLocale().toString(client.jobs);
        case CreatedColumn:
            return QLocale().toString(client.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return client.name.toCaseFolded();
        case ServersColumn:
            return client.servers;
        case StorageColumn:
            return client.storageTargets;
        case JobsColumn:
            return client.jobs;
        case CreatedColumn:
            return client.createdAt;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NameColumn && !client.notes.isEmpty() ? QVariant(client.notes) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ServersColumn || index.column() == StorageColumn
            || index.column() == JobsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
    case ClientIdRole:
        return client.id;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Counts are right-aligned; their headers stand above them.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole
        && (section == ServersColumn || section == StorageColumn || section == JobsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Client");
    case ServersColumn:
        return tr("Servers");
    case StorageColumn:
        return tr("Storage targets");
    case JobsColumn:
        return tr("Jobs");
    case CreatedColumn:
        return tr("Added");
    }
    return {};
}

} // namespace cairn
