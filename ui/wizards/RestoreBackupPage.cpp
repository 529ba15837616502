#include "wizards/RestoreBackupPage.h"

#include "store/ClientRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cairn {

namespace {

QString contentsOf(const BackupRecord &b)
{
    const bool encrypted = b.manifestJson.contains("\"encrypted\": true");
    QString what = b.kind == QLatin1String("mysql") ? RestoreBackupPage::tr("MySQL/MariaDB database")
        : b.kind == QLatin1String("postgres")       ? RestoreBackupPage::tr("PostgreSQL database")
                                                    : RestoreBackupPage::tr("Files");
    return encrypted ? RestoreBackupPage::tr("%1, encrypted").arg(what) : what;
}

} // namespace

RestoreBackupPage::RestoreBackupPage(std::shared_ptr<Database> database, qint64 backupId, QWidget *parent)
    : QWizardPage(parent), m_database(std::move(database))
{
    setTitle(tr("Which backup do you want to restore?"));
    setSubTitle(tr("Every complete backup Cairn knows, newest first. Restoring never changes the backup "
                   "itself."));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Made"), tr("Job"), tr("Server"), tr("Size"), tr("Contents") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    QHash<qint64, QString> clients;
    const QList<Client> allClients = ClientRepository(m_database).list();
    for (const Client &c : allClients)
        clients.insert(c.id, c.name);
    const QLocale locale;
    for (const BackupRecord &b : BackupRepository(m_database).list(0, 0)) {
        if (!b.isComplete())
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, b.jobName);
        item->setText(2,
            allClients.size() > 1 ? tr("%1 (%2)").arg(b.serverName, clients.value(b.clientId))
                                  : b.serverName);
        item->setText(3, locale.formattedDataSize(b.size));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, contentsOf(b));
        item->setData(0, Qt::UserRole, b.id);
    }
    layout->addWidget(m_list, 1);
    if (m_list->topLevelItemCount() == 0) {
        auto *none = new QLabel(
            tr("There are no backups yet. Run a backup job first, or import backups from storage on the "
               "Backups page."),
            this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    setFocusProxy(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &QWizardPage::completeChanged);
    select(backupId);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

qint64 RestoreBackupPage::backupId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void RestoreBackupPage::select(qint64 backupId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == backupId) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

bool RestoreBackupPage::isComplete() const
{
    return backupId() > 0;
}

} // namespace cairn
