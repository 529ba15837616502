#pragma once
// A client's encryption key, for people who never heard of RSA: whether the client has one (its
// fingerprint, when it was made, and whether Cairn holds the private half or only the public one),
// and the two ways to get one: Cairn makes it (RSA-4096, generated off the GUI thread while a busy
// bar moves), or the client brings a public key and keeps the private key offline. Everything goes
// through ClientKeyService, as `cairn-cli client keys` does; nothing here blocks.

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace cairn {

class AddStorageFieldError;
class ClientKeyService;
class Database;

class ClientKeyDialog final : public QDialog {
    Q_OBJECT

public:
    // keychainService: empty for the default one (tests use their own).
    ClientKeyDialog(std::shared_ptr<Database> database, qint64 clientId, const QString &keychainService = {},
        QWidget *parent = nullptr);

    qint64 clientId() const { return m_clientId; }
    bool isBusy() const { return m_busy; }

    QLabel *stateLabel() const { return m_state; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *publicOnlyButton() const { return m_publicOnly; }
    QPlainTextEdit *publicKeyEdit() const { return m_pem; }
    QPushButton *usePublicKeyButton() const { return m_usePublic; }
    AddStorageFieldError *error() const { return m_error; }

    // Makes the key (the Create key button).
    void createKey();
    // Imports the PEM in the public key box (the Use this public key button).
    void usePublicKey();

    // Escape and Close wait while the key is being made or saved: closing then would leave the
    // person unsure whether the client has a key.
    void reject() override;

Q_SIGNALS:
    // The client has a new encryption key (made or imported); the dialog stays open to show it.
    void keyChanged(qint64 clientId);

private:
    void refresh();
    void setBusy(const QString &what);
    void importFromFile();

    std::shared_ptr<Database> m_database;
    qint64 m_clientId = 0;
    ClientKeyService *m_service = nullptr;
    bool m_busy = false;
    QLabel *m_state = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_publicOnly = nullptr;
    QWidget *m_publicBox = nullptr;
    QPlainTextEdit *m_pem = nullptr;
    QPushButton *m_fromFile = nullptr;
    QPushButton *m_usePublic = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    AddStorageFieldError *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cairn
