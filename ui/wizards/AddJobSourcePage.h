#pragma once
// Job wizard, page 2: what to back up. Folders (one per line) with exclude patterns, or MariaDB /
// MySQL databases, or one PostgreSQL database with how the dump logs in. Warns when the folders
// hold a database's live files, which a file copy cannot back up consistently.

#include "backup/JobSpec.h"
#include "secrets/SecureBytes.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace cairn {

class AddStorageFieldError;

class AddJobSourcePage final : public QWizardPage {
    Q_OBJECT

public:
    explicit AddJobSourcePage(QWidget *parent = nullptr);

    bool validatePage() override;

    // Writes this page's part into spec (kind, paths, databases, login).
    void apply(JobSpec &spec) const;
    void load(const JobSpec &spec);
    // What the password field holds (empty when nothing was typed).
    SecureBytes password() const;
    void forgetPassword();
    // The sentence shown when the folders hold live database files, else empty.
    QString liveDatabaseWarning() const;

    void setKind(JobSpec::Kind kind);
    JobSpec::Kind kind() const;
    void setLogin(JobSpec::DatabaseLogin login);

    QPlainTextEdit *pathsEdit() const { return m_paths; }
    QPlainTextEdit *excludesEdit() const { return m_excludes; }
    QLineEdit *databasesEdit() const { return m_databases; }
    QComboBox *loginBox() const { return m_login; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *sudoUserEdit() const { return m_sudoUser; }
    QLineEdit *databaseHostEdit() const { return m_host; }
    QSpinBox *databasePortBox() const { return m_port; }
    AddStorageFieldError *error() const { return m_error; }
    QLabel *warning() const { return m_warning; }

private:
    void updateVisibility();
    void updateWarning();

    QButtonGroup *m_kind = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_paths = nullptr;
    QPlainTextEdit *m_excludes = nullptr;
    QLabel *m_warning = nullptr;
    QLineEdit *m_databases = nullptr;
    QLabel *m_databasesHint = nullptr;
    QComboBox *m_login = nullptr;
    QLabel *m_loginHint = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_sudoUser = nullptr;
    QLabel *m_sudoUserLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    AddStorageFieldError *m_error = nullptr;
    bool m_hasStoredPassword = false;
};

} // namespace cairn
