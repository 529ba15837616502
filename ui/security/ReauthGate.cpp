#include "security/ReauthGate.h"

#include "security/AuditLog.h"
#include "security/LockSession.h"
#include "security/UnlockForm.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

ReauthGate *ReauthGate::ask(QWidget *parent, const std::shared_ptr<Database> &database, const QString &action,
    std::function<void()> proceed)
{
    LockSession *session = LockSession::find(parent);
    std::unique_ptr<LockSession> temporary;
    if (!session) {
        temporary = std::make_unique<LockSession>(database);
        session = temporary.get();
    }
    if (!session->isLockEnabled()) {
        proceed();
        return nullptr;
    }
    auto *gate = new ReauthGate(session, action, parent);
    if (temporary)
        temporary.release()->setParent(gate);
    gate->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        gate->m_form, &UnlockForm::unlocked, gate, [gate, database, action, proceed = std::move(proceed)] {
            AuditLog(database).append(QStringLiteral("lock.reauth"), action);
            gate->accept();
            proceed();
        });
    gate->open();
    return gate;
}

ReauthGate::ReauthGate(LockSession *session, const QString &action, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reauthGate"));
    setWindowTitle(tr("Confirm it is you"));
    auto *layout = new QVBoxLayout(this);
    m_form = new UnlockForm(session, this);
    m_form->setPrompt(tr("%1 needs your master password, because the app lock is on.").arg(action));
    m_form->unlockButton()->setText(tr("&Confirm"));
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_form->passwordEdit()->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace cairn
