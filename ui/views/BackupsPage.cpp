#include "views/BackupsPage.h"

#include "backup/BackupTimeline.h"
#include "models/BackupTimelineModel.h"
#include "theme/Style.h"
#include "views/EmptyState.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cairn {

BackupsPage::BackupsPage(std::shared_ptr<Database> database, QWidget *parent)
    : QWidget(parent), m_database(std::move(database))
{
    setObjectName(QStringLiteral("backupsPage"));
    Style::useBaseBackground(this);
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin * 2 / 3);
    auto *title = new QLabel(tr("Backups"), this);
    Style::makeTitle(title);
    layout->addWidget(title);

    m_model = new BackupTimelineModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setAccessibleName(tr("Backups by client, server and job"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    m_empty = new EmptyState(QStringLiteral("nav-backups"), tr("No backups yet"),
        tr("Every complete backup appears here, by server and job, once a job has run successfully."),
        QString(), this);
    m_loading = new QLabel(tr("Reading the backup catalogue…"), this);
    m_loading->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(&m_watcher, &QFutureWatcher<QList<BackupTimelineEntry>>::finished, this, &BackupsPage::onLoaded);
}

BackupsPage::~BackupsPage()
{
    // The read holds the database: let it end before the page (and maybe the database) goes.
    m_watcher.waitForFinished();
}

void BackupsPage::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    invalidate();
}

void BackupsPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void BackupsPage::reload()
{
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_reloadAgain = true; // the filter changed mid-read: read once more when it ends
        return;
    }
    if (m_model->rowCount() == 0)
        m_stack->setCurrentWidget(m_loading);
    const std::shared_ptr<Database> database = m_database;
    const qint64 clientId = m_clientId;
    m_watcher.setFuture(QtConcurrent::run([database, clientId] {
        StoreError error;
        QList<BackupTimelineEntry> entries = BackupTimeline::load(database, clientId, &error);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return entries;
    }));
}

void BackupsPage::onLoaded()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    m_model->setEntries(m_watcher.result(), m_clientId == 0);
    m_view->expandAll();
    if (m_model->backupCount() > 0)
        m_view->resizeColumnToContents(0);
    m_stack->setCurrentWidget(m_model->backupCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    Q_EMIT loaded();
}

bool BackupsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void BackupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace cairn
