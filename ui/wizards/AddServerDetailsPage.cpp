#include "wizards/AddServerDetailsPage.h"

#include "ssh/SshInputValidator.h"
#include "store/ClientRepository.h"
#include "store/ServerRepository.h"
#include "theme/Icons.h"
#include "theme/Style.h"
#include "wizards/AddServerWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cairn {

AddServerDetailsPage::AddServerDetailsPage(AddServerWizard *wizard, qint64 clientId)
    : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("detailsPage"));
    setTitle(tr("Which server should Cairn back up?"));
    setSubTitle(tr("Cairn logs in to the server over SSH, the way administrators do, and installs nothing on "
                   "it."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [this, form](const QString &label, QWidget *field, const QString &hint) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        if (!hint.isEmpty()) {
            auto *note = new QLabel(hint, this);
            note->setWordWrap(true);
            // Expanding, so a note under a narrow field (the port) gets the whole row to wrap in.
            note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            Style::makeMuted(note);
            column->addWidget(note);
        }
        column->addWidget(addError(field));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, column);
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("For example: Web shop"));
    addRow(tr("&Name:"), m_name, tr("Any name that tells you which server this is."));

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("serverClient"));
    m_client->setAccessibleName(tr("Client"));
    for (const Client &client : ClientRepository(wizard->database()).list())
        m_client->addItem(client.name, client.id);
    m_client->setCurrentIndex(qMax(0, m_client->findData(clientId)));
    addRow(tr("&Client:"), m_client, QString());

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setAccessibleName(tr("Host name or IP address"));
    m_host->setPlaceholderText(tr("server.example.com or 203.0.113.10"));
    addRow(tr("&Host:"), m_host, QString());

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setAccessibleName(tr("SSH port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    addRow(tr("&Port:"), m_port, tr("SSH uses 22 unless your hosting provider told you another port."));

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User name on the server"));
    m_user->setPlaceholderText(tr("root, or a user set aside for backups"));
    addRow(tr("&User:"), m_user, tr("Backups read what this user can read; root reads everything."));

    // A problem goes away as soon as its field changes.
    for (QLineEdit *edit : { m_name, m_host, m_user })
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { setError(edit, QString()); });
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] { setError(m_name, QString()); });
}

QWidget *AddServerDetailsPage::addError(QWidget *field)
{
    // The same shape as every error in Cairn: the error badge and one sentence, never colour alone.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int side = fontMetrics().height();
    icon->setPixmap(Icons::health(Health::Error).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(row);
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setTextFormat(Qt::PlainText); // it may quote what was typed
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(icon);
    layout->addWidget(label, 1);
    row->hide();
    m_errors.insert(field, label);
    m_errorRows.insert(field, row);
    return row;
}

void AddServerDetailsPage::setError(QWidget *field, const QString &message)
{
    m_errors.value(field)->setText(message);
    m_errorRows.value(field)->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}

QString AddServerDetailsPage::errorFor(const QWidget *field) const
{
    const QWidget *row = m_errorRows.value(field);
    return row && !row->isHidden() ? m_errors.value(field)->text() : QString();
}

qint64 AddServerDetailsPage::clientId() const
{
    return m_client->currentData().toLongLong();
}

QString AddServerDetailsPage::serverName() const
{
    return m_name->text().trimmed();
}

QString AddServerDetailsPage::host() const
{
    return m_host->text().trimmed();
}

int AddServerDetailsPage::port() const
{
    return m_port->value();
}

QString AddServerDetailsPage::user() const
{
    return m_user->text().trimmed();
}

bool AddServerDetailsPage::validatePage()
{
    QString nameProblem = ServerRepository::validateName(m_name->text());
    if (nameProblem.isEmpty() && ServerRepository(m_wizard->database()).find(clientId(), serverName()))
        nameProblem = tr("%1 already has a server named \"%2\"; choose another name.")
                          .arg(m_client->currentText(), serverName());
    if (m_client->count() == 0)
        nameProblem = tr("Add a client first (File > Add Client), then add its servers.");
    const QString hostProblem = SshInputValidator::checkHost(host());
    const QString portProblem = SshInputValidator::checkPort(port());
    const QString userProblem = SshInputValidator::checkUser(user());
    setError(m_name, nameProblem);
    setError(m_host, hostProblem.isEmpty() ? portProblem : hostProblem);
    setError(m_user, userProblem);
    for (QWidget *field :
        { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_user) }) {
        if (!errorFor(field).isEmpty()) {
            field->setFocus();
            return false;
        }
    }
    return true;
}

} // namespace cairn
