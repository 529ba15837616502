#include "security/SecurityPage.h"

#include "secrets/SecureBytes.h"
#include "security/AppLockJob.h"
#include "security/KitExportForm.h"
#include "security/LockSession.h"
#include "security/ReauthGate.h"
#include "security/RecoveryCodesDialog.h"
#include "security/RecoveryKit.h"
#include "security/RecoveryKitTransfer.h"
#include "security/SecurityFormDialog.h"
#include "security/TwoFactor.h"
#include "security/TwoFactorEnrolDialog.h"

#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cairn {

namespace {

// What was typed, as wiped bytes; the field is emptied.
SecureBytes take(QLineEdit *edit)
{
    QByteArray bytes = edit->text().toUtf8();
    edit->clear();
    return SecureBytes::takeFrom(bytes);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

SecurityPage::SecurityPage(LockSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kits(new RecoveryKitTransfer(session->database(), session->secrets(), this))
{
    setObjectName(QStringLiteral("securityPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("securitySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *lockBox = new QGroupBox(tr("App lock"), this);
    auto *lockLayout = new QVBoxLayout(lockBox);
    auto *lockButtons = new QHBoxLayout;
    m_enableLock = button(tr("Turn &on…"), QStringLiteral("enableLockButton"), lockBox);
    m_changePassword = button(tr("C&hange password…"), QStringLiteral("changePasswordButton"), lockBox);
    m_resetPassword
        = button(tr("&Reset with a recovery code…"), QStringLiteral("resetPasswordButton"), lockBox);
    m_disableLock = button(tr("Turn o&ff…"), QStringLiteral("disableLockButton"), lockBox);
    for (QPushButton *b : { m_enableLock, m_changePassword, m_resetPassword, m_disableLock })
        lockButtons->addWidget(b);
    lockButtons->addStretch(1);
    lockLayout->addLayout(lockButtons);
    auto *idleForm = new QFormLayout;
    m_idle = new QSpinBox(lockBox);
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(0, AppLock::MaximumIdleMinutes);
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setAccessibleName(tr("Lock after this many idle minutes"));
    m_idle->setValue(m_session->appLock().idleLockMinutes());
    auto *idleLabel = new QLabel(tr("Lock after &idle time:"), lockBox);
    idleLabel->setBuddy(m_idle);
    idleForm->addRow(idleLabel, m_idle);
    lockLayout->addLayout(idleForm);
    layout->addWidget(lockBox);

    auto *twoFactorBox = new QGroupBox(tr("Two-factor sign-in"), this);
    auto *twoFactorButtons = new QHBoxLayout(twoFactorBox);
    m_enrol = button(tr("&Set up…"), QStringLiteral("enrolTwoFactorButton"), twoFactorBox);
    m_newCodes = button(tr("New recovery &codes…"), QStringLiteral("newRecoveryCodesButton"), twoFactorBox);
    m_disableTwoFactor
        = button(tr("Turn off two-&factor…"), QStringLiteral("disableTwoFactorButton"), twoFactorBox);
    for (QPushButton *b : { m_enrol, m_newCodes, m_disableTwoFactor })
        twoFactorButtons->addWidget(b);
    twoFactorButtons->addStretch(1);
    layout->addWidget(twoFactorBox);

    auto *kitBox = new QGroupBox(tr("Recovery kit"), this);
    auto *kitLayout = new QVBoxLayout(kitBox);
    auto *kitText = new QLabel(tr("Every setting and secret in one file protected by a passphrase, to hand "
                                  "the work over or to move to another computer."),
        kitBox);
    kitText->setWordWrap(true);
    kitLayout->addWidget(kitText);
    auto *kitButtons = new QHBoxLayout;
    m_exportKit = button(tr("&Export…"), QStringLiteral("exportKitButton"), kitBox);
    m_importKit = button(tr("&Import…"), QStringLiteral("importKitButton"), kitBox);
    kitButtons->addWidget(m_exportKit);
    kitButtons->addWidget(m_importKit);
    kitButtons->addStretch(1);
    kitLayout->addLayout(kitButtons);
    layout->addWidget(kitBox);
    layout->addStretch(1);

    connect(m_enableLock, &QPushButton::clicked, this, &SecurityPage::openEnableLock);
    connect(m_changePassword, &QPushButton::clicked, this, &SecurityPage::openChangePassword);
    connect(m_resetPassword, &QPushButton::clicked, this, &SecurityPage::openResetPassword);
    connect(m_disableLock, &QPushButton::clicked, this, &SecurityPage::openDisableLock);
    connect(m_enrol, &QPushButton::clicked, this, &SecurityPage::openEnrolTwoFactor);
    connect(m_newCodes, &QPushButton::clicked, this, &SecurityPage::openNewRecoveryCodes);
    connect(m_disableTwoFactor, &QPushButton::clicked, this, &SecurityPage::openDisableTwoFactor);
    connect(m_exportKit, &QPushButton::clicked, this, &SecurityPage::openExportKit);
    connect(m_importKit, &QPushButton::clicked, this, &SecurityPage::openImportKit);
    refresh();
}

void SecurityPage::refresh()
{
    const bool lock = m_session->isLockEnabled();
    const bool twoFactor = m_session->isTwoFactorEnabled();
    QString text = lock ? tr("The app lock is on.")
                        : tr("The app lock is off: anyone at this computer can use Cairn.");
    if (twoFactor) {
        text += QLatin1Char(' ')
            + tr("Two-factor sign-in is on (%n recovery code(s) left).", nullptr,
                m_session->twoFactor()->recoveryCodesLeft());
    }
    m_summary->setText(text);
    m_enableLock->setEnabled(!lock);
    m_changePassword->setEnabled(lock);
    m_resetPassword->setEnabled(lock && twoFactor);
    m_disableLock->setEnabled(lock && !twoFactor);
    m_disableLock->setToolTip(twoFactor ? tr("Turn two-factor sign-in off first.") : QString());
    m_idle->setEnabled(lock);
    m_enrol->setEnabled(lock && !twoFactor);
    m_enrol->setToolTip(lock ? QString() : tr("Turn the app lock on first; two-factor is its second step."));
    m_newCodes->setEnabled(twoFactor);
    m_disableTwoFactor->setEnabled(twoFactor);
}

void SecurityPage::apply()
{
    const AppLock lock = m_session->appLock();
    if (lock.isEnabled() && m_idle->value() != lock.idleLockMinutes())
        lock.setIdleLockMinutes(m_idle->value());
}

SecurityFormDialog *SecurityPage::newForm(const QString &title, const QString &intro)
{
    auto *form = new SecurityFormDialog(title, intro, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    return form;
}

void SecurityPage::done(SecurityFormDialog *form, const QString &message)
{
    form->finish();
    refresh();
    Q_EMIT changed(message);
}

SecurityFormDialog *SecurityPage::openEnableLock()
{
    SecurityFormDialog *form = newForm(tr("Turn the app lock on"),
        tr("Cairn will ask for this password when it starts and after the idle time. Backups keep running "
           "while it is locked."));
    form->setObjectName(QStringLiteral("enableLockForm"));
    form->addField(QStringLiteral("newPassword"), tr("&Master password:"));
    form->addField(QStringLiteral("repeatPassword"), tr("&Again:"));
    form->setAction([this](SecurityFormDialog *f) {
        if (f->field(QStringLiteral("newPassword"))->text()
            != f->field(QStringLiteral("repeatPassword"))->text())
            return f->showError(tr("The two passwords differ; type the same password twice."));
        f->field(QStringLiteral("repeatPassword"))->clear();
        f->setBusy(tr("Saving the password…"));
        AppLockJob *job = m_session->appLock().enableAsync(take(f->field(QStringLiteral("newPassword"))));
        connect(job, &AppLockJob::finished, f, [this, f](const AppLock::Outcome &outcome) {
            if (!outcome.ok())
                return f->showError(outcome.message);
            m_idle->setValue(m_session->appLock().idleLockMinutes());
            done(f, tr("The app lock is on."));
        });
    });
    form->open();
    return form;
}

SecurityFormDialog *SecurityPage::openChangePassword()
{
    SecurityFormDialog *form
        = newForm(tr("Change the master password"), tr("Two-factor sign-in, if it is on, stays as it is."));
    form->setObjectName(QStringLiteral("changePasswordForm"));
    form->addField(QStringLiteral("currentPassword"), tr("&Current password:"));
    form->addField(QStringLiteral("newPassword"), tr("&New password:"));
    form->addField(QStringLiteral("repeatPassword"), tr("&Again:"));
    form->setAction([this](SecurityFormDialog *f) {
        if (f->field(QStringLiteral("newPassword"))->text()
            != f->field(QStringLiteral("repeatPassword"))->text())
            return f->showError(tr("The two new passwords differ; type the same password twice."));
        f->field(QStringLiteral("repeatPassword"))->clear();
        f->setBusy(tr("Checking and saving…"));
        AppLockJob *job = m_session->appLock().changePasswordAsync(
            take(f->field(QStringLiteral("currentPassword"))), take(f->field(QStringLiteral("newPassword"))));
        connect(job, &AppLockJob::finished, f, [this, f](const AppLock::Outcome &outcome) {
            if (!outcome.ok())
                return f->showError(outcome.message);
            done(f, tr("The master password is changed."));
        });
    });
    form->open();
    return form;
}

SecurityFormDialog *SecurityPage::openResetPassword()
{
    SecurityFormDialog *form = newForm(tr("Reset the master password"),
        tr("For a forgotten password: one of your two-factor recovery codes sets a new one (the code is "
           "used up). Two-factor sign-in stays on."));
    form->setObjectName(QStringLiteral("resetPasswordForm"));
    form->addField(QStringLiteral("recoveryCode"), tr("&Recovery code:"), false);
    form->addField(QStringLiteral("newPassword"), tr("&New password:"));
    form->addField(QStringLiteral("repeatPassword"), tr("&Again:"));
    form->setAction([this](SecurityFormDialog *f) {
        if (f->field(QStringLiteral("newPassword"))->text()
            != f->field(QStringLiteral("repeatPassword"))->text())
            return f->showError(tr("The two new passwords differ; type the same password twice."));
        f->field(QStringLiteral("repeatPassword"))->clear();
        f->setBusy(tr("Checking the code…"));
        AppLockJob *job = m_session->appLock().resetPasswordAsync(
            take(f->field(QStringLiteral("recoveryCode"))), take(f->field(QStringLiteral("newPassword"))));
        connect(job, &AppLockJob::finished, f, [this, f](const AppLock::Outcome &outcome) {
            if (!outcome.ok())
                return f->showError(outcome.message);
            done(f, tr("The master password is reset; two-factor sign-in is still on."));
        });
    });
    form->open();
    return form;
}

SecurityFormDialog *SecurityPage::openDisableLock()
{
    SecurityFormDialog *form = newForm(tr("Turn the app lock off"),
        tr("Anyone at this computer will then be able to use Cairn and its keys."));
    form->setObjectName(QStringLiteral("disableLockForm"));
    form->addField(QStringLiteral("currentPassword"), tr("&Master password:"));
    form->setAction([this](SecurityFormDialog *f) {
        f->setBusy(tr("Checking…"));
        AppLockJob *job
            = m_session->appLock().disableAsync(take(f->field(QStringLiteral("currentPassword"))));
        connect(job, &AppLockJob::finished, f, [this, f](const AppLock::Outcome &outcome) {
            if (!outcome.ok())
                return f->showError(outcome.message);
            done(f, tr("The app lock is off."));
        });
    });
    form->open();
    return form;
}

TwoFactorEnrolDialog *SecurityPage::openEnrolTwoFactor()
{
    auto *dialog = new TwoFactorEnrolDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TwoFactorEnrolDialog::enrolled, this, [this] {
        refresh();
        Q_EMIT changed(tr("Two-factor sign-in is on."));
    });
    dialog->open();
    return dialog;
}

SecurityFormDialog *SecurityPage::openDisableTwoFactor()
{
    SecurityFormDialog *form = newForm(tr("Turn two-factor sign-in off"),
        tr("Type the code your app shows now, or one of your recovery codes."));
    form->setObjectName(QStringLiteral("disableTwoFactorForm"));
    form->addField(QStringLiteral("code"), tr("&Code:"), false);
    form->setAction([this](SecurityFormDialog *f) {
        const QString code = f->field(QStringLiteral("code"))->text().trimmed();
        f->field(QStringLiteral("code"))->clear();
        f->setBusy(tr("Checking the code…"));
        TwoFactorJob *job = m_session->twoFactor()->disable(code);
        connect(job, &TwoFactorJob::finished, f, [this, f](TwoFactorJob *result) {
            result->deleteLater();
            if (!result->ok())
                return f->showError(result->errorString());
            done(f, tr("Two-factor sign-in is off."));
        });
    });
    form->open();
    return form;
}

SecurityFormDialog *SecurityPage::openNewRecoveryCodes()
{
    SecurityFormDialog *form = newForm(tr("New recovery codes"),
        tr("Ten new codes replace the old ones, which stop working. Type the code your app shows now, or "
           "one of your recovery codes."));
    form->setObjectName(QStringLiteral("newRecoveryCodesForm"));
    form->addField(QStringLiteral("code"), tr("&Code:"), false);
    form->setAction([this](SecurityFormDialog *f) {
        const QString code = f->field(QStringLiteral("code"))->text().trimmed();
        f->field(QStringLiteral("code"))->clear();
        f->setBusy(tr("Making new codes…"));
        TwoFactorJob *job = m_session->twoFactor()->regenerateRecoveryCodes(code);
        connect(job, &TwoFactorJob::finished, f, [this, f](TwoFactorJob *result) {
            result->deleteLater();
            if (!result->ok())
                return f->showError(result->errorString());
            auto *shown = new RecoveryCodesDialog(result->recoveryCodes(), this);
            shown->setAttribute(Qt::WA_DeleteOnClose);
            done(f, tr("New recovery codes are made; the old ones no longer work."));
            shown->open();
        });
    });
    form->open();
    return form;
}

QWidget *SecurityPage::openExportKit()
{
    if (!m_session->isLockEnabled())
        return exportKitForm();
    return ReauthGate::ask(
        this, m_session->database(), tr("Exporting the recovery kit"), [this] { exportKitForm(); });
}

SecurityFormDialog *SecurityPage::exportKitForm()
{
    return KitExportForm::open(this, m_session->database(), m_kits, 0, QString(),
        [this](SecurityFormDialog *f, const QString &file) {
            done(f, tr("Recovery kit saved to %1.").arg(file));
        });
}

SecurityFormDialog *SecurityPage::openImportKit()
{
    SecurityFormDialog *form = newForm(tr("Import a recovery kit"),
        tr("Adds the kit's clients with their servers, storage, keys and jobs; the secrets go into this "
           "computer's keychain. Nothing changes if the passphrase is wrong or the file is damaged."));
    form->setObjectName(QStringLiteral("importKitForm"));
    auto *path = new QLineEdit(form);
    path->setObjectName(QStringLiteral("kitPath"));
    path->setAccessibleName(tr("Kit file"));
    form->addRow(tr("&File:"), KitExportForm::fileRow(path, false, form));
    form->addField(QStringLiteral("passphrase"), tr("&Passphrase:"));
    form->setAction([this, path](SecurityFormDialog *f) {
        QFile file(path->text().trimmed());
        if (!file.open(QIODevice::ReadOnly))
            return f->showError(tr("Cairn could not open %1 (%2); choose the kit file again.")
                                    .arg(file.fileName(), file.errorString()));
        const QByteArray kit = file.readAll();
        f->setBusy(tr("Decrypting and importing…"));
        RecoveryKitJob *job = m_kits->importKit(kit, take(f->field(QStringLiteral("passphrase"))));
        connect(job, &RecoveryKitJob::finished, f, [this, f](RecoveryKitJob *result) {
            result->deleteLater();
            if (!result->ok())
                return f->showError(result->errorString());
            done(f, tr("Imported: %1.").arg(result->clientNames().join(QStringLiteral(", "))));
        });
    });
    form->open();
    return form;
}

} // namespace cairn
