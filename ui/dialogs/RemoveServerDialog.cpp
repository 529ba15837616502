#include "dialogs/RemoveServerDialog.h"

#include "security/ReauthGate.h"
#include "servers/ServerActions.h"
#include "servers/SshKeyService.h"
#include "store/ServerRepository.h"
#include "wizards/AddServerStatus.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

RemoveServerDialog::RemoveServerDialog(std::shared_ptr<Database> database, qint64 serverId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_serverId(serverId)
    , m_keys(new SshKeyService(database, this))
    , m_actions(new ServerActions(database, m_keys, this))
{
    setWindowTitle(tr("Remove server"));
    setObjectName(QStringLiteral("removeServerDialog"));
    const Server server = ServerRepository(database).findById(serverId).value_or(Server());
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(
        tr("Remove the server \"%1\" (%2) from Cairn? Its backups in your storage stay where they are.")
            .arg(server.name, server.host),
        this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    layout->addWidget(question);
    m_removeKey = new QCheckBox(
        tr("Also remove Cairn's &key from the server, so Cairn can no longer log in there"), this);
    m_removeKey->setObjectName(QStringLiteral("removeKeyFromHost"));
    m_removeKey->setChecked(true);
    layout->addWidget(m_removeKey);
    m_status = new AddServerStatus(this);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_remove = buttons->addButton(tr("&Remove server"), QDialogButtonBox::AcceptRole);
    m_remove->setObjectName(QStringLiteral("removeServer"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoveServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemoveServerDialog::reject);
    connect(m_status, &AddServerStatus::cancelClicked, m_actions, &ServerActions::cancel);
    connect(m_actions, &ServerActions::progress, m_status, &AddServerStatus::showBusy);
    connect(m_actions, &ServerActions::finished, this, &RemoveServerDialog::onFinished);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

RemoveServerDialog::~RemoveServerDialog() = default;

void RemoveServerDialog::accept()
{
    if (m_actions->isRunning())
        return;
    // Asks again when the app lock is on; a wrong password leaves the server where it is.
    ReauthGate::ask(this, m_database, tr("Removing a server"), [this] {
        m_remove->setEnabled(false);
        m_removeKey->setEnabled(false);
        m_actions->remove(m_serverId, m_removeKey->isChecked());
    });
}

void RemoveServerDialog::onFinished(const ServerActionResult &result)
{
    m_remove->setEnabled(true);
    m_removeKey->setEnabled(true);
    if (!result.ok()) {
        m_status->showError(result.message);
        return;
    }
    QDialog::accept();
}

void RemoveServerDialog::reject()
{
    m_actions->cancel();
    QDialog::reject();
}

} // namespace cairn
