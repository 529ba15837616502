#include "models/ServerTableModel.h"

#include "store/ServerRepository.h"
#include "theme/Icons.h"

namespace cairn {

namespace {

QString address(const Server &server)
{
    // IPv6 literals need brackets before a port, as in ssh's own notation.
    const QString host
        = server.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(server.host) : server.host;
    QString text = server.username.isEmpty() ? host : server.username + QLatin1Char('@') + host;
    if (server.port != 22)
        text += QLatin1Char(':') + QString::number(server.port);
    return text;
}

} // namespace

ServerTableModel::ServerTableModel(std::shared_ptr<Database> database, QObject *parent)
    : StoreTableModel(std::move(database), parent)
{ }

void ServerTableModel::reload()
{
    StoreError error;
    QList<Server> servers = ServerRepository(database()).list(clientId(), &error);
    beginResetModel();
    m_servers = std::move(servers);
    endResetModel();
    noteResult(error);
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &server = m_servers.at(index.row());
    const bool trusted = !server.hostKeyFingerprint.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return server.name;
        case AddressColumn:
            return address(server);
        case HostKeyColumn:
            return trusted ? QStringLiteral("%1 %2").arg(server.hostKeyType, server.hostKeyFingerprint)
                           : tr("Not trusted yet");
        case ClientColumn:
            return server.clientName;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return server.name.toCaseFolded();
        case AddressColumn:
            return address(server).toCaseFolded();
        case HostKeyColumn:
            return server.hostKeyFingerprint;
        case ClientColumn:
            return server.clientName.toCaseFolded();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == HostKeyColumn)
            return Icons::health(trusted ? Health::Ok : Health::Warning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == HostKeyColumn)
            return trusted ? tr("Cairn connects only when the server shows this host key.")
                           : tr("Cairn has not seen this server's host key yet; it asks you to confirm it on "
                                "first contact.");
        return {};
    case IdRole:
        return server.id;
    case ClientIdRole:
        return server.clientId;
    }
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Server");
    case AddressColumn:
        return tr("Address");
    case HostKeyColumn:
        return tr("Host key");
    case ClientColumn:
        return tr("Client");
    }
    return {};
}

} // namespace cairn
