#include "wizards/AddJobOptionsPage.h"

#include "dialogs/ClientKeyDialog.h"
#include "security/KitExportForm.h"
#include "security/ReauthGate.h"
#include "security/RecoveryKitTransfer.h"
#include "security/SecurityFormDialog.h"
#include "store/ClientKeyRepository.h"
#include "theme/Style.h"
#include "wizards/AddJobWizard.h"
#include "wizards/AddStorageFieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

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
                "Only the client's private key opens it: it is in your keychain and in the recovery kit."),
            this));
    m_keyBox = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(m_keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyNotice = new QLabel(m_keyBox);
    m_keyNotice->setObjectName(QStringLiteral("keyNotice"));
    m_keyNotice->setWordWrap(true);
    m_keyNotice->setTextFormat(Qt::PlainText);
    keyLayout->addWidget(m_keyNotice, 1);
    m_keyAction = new QPushButton(m_keyBox);
    m_keyAction->setObjectName(QStringLiteral("keyAction"));
    keyLayout->addWidget(m_keyAction, 0, Qt::AlignTop);
    form->addRow(QString(), m_keyBox);
    m_keyBox->hide();
    connect(m_encrypt, &QCheckBox::toggled, this, [this] {
        m_error->setMessage({});
        updateKeyNotice();
    });
    connect(m_keyAction, &QPushButton::clicked, this, [this] { openKeyAction(); });
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

void AddJobOptionsPage::initializePage()
{
    updateKeyNotice(); // the client may have changed on the first page
}

AddJobOptionsPage::KeyNeed AddJobOptionsPage::keyNeed() const
{
    auto *jobWizard = qobject_cast<AddJobWizard *>(wizard());
    if (!jobWizard || !m_encrypt->isChecked())
        return KeyNeed::Nothing;
    const auto keys = ClientKeyRepository(jobWizard->database()).find(jobWizard->job().clientId);
    if (!keys || !keys->canEncrypt())
        return KeyNeed::Key;
    const bool alreadyEncrypted = jobWizard->editedJobId() && jobWizard->originalSpec().encrypt;
    return !alreadyEncrypted && keys->needsRecoveryKit() ? KeyNeed::Kit : KeyNeed::Nothing;
}

void AddJobOptionsPage::updateKeyNotice()
{
    auto *jobWizard = qobject_cast<AddJobWizard *>(wizard());
    if (!jobWizard || !m_encrypt->isChecked()) {
        m_keyBox->hide();
        return;
    }
    const auto keys = ClientKeyRepository(jobWizard->database()).find(jobWizard->job().clientId);
    m_keyAction->show();
    switch (keyNeed()) {
    case KeyNeed::Key:
        m_keyNotice->setText(tr("This client has no encryption key yet. Cairn can make one now; its private "
                                "half stays in this computer's keychain."));
        m_keyAction->setText(tr("Create &key…"));
        break;
    case KeyNeed::Kit:
        m_keyNotice->setText(
            tr("Save the recovery kit before the first encrypted backup. Without this file and "
               "its passphrase, nobody - not you, not us - can read these backups."));
        m_keyAction->setText(tr("Save recovery &kit…"));
        break;
    case KeyNeed::Nothing:
        m_keyAction->hide();
        if (!m_savedKitPath.isEmpty())
            m_keyNotice->setText(tr("Recovery kit saved to %1. Keep it, and its passphrase, apart from this "
                                    "computer.")
                                     .arg(m_savedKitPath));
        else if (keys && !keys->hasPrivate)
            m_keyNotice->setText(
                tr("Backups are encrypted with the client's public key: only whoever holds its "
                   "private key can restore them, not Cairn."));
        else
            m_keyNotice->setText(tr("Backups are encrypted with the client's key (%1).")
                                     .arg(keys ? keys->fingerprint : QString()));
        break;
    }
    m_keyBox->show();
}

QWidget *AddJobOptionsPage::openKeyAction()
{
    auto *jobWizard = qobject_cast<AddJobWizard *>(wizard());
    if (!jobWizard)
        return nullptr;
    switch (keyNeed()) {
    case KeyNeed::Key: {
        auto *dialog = new ClientKeyDialog(
            jobWizard->database(), jobWizard->job().clientId, jobWizard->keychainService(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ClientKeyDialog::keyChanged, this, [this] {
            m_error->setMessage({});
            updateKeyNotice();
        });
        dialog->open();
        return dialog;
    }
    case KeyNeed::Kit: {
        auto shown = std::make_shared<QWidget *>(nullptr);
        // Exporting every secret of the client is as sensitive here as in Settings: the lock asks again.
        ReauthGate *gate = ReauthGate::ask(this, jobWizard->database(), tr("Saving the recovery kit"),
            [this, shown] { *shown = openKitForm(); });
        return gate ? static_cast<QWidget *>(gate) : *shown;
    }
    case KeyNeed::Nothing:
        break;
    }
    return nullptr;
}

QWidget *AddJobOptionsPage::openKitForm()
{
    auto *jobWizard = qobject_cast<AddJobWizard *>(wizard());
    if (!jobWizard)
        return nullptr;
    if (!m_kits)
        m_kits = new RecoveryKitTransfer(jobWizard->database(), jobWizard->secretStore(), this);
    return KitExportForm::open(this, jobWizard->database(), m_kits, jobWizard->job().clientId,
        tr("The kit holds this client's encryption key and every other key and password of the client, "
           "locked with a passphrase. Without this file and its passphrase, nobody - not you, not us - can "
           "read these backups. Keep the passphrase apart from the file."),
        [this](SecurityFormDialog *form, const QString &path) {
            m_savedKitPath = path;
            form->finish();
            m_error->setMessage({});
            updateKeyNotice();
        });
}

bool AddJobOptionsPage::validatePage()
{
    const QString problem = static_cast<AddJobWizard *>(wizard())->problem();
    m_error->setMessage(problem);
    return problem.isEmpty();
}

} // namespace cairn
