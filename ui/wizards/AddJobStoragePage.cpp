#include "wizards/AddJobStoragePage.h"

#include "store/StorageRepository.h"
#include "theme/Icons.h"
#include "wizards/AddJobServerPage.h"
#include "wizards/AddJobWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cairn {

AddJobStoragePage::AddJobStoragePage(std::shared_ptr<Database> database, QWidget *parent)
    : QWizardPage(parent), m_database(std::move(database))
{
    setTitle(tr("Where should the backups go?"));
    setSubTitle(tr("The server uploads each backup straight into this bucket; only this client's storage is "
                   "offered."));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("storage"));
    m_list->setAccessibleName(tr("Storage target"));
    layout->addWidget(m_list, 1);
    m_none = new QLabel(
        tr("This client has no storage target yet. Close the wizard and add one on the Storage page first."),
        this);
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
}

void AddJobStoragePage::initializePage()
{
    const qint64 keep = storageId() ? storageId() : m_preselected;
    const qint64 clientId = static_cast<AddJobWizard *>(wizard())->serverPage()->clientId();
    // Filtered by the store, not by the view: a target of another client never reaches the list.
    m_targets = StorageRepository(m_database).list(clientId);
    m_list->clear();
    int selected = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        const StorageTarget &t = m_targets.at(i);
        auto *item = new QListWidgetItem(Icons::tinted(QStringLiteral("nav-storage"), palette()),
            tr("%1 \u2014 bucket %2%3")
                .arg(t.name, t.bucket, t.prefix.isEmpty() ? QString() : QLatin1Char('/') + t.prefix),
            m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            selected = i;
    }
    if (!m_targets.isEmpty())
        m_list->setCurrentRow(selected);
    m_none->setVisible(m_targets.isEmpty());
    Q_EMIT completeChanged();
}

bool AddJobStoragePage::isComplete() const
{
    return storageId() > 0;
}

qint64 AddJobStoragePage::storageId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_targets.size() ? m_targets.at(row).id : 0;
}

QString AddJobStoragePage::storageName() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_targets.size() ? m_targets.at(row).name : QString();
}

QStringList AddJobStoragePage::offeredNames() const
{
    QStringList names;
    for (const StorageTarget &t : m_targets)
        names << t.name;
    return names;
}

} // namespace cairn
