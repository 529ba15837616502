#include "models/RunTableModel.h"

#include "models/RunStatus.h"
#include "store/RunRepository.h"

#include <QLocale>

#include <algorithm>

namespace cairn {

RunTableModel::RunTableModel(std::shared_ptr<Database> database, QObject *parent)
    : StoreTableModel(std::move(database), parent)
{ }

void RunTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void RunTableModel::setMaximumRows(int rows)
{
    m_maximumRows = std::max(0, rows);
}

QList<Run> RunTableModel::readPage(int limit, StoreError *error) const
{
    return RunRepository(database()).recent(clientId(), limit, m_offset, error);
}

void RunTableModel::reload()
{
    // The first page is read inside the reset, so views see one change, not a reset and an insert.
    beginResetModel();
    m_runs.clear();
    m_ids.clear();
    m_offset = 0;
    m_exhausted = false;
    StoreError error;
    const QList<Run> page = readPage(firstPageSize(), &error);
    if (!error)
        m_runs = takePage(page, firstPageSize());
    else
        m_exhausted = true;
    endResetModel();
    noteResult(error);
}

int RunTableModel::firstPageSize() const
{
    return m_maximumRows > 0 ? std::min(m_pageSize, m_maximumRows) : m_pageSize;
}

QList<Run> RunTableModel::takePage(const QList<Run> &page, int limit)
{
    m_offset += int(page.size());
    if (page.size() < limit)
        m_exhausted = true;
    QList<Run> fresh;
    fresh.reserve(page.size());
    for (const Run &run : page) {
        if (!m_ids.contains(run.id)) {
            m_ids.insert(run.id);
            fresh.append(run);
        }
    }
    return fresh;
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_exhausted)
        return false;
    return m_maximumRows == 0 || m_runs.size() < m_maximumRows;
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    int limit = m_pageSize;
    if (m_maximumRows > 0)
        limit = std::min(limit, m_maximumRows - int(m_runs.size()));
    StoreError error;
    const QList<Run> page = readPage(limit, &error);
    noteResult(error);
    if (error) {
        m_exhausted = true; // a broken read is not retried on every scroll; reload() tries again
        return;
    }
    const QList<Run> fresh = takePage(page, limit);
    if (fresh.isEmpty())
        return;
    const int first = int(m_runs.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_runs.append(fresh);
    endInsertRows();
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = m_runs.at(index.row());
    const qint64 seconds
        = run.startedAt.isValid() && run.finishedAt.isValid() ? run.startedAt.secsTo(run.finishedAt) : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return RunStatus::label(run.status);
        case JobColumn:
            return run.jobName;
        case KindColumn:
            return RunStatus::kindLabel(run.kind);
        case StartedColumn:
            return run.startedAt.isValid()
                ? QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case DurationColumn:
            return RunStatus::duration(seconds);
        case StoredColumn:
            return run.bytesStored > 0 ? QLocale().formattedDataSize(run.bytesStored) : QString();
        case ClientColumn:
            return run.clientName;
        case MessageColumn:
            // Messages may quote host output: one line in the table, the whole text in the tooltip.
            return run.message.section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(RunStatus::icon(run.status)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == MessageColumn && !run.message.isEmpty() ? QVariant(run.message) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == StoredColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case StartedColumn:
            return run.startedAt;
        case DurationColumn:
            return seconds;
        case StoredColumn:
            return run.bytesStored;
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return run.id;
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole
        && (section == DurationColumn || section == StoredColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Result");
    case JobColumn:
        return tr("Job");
    case KindColumn:
        return tr("Type");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StoredColumn:
        return tr("Stored");
    case ClientColumn:
        return tr("Client");
    case MessageColumn:
        return tr("Details");
    }
    return {};
}

} // namespace cairn
