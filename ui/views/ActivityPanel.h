#pragma once
// The top of the Activity page: this session's runs as they move (queued, running with live
// progress, just finished with their result), each queued or running row with its own Cancel
// button. Hidden while there is nothing to show; the run history below it stays as it was.
// Double-click or Details opens the run's live log (RunDetailsDialog).

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cairn {

class ActivityModel;
class RunDetailsDialog;
class RunManager;

class ActivityPanel final : public QWidget {
    Q_OBJECT

public:
    ActivityPanel(ActivityModel *model, RunManager *manager, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ActivityModel *model() const { return m_model; }
    QPushButton *detailsButton() const { return m_details; }
    // Opens (without blocking) the details of the run, or of the selected one when runId is 0;
    // null when there is none.
    RunDetailsDialog *openDetails(qint64 runId = 0);

private:
    void addCancelButtons(int first, int last);
    void onRunEnded(qint64 runId);
    void updateVisibility();

    ActivityModel *m_model;
    RunManager *m_manager;
    QTableView *m_view = nullptr;
    QPushButton *m_details = nullptr;
    bool m_columnsSized = false;
};

} // namespace cairn
