#include "security/LockOverlay.h"

#include "security/LockSession.h"
#include "security/UnlockForm.h"

#include <QAction>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace cairn {

LockOverlay::LockOverlay(LockSession *session, QMainWindow *window)
    : QWidget(window), m_session(session), m_window(window)
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAccessibleName(tr("Cairn is locked"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *title = new QLabel(tr("Cairn is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    outer->addWidget(title, 0, Qt::AlignHCenter);
    m_form = new UnlockForm(session, this);
    m_form->setPrompt(
        tr("Backups keep running while Cairn is locked. Type the master password to carry on."));
    m_form->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    outer->addWidget(m_form, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(m_form, &UnlockForm::unlocked, this, &LockOverlay::unlock);
    window->installEventFilter(this);
    hide();
}

void LockOverlay::lock()
{
    if (m_locked || !m_session->isLockEnabled())
        return;
    m_locked = true;
    // Open dialogs (a wizard half filled in) are hidden, not closed: they come back as they were.
    for (QDialog *dialog : m_window->findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible()) {
            m_hidden.append(dialog);
            dialog->hide();
        }
    }
    setWindowEnabled(false);
    m_form->reset();
    setGeometry(m_window->rect());
    raise();
    show();
    m_form->passwordEdit()->setFocus();
    Q_EMIT lockedChanged(true);
}

void LockOverlay::unlock()
{
    m_locked = false;
    hide();
    setWindowEnabled(true);
    for (const QPointer<QWidget> &dialog : std::as_const(m_hidden))
        if (dialog)
            dialog->show();
    m_hidden.clear();
    Q_EMIT lockedChanged(false);
}

void LockOverlay::setWindowEnabled(bool enabled)
{
    // Disabled widgets take no shortcuts either, so no menu action runs under the lock screen.
    if (QWidget *central = m_window->centralWidget())
        central->setEnabled(enabled);
    m_window->menuBar()->setEnabled(enabled);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        bar->setEnabled(enabled);
    // Menu shortcuts: only the actions this lock switched off are switched on again.
    if (!enabled) {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->isEnabled() && !action->shortcut().isEmpty()) {
                action->setEnabled(false);
                m_disabledActions.append(action);
            }
        }
    } else {
        for (const QPointer<QAction> &action : std::as_const(m_disabledActions))
            if (action)
                action->setEnabled(true);
        m_disabledActions.clear();
    }
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_locked)
        setGeometry(m_window->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace cairn
