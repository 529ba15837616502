#include "security/TwoFactorEnrolDialog.h"

#include "security/AuditLog.h"
#include "security/LockSession.h"
#include "security/QrCodeWidget.h"
#include "security/RecoveryCodesDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace cairn {

TwoFactorEnrolDialog::TwoFactorEnrolDialog(LockSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("twoFactorEnrolDialog"));
    setWindowTitle(tr("Set up two-factor sign-in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Scan the code with Google Authenticator or a compatible app, then type the "
                                "six digits it shows. Nothing changes until the code is right."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QString problem;
    m_enrolment = TwoFactor::begin(QSysInfo::machineHostName(), &problem);
    m_qr = new QrCodeWidget(this);
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);

    auto *form = new QFormLayout;
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("otpauthUri"));
    m_uri->setReadOnly(true);
    m_uri->setAccessibleName(tr("Set-up link"));
    form->addRow(tr("Set-up link:"), m_uri);
    auto *manual = new QLabel(this);
    manual->setObjectName(QStringLiteral("manualKey"));
    manual->setTextInteractionFlags(Qt::TextSelectableByMouse);
    manual->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Key to type by hand:"), manual);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("enrolCode"));
    m_code->setAccessibleName(tr("Code from the app"));
    m_code->setPlaceholderText(tr("6 digits"));
    auto *codeLabel = new QLabel(tr("&Code from the app:"), this);
    codeLabel->setBuddy(m_code);
    form->addRow(codeLabel, m_code);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("enrolStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Turn on"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmEnrol"));
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TwoFactorEnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_enrolment.isNull()) {
        m_status->setText(problem);
        m_confirm->setEnabled(false);
        return;
    }
    // The URI and key hold the secret; they live in these widgets only while the dialog is open.
    m_uri->setText(QString::fromLatin1(m_enrolment.uri.view()));
    manual->setText(QString::fromLatin1(m_enrolment.manualKey.view()));
    m_qr->setCode(QrCode::encode(m_enrolment.uri.view()));
    m_code->setFocus();
}

void TwoFactorEnrolDialog::accept()
{
    if (m_busy || m_enrolment.isNull())
        return;
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_status->setText(tr("Type the six digits your app shows for Cairn."));
        return;
    }
    m_busy = true;
    m_confirm->setEnabled(false);
    m_status->setText(tr("Checking the code…"));
    // complete() consumes the enrolment; keep a copy in case the code was wrong.
    TwoFactor::Enrolment attempt;
    attempt.secret = m_enrolment.secret.clone();
    attempt.uri = m_enrolment.uri.clone();
    attempt.manualKey = m_enrolment.manualKey.clone();
    TwoFactorJob *job = m_session->twoFactor()->complete(std::move(attempt), code);
    connect(job, &TwoFactorJob::finished, this, [this](TwoFactorJob *done) {
        done->deleteLater();
        m_busy = false;
        m_confirm->setEnabled(true);
        if (!done->ok()) {
            m_status->setText(done->errorString());
            m_code->clear();
            m_code->setFocus();
            return;
        }
        const QStringList codes = done->recoveryCodes();
        m_uri->clear();
        QDialog::accept();
        auto *shown = new RecoveryCodesDialog(codes, parentWidget());
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
        Q_EMIT enrolled(codes);
    });
}

} // namespace cairn
