#pragma once
// "Download link" for one backup: the person picks how long the link works (1 hour, 1 day or
// 7 days, S3's longest), Cairn presigns a GET off the GUI thread, and the dialog shows the URL with
// Copy and the exact commands that check and restore this archive by hand (DownloadLink).

#include "restore/DownloadLink.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cairn {

class Database;
class SecretStore;

class DownloadLinkDialog final : public QDialog {
    Q_OBJECT

public:
    DownloadLinkDialog(std::shared_ptr<Database> database, SecretStore *secrets, const BackupRecord &backup,
        QWidget *parent = nullptr);

    QComboBox *expiryChooser() const { return m_expiry; }
    QPushButton *createButton() const { return m_create; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *commandsEdit() const { return m_commands; }
    QLabel *statusLabel() const { return m_status; }
    const DownloadLink &link() const { return m_link; }
    bool isBusy() const { return m_busy; }

    // Makes a link with the chosen lifetime; linkReady() or failed() follows.
    void createLink();

Q_SIGNALS:
    void linkReady();
    void failed(const QString &message);

private:
    void showLink(const DownloadLink &link);
    void setBusy(bool busy);

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    BackupRecord m_backup;
    DownloadLink m_link;
    bool m_busy = false;
    QComboBox *m_expiry = nullptr;
    QPushButton *m_create = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QPushButton *m_copyCommands = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cairn
