#include "wizards/AddServerAccessPage.h"

#include "ssh/ShellQuote.h"
#include "theme/Style.h"
#include "wizards/AddServerDetailsPage.h"
#include "wizards/AddServerStatus.h"
#include "wizards/AddServerWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cairn {

AddServerAccessPage::AddServerAccessPage(AddServerWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("accessPage"));
    setTitle(tr("How should Cairn log in?"));
    setSubTitle(
        tr("Cairn logs in with a key of its own instead of a password. The key has to be added to the "
           "server once."));
    const int unit = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);

    m_install = new QRadioButton(tr("Cairn &adds its key for me (recommended)"), this);
    m_install->setObjectName(QStringLiteral("installOption"));
    m_install->setChecked(true);
    layout->addWidget(m_install);
    m_installBox = new QWidget(this);
    auto *install = new QGridLayout(m_installBox);
    install->setContentsMargins(unit * 3 / 2, 0, 0, unit / 2);
    m_passwordLabel = new QLabel(m_installBox);
    m_password = new QLineEdit(m_installBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel->setBuddy(m_password);
    auto *passwordNote
        = new QLabel(tr("Used once to add the key, then forgotten: Cairn never stores it."), m_installBox);
    passwordNote->setWordWrap(true);
    Style::makeMuted(passwordNote);
    install->addWidget(m_passwordLabel, 0, 0);
    install->addWidget(m_password, 0, 1);
    install->addWidget(passwordNote, 1, 1);
    install->setColumnStretch(1, 1);
    layout->addWidget(m_installBox);

    m_manual = new QRadioButton(tr("&I'll add the key myself"), this);
    m_manual->setObjectName(QStringLiteral("manualOption"));
    layout->addWidget(m_manual);
    m_manualBox = new QWidget(this);
    auto *manual = new QVBoxLayout(m_manualBox);
    manual->setContentsMargins(unit * 3 / 2, 0, 0, 0);
    m_manualIntro = new QLabel(m_manualBox);
    m_manualIntro->setWordWrap(true);
    m_manualIntro->setTextFormat(Qt::PlainText);
    manual->addWidget(m_manualIntro);
    auto *lineRow = new QHBoxLayout;
    m_line = new QPlainTextEdit(m_manualBox);
    m_line->setObjectName(QStringLiteral("authorizedKeysLine"));
    m_line->setAccessibleName(tr("The line to add to authorized_keys"));
    m_line->setReadOnly(true);
    m_line->setTabChangesFocus(true);
    m_line->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_line->setWordWrapMode(QTextOption::WrapAnywhere);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_line->setFixedHeight(unit * 4);
    m_copy = new QPushButton(tr("&Copy"), m_manualBox);
    m_copy->setObjectName(QStringLiteral("copyLine"));
    m_copy->setAccessibleName(tr("Copy the line"));
    lineRow->addWidget(m_line, 1);
    lineRow->addWidget(m_copy, 0, Qt::AlignTop);
    manual->addLayout(lineRow);
    auto *commandIntro = new QLabel(
        tr("One way to do it: log in to the server as that user and run this command."), m_manualBox);
    commandIntro->setWordWrap(true);
    Style::makeMuted(commandIntro);
    manual->addWidget(commandIntro);
    auto *commandRow = new QHBoxLayout;
    m_command = new QPlainTextEdit(m_manualBox);
    m_command->setObjectName(QStringLiteral("installCommand"));
    m_command->setAccessibleName(tr("A command that adds the line"));
    m_command->setReadOnly(true);
    m_command->setTabChangesFocus(true);
    m_command->setWordWrapMode(QTextOption::WrapAnywhere);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setFixedHeight(unit * 4);
    m_copyCommand = new QPushButton(tr("Copy co&mmand"), m_manualBox);
    m_copyCommand->setObjectName(QStringLiteral("copyCommand"));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copyCommand, 0, Qt::AlignTop);
    manual->addLayout(commandRow);
    m_added = new QCheckBox(tr("I have added the line on the server"), m_manualBox);
    m_added->setObjectName(QStringLiteral("lineAdded"));
    manual->addWidget(m_added);
    layout->addWidget(m_manualBox);
    m_status = new AddServerStatus(this);
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_layout = layout;

    auto *group = new QButtonGroup(this);
    group->addButton(m_install);
    group->addButton(m_manual);
    connect(m_install, &QRadioButton::toggled, this, &AddServerAccessPage::updateModes);
    connect(m_password, &QLineEdit::textChanged, this, &AddServerAccessPage::completeChanged);
    connect(m_added, &QCheckBox::toggled, this, &AddServerAccessPage::completeChanged);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_line->toPlainText());
        m_copy->setText(tr("Copied"));
    });
    connect(m_copyCommand, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_command->toPlainText());
        m_copyCommand->setText(tr("Copied"));
    });
    connect(m_status, &AddServerStatus::cancelClicked, wizard, &AddServerWizard::cancelNetworkStep);
    connect(wizard, &AddServerWizard::accessNeeded, this, &AddServerAccessPage::setLine);
    connect(wizard, &AddServerWizard::busyChanged, this, [this](bool busy, const QString &text) {
        if (m_wizard->currentPage() != this)
            return;
        if (busy)
            m_status->showBusy(text);
        else if (m_status->isBusy())
            m_status->clear();
        m_installBox->setEnabled(!busy);
        m_manualBox->setEnabled(!busy);
        Q_EMIT completeChanged();
    });
    connect(wizard, &AddServerWizard::accessVerified, this, [this] {
        if (m_wizard->currentPage() != this)
            return;
        // Used once: the password has done its job.
        m_password->clear();
        m_wizard->next();
    });
    connect(wizard, &AddServerWizard::stepFailed, this, [this](ServerSetupStep, const QString &message) {
        if (m_wizard->currentPage() != this)
            return;
        m_status->showError(message);
        m_installBox->setEnabled(true);
        m_manualBox->setEnabled(true);
        (m_install->isChecked() ? static_cast<QWidget *>(m_password) : m_added)->setFocus();
        m_password->selectAll();
        Q_EMIT completeChanged();
    });
    updateModes();
}

void AddServerAccessPage::setLine(const QString &line)
{
    if (line.isEmpty())
        return;
    m_line->setPlainText(line);
    // The line goes through shellQuote: a client name with a quote in the key's comment stays literal.
    const QByteArray command
        = "mkdir -p -m 700 ~/.ssh && echo " + shellQuote(line) + " >> ~/.ssh/authorized_keys";
    m_command->setPlainText(QString::fromUtf8(command));
    m_copy->setText(tr("&Copy"));
    m_copyCommand->setText(tr("Copy co&mmand"));
    Q_EMIT completeChanged();
}

void AddServerAccessPage::updateModes()
{
    const bool install = m_install->isChecked();
    m_installBox->setVisible(install);
    m_manualBox->setVisible(!install);
    // Errors appear next to what caused them: right under the chosen way in.
    m_layout->removeWidget(m_status);
    m_layout->insertWidget(m_layout->indexOf(install ? m_installBox : m_manualBox) + 1, m_status);
    if (install)
        m_password->setFocus();
    Q_EMIT completeChanged();
}

void AddServerAccessPage::initializePage()
{
    const AddServerDetailsPage *details = m_wizard->detailsPage();
    m_passwordLabel->setText(tr("&Password of %1:").arg(details->user()));
    m_manualIntro->setText(tr(
        "Add this line to the file ~/.ssh/authorized_keys of %1 on %2. It lets Cairn log in with its key and "
        "nothing else: no terminal, no forwarding.")
                               .arg(details->user(), details->host()));
    setLine(m_wizard->authorizedKeysLine());
    m_added->setChecked(false);
    m_status->clear();
    if (m_wizard->isBusy())
        m_status->showBusy(tr("Connecting to %1…").arg(details->host()));
    updateModes();
}

void AddServerAccessPage::cleanupPage()
{
    m_wizard->discardAttempt();
    m_password->clear();
    m_status->clear();
    m_installBox->setEnabled(true);
    m_manualBox->setEnabled(true);
}

bool AddServerAccessPage::isComplete() const
{
    if (m_wizard->isBusy())
        return false;
    return m_install->isChecked() ? !m_password->text().isEmpty()
                                  : m_added->isChecked() && !m_line->toPlainText().isEmpty();
}

bool AddServerAccessPage::validatePage()
{
    if (m_wizard->isAccessVerified())
        return true;
    if (!isComplete())
        return false;
    m_status->clear();
    if (m_install->isChecked()) {
        QByteArray typed = m_password->text().toUtf8();
        m_wizard->provideAccess(true, SecureBytes::takeFrom(typed));
    } else {
        m_wizard->provideAccess(false, SecureBytes());
    }
    // Stays here until Cairn has logged in with its key; accessVerified() then moves on.
    return false;
}

} // namespace cairn
