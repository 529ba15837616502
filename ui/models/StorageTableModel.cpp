#include "models/StorageTableModel.h"

#include "store/StorageRepository.h"

namespace cairn {

StorageTableModel::StorageTableModel(std::shared_ptr<Database> database, QObject *parent)
    : StoreTableModel(std::move(database), parent)
{ }

void StorageTableModel::reload()
{
    StoreError error;
    QList<StorageTarget> targets = StorageRepository(database()).list(clientId(), &error);
    beginResetModel();
    m_targets = std::move(targets);
    endResetModel();
    noteResult(error);
}

int StorageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StorageTarget &target = m_targets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: {
        QString text;
        switch (index.column()) {
        case NameColumn:
            text = target.name;
            break;
        case ProviderColumn:
            text = target.provider;
            break;
        case BucketColumn:
            text = target.prefix.isEmpty() ? target.bucket : target.bucket + QLatin1Char('/') + target.prefix;
            break;
        case EndpointColumn:
            text = target.endpoint;
            break;
        case RegionColumn:
            text = target.region;
            break;
        case ClientColumn:
            text = target.clientName;
            break;
        default:
            return {};
        }
        return role == SortRole ? text.toCaseFolded() : text;
    }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("Access key ID: %1").arg(target.accessKeyId);
        return {};
    case IdRole:
        return target.id;
    case ClientIdRole:
        return target.clientId;
    }
    return {};
}

QVariant StorageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Storage target");
    case ProviderColumn:
        return tr("Provider");
    case BucketColumn:
        return tr("Bucket");
    case EndpointColumn:
        return tr("Endpoint");
    case RegionColumn:
        return tr("Region");
    case ClientColumn:
        return tr("Client");
    }
    return {};
}

} // namespace cairn
