#include "models/BackupTimelineModel.h"

#include "models/RunStatus.h"
#include "schedule/ScheduleText.h"
#include "theme/Icons.h"

#include <QLocale>

namespace cairn {

namespace {

QStandardItem *group(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    return item;
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

BackupTimelineModel::BackupTimelineModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Backup"), tr("Size"), tr("Took"), tr("Verified"), tr("Restore drill"),
        tr("Encrypted"), tr("Warnings") });
}

void BackupTimelineModel::setEntries(const QList<BackupTimelineEntry> &entries, bool showClients)
{
    removeRows(0, rowCount());
    m_backups = 0;
    m_entries.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    QStandardItem *client = nullptr;
    QStandardItem *server = nullptr;
    QStandardItem *job = nullptr;
    QString clientKey;
    QString serverKey;
    QString jobKey;
    for (const BackupTimelineEntry &e : entries) {
        const BackupRecord &b = e.backup;
        if (showClients && (!client || e.clientName != clientKey)) {
            client = group(e.clientName);
            client->setIcon(Icons::tinted(QStringLiteral("nav-clients"), QPalette()));
            appendRow(client);
            clientKey = e.clientName;
            server = nullptr;
        }
        if (!server || b.serverName != serverKey) {
            server = group(b.serverName);
            server->setIcon(Icons::tinted(QStringLiteral("nav-servers"), QPalette()));
            if (client)
                client->appendRow(server);
            else
                appendRow(server);
            serverKey = b.serverName;
            job = nullptr;
        }
        if (!job || b.jobName != jobKey) {
            job = group(tr("%1 (%2)").arg(b.jobName, RunStatus::jobKindLabel(b.kind)));
            job->setIcon(Icons::tinted(QStringLiteral("nav-jobs"), QPalette()));
            server->appendRow(job);
            jobKey = b.jobName;
        }
        auto *when = cell(locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
        when->setData(b.id, BackupIdRole);
        when->setToolTip(b.objectKey);
        when->setIcon(Icons::health(b.warnings > 0 ? Health::Warning : Health::Ok));
        auto *size = cell(locale.formattedDataSize(b.size));
        size->setToolTip(tr("%1 before compression").arg(locale.formattedDataSize(b.sourceBytes)));
        auto *duration = cell(e.durationSeconds >= 0 ? RunStatus::duration(e.durationSeconds) : QString());
        QStandardItem *verified = nullptr;
        if (!e.verifiedAt.isValid()) {
            verified = cell(tr("Not yet"));
            when->setData(QStringLiteral("never"), VerifyStateRole);
        } else if (e.verifyOk) {
            verified = cell(tr("Verified %1").arg(ago(e.verifiedAt, now)));
            verified->setIcon(Icons::health(Health::Ok));
            when->setData(QStringLiteral("ok"), VerifyStateRole);
        } else {
            verified = cell(tr("Verify failed %1").arg(ago(e.verifiedAt, now)));
            verified->setIcon(Icons::health(Health::Error));
            verified->setToolTip(tr("The archive in storage no longer matches its manifest: it was changed, "
                                    "truncated or removed. Do not rely on this backup."));
            when->setData(QStringLiteral("failed"), VerifyStateRole);
            when->setIcon(Icons::health(Health::Error));
        }
        if (e.verifiedAt.isValid())
            verified->setToolTip(verified->toolTip().isEmpty()
                    ? locale.toString(e.verifiedAt.toLocalTime(), QLocale::LongFormat)
                    : verified->toolTip());
        auto *drilled
            = cell(e.drilledAt.isValid() ? tr("Drilled %1").arg(ago(e.drilledAt, now)) : tr("Never"));
        if (e.drilledAt.isValid())
            drilled->setToolTip(locale.toString(e.drilledAt.toLocalTime(), QLocale::LongFormat));
        auto *encrypted = cell(e.encrypted ? tr("Yes") : tr("No"));
        auto *warnings = cell(b.warnings > 0 ? tr("%n warnings", nullptr, b.warnings) : tr("None"));
        const QList<QStandardItem *> row { when, size, duration, verified, drilled, encrypted, warnings };
        for (QStandardItem *item : row)
            item->setData(b.id, BackupIdRole);
        job->appendRow(row);
        m_entries.insert(b.id, e);
        ++m_backups;
    }
}

QModelIndex BackupTimelineModel::indexOfBackup(qint64 backupId) const
{
    const QModelIndexList found
        = match(index(0, WhenColumn), BackupIdRole, backupId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

const BackupTimelineEntry *BackupTimelineModel::entry(qint64 backupId) const
{
    const auto it = m_entries.constFind(backupId);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QString BackupTimelineModel::ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    return tr("%1 ago").arg(ScheduleText::duration(std::chrono::seconds(seconds)));
}

} // namespace cairn
