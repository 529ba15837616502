#include "views/ActivityPanel.h"

#include "backup/RunManager.h"
#include "dialogs/RunDetailsDialog.h"
#include "models/ActivityModel.h"
#include "theme/Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cairn {

ActivityPanel::ActivityPanel(ActivityModel *model, RunManager *manager, QWidget *parent)
    : QWidget(parent), m_model(model), m_manager(manager)
{
    setObjectName(QStringLiteral("activityPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("This session"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    m_details = new QPushButton(tr("&Details…"), this);
    m_details->setObjectName(QStringLiteral("runDetailsButton"));
    m_details->setToolTip(tr("The selected run's log as it happens"));
    titleRow->addWidget(m_details);
    layout->addLayout(titleRow);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activeRuns"));
    m_view->setAccessibleName(tr("Runs of this session"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::MessageColumn, QHeaderView::Stretch);
    m_view->setMinimumHeight(fontMetrics().height() * 8);
    layout->addWidget(m_view);

    connect(
        m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            addCancelButtons(first, last);
            updateVisibility();
        });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateVisibility);
    connect(m_model, &ActivityModel::runEnded, this, &ActivityPanel::onRunEnded);
    connect(m_details, &QPushButton::clicked, this, [this] { openDetails(); });
    connect(m_view, &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { openDetails(index.data(ActivityModel::RunIdRole).toLongLong()); });
    auto updateDetails = [this] { m_details->setEnabled(m_view->selectionModel()->hasSelection()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateDetails);
    updateDetails();
    addCancelButtons(0, m_model->rowCount() - 1);
    updateVisibility();
}

void ActivityPanel::addCancelButtons(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, ActivityModel::CancelColumn);
        if (!index.data(ActivityModel::ActiveRole).toBool())
            continue;
        const qint64 runId = index.data(ActivityModel::RunIdRole).toLongLong();
        auto *button = new QPushButton(tr("Cancel"));
        button->setObjectName(QStringLiteral("cancelRun%1").arg(runId));
        button->setAccessibleName(
            tr("Cancel %1").arg(m_model->index(row, ActivityModel::JobColumn).data().toString()));
        connect(button, &QPushButton::clicked, this, [this, runId, button] {
            button->setEnabled(false); // the run says when it has stopped
            button->setText(tr("Stopping…"));
            ActivityModel::cancel(m_manager, runId);
        });
        m_view->setIndexWidget(index, button);
    }
}

RunDetailsDialog *ActivityPanel::openDetails(qint64 runId)
{
    if (runId == 0) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return nullptr;
        runId = rows.first().data(ActivityModel::RunIdRole).toLongLong();
    }
    if (m_model->rowOf(runId) < 0)
        return nullptr;
    auto *dialog = new RunDetailsDialog(m_model, runId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: several runs can be watched side by side
    return dialog;
}

void ActivityPanel::onRunEnded(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row >= 0)
        m_view->setIndexWidget(m_model->index(row, ActivityModel::CancelColumn), nullptr);
}

void ActivityPanel::updateVisibility()
{
    setVisible(m_model->rowCount() > 0);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        const int unit = fontMetrics().averageCharWidth();
        // Wide enough for "Succeeded" beside its icon and "10.01 MiB/s"; the result takes the rest.
        m_view->setColumnWidth(ActivityModel::StatusColumn, unit * 17);
        m_view->setColumnWidth(ActivityModel::JobColumn, unit * 20);
        m_view->setColumnWidth(ActivityModel::PhaseColumn, unit * 14);
        for (int c : { ActivityModel::ReadColumn, ActivityModel::UploadedColumn })
            m_view->setColumnWidth(c, unit * 11);
        m_view->setColumnWidth(ActivityModel::RateColumn, unit * 14);
        m_view->setColumnWidth(ActivityModel::ElapsedColumn, unit * 8);
        m_view->setColumnWidth(ActivityModel::RemainingColumn, unit * 16);
        m_view->setColumnWidth(ActivityModel::CancelColumn, unit * 13);
        m_view->horizontalHeader()->moveSection(ActivityModel::CancelColumn, ActivityModel::MessageColumn);
    }
}

} // namespace cairn
