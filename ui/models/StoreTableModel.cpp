#include "models/StoreTableModel.h"

namespace cairn {

StoreTableModel::StoreTableModel(std::shared_ptr<Database> database, QObject *parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{ }

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

void StoreTableModel::noteResult(const StoreError &error)
{
    m_lastError = error.message;
    if (error)
        Q_EMIT loadFailed(error.message);
}

} // namespace cairn
