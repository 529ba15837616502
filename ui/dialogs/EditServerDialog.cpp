#include "dialogs/EditServerDialog.h"

#include "security/AuditLog.h"
#include "security/ReauthGate.h"
#include "servers/ServerActions.h"
#include "servers/SshKeyService.h"
#include "ssh/SshInputValidator.h"
#include "store/ServerRepository.h"
#include "theme/Style.h"
#include "wizards/AddServerHostKeyPage.h"
#include "wizards/AddServerStatus.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cairn {

EditServerDialog::EditServerDialog(std::shared_ptr<Database> database, qint64 serverId, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_keys(new SshKeyService(m_database, this))
    , m_actions(new ServerActions(m_database, m_keys, this))
{
    setWindowTitle(tr("Edit server"));
    setObjectName(QStringLiteral("editServerDialog"));
    m_server = ServerRepository(m_database).findById(serverId).value_or(Server());
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(m_server.name, this);
    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setAccessibleName(tr("Server name"));
    m_host = new QLineEdit(m_server.host, this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setAccessibleName(tr("Host name or IP address"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(m_server.port);
    m_port->setAccessibleName(tr("SSH port"));
    m_user = new QLineEdit(m_server.username, this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User name on the server"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    layout->addLayout(form);
    auto *addressNote
        = new QLabel(tr("A new address is safe to enter: Cairn still connects only when the server "
                        "shows the trusted fingerprint below."),
            this);
    addressNote->setWordWrap(true);
    Style::makeMuted(addressNote);
    layout->addWidget(addressNote);

    auto *keyGroup = new QGroupBox(tr("Trusted server fingerprint (host key)"), this);
    auto *keyLayout = new QVBoxLayout(keyGroup);
    m_hostKey = new QLabel(keyGroup);
    m_hostKey->setObjectName(QStringLiteral("trustedHostKey"));
    m_hostKey->setTextFormat(Qt::PlainText);
    m_hostKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    keyLayout->addWidget(m_hostKey);
    m_newKey = new QLabel(keyGroup);
    m_newKey->setObjectName(QStringLiteral("presentedHostKey"));
    m_newKey->setTextFormat(Qt::PlainText);
    m_newKey->setWordWrap(true);
    m_newKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newKey->hide();
    keyLayout->addWidget(m_newKey);
    auto *keyButtons = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check the server's fingerprint"), keyGroup);
    m_check->setObjectName(QStringLiteral("checkHostKey"));
    m_trust = new QPushButton(tr("&Trust the new fingerprint"), keyGroup);
    m_trust->setObjectName(QStringLiteral("trustHostKey"));
    m_trust->hide();
    keyButtons->addWidget(m_check);
    keyButtons->addWidget(m_trust);
    keyButtons->addStretch(1);
    keyLayout->addLayout(keyButtons);
    layout->addWidget(keyGroup);

    m_status = new AddServerStatus(this);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveServer"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditServerDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &EditServerDialog::checkHostKey);
    connect(m_trust, &QPushButton::clicked, this, &EditServerDialog::trustNewKey);
    connect(m_status, &AddServerStatus::cancelClicked, m_actions, &ServerActions::cancel);
    connect(m_actions, &ServerActions::progress, m_status, &AddServerStatus::showBusy);
    connect(m_actions, &ServerActions::finished, this, &EditServerDialog::onActionFinished);
    showHostKey();
    // Wide enough for a whole fingerprint on one line: it cannot wrap and must never be cut.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMinimumWidth(
        qMax(fontMetrics().averageCharWidth() * 70, fixed.horizontalAdvance(QString(62, u'M')) + 60));
}

EditServerDialog::~EditServerDialog() = default;

void EditServerDialog::showHostKey()
{
    m_hostKey->setText(m_server.hostKeyFingerprint.isEmpty()
            ? tr("Cairn does not trust any fingerprint for this server yet.")
            : QStringLiteral("%1\n%2").arg(m_server.hostKeyFingerprint, m_server.hostKeyType));
}

void EditServerDialog::checkHostKey()
{
    m_retrusting = false;
    m_newKey->hide();
    m_trust->hide();
    m_check->setEnabled(false);
    m_actions->probeHostKey(m_server.id);
}

void EditServerDialog::trustNewKey()
{
    if (m_presentedFingerprint.isEmpty())
        return;
    // Asks again when the app lock is on: a new host key changes whom Cairn trusts.
    ReauthGate::ask(this, m_database, tr("Trusting the new host key"), [this] {
        m_retrusting = true;
        m_trust->setEnabled(false);
        m_check->setEnabled(false);
        // Connects again and pins only the key the person saw.
        m_actions->retrust(m_server.id, m_presentedFingerprint);
    });
}

void EditServerDialog::onActionFinished(const ServerActionResult &result)
{
    m_check->setEnabled(true);
    m_trust->setEnabled(true);
    if (!result.ok()) {
        m_status->showError(result.message);
        return;
    }
    m_status->clear();
    if (m_retrusting) {
        m_server.hostKeyType = result.server.hostKeyType;
        m_server.hostKeyFingerprint = result.server.hostKeyFingerprint;
        m_server.hostKey = result.server.hostKey;
        showHostKey();
        m_newKey->setText(tr("Cairn now trusts this fingerprint; the change is in the audit log."));
        m_trust->hide();
        return;
    }
    m_newKey->show();
    if (!result.hostKeyChanged) {
        m_newKey->setText(tr("The server still shows the trusted fingerprint."));
        return;
    }
    m_presentedFingerprint = result.presentedKey.fingerprintSha256();
    m_newKey->setText(
        tr("The server now shows a different fingerprint: %1 (%2). If the server was rebuilt, compare "
           "it with what `%3` prints on it and trust it only if they match; otherwise someone may be "
           "intercepting the connection.")
            .arg(m_presentedFingerprint, result.presentedKey.type(),
                AddServerHostKeyPage::keygenCommand(result.presentedKey.type())));
    m_trust->show();
}

void EditServerDialog::accept()
{
    QString problem = ServerRepository::validateName(m_name->text());
    if (problem.isEmpty())
        problem = SshInputValidator::checkHost(m_host->text().trimmed());
    if (problem.isEmpty())
        problem = SshInputValidator::checkUser(m_user->text().trimmed());
    if (!problem.isEmpty()) {
        m_status->showError(problem);
        return;
    }
    Server edited = m_server;
    edited.name = m_name->text().trimmed();
    edited.host = m_host->text().trimmed();
    edited.port = m_port->value();
    edited.username = m_user->text().trimmed();
    if (StoreError error = ServerRepository(m_database).update(edited)) {
        m_status->showError(error.message);
        return;
    }
    AuditLog(m_database)
        .append(QStringLiteral("server.edit"),
            QStringLiteral("%1 (%2@%3:%4)").arg(edited.name, edited.username, edited.host).arg(edited.port),
            QStringLiteral("ok"), edited.clientId);
    QDialog::accept();
}

void EditServerDialog::reject()
{
    m_actions->cancel();
    QDialog::reject();
}

} // namespace cairn
