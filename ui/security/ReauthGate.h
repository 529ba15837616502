#pragma once
// "Ask again": the one check sensitive actions make before acting when the app lock is on
// (remove a server, re-trust a changed host key, export the recovery kit, turn the lock off,
// reveal a secret, restore over original data, delete a backup). With the lock off it lets the
// action through at once.
//
//   ReauthGate::ask(this, database, tr("Remove the server"), [this] { reallyRemove(); });

#include <QDialog>
#include <functional>
#include <memory>

namespace cairn {

class Database;
class LockSession;
class UnlockForm;

class ReauthGate final : public QDialog {
    Q_OBJECT

public:
    // Runs proceed now when the lock is off (and returns null); otherwise opens a dialog over
    // parent that asks for the master password (and code), runs proceed once they are right and
    // returns the dialog. Cancel, or parent going away, means proceed never runs. The session
    // comes from parent's window (LockSession::find); without one, a temporary one is made.
    static ReauthGate *ask(QWidget *parent, const std::shared_ptr<Database> &database, const QString &action,
        std::function<void()> proceed);

    UnlockForm *form() const { return m_form; }

private:
    ReauthGate(LockSession *session, const QString &action, QWidget *parent);

    UnlockForm *m_form = nullptr;
};

} // namespace cairn
