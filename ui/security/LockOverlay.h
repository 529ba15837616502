#pragma once
// The lock screen: covers a main window (its pages, menus and tool bars, and hides its open
// dialogs) until the master password (and code) is given. Only the UI is covered: running
// backups, schedules and the tray keep going, and nothing typed into a hidden dialog is lost.

#include <QPointer>
#include <QWidget>

class QAction;
class QMainWindow;

namespace cairn {

class LockSession;
class UnlockForm;

class LockOverlay final : public QWidget {
    Q_OBJECT

public:
    LockOverlay(LockSession *session, QMainWindow *window);

    bool isLocked() const { return m_locked; }
    UnlockForm *form() const { return m_form; }

    // Covers the window now; does nothing when the lock is off or already shown.
    void lock();

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    void setWindowEnabled(bool enabled);

    LockSession *m_session;
    QMainWindow *m_window;
    UnlockForm *m_form = nullptr;
    QList<QPointer<QWidget>> m_hidden;
    QList<QPointer<QAction>> m_disabledActions;
    bool m_locked = false;
};

} // namespace cairn
