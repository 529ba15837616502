#include "models/JobTableModel.h"

#include "models/RunStatus.h"
#include "store/JobRepository.h"
#include "theme/Icons.h"

namespace cairn {

JobTableModel::JobTableModel(std::shared_ptr<Database> database, QObject *parent)
    : StoreTableModel(std::move(database), parent)
{ }

void JobTableModel::reload()
{
    StoreError error;
    QList<Job> jobs = JobRepository(database()).list(clientId(), &error);
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
    noteResult(error);
}

void JobTableModel::setHealth(const WatchdogReport &report)
{
    m_health.clear();
    for (const JobHealth &job : report.jobs)
        m_health.insert(job.jobId, job);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_jobs.size()) - 1, StateColumn));
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: {
        QString text;
        switch (index.column()) {
        case NameColumn:
            text = job.name;
            break;
        case KindColumn:
            text = RunStatus::jobKindLabel(job.kind);
            break;
        case ServerColumn:
            text = job.serverName;
            break;
        case StorageColumn:
            text = job.storageName;
            break;
        case ScheduleColumn:
            text = job.schedule.isEmpty() ? tr("Manual only") : job.schedule;
            break;
        case StateColumn: {
            const auto health = m_health.constFind(job.id);
            if (health != m_health.constEnd() && health->state != HealthState::Ok)
                text = health->state == HealthState::Overdue ? tr("Overdue") : tr("Needs attention");
            else
                text = job.enabled ? tr("Active") : tr("Paused");
            break;
        }
        case ClientColumn:
            text = job.clientName;
            break;
        default:
            return {};
        }
        return role == SortRole ? text.toCaseFolded() : text;
    }
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            const auto health = m_health.constFind(job.id);
            if (health != m_health.constEnd() && health->state != HealthState::Ok)
                return Icons::health(health->state == HealthState::Overdue ? Health::Warning : Health::Error);
            return Icons::health(job.enabled ? Health::Ok : Health::Idle);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            const auto health = m_health.constFind(job.id);
            if (health != m_health.constEnd() && health->state != HealthState::Ok)
                return health->reason;
        }
        return {};
    case IdRole:
        return job.id;
    case ClientIdRole:
        return job.clientId;
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Job");
    case KindColumn:
        return tr("Backs up");
    case ServerColumn:
        return tr("Server");
    case StorageColumn:
        return tr("Storage target");
    case ScheduleColumn:
        return tr("Schedule");
    case StateColumn:
        return tr("State");
    case ClientColumn:
        return tr("Client");
    }
    return {};
}

} // namespace cairn
