#include "models/BackupTimelineModel.h"

#include "models/RunStatus.h"
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
    setHorizontalHeaderLabels(
        { tr("Backup"), tr("Size"), tr("Took"), tr("Verified"), tr("Encrypted"), tr("Warnings") });
}

void BackupTimelineModel::setEntries(const QList<BackupTimelineEntry> &entries, bool showClients)
{
    removeRows(0, rowCount());
    m_backups = 0;
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
        auto *verified = cell(e.verifiedAt.isValid()
                ? tr("Yes, %1").arg(locale.toString(e.verifiedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Not yet"));
        auto *encrypted = cell(e.encrypted ? tr("Yes") : tr("No"));
        auto *warnings = cell(b.warnings > 0 ? tr("%n warnings", nullptr, b.warnings) : tr("None"));
        job->appendRow({ when, size, duration, verified, encrypted, warnings });
        ++m_backups;
    }
}

} // namespace cairn
