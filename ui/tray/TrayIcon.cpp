#include "tray/TrayIcon.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace cairn {

namespace {

Health healthOf(const WatchdogReport &report)
{
    if (report.jobs.isEmpty())
        return Health::Idle;
    switch (report.tray) {
    case TrayState::Ok:
        return Health::Ok;
    case TrayState::Amber:
        return Health::Warning;
    case TrayState::Red:
        return Health::Error;
    }
    return Health::Idle;
}

// Menu text is the user's text: a job called "&Backup" must not grow a shortcut.
QString menuText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return escaped;
}

} // namespace

TrayIcon::TrayIcon(QObject *parent) : QObject(parent), m_menu(std::make_unique<QMenu>())
{
    m_tray = new QSystemTrayIcon(this);
    m_open = m_menu->addAction(tr("&Open Cairn"));
    m_statusMenu = m_menu->addMenu(tr("&Status"));
    m_runMenu = m_menu->addMenu(tr("&Run job now"));
    m_pauseMenu = m_menu->addMenu(tr("&Pause schedules"));
    m_pauseHour = m_pauseMenu->addAction(tr("For one &hour"));
    m_pauseMorning = m_pauseMenu->addAction(tr("Until &tomorrow morning"));
    m_pauseResumed = m_pauseMenu->addAction(tr("Until &resumed"));
    m_menu->addSeparator();
    m_resume = m_menu->addAction(tr("Resume &schedules"));
    m_resume->setVisible(false);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_tray->setContextMenu(m_menu.get());
    setJobs({});

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_pauseHour, &QAction::triggered, this,
        [this] { Q_EMIT pauseRequested(Scheduler::PauseLength::OneHour); });
    connect(m_pauseMorning, &QAction::triggered, this,
        [this] { Q_EMIT pauseRequested(Scheduler::PauseLength::UntilTomorrowMorning); });
    connect(m_pauseResumed, &QAction::triggered, this,
        [this] { Q_EMIT pauseRequested(Scheduler::PauseLength::UntilResumed); });
    connect(m_resume, &QAction::triggered, this, &TrayIcon::resumeRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    setStatus(Health::Idle, tr("No backups yet"));
    m_statusMenu->addAction(tr("No job is watched yet."))->setEnabled(false);
}

TrayIcon::~TrayIcon()
{
    m_tray->setContextMenu(nullptr);
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setStatus(Health health, const QString &summary)
{
    m_health = health;
    m_summary = summary;
    m_tray->setIcon(Icons::applicationWithBadge(health));
    updateToolTip();
}

void TrayIcon::setReport(const WatchdogReport &report)
{
    setStatus(healthOf(report), report.summary);
    m_statusMenu->clear();
    m_statusMenu->addAction(menuText(report.summary))->setEnabled(false);
    bool any = false;
    for (const JobHealth &job : report.jobs) {
        if (job.state == HealthState::Ok)
            continue;
        if (!any)
            m_statusMenu->addSeparator();
        any = true;
        // A disabled entry cannot be clicked; the sentence is what matters.
        QAction *reason = m_statusMenu->addAction(menuText(job.reason));
        reason->setEnabled(false);
        reason->setData(job.jobId);
    }
}

void TrayIcon::setJobs(const QList<QPair<qint64, QString>> &jobs)
{
    m_runMenu->clear();
    for (const auto &[id, name] : jobs) {
        QAction *action = m_runMenu->addAction(menuText(name));
        action->setData(id);
        const qint64 jobId = id;
        connect(action, &QAction::triggered, this, [this, jobId] { Q_EMIT runJobRequested(jobId); });
    }
    if (jobs.isEmpty())
        m_runMenu->addAction(tr("No jobs yet"))->setEnabled(false);
}

void TrayIcon::setPaused(bool paused, const QDateTime &until)
{
    m_paused = paused;
    m_pausedUntil = until;
    m_resume->setVisible(paused);
    m_pauseMenu->menuAction()->setVisible(!paused);
    updateToolTip();
}

QAction *TrayIcon::pauseAction(Scheduler::PauseLength length) const
{
    switch (length) {
    case Scheduler::PauseLength::OneHour:
        return m_pauseHour;
    case Scheduler::PauseLength::UntilTomorrowMorning:
        return m_pauseMorning;
    case Scheduler::PauseLength::UntilResumed:
        return m_pauseResumed;
    }
    return nullptr;
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    m_tray->showMessage(title, text, Icons::application());
}

void TrayIcon::updateToolTip()
{
    QString text = tr("Cairn: %1").arg(m_summary);
    if (m_paused) {
        text += QLatin1Char('\n')
            + (m_pausedUntil.isValid()
                    ? tr("Schedules are paused until %1.")
                          .arg(QLocale().toString(m_pausedUntil.toLocalTime(), QLocale::ShortFormat))
                    : tr("Schedules are paused until resumed."));
    }
    m_tray->setToolTip(text);
}

} // namespace cairn
