#pragma once
// Restore wizard, page 3: where the restored data goes. Files: a new folder beside the original by
// default, or over the original location once the server's name is typed. Databases: a new
// database by default, or over the original one with the same confirmation (loaded into a staging
// database first, so a failure leaves the original as it was).

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
    QString sourceDatabase() const; // the database the backup holds (databases)

    QRadioButton *newFolderButton() const { return m_newFolder; }
    QRadioButton *overOriginalButton() const { return m_over; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *databaseEdit() const { return m_database; }
    QRadioButton *newDatabaseButton() const { return m_newDatabase; }
    QRadioButton *overOriginalDatabaseButton() const { return m_overDatabase; }
    QLineEdit *confirmDatabaseEdit() const { return m_confirmDatabase; }

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
    QRadioButton *m_newDatabase = nullptr;
    QLineEdit *m_database = nullptr;
    QRadioButton *m_overDatabase = nullptr;
    QLabel *m_overDatabaseWarning = nullptr;
    QLabel *m_confirmDatabaseLabel = nullptr;
    QLineEdit *m_confirmDatabase = nullptr;
    QLabel *m_overDatabaseExplained = nullptr;
    QString m_sourceDatabase;
    AddStorageFieldError *m_error = nullptr;
    QString m_filledFor; // backup id + server, so going back and forth keeps what was typed
};

} // namespace cairn
