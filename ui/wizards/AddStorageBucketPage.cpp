#include "wizards/AddStorageBucketPage.h"

#include "storage/StorageTargetStore.h"
#include "store/ClientRepository.h"
#include "store/StorageRepository.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"
#include "wizards/AddStorageWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cairn {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    Style::makeMuted(label);
    return label;
}

} // namespace

AddStorageBucketPage::AddStorageBucketPage(
    std::shared_ptr<Database> database, qint64 clientId, QWidget *parent)
    : QWizardPage(parent), m_database(std::move(database))
{
    setTitle(tr("Which bucket?"));
    setSubTitle(tr("Create the bucket in your provider's console first; Cairn does not create buckets."));

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
    // One client: nothing to choose.
    m_client->setVisible(m_clients.size() > 1);
    m_client->setFocusPolicy(m_clients.size() > 1 ? Qt::StrongFocus : Qt::NoFocus);
    m_clientLabel->setVisible(m_clients.size() > 1);

    m_bucket = new QLineEdit(this);
    m_bucket->setObjectName(QStringLiteral("bucket"));
    m_bucket->setAccessibleName(tr("Bucket name"));
    m_bucket->setPlaceholderText(tr("For example acme-backups"));
    auto *bucketLabel = new QLabel(tr("&Bucket:"), this);
    bucketLabel->setBuddy(m_bucket);
    form->addRow(bucketLabel, m_bucket);

    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_prefix->setAccessibleName(tr("Folder in the bucket (prefix)"));
    auto *prefixLabel = new QLabel(tr("&Folder:"), this);
    prefixLabel->setBuddy(m_prefix);
    form->addRow(prefixLabel, m_prefix);
    form->addRow(QString(),
        hint(tr("Backups go under this folder (an S3 prefix), so one bucket can hold several clients. Leave "
                "it "
                "empty to use the whole bucket."),
            this));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("targetName"));
    m_name->setAccessibleName(tr("Name in Cairn"));
    auto *nameLabel = new QLabel(tr("&Name in Cairn:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    layout->addLayout(form);

    m_error = new AddStorageFieldError(this);
    m_error->setObjectName(QStringLiteral("bucketError"));
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_client, &QComboBox::currentIndexChanged, this, &AddStorageBucketPage::onClientChanged);
    connect(m_bucket, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The name follows the bucket until the user types a name of their own.
        if (m_name->text() == m_suggestedName) {
            m_suggestedName = text.trimmed();
            m_name->setText(m_suggestedName);
        }
        m_error->setMessage(QString());
        Q_EMIT completeChanged();
    });
    connect(m_prefix, &QLineEdit::textChanged, this, [this] {
        m_error->setMessage(QString());
        Q_EMIT completeChanged();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_error->setMessage(QString());
        Q_EMIT completeChanged();
    });
    onClientChanged();
}

void AddStorageBucketPage::initializePage()
{
    if (m_clients.isEmpty())
        m_error->setMessage(
            tr("There is no client to add storage for; close this wizard and add a client first."));
}

void AddStorageBucketPage::onClientChanged()
{
    // The prefix follows the client until the user types one of their own.
    const QString suggestion = StorageTargetStore::prefixForClient(clientName());
    if (m_prefix->text() == m_suggestedPrefix)
        m_prefix->setText(suggestion);
    m_suggestedPrefix = suggestion;
}

qint64 AddStorageBucketPage::clientId() const
{
    return m_client->currentData().toLongLong();
}

QString AddStorageBucketPage::clientName() const
{
    return m_client->currentText();
}

QString AddStorageBucketPage::bucket() const
{
    return m_bucket->text().trimmed();
}

QString AddStorageBucketPage::prefix() const
{
    QString problem;
    return StorageTargetStore::normalizePrefix(m_prefix->text(), &problem);
}

QString AddStorageBucketPage::name() const
{
    return m_name->text().trimmed();
}

QString AddStorageBucketPage::errorText() const
{
    return m_error->message();
}

bool AddStorageBucketPage::isComplete() const
{
    return clientId() > 0 && !bucket().isEmpty() && !name().isEmpty();
}

bool AddStorageBucketPage::validatePage()
{
    QString problem;
    StorageTargetStore::normalizePrefix(m_prefix->text(), &problem);
    if (problem.isEmpty())
        problem = StorageTargetStore::validateName(name());
    if (problem.isEmpty()) {
        // Everything the key page does not add: endpoint, region and bucket.
        auto *w = static_cast<AddStorageWizard *>(wizard());
        StorageTarget target = w->target();
        target.accessKeyId = QStringLiteral("AKIA");
        problem = StorageTargetStore::validate(target);
    }
    if (problem.isEmpty() && StorageRepository(m_database).find(clientId(), name()))
        problem = tr("The client \u201C%1\u201D already has a storage target named \u201C%2\u201D; choose "
                     "another name.")
                      .arg(clientName(), name());
    m_error->setMessage(problem);
    if (!problem.isEmpty())
        return false;
    // Show the prefix as it will be stored.
    m_prefix->setText(prefix());
    return true;
}

} // namespace cairn
