#pragma once
// Cairn in the system tray: the overdue watchdog's verdict as a badge (green, amber, red; colour
// and shape) and in words in the tooltip, the reason for each job that is not fine one click away
// (the Status submenu), and a menu with Open, Run job now, Pause schedules (1 hour, until
// tomorrow morning, until resumed) and Quit.

#include "schedule/JobHealth.h"
#include "schedule/Scheduler.h"
#include "theme/Icons.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace cairn {

class TrayIcon final : public QObject {
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    // health picks the badge; summary is the sentence in the tooltip.
    void setStatus(Health health, const QString &summary);
    // The watchdog's report: badge, tooltip, and one Status entry per job that is not fine.
    void setReport(const WatchdogReport &report);
    // The jobs offered under "Run job now" (id, name), in this order.
    void setJobs(const QList<QPair<qint64, QString>> &jobs);
    void setPaused(bool paused, const QDateTime &until);
    bool isPaused() const { return m_paused; }

    Health health() const { return m_health; }
    QString toolTip() const;
    void showMessage(const QString &title, const QString &text);

    QAction *openAction() const { return m_open; }
    QAction *quitAction() const { return m_quit; }
    QMenu *statusMenu() const { return m_statusMenu; }
    QMenu *runMenu() const { return m_runMenu; }
    QMenu *pauseMenu() const { return m_pauseMenu; }
    QAction *pauseAction(Scheduler::PauseLength length) const;
    QAction *resumeAction() const { return m_resume; }

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void runJobRequested(qint64 jobId);
    void pauseRequested(cairn::Scheduler::PauseLength length);
    void resumeRequested();

private:
    void updateToolTip();

    std::unique_ptr<QMenu> m_menu; // a QMenu cannot have a QObject parent
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_statusMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_pauseHour = nullptr;
    QAction *m_pauseMorning = nullptr;
    QAction *m_pauseResumed = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_quit = nullptr;
    Health m_health = Health::Idle;
    QString m_summary;
    bool m_paused = false;
    QDateTime m_pausedUntil;
};

} // namespace cairn
