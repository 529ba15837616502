#pragma once
// Preferences: start on login, start minimised, close to the tray, which runs notify, how many
// backups run at once, language; and, given the window's LockSession, a Security tab (app lock,
// two-factor, recovery kit).

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace cairn {

class LockSession;
class SecurityPage;

class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    // trayAvailable: without a tray, "close to tray" cannot apply and says so.
    explicit SettingsDialog(
        bool trayAvailable, QWidget *parent = nullptr, LockSession *lockSession = nullptr);

    // Null without a LockSession.
    SecurityPage *securityPage() const { return m_security; }
    QTabWidget *tabs() const { return m_tabs; }

    // Saves the shown values to UiSettings and closes.
    void accept() override;

private:
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_autostart = nullptr;
    QCheckBox *m_notifyStarted = nullptr;
    QCheckBox *m_notifySucceeded = nullptr;
    QCheckBox *m_notifyFailed = nullptr;
    QCheckBox *m_notifyOverdue = nullptr;
    QLabel *m_error = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QComboBox *m_language = nullptr;
    LockSession *m_lockSession = nullptr;
    QTabWidget *m_tabs = nullptr;
    SecurityPage *m_security = nullptr;
};

} // namespace cairn
