#pragma once
// Preferences: start minimised, close to the tray, how many backups run at once, language.

#include <QDialog>

class QCheckBox;
class QComboBox;
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
    QSpinBox *m_concurrency = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace cairn
