#pragma once
// The dashboard's last few runs as a plain painted list: result (icon and word), job, client and
// start time per row, details in the tooltip. Lighter than a table view, whose first paint would
// cost the window more than everything else on the dashboard together; the Activity page has the
// full table. Screen readers get the rows as the widget's accessible description.

#include <QWidget>

namespace cairn {

class RunTableModel;

class RecentRunsList final : public QWidget {
    Q_OBJECT

public:
    explicit RecentRunsList(RunTableModel *model, QWidget *parent = nullptr);

    // Whether the client of each run is shown (not when one client is selected).
    void setClientVisible(bool visible);
    // The row at a point in widget coordinates, or -1.
    int rowAt(const QPoint &point) const;
    // One line per run, as read to a screen reader.
    QString rowText(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void modelChanged();
    int rowHeight() const;

    RunTableModel *m_model = nullptr;
    bool m_clientVisible = true;
};

} // namespace cairn
