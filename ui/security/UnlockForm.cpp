#include "security/UnlockForm.h"

#include "security/AppLockJob.h"
#include "security/LockSession.h"
#include "security/TwoFactor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cairn {

UnlockForm::UnlockForm(LockSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    layout->addWidget(m_prompt);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Master password"));
    auto *passwordLabel = new QLabel(tr("Master &password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("lockCode"));
    m_code->setAccessibleName(tr("Two-factor code or recovery code"));
    m_code->setPlaceholderText(tr("6 digits from the app, or a recovery code"));
    m_codeLabel = new QLabel(tr("&Code:"), this);
    m_codeLabel->setBuddy(m_code);
    form->addRow(m_codeLabel, m_code);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lockStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    layout->addWidget(m_unlock, 0, Qt::AlignRight);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &UnlockForm::tick);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockForm::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &UnlockForm::submit);
    reset();
}

void UnlockForm::reset()
{
    const bool twoFactor = m_session->isTwoFactorEnabled();
    m_codeLabel->setVisible(twoFactor);
    m_code->setVisible(twoFactor);
    m_password->clear();
    m_code->clear();
    m_status->clear();
    // A back-off from an earlier attempt (or another Cairn process) still counts.
    const QDateTime retryAt = m_session->appLock().nextAttemptAllowedAt();
    if (retryAt > QDateTime::fromMSecsSinceEpoch(m_session->clock()())) {
        m_retryAt = retryAt;
        m_lastMessage = tr("Too many wrong attempts.");
        tick();
        m_countdown->start();
    }
}

void UnlockForm::setPrompt(const QString &text)
{
    m_prompt->setText(text);
}

void UnlockForm::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_unlock->setEnabled(!busy && !m_countdown->isActive());
    if (busy)
        m_status->setText(tr("Checking…"));
}

void UnlockForm::submit()
{
    if (m_busy || m_countdown->isActive())
        return;
    if (m_password->text().isEmpty()) {
        m_status->setText(tr("Type the master password."));
        m_password->setFocus();
        return;
    }
    if (!m_code->isHidden() && m_code->text().trimmed().isEmpty()) {
        m_status->setText(
            tr("Type the code your authenticator app shows now, or one of your recovery codes."));
        m_code->setFocus();
        return;
    }
    QByteArray typed = m_password->text().toUtf8();
    m_password->clear();
    setBusy(true);
    AppLockJob *job = m_session->appLock().unlockAsync(SecureBytes::takeFrom(typed));
    connect(job, &AppLockJob::finished, this, [this](const AppLock::Outcome &outcome) {
        if (!outcome.ok()) {
            setBusy(false);
            refuse(outcome.message, outcome.nextAttemptAllowedAt);
            return;
        }
        if (outcome.secondFactorRequired) {
            checkCode();
            return;
        }
        setBusy(false);
        m_status->clear();
        m_session->noteActivity();
        Q_EMIT unlocked();
    });
}

void UnlockForm::checkCode()
{
    const QString code = m_code->text().trimmed();
    m_code->clear();
    TwoFactorJob *job = m_session->twoFactor()->check(code);
    connect(job, &TwoFactorJob::finished, this, [this](TwoFactorJob *done) {
        done->deleteLater();
        setBusy(false);
        if (!done->ok()) {
            // The password was right; only the code has to be typed again, but the form asks
            // for both so that nobody learns which half was wrong.
            refuse(done->errorString(), done->nextAttemptAllowedAt());
            return;
        }
        m_status->clear();
        m_session->noteActivity();
        Q_EMIT unlocked();
    });
}

void UnlockForm::refuse(const QString &message, const QDateTime &retryAt)
{
    m_lastMessage = message;
    m_retryAt = retryAt;
    m_status->setText(message);
    if (retryAt.isValid() && retryAt > QDateTime::fromMSecsSinceEpoch(m_session->clock()())) {
        tick();
        m_countdown->start();
    }
    m_password->setFocus();
    Q_EMIT refused(message);
}

void UnlockForm::tick()
{
    const qint64 left = (m_retryAt.toMSecsSinceEpoch() - m_session->clock()() + 999) / 1000;
    if (left <= 0) {
        m_countdown->stop();
        m_unlock->setEnabled(!m_busy);
        m_status->setText(m_lastMessage);
        return;
    }
    m_unlock->setEnabled(false);
    m_status->setText(tr("%1 Try again in %n second(s).", nullptr, int(left)).arg(m_lastMessage));
}

} // namespace cairn
