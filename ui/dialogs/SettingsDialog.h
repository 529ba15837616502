#pragma once
// Preferences: start on login, start minimised, close to the tray, which runs notify, how many
// backups run at once, language.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace cairn {

class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    // trayAvailable: without a tray, "close to tray" cannot apply and says so.
    explicit SettingsDialog(bool trayAvailable, QWidget *parent = nullptr);

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
};

} // namespace cairn
