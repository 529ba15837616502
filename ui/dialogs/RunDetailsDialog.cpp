#include "dialogs/RunDetailsDialog.h"

#include "models/ActivityModel.h"
#include "models/RunStatus.h"
#include "theme/Style.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cairn {

namespace {

QPlainTextEdit *textView(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setMaximumBlockCount(ActivityModel::kMaximumLogLines);
    return view;
}

} // namespace

RunDetailsDialog::RunDetailsDialog(ActivityModel *model, qint64 runId, QWidget *parent)
    : QDialog(parent), m_model(model), m_runId(runId)
{
    setObjectName(QStringLiteral("runDetailsDialog"));
    setWindowTitle(tr("Run %1: %2").arg(runId).arg(model->jobName(runId)));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *logCaption = new QLabel(tr("What happened so far:"), this);
    Style::makeHeading(logCaption);
    layout->addWidget(logCaption);
    m_log = textView(QStringLiteral("runLog"), tr("Run log"), this);
    m_log->setPlainText(model->log(runId).join(QLatin1Char('\n')));
    layout->addWidget(m_log, 2);

    m_hostCaption = new QLabel(tr("The server's last error output:"), this);
    Style::makeHeading(m_hostCaption);
    layout->addWidget(m_hostCaption);
    m_hostOutput = textView(QStringLiteral("hostOutput"), tr("Server error output"), this);
    layout->addWidget(m_hostOutput, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(model, &ActivityModel::logAppended, this, [this](qint64 id, const QString &line) {
        if (id != m_runId)
            return;
        // Follow the end only when the person is already there, so reading older lines is not disturbed.
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_log->appendPlainText(line);
        if (atEnd)
            bar->setValue(bar->maximum());
        updateStatus();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateStatus(); });
    const int unit = fontMetrics().averageCharWidth();
    resize(unit * 100, fontMetrics().height() * 30);
    updateStatus();
}

void RunDetailsDialog::updateStatus()
{
    const QString status = m_model->status(m_runId);
    if (status.isEmpty())
        return; // the row is gone (trimmed): keep what was shown
    const QString message = m_model->message(m_runId);
    m_status->setText(
        message.isEmpty() ? RunStatus::label(status) : tr("%1: %2").arg(RunStatus::label(status), message));
    const QString host = m_model->hostOutput(m_runId);
    if (m_hostOutput->toPlainText() != host)
        m_hostOutput->setPlainText(host);
    m_hostCaption->setVisible(!host.isEmpty());
    m_hostOutput->setVisible(!host.isEmpty());
}

} // namespace cairn
