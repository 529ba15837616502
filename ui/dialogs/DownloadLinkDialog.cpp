#include "dialogs/DownloadLinkDialog.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "servers/Background.h"
#include "storage/S3Client.h"
#include "storage/StorageTargetStore.h"
#include "store/StorageRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextOption>
#include <QVBoxLayout>

namespace cairn {

DownloadLinkDialog::DownloadLinkDialog(
    std::shared_ptr<Database> database, SecretStore *secrets, const BackupRecord &backup, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_secrets(secrets), m_backup(backup)
{
    setObjectName(QStringLiteral("downloadLinkDialog"));
    setWindowTitle(tr("Download link"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("A link anyone can use to download this backup's archive until it expires, and "
                        "the commands that restore it without Cairn. Share it only with people who "
                        "may read this data."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *expiryRow = new QHBoxLayout;
    m_expiry = new QComboBox(this);
    m_expiry->setAccessibleName(tr("Link lifetime"));
    m_expiry->addItem(tr("1 hour"), qint64(3600));
    m_expiry->addItem(tr("1 day"), qint64(24 * 3600));
    m_expiry->addItem(tr("7 days (the longest storage allows)"), DownloadLink::kMaximumSeconds);
    m_expiry->setCurrentIndex(1);
    m_create = new QPushButton(tr("C&reate link"), this);
    m_create->setDefault(true);
    expiryRow->addWidget(m_expiry, 1);
    expiryRow->addWidget(m_create);
    form->addRow(tr("&Works for:"), expiryRow);
    static_cast<QLabel *>(form->labelForField(expiryRow))->setBuddy(m_expiry);

    auto *urlRow = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Download link"));
    m_url->setPlaceholderText(tr("Choose how long the link works, then create it."));
    m_copyUrl = new QPushButton(tr("&Copy"), this);
    m_copyUrl->setAccessibleName(tr("Copy the link"));
    m_copyUrl->setEnabled(false);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copyUrl);
    form->addRow(tr("&Link:"), urlRow);
    static_cast<QLabel *>(form->labelForField(urlRow))->setBuddy(m_url);
    m_expires = new QLabel(this);
    form->addRow(QString(), m_expires);
    layout->addLayout(form);

    auto *commandsTitle = new QLabel(tr("Restore by &hand (curl or the AWS CLI, openssl, zstd, tar):"), this);
    layout->addWidget(commandsTitle);
    m_commands = new QPlainTextEdit(this);
    m_commands->setReadOnly(true);
    // Wrapped for reading; Copy commands copies the lines as they are.
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setAccessibleName(tr("Commands to restore by hand"));
    commandsTitle->setBuddy(m_commands);
    layout->addWidget(m_commands, 1);
    m_copyCommands = new QPushButton(tr("Copy co&mmands"), this);
    m_copyCommands->setEnabled(false);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyCommands, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_create, &QPushButton::clicked, this, &DownloadLinkDialog::createLink);
    connect(
        m_copyUrl, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_link.url); });
    connect(m_copyCommands, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_link.commandsText()); });
    // A new lifetime needs a new link: the old one keeps its own expiry.
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        if (m_link.isValid())
            m_status->setText(tr("Create the link again to use the new lifetime."));
    });
    setMinimumSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

void DownloadLinkDialog::createLink()
{
    if (m_busy)
        return;
    const auto storage = StorageRepository(m_database).findById(m_backup.storageId);
    if (!storage) {
        const QString sentence
            = tr("The storage that holds this backup is no longer configured; add it again to make a link.");
        m_status->setText(sentence);
        Q_EMIT failed(sentence);
        return;
    }
    setBusy(true);
    m_status->setText(tr("Reading the storage key from the keychain…"));
    const qint64 expires = m_expiry->currentData().toLongLong();
    SecretJob *job = m_secrets->read(storage->secretRef);
    connect(job, &SecretJob::finished, this,
        [this, target = StorageTargetStore::toS3(*storage), expires](SecretJob *done) {
            done->deleteLater();
            if (!done->ok()) {
                setBusy(false);
                m_status->setText(done->errorString());
                Q_EMIT failed(done->errorString());
                return;
            }
            auto secret = std::make_shared<SecureBytes>(done->takeData());
            const BackupRecord backup = m_backup;
            // S3Client refuses the GUI thread; presigning itself makes no request.
            runInBackground(
                this,
                [target, secret, backup, expires] {
                    S3Client client(target, SigningSecret(secret->view()));
                    secret->clear();
                    return DownloadLink::create(backup, client, expires);
                },
                [this](const DownloadLink &link) { showLink(link); });
        });
}

void DownloadLinkDialog::showLink(const DownloadLink &link)
{
    setBusy(false);
    if (!link.isValid()) {
        m_status->setText(link.error);
        Q_EMIT failed(link.error);
        return;
    }
    m_link = link;
    m_url->setText(link.url);
    m_url->setCursorPosition(0);
    m_expires->setText(
        tr("Works until %1.").arg(QLocale().toString(link.expiresAt.toLocalTime(), QLocale::LongFormat)));
    m_commands->setPlainText(link.commandsText());
    m_copyUrl->setEnabled(true);
    m_copyCommands->setEnabled(true);
    m_status->clear();
    Q_EMIT linkReady();
}

void DownloadLinkDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setEnabled(!busy);
    m_expiry->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Creating the link…"));
}

} // namespace cairn
