#include "views/ListPage.h"

#include "models/StoreTableModel.h"
#include "theme/Style.h"
#include "views/EmptyState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cairn {

ListPage::ListPage(
    const QString &title, StoreTableModel *model, EmptyState *emptyState, bool sortable, QWidget *parent)
    : QWidget(parent), m_title(title), m_model(model), m_emptyState(emptyState)
{
    Style::useBaseBackground(this);
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin * 2 / 3);

    m_header = new QWidget(this);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    auto *titleLabel = new QLabel(title, m_header);
    titleLabel->setTextFormat(Qt::PlainText);
    Style::makeTitle(titleLabel);
    header->addWidget(titleLabel);
    header->addStretch(1);
    layout->addWidget(m_header);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setAccessibleName(title);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    if (sortable) {
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(model);
        m_proxy->setSortRole(StoreTableModel::SortRole);
        m_view->setModel(m_proxy);
        // The store's order (client, then name) until a header is clicked.
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_view->setSortingEnabled(true);
    } else {
        m_view->setModel(model);
    }

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateState);
    updateState();
}

QPushButton *ListPage::addHeaderButton(const QString &text)
{
    auto *button = new QPushButton(text, m_header);
    button->setAccessibleName(text);
    Style::makePrimary(button);
    static_cast<QHBoxLayout *>(m_header->layout())->addWidget(button);
    return button;
}

void ListPage::addTopWidget(QWidget *widget)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_stack), widget);
}

void ListPage::setClientId(qint64 clientId)
{
    m_model->setClientId(clientId);
    const int column = m_model->clientColumn();
    if (column >= 0)
        m_view->setColumnHidden(column, clientId != 0);
    m_stale = true;
    if (isVisible())
        reload();
}

void ListPage::reload()
{
    m_model->reload();
    m_loaded = true;
    m_stale = false;
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, from the first rows: later reloads keep the widths the person may have dragged.
        m_columnsSized = true;
        m_view->resizeColumnsToContents();
        const int widest = fontMetrics().averageCharWidth() * 40;
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(
                column, std::min(widest, m_view->columnWidth(column) + fontMetrics().averageCharWidth() * 3));
        // Resizing to contents also shrank the last column; stretch it to the edge again.
        m_view->horizontalHeader()->setStretchLastSection(false);
        m_view->horizontalHeader()->setStretchLastSection(true);
    }
}

bool ListPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ListPage::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_view);
    // The header's action repeats the empty state's button; show it only beside a table.
    for (QPushButton *button : m_header->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly))
        button->setVisible(!empty);
}

} // namespace cairn
