#include "tray/TrayIcon.h"

#include "settings/UiSettings.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace cairn {

TrayIcon::TrayIcon(QObject *parent) : QObject(parent), m_menu(std::make_unique<QMenu>())
{
    m_tray = new QSystemTrayIcon(this);
    m_open = m_menu->addAction(tr("&Open Cairn"));
    m_pause = m_menu->addAction(tr("&Pause schedules"));
    m_pause->setCheckable(true);
    m_pause->setChecked(UiSettings().schedulesPaused());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_tray->setContextMenu(m_menu.get());

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        UiSettings().setSchedulesPaused(paused);
        updateToolTip();
        Q_EMIT schedulesPausedChanged(paused);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    setStatus(Health::Idle, tr("No backups yet"));
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
    if (m_pause->isChecked())
        text += QLatin1Char('\n') + tr("Schedules are paused.");
    m_tray->setToolTip(text);
}

} // namespace cairn
