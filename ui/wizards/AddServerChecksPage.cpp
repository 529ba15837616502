#include "wizards/AddServerChecksPage.h"

#include "theme/Icons.h"
#include "theme/Style.h"
#include "wizards/AddServerDetailsPage.h"
#include "wizards/AddServerStatus.h"
#include "wizards/AddServerWizard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cairn {

namespace {

Health healthOf(PreflightCheck::Status status)
{
    switch (status) {
    case PreflightCheck::Status::Ok:
        return Health::Ok;
    case PreflightCheck::Status::Warning:
        return Health::Warning;
    case PreflightCheck::Status::Missing:
        return Health::Error;
    case PreflightCheck::Status::Info:
        break;
    }
    return Health::Idle;
}

} // namespace

AddServerChecksPage::AddServerChecksPage(AddServerWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("checksPage"));
    setTitle(tr("Can backups run on this server?"));
    setSubTitle(tr("Cairn checked the tools a backup uses on the server. Nothing was changed there."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_checkAgain = new QPushButton(tr("Check a&gain"), this);
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_checkAgain, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_status = new AddServerStatus(this);
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_list = new QWidget(scroll);
    m_list->setObjectName(QStringLiteral("checklist"));
    m_list->setAccessibleName(tr("Checklist"));
    m_rows = new QVBoxLayout(m_list);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addStretch(1);
    scroll->setWidget(m_list);
    layout->addWidget(scroll, 1);

    connect(m_checkAgain, &QPushButton::clicked, this, [this] {
        clearList();
        m_wizard->checkAgain();
        if (m_wizard->isBusy())
            m_status->showBusy(tr("Checking the server again…"));
        Q_EMIT completeChanged();
    });
    connect(m_status, &AddServerStatus::cancelClicked, wizard, &AddServerWizard::cancelNetworkStep);
    connect(m_status, &AddServerStatus::retryClicked, m_checkAgain, &QPushButton::click);
    connect(wizard, &AddServerWizard::busyChanged, this, [this](bool busy, const QString &text) {
        if (m_wizard->currentPage() != this)
            return;
        if (busy)
            m_status->showBusy(text);
        else if (m_status->isBusy())
            m_status->clear();
        m_checkAgain->setEnabled(!busy);
        Q_EMIT completeChanged();
    });
    connect(wizard, &AddServerWizard::preflightFinished, this, &AddServerChecksPage::showReport);
    connect(wizard, &AddServerWizard::stepFailed, this, [this](ServerSetupStep, const QString &message) {
        if (m_wizard->currentPage() != this)
            return;
        m_status->showError(message, tr("Check a&gain"));
        m_checkAgain->setEnabled(true);
        Q_EMIT completeChanged();
    });
}

QString AddServerChecksPage::statusWord(PreflightCheck::Status status)
{
    switch (status) {
    case PreflightCheck::Status::Ok:
        return tr("OK");
    case PreflightCheck::Status::Warning:
        return tr("Works");
    case PreflightCheck::Status::Missing:
        return tr("Missing");
    case PreflightCheck::Status::Info:
        return tr("Optional");
    }
    return {};
}

void AddServerChecksPage::clearList()
{
    while (m_rows->count() > 1) {
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    m_summary->clear();
}

void AddServerChecksPage::showReport(const PreflightReport &report)
{
    clearList();
    const int side = fontMetrics().height();
    int row = 0;
    for (const PreflightCheck &check : report.checks()) {
        auto *line = new QWidget(m_list);
        auto *grid = new QGridLayout(line);
        grid->setContentsMargins(0, side / 4, 0, side / 4);
        auto *icon = new QLabel(line);
        icon->setPixmap(Icons::health(healthOf(check.status)).pixmap(side, side));
        icon->setAlignment(Qt::AlignTop);
        auto *title = new QLabel(line);
        title->setTextFormat(Qt::PlainText);
        title->setText(QStringLiteral("%1 — %2").arg(check.title, statusWord(check.status)));
        Style::makeHeading(title);
        auto *found = new QLabel(check.found, line);
        found->setTextFormat(Qt::PlainText); // reported by the server: untrusted, already escaped
        found->setWordWrap(true);
        Style::makeMuted(found);
        grid->addWidget(icon, 0, 0, 2, 1);
        grid->addWidget(title, 0, 1);
        grid->addWidget(found, 1, 1);
        if (!check.fixHint.isEmpty()) {
            auto *fix = new QLabel(check.fixHint, line);
            fix->setObjectName(QStringLiteral("fixHint"));
            fix->setTextFormat(Qt::PlainText);
            fix->setWordWrap(true);
            fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(fix, 2, 1);
        }
        grid->setColumnStretch(1, 1);
        line->setAccessibleName(QStringLiteral("%1: %2").arg(statusWord(check.status), check.title));
        m_rows->insertWidget(row++, line);
        m_shown << QStringLiteral("%1: %2 — %3").arg(statusWord(check.status), check.title, check.found);
    }
    if (report.passed())
        m_summary->setText(
            tr("Everything Cairn needs is on the server. Save it, and it is ready for backup jobs."));
    else
        m_summary->setText(
            tr("Backups cannot run until the lines marked Missing are fixed on the server. Fix them "
               "and click Check again, or save now and fix them later."));
    m_status->clear();
    m_checkAgain->setEnabled(true);
    Q_EMIT completeChanged();
}

void AddServerChecksPage::initializePage()
{
    clearList();
    m_status->clear();
    if (m_wizard->hasReport())
        showReport(m_wizard->report());
    else
        m_status->showBusy(tr("Checking the tools Cairn needs on %1…").arg(m_wizard->detailsPage()->host()));
    m_checkAgain->setEnabled(!m_wizard->isBusy());
}

void AddServerChecksPage::cleanupPage()
{
    m_wizard->discardAttempt();
    clearList();
    m_status->clear();
}

bool AddServerChecksPage::isComplete() const
{
    return m_wizard->hasReport() && !m_wizard->isBusy();
}

bool AddServerChecksPage::validatePage()
{
    QString error;
    if (m_wizard->saveServer(&error))
        return true;
    m_status->showError(error);
    return false;
}

QStringList AddServerChecksPage::shownChecks() const
{
    return m_shown;
}

} // namespace cairn
