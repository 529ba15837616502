#include "wizards/RestoreServerPage.h"

#include "store/ServerRepository.h"
#include "theme/Style.h"
#include "wizards/RestoreWizard.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cairn {

RestoreServerPage::RestoreServerPage(RestoreWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Which server should get the data back?"));
    setSubTitle(tr("The server downloads the backup from your storage by itself; the data never passes "
                   "through this computer."));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("servers"));
    m_list->setAccessibleName(tr("Servers"));
    layout->addWidget(m_list, 1);
    auto *hint = new QLabel(tr("Only servers of the same client are listed: Cairn never moves one client's "
                               "data to another client's server."),
        this);
    hint->setWordWrap(true);
    Style::makeMuted(hint);
    layout->addWidget(hint);
    m_none = new QLabel(
        tr("This client has no servers any more. Add one on the Servers page, then restore."), this);
    m_none->setWordWrap(true);
    layout->addWidget(m_none);
    setFocusProxy(m_list);
    connect(m_list, &QListWidget::currentItemChanged, this, &QWizardPage::completeChanged);
}

void RestoreServerPage::initializePage()
{
    const auto backup = m_wizard->backup();
    if (!backup || backup->id == m_filledFor)
        return;
    m_filledFor = backup->id;
    m_list->clear();
    QListWidgetItem *original = nullptr;
    for (const Server &server : ServerRepository(m_wizard->database()).list(backup->clientId)) {
        const bool isOriginal = server.name.compare(backup->serverName, Qt::CaseInsensitive) == 0;
        auto *item = new QListWidgetItem(isOriginal
                ? tr("%1 — where this backup was made (%2)").arg(server.name, server.host)
                : tr("%1 (%2)").arg(server.name, server.host),
            m_list);
        item->setData(Qt::UserRole, server.id);
        item->setData(Qt::UserRole + 1, server.name);
        item->setData(Qt::UserRole + 2, isOriginal);
        if (isOriginal)
            original = item;
    }
    m_list->setCurrentItem(original ? original : m_list->item(0));
    m_none->setVisible(m_list->count() == 0);
}

qint64 RestoreServerPage::serverId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString RestoreServerPage::serverName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

bool RestoreServerPage::isOriginalServer() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(Qt::UserRole + 2).toBool();
}

bool RestoreServerPage::isComplete() const
{
    return serverId() > 0;
}

} // namespace cairn
