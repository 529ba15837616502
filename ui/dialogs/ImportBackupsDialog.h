#pragma once
// "Import backups from storage": the person picks one of the client's storage targets and Cairn
// lists the backups it holds that this computer does not know (a new laptop, a lost database),
// through BackupImporter off the GUI thread, with progress and a Cancel that works at once.

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cairn {

class BackupImporter;
class Database;
class SecretStore;

class ImportBackupsDialog final : public QDialog {
    Q_OBJECT

public:
    // clientId 0: every client's storage targets are offered.
    ImportBackupsDialog(
        std::shared_ptr<Database> database, SecretStore *secrets, qint64 clientId, QWidget *parent = nullptr);

    QComboBox *storageChooser() const { return m_storage; }
    QPushButton *importButton() const { return m_import; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *skippedList() const { return m_skipped; }
    bool isRunning() const;
    // Selects the storage target with this id; false when it is not offered.
    bool selectStorage(qint64 storageId);
    void startImport();
    // Cancel stops a running import first (the dialog stays until it has); then it closes.
    void reject() override;

Q_SIGNALS:
    // The import ended (imported may be 0); the catalogue changed when imported > 0.
    void importFinished(int imported, const QString &message);

private:
    void onFinished();

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    BackupImporter *m_importer = nullptr;
    QComboBox *m_storage = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_skipped = nullptr;
};

} // namespace cairn
