#pragma once
// The master password (and, when two-factor is on, a code from the authenticator app or a
// recovery code) checked off the GUI thread. A wrong attempt shows the back-off as a countdown.
// Used by the lock screen and by the "ask again" dialog before sensitive actions.

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cairn {

class LockSession;

class UnlockForm final : public QWidget {
    Q_OBJECT

public:
    UnlockForm(LockSession *session, QWidget *parent = nullptr);

    // Shows or hides the code field (two-factor may have been switched on since).
    void reset();
    void setPrompt(const QString &text);
    // Starts the check of what is typed; unlocked() or a message follows.
    void submit();
    bool isBusy() const { return m_busy; }

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *codeEdit() const { return m_code; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *unlockButton() const { return m_unlock; }

Q_SIGNALS:
    void unlocked();
    // After every refused attempt, with the sentence shown.
    void refused(const QString &message);

private:
    void setBusy(bool busy);
    void refuse(const QString &message, const QDateTime &retryAt);
    void checkCode();
    void tick();

    LockSession *m_session;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_unlock = nullptr;
    QTimer *m_countdown = nullptr;
    QString m_lastMessage;
    QDateTime m_retryAt;
    bool m_busy = false;
};

} // namespace cairn
