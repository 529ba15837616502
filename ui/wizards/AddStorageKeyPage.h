#pragma once
// Add Storage, page 3: the access key ID and its secret. The secret field shows dots unless the
// person asks to see it; the secret goes to the keychain only when the target is saved.

#include "secrets/SecureBytes.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace cairn {

class AddStorageFieldError;

class AddStorageKeyPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddStorageKeyPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    QString accessKeyId() const;
    SecureBytes secret() const;
    // Clears the secret field (the wizard is closing).
    void forgetSecret();

    QLineEdit *accessKeyIdEdit() const { return m_keyId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *showSecretBox() const { return m_show; }

private:
    QLineEdit *m_keyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_show = nullptr;
    AddStorageFieldError *m_error = nullptr;
};

} // namespace cairn
