#pragma once
// What the window needs to know about the app lock: the lock and two-factor (with one clock, so
// tests can move time), and when the person last touched Cairn. Emits lockRequested() once the
// chosen idle time has passed without input. One per main window; dialogs find it through their
// parents (find()), so nothing global has to be patched by tests.

#include "security/AppLock.h"

#include <QObject>
#include <memory>

class QTimer;

namespace cairn {

class Database;
class SecretStore;
class TwoFactor;

class LockSession final : public QObject {
    Q_OBJECT

public:
    explicit LockSession(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~LockSession() override;

    // The session of widget's window (or any ancestor's), or null.
    static LockSession *find(const QObject *object);

    std::shared_ptr<Database> database() const { return m_database; }
    AppLock appLock() const;
    TwoFactor *twoFactor() const { return m_twoFactor; }
    SecretStore *secrets() const { return m_secrets; }
    bool isLockEnabled() const;
    bool isTwoFactorEnabled() const;

    // Tests move time by hand; the default is the wall clock.
    void setClock(AppLock::Clock clock);
    AppLock::Clock clock() const { return m_clock; }

    // Watches input application-wide for the idle lock (from then on).
    void watchActivity();
    // Counts as input (a successful unlock, for example).
    void noteActivity();
    // Checks the idle time now (the timer calls it every few seconds).
    void checkIdle();

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets = nullptr;
    TwoFactor *m_twoFactor = nullptr;
    AppLock::Clock m_clock;
    qint64 m_lastActivityMs = 0;
    QTimer *m_idleTimer = nullptr;
};

} // namespace cairn
