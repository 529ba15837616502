#pragma once
// Restore wizard, page 3: where the restored data goes. Files: a new folder beside the original by
// default, or over the original location once the server's name is typed. Databases: a new
// database (Cairn never loads a dump over a live database).

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace cairn {

class AddStorageFieldError;
class RestoreWizard;

class RestoreTargetPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit RestoreTargetPage(RestoreWizard *wizard);

    bool overOriginal() const;
    QString destination() const; // the new folder (files)
    QString confirmation() const; // what was typed to confirm over-original
    QString databaseName() const; // the new database (databases)

    QRadioButton *newFolderButton() const { return m_newFolder; }
    QRadioButton *overOriginalButton() const { return m_over; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *databaseEdit() const { return m_database; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateState();

    RestoreWizard *m_wizard;
    QWidget *m_files = nullptr;
    QWidget *m_databases = nullptr;
    QRadioButton *m_newFolder = nullptr;
    QLineEdit *m_folder = nullptr;
    QRadioButton *m_over = nullptr;
    QLabel *m_overWarning = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_overUnavailable = nullptr;
    QLineEdit *m_database = nullptr;
    AddStorageFieldError *m_error = nullptr;
    QString m_filledFor; // backup id + server, so going back and forth keeps what was typed
};

} // namespace cairn
