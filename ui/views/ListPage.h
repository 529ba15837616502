#pragma once
// A page of the main window that lists records: a title with the page's action, and either a table
// over the page's model or, while there is nothing to list, the page's empty state. Rows are read
// when the page is first shown, not when the window opens.

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace cairn {

class EmptyState;
class StoreTableModel;

class ListPage final : public QWidget {
    Q_OBJECT

public:
    // sortable: header clicks sort (not for paged models, whose order is the store's).
    ListPage(const QString &title, StoreTableModel *model, EmptyState *emptyState, bool sortable,
        QWidget *parent = nullptr);

    // A button at the right of the title, for the page's main action.
    QPushButton *addHeaderButton(const QString &text);
    // A widget between the title and the table (the Activity page's live runs); shown whatever the
    // table holds.
    void addTopWidget(QWidget *widget);
    // Filters to one client (0: all). Reads now when the page is visible, else when it is next shown.
    void setClientId(qint64 clientId);
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isShowingEmptyState() const;

    QString title() const { return m_title; }
    StoreTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EmptyState *emptyState() const { return m_emptyState; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();

    QString m_title;
    StoreTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    EmptyState *m_emptyState = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_header = nullptr;
    bool m_loaded = false;
    bool m_stale = true;
    bool m_columnsSized = false;
};

} // namespace cairn
