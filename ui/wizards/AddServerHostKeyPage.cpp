#include "wizards/AddServerHostKeyPage.h"

#include "theme/Style.h"
#include "wizards/AddServerDetailsPage.h"
#include "wizards/AddServerStatus.h"
#include "wizards/AddServerWizard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cairn {

namespace {

QString keyTypeLabel(const QString &type)
{
    if (type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (type == QLatin1String("ssh-rsa"))
        return QStringLiteral("RSA");
    if (type.startsWith(QLatin1String("ecdsa-")))
        return QStringLiteral("ECDSA");
    return type;
}

} // namespace

AddServerHostKeyPage::AddServerHostKeyPage(AddServerWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("hostKeyPage"));
    setTitle(tr("Is this really your server?"));
    setSubTitle(
        tr("Every SSH server has a fingerprint of its own. Cairn remembers it and refuses to connect if it "
           "ever changes, so no other machine can pretend to be your server."));
    setButtonText(QWizard::NextButton, tr("&Trust this server"));

    auto *layout = new QVBoxLayout(this);
    m_keyBox = new QWidget(this);
    auto *box = new QVBoxLayout(m_keyBox);
    box->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("This is the server's fingerprint:"), m_keyBox);
    box->addWidget(intro);
    m_fingerprint = new QLabel(m_keyBox);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setAccessibleName(tr("The server's fingerprint"));
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->setWordWrap(true);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.15);
    fixed.setBold(true);
    m_fingerprint->setFont(fixed);
    box->addWidget(m_fingerprint);
    m_type = new QLabel(m_keyBox);
    m_type->setObjectName(QStringLiteral("keyType"));
    Style::makeMuted(m_type);
    box->addWidget(m_type);
    m_compare = new QLabel(m_keyBox);
    m_compare->setObjectName(QStringLiteral("compareHint"));
    m_compare->setWordWrap(true);
    m_compare->setTextFormat(Qt::PlainText);
    m_compare->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addSpacing(fontMetrics().height() / 2);
    box->addWidget(m_compare);
    auto *unsure
        = new QLabel(tr("If you cannot compare it now, trusting it is usually fine on a network you know. "
                        "If it does not match, click Cancel: something sits between you and the server."),
            m_keyBox);
    unsure->setWordWrap(true);
    Style::makeMuted(unsure);
    box->addWidget(unsure);
    layout->addWidget(m_keyBox);
    m_status = new AddServerStatus(this);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_status, &AddServerStatus::cancelClicked, wizard, &AddServerWizard::cancelNetworkStep);
    connect(m_status, &AddServerStatus::retryClicked, this, &AddServerHostKeyPage::initializePage);
    connect(wizard, &AddServerWizard::busyChanged, this, [this](bool busy, const QString &text) {
        if (m_wizard->currentPage() != this)
            return;
        if (busy)
            m_status->showBusy(text);
        else if (m_status->isBusy())
            m_status->clear();
        Q_EMIT completeChanged();
    });
    connect(wizard, &AddServerWizard::hostKeySeen, this, &AddServerHostKeyPage::showHostKey);
    connect(wizard, &AddServerWizard::stepFailed, this, [this](ServerSetupStep, const QString &message) {
        if (m_wizard->currentPage() != this || m_seen)
            return;
        m_status->showError(message, tr("Try &again"));
        Q_EMIT completeChanged();
    });
}

QString AddServerHostKeyPage::keygenCommand(const QString &keyType)
{
    QString file = QStringLiteral("ed25519");
    if (keyType == QLatin1String("ssh-rsa"))
        file = QStringLiteral("rsa");
    else if (keyType.startsWith(QLatin1String("ecdsa-")))
        file = QStringLiteral("ecdsa");
    return QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub").arg(file);
}

void AddServerHostKeyPage::initializePage()
{
    m_seen = false;
    m_keyBox->hide();
    m_status->clear();
    m_wizard->connectToServer();
    // The wizard still shows the previous page while this runs, so say what happens here.
    if (m_wizard->isBusy())
        m_status->showBusy(tr("Connecting to %1…").arg(m_wizard->detailsPage()->host()));
    Q_EMIT completeChanged();
}

void AddServerHostKeyPage::cleanupPage()
{
    // Back to the details: whatever runs now is for an address that may change.
    m_wizard->discardAttempt();
    m_seen = false;
    m_keyBox->hide();
    m_status->clear();
}

void AddServerHostKeyPage::showHostKey(const QString &type, const QString &fingerprint)
{
    m_seen = true;
    m_fingerprint->setText(fingerprint);
    m_type->setText(tr("Key type: %1").arg(keyTypeLabel(type)));
    m_compare->setText(
        tr("This is the server's fingerprint. If you can, compare it with what `%1` prints on the "
           "server.")
            .arg(keygenCommand(type)));
    m_keyBox->show();
    m_status->clear();
    Q_EMIT completeChanged();
}

QString AddServerHostKeyPage::shownFingerprint() const
{
    return m_seen ? m_fingerprint->text() : QString();
}

bool AddServerHostKeyPage::isComplete() const
{
    return m_seen && !m_wizard->isBusy();
}

bool AddServerHostKeyPage::validatePage()
{
    if (!m_seen)
        return false;
    m_wizard->trustHostKey();
    return true;
}

} // namespace cairn
