#pragma once
// Add Server, page 3: how Cairn's key gets onto the server. Either Cairn adds it, logging in once
// with a password that is used for that login only, or the person pastes one line into the
// server's authorized_keys and says so. Either way Cairn then proves it can log in with the key.

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace cairn {

class AddServerStatus;
class AddServerWizard;

class AddServerAccessPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddServerAccessPage(AddServerWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QRadioButton *installOption() const { return m_install; }
    QRadioButton *manualOption() const { return m_manual; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPlainTextEdit *lineView() const { return m_line; }
    QPushButton *copyButton() const { return m_copy; }
    QCheckBox *addedCheck() const { return m_added; }
    AddServerStatus *status() const { return m_status; }

private:
    void setLine(const QString &line);
    void updateModes();

    AddServerWizard *m_wizard;
    QRadioButton *m_install = nullptr;
    QRadioButton *m_manual = nullptr;
    QWidget *m_installBox = nullptr;
    QWidget *m_manualBox = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_manualIntro = nullptr;
    QPlainTextEdit *m_line = nullptr;
    QPushButton *m_copy = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QCheckBox *m_added = nullptr;
    AddServerStatus *m_status = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace cairn
