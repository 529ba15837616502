#pragma once
// Cairn in the system tray: the overall status as a badge (colour and shape) and in words in the
// tooltip, and a menu with Open, Pause schedules and Quit.

#include "theme/Icons.h"

#include <QObject>
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
    Health health() const { return m_health; }
    QString toolTip() const;
    void showMessage(const QString &title, const QString &text);

    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    // Pause schedules was switched; the new state is already saved.
    void schedulesPausedChanged(bool paused);

private:
    void updateToolTip();

    std::unique_ptr<QMenu> m_menu; // a QMenu cannot have a QObject parent
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_open = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    Health m_health = Health::Idle;
    QString m_summary;
};

} // namespace cairn
