#pragma once
// Settings > Security: the app lock (set, change, reset with a recovery code, remove, idle time),
// two-factor sign-in (set up, new recovery codes, turn off) and the recovery kit (export, whole
// or one client, and import). Each action opens its own small form and applies at once; only the
// idle time waits for the Settings dialog's OK (apply()).

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace cairn {

class LockSession;
class RecoveryKitTransfer;
class SecurityFormDialog;
class TwoFactorEnrolDialog;
class ReauthGate;

class SecurityPage final : public QWidget {
    Q_OBJECT

public:
    SecurityPage(LockSession *session, QWidget *parent = nullptr);

    // Saves the idle time when it changed.
    void apply();
    // Reads the lock's state again and enables the buttons that fit it.
    void refresh();

    // Each opens its form (without blocking) and returns it, for tests.
    SecurityFormDialog *openEnableLock();
    SecurityFormDialog *openChangePassword();
    SecurityFormDialog *openResetPassword();
    SecurityFormDialog *openDisableLock();
    TwoFactorEnrolDialog *openEnrolTwoFactor();
    SecurityFormDialog *openDisableTwoFactor();
    SecurityFormDialog *openNewRecoveryCodes();
    // Asks again first when the lock is on: returns the gate then (the form follows it), else the form.
    QWidget *openExportKit();
    SecurityFormDialog *openImportKit();

    QSpinBox *idleMinutes() const { return m_idle; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    // After any change, with a short sentence for the status bar.
    void changed(const QString &message);

private:
    SecurityFormDialog *newForm(const QString &title, const QString &intro);
    SecurityFormDialog *exportKitForm();
    void done(SecurityFormDialog *form, const QString &message);

    LockSession *m_session;
    RecoveryKitTransfer *m_kits = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_enableLock = nullptr;
    QPushButton *m_changePassword = nullptr;
    QPushButton *m_resetPassword = nullptr;
    QPushButton *m_disableLock = nullptr;
    QSpinBox *m_idle = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_newCodes = nullptr;
    QPushButton *m_disableTwoFactor = nullptr;
    QPushButton *m_exportKit = nullptr;
    QPushButton *m_importKit = nullptr;
};

} // namespace cairn
