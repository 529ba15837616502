#include "wizards/AddJobOptionsPage.h"

#include "theme/Style.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
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

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

AddJobOptionsPage::AddJobOptionsPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("How should the backup run?"));
    setSubTitle(tr("The defaults suit most servers; change them when the server or its network is busy."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_compression = new QComboBox(this);
    m_compression->setObjectName(QStringLiteral("compression"));
    m_compression->setAccessibleName(tr("Compression"));
    m_compression->addItem(
        tr("Automatic: zstd when the server has it, else gzip"), int(JobSpec::Compression::Auto));
    m_compression->addItem(tr("zstd (fast, small)"), int(JobSpec::Compression::Zstd));
    m_compression->addItem(tr("gzip (available everywhere)"), int(JobSpec::Compression::Gzip));
    auto *compressionLabel = new QLabel(tr("&Compression:"), this);
    compressionLabel->setBuddy(m_compression);
    form->addRow(compressionLabel, m_compression);

    m_level = new QSpinBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->setAccessibleName(tr("Compression level"));
    m_level->setRange(0, 22);
    m_level->setSpecialValueText(tr("Default"));
    auto *levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    form->addRow(levelLabel, m_level);
    form->addRow(QString(),
        hint(tr("Higher levels make smaller backups but use more of the server's CPU (zstd 1-19, gzip "
                "1-9)."),
            this));

    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setAccessibleName(tr("Upload limit in MiB per second"));
    m_rate->setRange(0, 100000);
    m_rate->setSuffix(tr(" MiB/s"));
    m_rate->setSpecialValueText(tr("No limit"));
    auto *rateLabel = new QLabel(tr("&Upload limit:"), this);
    rateLabel->setBuddy(m_rate);
    form->addRow(rateLabel, m_rate);
    form->addRow(QString(), hint(tr("Keeps the backup from filling the server's network connection."), this));

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->setAccessibleName(tr("Priority on the server"));
    m_priority->addItem(tr("Normal"), int(NormalPriority));
    m_priority->addItem(tr("Low: the server's own work comes first"), int(LowPriority));
    m_priority->addItem(tr("Lowest: read the disk only when nothing else does"), int(LowestPriority));
    m_priority->setCurrentIndex(LowPriority);
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    form->addRow(priorityLabel, m_priority);

    form->addRow(tr("Part size:"),
        hint(tr("Chosen automatically from the size of what is backed up, so even very large backups fit."),
            this));

    m_encrypt = new QCheckBox(tr("&Encrypt each backup with the client's key"), this);
    m_encrypt->setObjectName(QStringLiteral("encrypt"));
    form->addRow(tr("Encryption:"), m_encrypt);
    form->addRow(QString(),
        hint(tr("The server encrypts the backup before it leaves, so the storage provider cannot read it. "
                "Only the client's private key opens it: it is in your keychain and in the recovery kit, "
                "so save the kit (Settings, Security) before you rely on these backups."),
            this));
    layout->addLayout(form);
    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void AddJobOptionsPage::apply(JobSpec &spec) const
{
    spec.compression = JobSpec::Compression(m_compression->currentData().toInt());
    spec.compressionLevel = m_level->value();
    spec.uploadBytesPerSecond = qint64(m_rate->value()) * kMiB;
    spec.encrypt = m_encrypt->isChecked();
    switch (m_priority->currentIndex()) {
    case NormalPriority:
        spec.niceLevel = 0;
        spec.ioniceClass = 0;
        break;
    case LowPriority:
        spec.niceLevel = 10;
        spec.ioniceClass = 2;
        break;
    case LowestPriority:
        spec.niceLevel = 19;
        spec.ioniceClass = 3;
        break;
    }
}

void AddJobOptionsPage::load(const JobSpec &spec)
{
    m_compression->setCurrentIndex(m_compression->findData(int(spec.compression)));
    m_level->setValue(spec.compressionLevel);
    m_rate->setValue(int(spec.uploadBytesPerSecond / kMiB));
    m_encrypt->setChecked(spec.encrypt);
    m_priority->setCurrentIndex(spec.ioniceClass == 3      ? LowestPriority
            : spec.niceLevel == 0 && spec.ioniceClass == 0 ? NormalPriority
                                                           : LowPriority);
}

bool AddJobOptionsPage::validatePage()
{
    const QString problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn
