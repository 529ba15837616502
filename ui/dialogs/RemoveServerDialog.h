#pragma once
// Removes a server from Cairn, by default taking Cairn's key out of the server's authorized_keys
// first (in the background, with a Cancel). If the server cannot be reached, the person can untick
// that and remove it from Cairn alone.

#include <QDialog>
#include <memory>

class QCheckBox;
class QPushButton;

namespace cairn {

class AddServerStatus;
class Database;
class ServerActions;
class SshKeyService;
struct ServerActionResult;

class RemoveServerDialog final : public QDialog {
    Q_OBJECT

public:
    RemoveServerDialog(std::shared_ptr<Database> database, qint64 serverId, QWidget *parent = nullptr);
    ~RemoveServerDialog() override;

    QCheckBox *removeKeyCheck() const { return m_removeKey; }
    QPushButton *removeButton() const { return m_remove; }
    AddServerStatus *status() const { return m_status; }

    void accept() override;
    void reject() override;

private:
    void onFinished(const ServerActionResult &result);

    std::shared_ptr<Database> m_database;
    qint64 m_serverId = 0;
    SshKeyService *m_keys = nullptr;
    ServerActions *m_actions = nullptr;
    QCheckBox *m_removeKey = nullptr;
    QPushButton *m_remove = nullptr;
    AddServerStatus *m_status = nullptr;
};

} // namespace cairn
