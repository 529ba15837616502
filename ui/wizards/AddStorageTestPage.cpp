#include "wizards/AddStorageTestPage.h"

#include "storage/StorageTask.h"
#include "theme/Icons.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"
#include "wizards/AddStorageWizard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace cairn {

namespace {

QString outcomeWord(StorageCheckStep::Outcome outcome)
{
    switch (outcome) {
    case StorageCheckStep::Outcome::Pending:
        return AddStorageTestPage::tr("Waiting");
    case StorageCheckStep::Outcome::Running:
        return AddStorageTestPage::tr("Checking…");
    case StorageCheckStep::Outcome::Passed:
        return AddStorageTestPage::tr("Passed");
    case StorageCheckStep::Outcome::Failed:
        return AddStorageTestPage::tr("Failed");
    case StorageCheckStep::Outcome::Info:
        return AddStorageTestPage::tr("Found");
    case StorageCheckStep::Outcome::Skipped:
        return AddStorageTestPage::tr("Skipped");
    }
    return {};
}

} // namespace

AddStorageTestPage::AddStorageTestPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Testing the storage"));
    setSubTitle(
        tr("Cairn lists the bucket, writes a small probe object, reads it back and deletes it, so you "
           "know backups will work before the first one runs."));

    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    const QList<StorageCheckStep> steps = StorageCheck::plannedSteps();
    for (int i = 0; i < steps.size(); ++i) {
        Row row;
        row.step = steps.at(i);
        row.icon = new QLabel(this);
        row.icon->setFixedWidth(fontMetrics().height() + 4);
        row.icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        row.state = new QLabel(this);
        row.state->setObjectName(QStringLiteral("stepState%1").arg(i));
        row.state->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        row.title = new QLabel(row.step.title, this);
        Style::makeHeading(row.title);
        row.detail = new QLabel(this);
        row.detail->setObjectName(QStringLiteral("stepDetail%1").arg(i));
        row.detail->setTextFormat(Qt::PlainText); // sentences may carry bucket names and keys
        row.detail->setWordWrap(true);
        row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(row.title);
        text->addWidget(row.detail);
        grid->addWidget(row.icon, i, 0);
        grid->addWidget(row.state, i, 1);
        grid->addLayout(text, i, 2);
        m_rows.append(row);
        showStep(i, row.step);
    }
    layout->addLayout(grid);

    m_failure = new AddStorageFieldError(this);
    m_failure->setObjectName(QStringLiteral("testFailure"));
    layout->addWidget(m_failure);
    layout->addStretch(1);

    auto *bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, int(steps.size()));
    m_progress->setAccessibleName(tr("Test progress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_cancel = new QPushButton(tr("&Stop test"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTest"));
    m_retry = new QPushButton(tr("&Test again"), this);
    m_retry->setObjectName(QStringLiteral("retryTest"));
    // Return never stops or restarts the test by accident: it belongs to Next (disabled meanwhile).
    m_cancel->setAutoDefault(false);
    m_retry->setAutoDefault(false);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_retry);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &AddStorageTestPage::cancelTest);
    connect(m_retry, &QPushButton::clicked, this, &AddStorageTestPage::startTest);
    m_cancel->hide();
    m_retry->hide();
}

void AddStorageTestPage::initializePage()
{
    startTest();
}

void AddStorageTestPage::cleanupPage()
{
    // Back: stop the test; what was typed on the earlier pages stays as it is.
    cancelTest();
}

bool AddStorageTestPage::isComplete() const
{
    return m_passed && !isRunning();
}

void AddStorageTestPage::startTest()
{
    cancelTest();
    auto *w = static_cast<AddStorageWizard *>(wizard());
    m_passed = false;
    m_failureText.clear();
    m_failure->setMessage(QString());
    const QList<StorageCheckStep> steps = StorageCheck::plannedSteps();
    for (int i = 0; i < m_rows.size(); ++i)
        showStep(i, steps.at(i));
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    m_cancel->show();
    m_retry->hide();

    const SecureBytes secret = w->secret();
    m_task = StorageTask::check(w->s3Target(), SigningSecret(secret.view()));
    connect(m_task, &StorageTask::stepChanged, this, &AddStorageTestPage::onStep);
    connect(m_task, &StorageTask::checkFinished, this, &AddStorageTestPage::onFinished);
    m_task->start();
    // After QWizard has placed the focus for the new page: here, not on Back.
    QTimer::singleShot(0, m_cancel, [this] { m_cancel->setFocus(Qt::OtherFocusReason); });
    Q_EMIT completeChanged();
}

void AddStorageTestPage::cancelTest()
{
    if (!m_task)
        return;
    m_task->cancel();
    // Results of a cancelled task are not shown: a newer test or the previous page is.
    disconnect(m_task, nullptr, this, nullptr);
    m_task = nullptr;
    m_status->setText(tr("Stopped."));
    m_failureText = tr("The test was stopped; press Test again to run it.");
    m_failure->setMessage(m_failureText);
    for (int i = 0; i < m_rows.size(); ++i) {
        StorageCheckStep step = m_rows.at(i).step;
        if (step.outcome == StorageCheckStep::Outcome::Running
            || step.outcome == StorageCheckStep::Outcome::Pending) {
            step.outcome = StorageCheckStep::Outcome::Skipped;
            step.detail = tr("Not checked: the test was stopped.");
            showStep(i, step);
        }
    }
    m_cancel->hide();
    m_retry->show();
    Q_EMIT completeChanged();
}

void AddStorageTestPage::onStep(int index, const StorageCheckStep &step)
{
    if (sender() != m_task || index < 0 || index >= m_rows.size())
        return; // a stopped test's late report
    showStep(index, step);
    if (step.outcome == StorageCheckStep::Outcome::Running) {
        m_status->setText(tr("Checking: %1…").arg(step.title));
    } else {
        m_progress->setValue(index + 1);
    }
}

void AddStorageTestPage::onFinished(const StorageCheckReport &report)
{
    if (sender() != m_task)
        return;
    m_task = nullptr;
    m_passed = report.passed();
    for (int i = 0; i < report.steps.size() && i < m_rows.size(); ++i)
        showStep(i, report.steps.at(i));
    m_progress->setValue(m_progress->maximum());
    m_cancel->hide();
    m_retry->setVisible(!m_passed);
    if (m_passed) {
        static_cast<AddStorageWizard *>(wizard())->setReport(report);
        m_status->setText(tr("Every check passed."));
        m_failure->setMessage(QString());
    } else {
        // The reason is in the failed check's row; this line says what to do about it.
        m_failureText = report.firstFailure();
        m_status->setText(report.cancelled ? tr("Stopped.") : tr("The test failed."));
        m_failure->setMessage(
            tr("Fix what the failed check says (Back keeps everything you typed), then press Test "
               "again."));
        m_retry->setFocus();
    }
    static_cast<AddStorageWizard *>(wizard())->growToFit();
    Q_EMIT completeChanged();
    // Return now means Next (enabled by completeChanged), not the Back button the hidden Stop
    // button would hand the focus to.
    if (m_passed)
        wizard()->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
    Q_EMIT testFinished(m_passed);
}

void AddStorageTestPage::showStep(int index, const StorageCheckStep &step)
{
    Row &row = m_rows[index];
    row.step.outcome = step.outcome;
    row.step.detail = step.detail;
    const int side = fontMetrics().height();
    QIcon icon;
    switch (step.outcome) {
    case StorageCheckStep::Outcome::Passed:
        icon = Icons::health(Health::Ok);
        break;
    case StorageCheckStep::Outcome::Failed:
        icon = Icons::health(Health::Error);
        break;
    case StorageCheckStep::Outcome::Info:
        icon = Icons::tinted(QStringLiteral("info"), palette());
        break;
    case StorageCheckStep::Outcome::Running:
    case StorageCheckStep::Outcome::Skipped:
        icon = Icons::health(Health::Idle);
        break;
    case StorageCheckStep::Outcome::Pending:
        break;
    }
    row.icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(side, side));
    row.state->setText(outcomeWord(step.outcome));
    // "Skipped" says enough; the reason is in the row that failed.
    const bool quiet = step.outcome == StorageCheckStep::Outcome::Skipped;
    row.detail->setText(quiet ? QString() : step.detail);
    row.detail->setVisible(!quiet && !step.detail.isEmpty());
    row.title->setAccessibleDescription(outcomeWord(step.outcome) + QStringLiteral(": ") + step.detail);
}

QString AddStorageTestPage::stepText(int index) const
{
    const Row &row = m_rows.at(index);
    return QStringLiteral("%1: %2 \u2014 %3").arg(row.state->text(), row.title->text(), row.detail->text());
}

StorageCheckStep::Outcome AddStorageTestPage::stepOutcome(int index) const
{
    return m_rows.at(index).step.outcome;
}

QString AddStorageTestPage::failureText() const
{
    return m_failureText;
}

QString AddStorageTestPage::statusText() const
{
    return m_status->text();
}

} // namespace cairn
