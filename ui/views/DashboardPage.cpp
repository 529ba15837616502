#include "views/DashboardPage.h"

#include "models/ClientListModel.h"
#include "models/RunStatus.h"
#include "models/RunTableModel.h"
#include "schedule/ScheduleText.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "theme/Icons.h"
#include "theme/Style.h"
#include "views/Card.h"
#include "views/EmptyState.h"
#include "views/RecentRunsList.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cairn {

DashboardPage::DashboardPage(
    std::shared_ptr<Database> database, const ClientListModel *clients, QWidget *parent)
    : QWidget(parent), m_database(std::move(database)), m_clients(clients)
{
    Style::useBaseBackground(this);
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit * 3 / 2);
    layout->setSpacing(unit);

    auto *title = new QLabel(tr("Dashboard"), this);
    Style::makeTitle(title);
    layout->addWidget(title);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("dashboardSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText); // client names are the user's text, never markup
    Style::makeMuted(m_subtitle);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit / 3);

    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(unit);
    m_clientCount = addCard(cards, 0, tr("Clients"), QStringLiteral("clientCount"));
    m_clientCard = m_clientCount->parentWidget();
    m_serverCount = addCard(cards, 1, tr("Servers"), QStringLiteral("serverCount"));
    m_storageCount = addCard(cards, 2, tr("Storage targets"), QStringLiteral("storageCount"));
    m_jobCount = addCard(cards, 3, tr("Jobs"), QStringLiteral("jobCount"));
    layout->addLayout(cards);

    auto *health = new QHBoxLayout;
    health->setSpacing(unit / 2);
    m_healthIcon = new QLabel(this);
    m_healthText = new QLabel(this);
    m_healthText->setObjectName(QStringLiteral("healthSummary"));
    m_healthText->setTextFormat(Qt::PlainText);
    m_healthText->setWordWrap(true);
    health->addWidget(m_healthIcon);
    health->addWidget(m_healthText, 1);
    m_healthIcon->hide(); // until the latest results are read
    m_healthText->hide();
    layout->addLayout(health);
    layout->addSpacing(unit / 2);

    // Filled by setHealthReport(): the watchdog's verdict per job.
    m_jobHealth = new QWidget(this);
    m_jobHealth->setObjectName(QStringLiteral("jobHealth"));
    m_jobHealth->setAccessibleName(tr("Backup age per job"));
    new QGridLayout(m_jobHealth);
    m_jobHealth->layout()->setContentsMargins(0, 0, 0, 0);
    m_jobHealth->hide();
    layout->addWidget(m_jobHealth);

    auto *recentHeader = new QHBoxLayout;
    auto *recentTitle = new QLabel(tr("Recent runs"), this);
    Style::makeHeading(recentTitle);
    recentHeader->addWidget(recentTitle);
    recentHeader->addStretch(1);
    auto *allActivity = new QPushButton(tr("Show all activity"), this);
    allActivity->setObjectName(QStringLiteral("showActivity"));
    allActivity->setFlat(true);
    allActivity->setAccessibleName(allActivity->text());
    recentHeader->addWidget(allActivity);
    layout->addLayout(recentHeader);
    connect(allActivity, &QPushButton::clicked, this, &DashboardPage::showActivityRequested);

    m_runs = new RunTableModel(m_database, this);
    m_runs->setPageSize(recentRunCount);
    m_runs->setMaximumRows(recentRunCount);
    connect(m_runs, &RunTableModel::loadFailed, this, &DashboardPage::loadFailed);

    m_recentView = new RecentRunsList(m_runs, this);
    m_recentView->setObjectName(QStringLiteral("recentRuns"));
    m_recentView->setAccessibleName(tr("Recent runs"));

    // The empty state is built the first time there is nothing to show.
    m_recentStack = new QStackedWidget(this);
    m_recentStack->addWidget(m_recentView);
    layout->addWidget(m_recentStack, 1);
}

QLabel *DashboardPage::addCard(
    QGridLayout *grid, int column, const QString &caption, const QString &objectName)
{
    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    const int unit = fontMetrics().height();
    layout->setContentsMargins(unit, unit * 3 / 4, unit, unit * 3 / 4);
    layout->setSpacing(2);
    auto *number = new QLabel(QStringLiteral("0"), card);
    number->setObjectName(objectName);
    Style::makeTitle(number);
    auto *label = new QLabel(caption, card);
    Style::makeMuted(label);
    layout->addWidget(number);
    layout->addWidget(label);
    card->setAccessibleName(caption);
    grid->addWidget(card, 0, column);
    grid->setColumnStretch(column, 1);
    return number;
}

void DashboardPage::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    m_stale = true;
    if (isVisible())
        reload();
}

void DashboardPage::reload()
{
    m_stale = false;
    const QLocale locale;
    const Client summary = m_clients->summary(m_clientId);
    m_subtitle->setText(m_clientId == 0 ? tr("All clients") : summary.name);
    m_clientCard->setVisible(m_clientId == 0);
    m_clientCount->setText(locale.toString(m_clients->clientCount()));
    m_serverCount->setText(locale.toString(summary.servers));
    m_storageCount->setText(locale.toString(summary.storageTargets));
    m_jobCount->setText(locale.toString(summary.jobs));

    m_healthStale = true;
    if (m_slowReadsAllowed)
        reloadHealth();

    updateJobHealth();
    m_runs->setClientId(m_clientId);
    m_runs->reload();
    if (m_runs->rowCount() == 0 && !m_empty) {
        m_empty = new EmptyState(QStringLiteral("nav-activity"), tr("No backups yet"),
            tr("Add a server, a storage target and a job; the result of every backup appears here."),
            QString(), m_recentStack);
        m_recentStack->addWidget(m_empty);
    }
    m_recentStack->setCurrentWidget(m_runs->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_recentView);
    m_recentView->setClientVisible(m_clientId == 0);
}

void DashboardPage::allowSlowReads()
{
    m_slowReadsAllowed = true;
    if (m_healthStale)
        reloadHealth();
}

void DashboardPage::reloadHealth()
{
    m_healthStale = false;
    StoreError error;
    m_latest = RunRepository(m_database).latestStatusCounts(m_clientId, &error);
    if (error)
        Q_EMIT loadFailed(error.message);
    updateHealth();
    Q_EMIT latestResultsRead(m_clientId, m_latest);
}

void DashboardPage::updateHealth()
{
    const int side = fontMetrics().height();
    m_healthIcon->setPixmap(Icons::health(RunStatus::overall(m_latest)).pixmap(side, side));
    m_healthText->setText(RunStatus::summary(m_latest));
    // With no run at all the empty state below says it already.
    const bool anyRun = RunStatus::overall(m_latest) != Health::Idle;
    m_healthIcon->setVisible(anyRun);
    m_healthText->setVisible(anyRun);
}

void DashboardPage::setHealthReport(const WatchdogReport &report)
{
    m_report = report;
    m_haveReport = true;
    updateJobHealth();
}

void DashboardPage::updateJobHealth()
{
    auto *grid = static_cast<QGridLayout *>(m_jobHealth->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QSet<qint64> shown;
    if (m_clientId != 0) {
        for (const Job &job : JobRepository(m_database).list(m_clientId))
            shown.insert(job.id);
    }
    const int side = fontMetrics().height();
    const int unit = side;
    grid->setHorizontalSpacing(unit);
    grid->setVerticalSpacing(unit / 4);
    int row = 0;
    for (const JobHealth &job : std::as_const(m_report.jobs)) {
        if (m_clientId != 0 && !shown.contains(job.jobId))
            continue;
        Health health = Health::Ok;
        QString word = tr("OK");
        switch (job.state) {
        case HealthState::Ok:
            break;
        case HealthState::Overdue:
            health = Health::Warning;
            word = tr("Overdue");
            break;
        case HealthState::BadlyOverdue:
            health = Health::Error;
            word = tr("Badly overdue");
            break;
        case HealthState::Failed:
            health = Health::Error;
            word = tr("Failed");
            break;
        }
        // Colour is never the only signal: a badge, a word, and the sentence on hover.
        auto *badge = new QLabel(m_jobHealth);
        badge->setPixmap(Icons::health(health).pixmap(side, side));
        auto *state = new QLabel(word, m_jobHealth);
        state->setObjectName(QStringLiteral("jobHealthState"));
        auto *name = new QLabel(job.jobName, m_jobHealth);
        name->setTextFormat(Qt::PlainText);
        const QString age = job.neverGood
            ? tr("no good backup yet")
            : tr("last good backup %1 ago").arg(ScheduleText::duration(job.age));
        auto *ageLabel = new QLabel(job.targetAge.count() > 0
                ? tr("%1, target %2").arg(age, ScheduleText::duration(job.targetAge))
                : tr("%1, no target").arg(age),
            m_jobHealth);
        ageLabel->setObjectName(QStringLiteral("jobHealthAge"));
        Style::makeMuted(ageLabel);
        for (QLabel *label : { badge, state, name, ageLabel }) {
            label->setToolTip(job.reason);
            label->setAccessibleDescription(job.reason);
        }
        grid->addWidget(badge, row, 0);
        grid->addWidget(state, row, 1);
        grid->addWidget(name, row, 2);
        grid->addWidget(ageLabel, row, 3);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    m_jobHealth->setVisible(m_haveReport && row > 0);
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_empty && m_recentStack->currentWidget() == m_empty;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace cairn
