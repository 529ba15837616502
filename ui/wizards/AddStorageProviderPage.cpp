#include "wizards/AddStorageProviderPage.h"

#include "storage/ProviderPresets.h"
#include "storage/S3Endpoint.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cairn {

AddStorageProviderPage::AddStorageProviderPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Where should the backups go?"));
    setSubTitle(tr("Choose the service that holds your bucket. Cairn talks to all of them the same way (the "
                   "S3 API), so you can move later."));

    auto *layout = new QVBoxLayout(this);
    m_providers = new QListWidget(this);
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setAccessibleName(tr("Storage provider"));
    for (const ProviderPreset &preset : ProviderPresets::all()) {
        auto *item = new QListWidgetItem(preset.displayName, m_providers);
        item->setData(Qt::UserRole, preset.id);
    }
    const int unit = fontMetrics().height();
    m_providers->setMaximumHeight(unit * (int(ProviderPresets::all().size()) + 2));
    layout->addWidget(m_providers);

    auto *form = new QFormLayout;
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setAccessibleName(tr("Region"));
    m_regionLabel = new QLabel(tr("&Region:"), this);
    m_regionLabel->setBuddy(m_region);
    form->addRow(m_regionLabel, m_region);

    m_accountId = new QLineEdit(this);
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setAccessibleName(tr("Cloudflare account ID"));
    m_accountId->setPlaceholderText(tr("The 32-character ID from the R2 overview page"));
    m_accountIdLabel = new QLabel(tr("&Account ID:"), this);
    m_accountIdLabel->setBuddy(m_accountId);
    form->addRow(m_accountIdLabel, m_accountId);

    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setAccessibleName(tr("S3 endpoint address"));
    m_endpoint->setPlaceholderText(tr("For example https://minio.example.com:9000"));
    m_endpointLabel = new QLabel(tr("&Endpoint:"), this);
    m_endpointLabel->setBuddy(m_endpoint);
    form->addRow(m_endpointLabel, m_endpoint);
    layout->addLayout(form);

    m_endpointShown = new QLabel(this);
    m_endpointShown->setObjectName(QStringLiteral("endpointShown"));
    m_endpointShown->setTextFormat(Qt::PlainText);
    m_endpointShown->setWordWrap(true);
    m_endpointShown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::makeMuted(m_endpointShown);
    layout->addWidget(m_endpointShown);
    m_error = new AddStorageFieldError(this);
    m_error->setObjectName(QStringLiteral("providerError"));
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_providers, &QListWidget::currentRowChanged, this, &AddStorageProviderPage::onProviderChanged);
    connect(m_region, &QComboBox::currentTextChanged, this, &AddStorageProviderPage::updateEndpoint);
    connect(m_endpoint, &QLineEdit::textChanged, this, &AddStorageProviderPage::updateEndpoint);
    connect(m_accountId, &QLineEdit::textChanged, this, &AddStorageProviderPage::updateEndpoint);
    m_providers->setCurrentRow(0);
}

const ProviderPreset *AddStorageProviderPage::preset() const
{
    const QListWidgetItem *item = m_providers->currentItem();
    return item ? ProviderPresets::find(item->data(Qt::UserRole).toString()) : nullptr;
}

void AddStorageProviderPage::selectProvider(const QString &id)
{
    for (int row = 0; row < m_providers->count(); ++row) {
        if (m_providers->item(row)->data(Qt::UserRole).toString() == id)
            m_providers->setCurrentRow(row);
    }
}

void AddStorageProviderPage::onProviderChanged()
{
    const ProviderPreset *p = preset();
    if (!p)
        return;
    const bool custom = p->endpointTemplate.isEmpty();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(p->regions);
        // Any S3 server may use a region name of its own; a preset's list is complete.
        m_region->setEditable(custom);
        m_region->setCurrentIndex(0);
    }
    const bool fixedRegion = !p->fixedSigningRegion.isEmpty();
    m_region->setVisible(!fixedRegion);
    m_regionLabel->setVisible(!fixedRegion);
    m_accountId->setVisible(p->needsAccountId);
    m_accountIdLabel->setVisible(p->needsAccountId);
    m_endpoint->setVisible(custom);
    m_endpointLabel->setVisible(custom);
    m_error->setMessage(QString());
    updateEndpoint();
}

S3Target AddStorageProviderPage::s3Target() const
{
    const ProviderPreset *p = preset();
    if (!p)
        return {};
    S3Target target = p->makeTarget(m_region->currentText().trimmed(), m_accountId->text().trimmed());
    if (p->endpointTemplate.isEmpty())
        target.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    return target;
}

void AddStorageProviderPage::updateEndpoint()
{
    const S3Target target = s3Target();
    m_endpointShown->setText(target.endpoint.isValid() && !target.endpoint.host().isEmpty()
            ? tr("Cairn will use %1 (region %2).").arg(target.endpoint.toString(), target.region)
            : QString());
    if (m_error->isVisibleTo(this))
        m_error->setMessage(QString());
    Q_EMIT completeChanged();
}

bool AddStorageProviderPage::isComplete() const
{
    const S3Target target = s3Target();
    return target.endpoint.isValid() && !target.endpoint.host().isEmpty() && !target.region.isEmpty();
}

bool AddStorageProviderPage::validatePage()
{
    S3Target target = s3Target();
    target.bucket = QStringLiteral("bucket"); // checked on the next page
    const S3Endpoint endpoint(target);
    m_error->setMessage(endpoint.isValid() ? QString() : endpoint.errorString());
    return endpoint.isValid();
}

} // namespace cairn
