#pragma once
// One run of this session in detail (Activity: double-click or Details): its log as it arrives
// (the runner's lines and stage changes, kept in memory by ActivityModel), and once it has ended its
// result, and for a failed or cancelled run the host's stderr tail. Host text is untrusted: it is
// shown as plain text, never as markup. Reads the model only; the GUI thread never waits.

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace cairn {

class ActivityModel;

class RunDetailsDialog final : public QDialog {
    Q_OBJECT

public:
    RunDetailsDialog(ActivityModel *model, qint64 runId, QWidget *parent = nullptr);

    qint64 runId() const { return m_runId; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *logView() const { return m_log; }
    QPlainTextEdit *hostOutputView() const { return m_hostOutput; }

private:
    void updateStatus();

    ActivityModel *m_model;
    qint64 m_runId;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_hostCaption = nullptr;
    QPlainTextEdit *m_hostOutput = nullptr;
};

} // namespace cairn
