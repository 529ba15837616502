#pragma once
// The app lock: an optional master password (bcrypt, see PasswordHash) asked at start and after
// an idle time. Failed attempts slow the next one down (1 s, doubling, at most 5 minutes); the
// state lives in SQLite, so restarting Cairn does not reset it. There is never a lock-out: the
// wait is capped, and nothing is deleted after any number of failures.
//
// Every call that hashes takes ~0.2 s of CPU at cost 12: call them from a worker thread, or use
// the ...Async() variants, which run on a security thread pool and report through AppLockJob.

#include "secrets/SecureBytes.h"
#include "store/Database.h"

#include <QDateTime>
#include <QMetaType>
#include <functional>
#include <memory>
#include <optional>

namespace cairn {

class AppLockJob;

class AppLock final {
    Q_DECLARE_TR_FUNCTIONS(cairn::AppLock)

public:
    // Milliseconds since the epoch; tests pass their own clock.
    using Clock = std::function<qint64()>;

    static constexpr int DefaultCost = 12;
    static constexpr int MinimumCost = 12;
    static constexpr int MaximumCost = 16;
    static constexpr int MinimumPasswordLength = 8; // characters
    static constexpr qint64 FirstDelayMs = 1000;
    static constexpr qint64 MaximumDelayMs = 5 * 60 * 1000;
    static constexpr int DefaultIdleMinutes = 10;
    static constexpr int MaximumIdleMinutes = 24 * 60;

    enum class Status {
        Ok,
        WrongPassword, // also a wrong or used recovery code
        TooSoon, // back-off still running: see nextAttemptAllowedAt
        NotEnabled,
        AlreadyEnabled,
        Refused, // the request itself is not acceptable (weak password, bad cost, 2FA still on)
        Failed, // the store failed
    };

    struct Outcome {
        Status status = Status::Failed;
        // After a refused attempt: when the next one is accepted.
        QDateTime nextAttemptAllowedAt;
        // After a correct password: two-factor is on, so a code must follow (see TwoFactor).
        bool secondFactorRequired = false;
        QString message; // one sentence for a person; empty on success
        bool ok() const { return status == Status::Ok; }
    };

    explicit AppLock(std::shared_ptr<Database> database, Clock clock = {});

    bool isEnabled() const;
    bool isTwoFactorEnabled() const;

    // Turns the lock on. Refused while it is on (use changePassword).
    Outcome enable(const SecureBytes &password, int cost = DefaultCost) const;
    // Checks the master password, subject to the back-off.
    Outcome unlock(const SecureBytes &password) const;
    // Needs the current password (subject to the back-off); two-factor stays as it is.
    Outcome changePassword(const SecureBytes &current, const SecureBytes &next, int cost = DefaultCost) const;
    // For a forgotten password: needs one unused two-factor recovery code (see RecoveryCodes),
    // which it uses up. Two-factor stays on. Subject to the back-off.
    Outcome resetPassword(
        const SecureBytes &recoveryCode, const SecureBytes &next, int cost = DefaultCost) const;
    // Turns the lock off. Needs the current password; refused while two-factor is on, which
    // must be turned off first (with a code) so the lock is never left half-removed.
    Outcome disable(const SecureBytes &current) const;

    // Back-off bookkeeping, shared with every check of something the user knows (two-factor
    // codes too). reserveAttempt() refuses with TooSoon inside the back-off; otherwise it records
    // the attempt as failed *before* the check, so killing Cairn mid-check gains nothing, and
    // clearFailures() undoes that after a success.
    Outcome reserveAttempt() const;
    StoreError clearFailures() const;

    int failedAttempts() const;
    // The earliest time the next attempt is accepted; a time not after now means "now".
    QDateTime nextAttemptAllowedAt() const;
    // The wait after this many consecutive failures: 0, 1 s, 2 s, 4 s, ... at most 5 minutes.
    static qint64 delayAfter(int failures);

    // Lock again after this many minutes without input; 0 means never.
    int idleLockMinutes() const;
    StoreError setIdleLockMinutes(int minutes) const;
    bool idleTimeReached(qint64 lastActivityMs) const;

    // One sentence when the password is not acceptable as a master password, else empty.
    static QString validateNewPassword(const SecureBytes &password);

    // The same operations on the security thread pool. The job reports once and deletes itself.
    AppLockJob *enableAsync(SecureBytes password, int cost = DefaultCost) const;
    AppLockJob *unlockAsync(SecureBytes password) const;
    AppLockJob *changePasswordAsync(SecureBytes current, SecureBytes next, int cost = DefaultCost) const;
    AppLockJob *resetPasswordAsync(SecureBytes recoveryCode, SecureBytes next, int cost = DefaultCost) const;
    AppLockJob *disableAsync(SecureBytes current) const;

private:
    AppLockJob *startJob(std::function<Outcome(const AppLock &)> operation) const;
    qint64 now() const;
    Outcome storeFailed(const StoreError &error) const;
    Outcome tooSoon(qint64 allowedAtMs) const;
    Outcome wrong(const QString &message) const;
    Outcome checkPassword(const SecureBytes &password) const;
    Outcome storeNewHash(const SecureBytes &password, int cost) const;
    static std::optional<Outcome> refuseNewPassword(const SecureBytes &password, int cost);

    std::shared_ptr<Database> m_database;
    Clock m_clock;
};

} // namespace cairn

Q_DECLARE_METATYPE(cairn::AppLock::Outcome)
