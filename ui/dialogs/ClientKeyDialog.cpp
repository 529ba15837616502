#include "dialogs/ClientKeyDialog.h"

#include "backup/ClientKeyService.h"
#include "store/ClientKeyRepository.h"
#include "store/ClientRepository.h"
#include "theme/Style.h"
#include "wizards/AddStorageFieldError.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // client names and key text are data, never markup
    label->setWordWrap(true);
    return label;
}

// A PEM public key is well under 1 KiB; anything much larger is not one.
constexpr qint64 kMaximumPemBytes = 64 * 1024;

} // namespace

ClientKeyDialog::ClientKeyDialog(
    std::shared_ptr<Database> database, qint64 clientId, const QString &keychainService, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_clientId(clientId)
{
    setObjectName(QStringLiteral("clientKeyDialog"));
    m_service = keychainService.isEmpty() ? new ClientKeyService(m_database, this)
                                          : new ClientKeyService(m_database, keychainService, this);
    const auto client = ClientRepository(m_database).findById(clientId);
    const QString clientName = client ? client->name : QString();
    setWindowTitle(tr("Encryption key of %1").arg(clientName));

    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(this);
    intro->setText(tr("Cairn can encrypt this client's backups on the server before they leave it, so the "
                      "storage provider cannot read them. A key opens them again: keep it safe."));
    layout->addWidget(intro);

    m_state = plainLabel(this);
    m_state->setObjectName(QStringLiteral("keyState"));
    Style::makeHeading(m_state);
    layout->addWidget(m_state);
    m_details = plainLabel(this);
    m_details->setObjectName(QStringLiteral("keyDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *actions = new QHBoxLayout;
    m_create = new QPushButton(tr("&Create key"), this);
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    m_create->setToolTip(
        tr("Cairn makes an RSA-4096 key; its private half stays in this computer's keychain."));
    m_publicOnly = new QPushButton(tr("Use a &public key only…"), this);
    m_publicOnly->setObjectName(QStringLiteral("publicOnlyButton"));
    actions->addWidget(m_create);
    actions->addWidget(m_publicOnly);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_publicBox = new QWidget(this);
    auto *publicLayout = new QVBoxLayout(m_publicBox);
    publicLayout->setContentsMargins(0, 0, 0, 0);
    auto *publicText = plainLabel(m_publicBox);
    publicText->setText(
        tr("Paste the client's public key (PEM, RSA with 4096 bits or more). Cairn then never has the "
           "private key, so Cairn cannot restore these backups: only whoever holds the private key can."));
    publicLayout->addWidget(publicText);
    m_pem = new QPlainTextEdit(m_publicBox);
    m_pem->setObjectName(QStringLiteral("publicKeyPem"));
    m_pem->setAccessibleName(tr("Public key"));
    m_pem->setPlaceholderText(QStringLiteral("-----BEGIN PUBLIC KEY-----"));
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pem->setTabChangesFocus(true);
    m_pem->setMinimumHeight(fontMetrics().height() * 6);
    publicLayout->addWidget(m_pem);
    auto *publicButtons = new QHBoxLayout;
    m_fromFile = new QPushButton(tr("From &file…"), m_publicBox);
    m_fromFile->setObjectName(QStringLiteral("publicKeyFromFile"));
    m_usePublic = new QPushButton(tr("&Use this public key"), m_publicBox);
    m_usePublic->setObjectName(QStringLiteral("usePublicKeyButton"));
    publicButtons->addWidget(m_fromFile);
    publicButtons->addStretch(1);
    publicButtons->addWidget(m_usePublic);
    publicLayout->addLayout(publicButtons);
    m_publicBox->hide();
    layout->addWidget(m_publicBox);

    auto *busyRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("keyBusy"));
    m_progress->setRange(0, 0); // moves without a percentage: key generation has no steps to count
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progressText = plainLabel(this);
    busyRow->addWidget(m_progress);
    busyRow->addWidget(m_progressText, 1);
    layout->addLayout(busyRow);
    m_progress->hide();
    m_progressText->hide();

    m_error = new AddStorageFieldError(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_create, &QPushButton::clicked, this, &ClientKeyDialog::createKey);
    connect(m_publicOnly, &QPushButton::clicked, this, [this] {
        m_publicBox->setVisible(!m_publicBox->isVisible());
        if (m_publicBox->isVisible())
            m_pem->setFocus(Qt::OtherFocusReason);
    });
    connect(m_fromFile, &QPushButton::clicked, this, &ClientKeyDialog::importFromFile);
    connect(m_usePublic, &QPushButton::clicked, this, &ClientKeyDialog::usePublicKey);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    refresh();
}

void ClientKeyDialog::refresh()
{
    m_busy = false;
    m_progress->hide();
    m_progressText->hide();
    const auto keys = ClientKeyRepository(m_database).find(m_clientId);
    const bool hasKey = keys && keys->canEncrypt();
    m_create->setVisible(!hasKey);
    m_publicOnly->setVisible(!hasKey);
    m_create->setEnabled(!hasKey);
    m_publicOnly->setEnabled(!hasKey);
    if (hasKey)
        m_publicBox->hide();
    m_usePublic->setEnabled(true);
    m_fromFile->setEnabled(true);
    m_pem->setReadOnly(false);
    m_buttons->setEnabled(true);
    if (!hasKey) {
        m_state->setText(tr("This client has no encryption key yet."));
        m_details->setText(
            tr("Create one, or use a public key the client gives you; encrypted jobs need one."));
        return;
    }
    m_state->setText(keys->hasPrivate ? tr("This client has an encryption key.")
                                      : tr("This client has a public key only."));
    const QLocale locale;
    const QDateTime created = keys->keyCreatedAt.isValid() ? keys->keyCreatedAt : keys->createdAt;
    QStringList lines;
    lines << tr("Fingerprint: %1").arg(keys->fingerprint)
          << tr("Created: %1").arg(locale.toString(created.toLocalTime(), QLocale::LongFormat));
    if (keys->hasPrivate) {
        lines << tr("The private key is in this computer's keychain. Backups can be restored with Cairn.");
        lines << (keys->needsRecoveryKit()
                ? tr("No recovery kit holds it yet: save one (Settings, Security) before you rely on "
                     "encrypted backups.")
                : tr("Recovery kit saved on %1.")
                      .arg(locale.toString(keys->kitSavedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        lines << tr("Cairn has only the public key: Cairn cannot restore these backups; whoever keeps the "
                    "private key offline can.");
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ClientKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ClientKeyDialog::setBusy(const QString &what)
{
    m_busy = true;
    m_error->setMessage({});
    m_create->setEnabled(false);
    m_publicOnly->setEnabled(false);
    m_usePublic->setEnabled(false);
    m_fromFile->setEnabled(false);
    m_pem->setReadOnly(true);
    m_buttons->setEnabled(false);
    m_progressText->setText(what);
    m_progress->show();
    m_progressText->show();
}

void ClientKeyDialog::createKey()
{
    if (m_busy)
        return;
    setBusy(tr("Making the key; this takes a few seconds…"));
    m_service->createKeyPair(m_clientId, [this](const ClientKeyService::Result &result) {
        refresh();
        if (!result.ok())
            return m_error->setMessage(result.error);
        Q_EMIT keyChanged(m_clientId);
    });
}

void ClientKeyDialog::usePublicKey()
{
    if (m_busy)
        return;
    const QByteArray pem = m_pem->toPlainText().trimmed().toUtf8();
    if (pem.isEmpty())
        return m_error->setMessage(tr("Paste the public key first, or choose its file."));
    setBusy(tr("Checking and saving the public key…"));
    m_service->importPublicKey(m_clientId, pem, [this](const ClientKeyService::Result &result) {
        refresh();
        if (!result.ok()) {
            m_publicBox->show();
            return m_error->setMessage(result.error);
        }
        m_pem->clear();
        Q_EMIT keyChanged(m_clientId);
    });
}

void ClientKeyDialog::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open the public key"), QString(), tr("Public keys (*.pem *.pub *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_error->setMessage(tr("Cairn cannot read %1 (%2); check the file and its permissions.")
                                       .arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaximumPemBytes + 1);
    if (bytes.size() > kMaximumPemBytes)
        return m_error->setMessage(
            tr("%1 is far too large for a public key; choose the .pem file.").arg(path));
    m_error->setMessage({});
    m_pem->setPlainText(QString::fromUtf8(bytes));
}

} // namespace cairn
