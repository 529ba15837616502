#include "wizards/AddJobServerPage.h"

#include "store/ClientRepository.h"
#include "store/ServerRepository.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cairn {

AddJobServerPage::AddJobServerPage(std::shared_ptr<Database> database, qint64 clientId, QWidget *parent)
    : QWizardPage(parent), m_database(std::move(database))
{
    setTitle(tr("Which server do you want to back up?"));
    setSubTitle(tr("Cairn connects to this server over SSH; the server sends its backup straight to your "
                   "storage."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("client"));
    m_client->setAccessibleName(tr("Client"));
    m_clients = ClientRepository(m_database).list();
    int selected = 0;
    for (int i = 0; i < m_clients.size(); ++i) {
        m_client->addItem(m_clients.at(i).name, m_clients.at(i).id);
        if (m_clients.at(i).id == clientId)
            selected = i;
    }
    m_client->setCurrentIndex(selected);
    m_clientLabel = new QLabel(tr("&Client:"), this);
    m_clientLabel->setBuddy(m_client);
    form->addRow(m_clientLabel, m_client);
    m_client->setVisible(m_clients.size() > 1); // one client: nothing to choose
    m_clientLabel->setVisible(m_clients.size() > 1);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setAccessibleName(tr("Server"));
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    form->addRow(serverLabel, m_server);

    m_noServers = new QLabel(
        tr("This client has no servers yet. Close the wizard and add one on the Servers page first."), this);
    m_noServers->setWordWrap(true);
    form->addRow(QString(), m_noServers);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("jobName"));
    m_name->setAccessibleName(tr("Job name"));
    m_name->setPlaceholderText(tr("For example Website files"));
    auto *nameLabel = new QLabel(tr("Job na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *hint = new QLabel(tr("The name appears in the job list, in notifications and in the names of the "
                               "backups in your bucket."),
        this);
    hint->setWordWrap(true);
    Style::makeMuted(hint);
    form->addRow(QString(), hint);
    layout->addLayout(form);

    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setFocusProxy(m_name);

    connect(m_client, &QComboBox::currentIndexChanged, this, &AddJobServerPage::fillServers);
    connect(m_server, &QComboBox::currentIndexChanged, this, &AddJobServerPage::suggestName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_error->setMessage({});
        Q_EMIT completeChanged();
    });
    fillServers();
}

void AddJobServerPage::fillServers()
{
    m_servers = ServerRepository(m_database).list(clientId());
    const QSignalBlocker blocker(m_server);
    m_server->clear();
    for (const Server &server : std::as_const(m_servers))
        m_server->addItem(tr("%1 (%2@%3)").arg(server.name, server.username, server.host), server.id);
    m_noServers->setVisible(m_servers.isEmpty());
    m_server->setEnabled(!m_servers.isEmpty());
    suggestName();
}

void AddJobServerPage::suggestName()
{
    // A sensible default until the person types their own.
    if (!m_nameEdited)
        m_name->setText(serverName().isEmpty() ? QString() : tr("%1 backup").arg(serverName()));
    Q_EMIT completeChanged();
}

void AddJobServerPage::load(const Job &job)
{
    for (int i = 0; i < m_clients.size(); ++i) {
        if (m_clients.at(i).id == job.clientId)
            m_client->setCurrentIndex(i);
    }
    // A job's client is fixed: its backups and secrets belong to it.
    m_client->setEnabled(false);
    const int row = m_server->findData(job.serverId);
    if (row >= 0)
        m_server->setCurrentIndex(row);
    m_name->setText(job.name);
    m_nameEdited = true;
}

qint64 AddJobServerPage::clientId() const
{
    return m_client->currentData().toLongLong();
}

QString AddJobServerPage::clientName() const
{
    return m_client->currentText();
}

qint64 AddJobServerPage::serverId() const
{
    return m_server->currentData().toLongLong();
}

QString AddJobServerPage::serverName() const
{
    const int row = m_server->currentIndex();
    return row >= 0 && row < m_servers.size() ? m_servers.at(row).name : QString();
}

QString AddJobServerPage::name() const
{
    return m_name->text().trimmed();
}

bool AddJobServerPage::isComplete() const
{
    return serverId() > 0 && !name().isEmpty();
}

bool AddJobServerPage::validatePage()
{
    // Names are one line: a pasted newline would break lists and notifications.
    if (name().contains(QLatin1Char('\n')) || name().contains(QLatin1Char('\r'))) {
        m_error->setMessage(tr("A job name is one line; remove the line break."));
        return false;
    }
    m_error->setMessage({});
    return true;
}

} // namespace cairn
