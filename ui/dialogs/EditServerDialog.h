#pragma once
// Edits a saved server: its name, address and user. The pinned host key is not edited here: the
// dialog can ask the server which key it shows now and, when it changed and the person trusts the
// new one, re-pin it (a deliberate act, written to the audit log).

#include "store/Records.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cairn {

class AddServerStatus;
class Database;
class ServerActions;
class SshKeyService;
struct ServerActionResult;

class EditServerDialog final : public QDialog {
    Q_OBJECT

public:
    EditServerDialog(std::shared_ptr<Database> database, qint64 serverId, QWidget *parent = nullptr);
    ~EditServerDialog() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLabel *hostKeyLabel() const { return m_hostKey; }
    QPushButton *checkHostKeyButton() const { return m_check; }
    QPushButton *trustButton() const { return m_trust; }
    AddServerStatus *status() const { return m_status; }

    void accept() override;
    void reject() override;

private:
    void showHostKey();
    void checkHostKey();
    void trustNewKey();
    void onActionFinished(const ServerActionResult &result);

    std::shared_ptr<Database> m_database;
    Server m_server;
    SshKeyService *m_keys = nullptr;
    ServerActions *m_actions = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_hostKey = nullptr;
    QLabel *m_newKey = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_trust = nullptr;
    AddServerStatus *m_status = nullptr;
    QString m_presentedFingerprint;
    bool m_retrusting = false;
};

} // namespace cairn
