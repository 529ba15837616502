#pragma once
// Sets up two-factor sign-in: shows the QR code and the otpauth:// URI (and the key for typing
// by hand), and stores nothing until the person types a right code from their app. Then the ten
// recovery codes are shown, once.

#include "security/TwoFactor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cairn {

class LockSession;
class QrCodeWidget;

class TwoFactorEnrolDialog final : public QDialog {
    Q_OBJECT

public:
    TwoFactorEnrolDialog(LockSession *session, QWidget *parent = nullptr);

    QLineEdit *uriEdit() const { return m_uri; }
    QLineEdit *codeEdit() const { return m_code; }
    QLabel *statusLabel() const { return m_status; }
    QrCodeWidget *qrCode() const { return m_qr; }

    // Checks the typed code; on success stores the enrolment and shows the recovery codes.
    void accept() override;

Q_SIGNALS:
    // Two-factor is on; codes are the recovery codes (already shown to the person).
    void enrolled(const QStringList &codes);

private:
    LockSession *m_session;
    TwoFactor::Enrolment m_enrolment;
    QrCodeWidget *m_qr = nullptr;
    QLineEdit *m_uri = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_busy = false;
};

} // namespace cairn
