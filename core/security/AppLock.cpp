#include "security/AppLock.h"

#include "security/AppLockJob.h"
#include "security/AuditLog.h"
#include "security/PasswordHash.h"
#include "security/RecoveryCodes.h"
#include "security/SecuritySettings.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace cairn {

namespace {

QDateTime toDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

} // namespace

AppLock::AppLock(std::shared_ptr<Database> database, Clock clock)
    : m_database(std::move(database))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

qint64 AppLock::now() const
{
    return m_clock();
}

bool AppLock::isEnabled() const
{
    const std::optional<QString> hash = SecuritySettings(m_database).value(SecuritySettings::PasswordHashKey);
    return hash && !hash->isEmpty();
}

bool AppLock::isTwoFactorEnabled() const
{
    const std::optional<QString> ref = SecuritySettings(m_database).value(SecuritySettings::TotpSecretRefKey);
    return ref && !ref->isEmpty();
}

qint64 AppLock::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    // 1 s << 9 already passes the cap; never shift further (no overflow for huge counters).
    const int doublings = std::min(failures - 1, 20);
    return std::min(FirstDelayMs << doublings, MaximumDelayMs);
}

int AppLock::failedAttempts() const
{
    return int(std::clamp<qint64>(SecuritySettings(m_database).integer(SecuritySettings::FailedAttemptsKey),
        0, std::numeric_limits<int>::max()));
}

QDateTime AppLock::nextAttemptAllowedAt() const
{
    const qint64 t = now();
    const qint64 stored = SecuritySettings(m_database).integer(SecuritySettings::NextAttemptAtKey);
    // A stored time further out than the cap means the clock moved back (or the row was edited):
    // never wait longer than the cap.
    return toDateTime(std::max(t, std::min(stored, t + MaximumDelayMs)));
}

AppLock::Outcome AppLock::storeFailed(const StoreError &error) const
{
    Outcome outcome;
    outcome.status = Status::Failed;
    outcome.message = error.message;
    return outcome;
}

AppLock::Outcome AppLock::tooSoon(qint64 allowedAtMs) const
{
    Outcome outcome;
    outcome.status = Status::TooSoon;
    outcome.nextAttemptAllowedAt = toDateTime(allowedAtMs);
    const qint64 seconds = std::max<qint64>(1, (allowedAtMs - now() + 999) / 1000);
    outcome.message = tr("Too many wrong attempts; wait %n second(s) and try again.", nullptr, int(seconds));
    return outcome;
}

AppLock::Outcome AppLock::wrong(const QString &message) const
{
    Outcome outcome;
    outcome.status = Status::WrongPassword;
    outcome.nextAttemptAllowedAt = nextAttemptAllowedAt();
    outcome.message = message;
    return outcome;
}

AppLock::Outcome AppLock::reserveAttempt() const
{
    QSqlDatabase db = m_database->connection();
    auto fail = [&db](const QString &reason) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        Outcome outcome;
        outcome.message
            = tr("Cairn could not record the attempt (%1); check the disk and try again.").arg(reason);
        return outcome;
    };
    // IMMEDIATE: two processes (GUI and cairn-cli) never both read the same counter.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(begin.lastError().text());

    auto number = [&db](const QString &key) {
        bool ok = false;
        const qint64 value = SecuritySettings::readIn(db, key).value_or(QString()).toLongLong(&ok);
        return ok ? value : qint64(0);
    };
    const qint64 failures = std::max<qint64>(0, number(SecuritySettings::FailedAttemptsKey));
    qint64 next = number(SecuritySettings::NextAttemptAtKey);
    const qint64 t = now();
    QString reason;

    if (next > t + MaximumDelayMs) {
        // The clock moved back: pin the wait to the cap from now, so it ends.
        next = t + MaximumDelayMs;
        if (!SecuritySettings::writeIn(
                db, SecuritySettings::NextAttemptAtKey, QString::number(next), &reason))
            return fail(reason);
    }
    if (t < next) {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return fail(commit.lastError().text());
        return tooSoon(next);
    }

    const qint64 counted = std::min<qint64>(failures + 1, 1000000);
    if (!SecuritySettings::writeIn(db, SecuritySettings::FailedAttemptsKey, QString::number(counted), &reason)
        || !SecuritySettings::writeIn(
            db, SecuritySettings::NextAttemptAtKey, QString::number(t + delayAfter(int(counted))), &reason))
        return fail(reason);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(commit.lastError().text());
    Outcome outcome;
    outcome.status = Status::Ok;
    return outcome;
}

StoreError AppLock::clearFailures() const
{
    return SecuritySettings(m_database)
        .write({ { SecuritySettings::FailedAttemptsKey, std::nullopt },
            { SecuritySettings::NextAttemptAtKey, std::nullopt } });
}

AppLock::Outcome AppLock::checkPassword(const SecureBytes &password) const
{
    StoreError error;
    const std::optional<QString> stored
        = SecuritySettings(m_database).value(SecuritySettings::PasswordHashKey, &error);
    if (error)
        return storeFailed(error);
    if (!stored || stored->isEmpty()) {
        Outcome outcome;
        outcome.status = Status::NotEnabled;
        outcome.message = tr("The app lock is off; there is no master password to check.");
        return outcome;
    }
    const Outcome reserved = reserveAttempt();
    if (!reserved.ok())
        return reserved;
    if (!PasswordHash::verify(password, stored->toLatin1())) {
        AuditLog(m_database)
            .append(QStringLiteral("lock.password_check"), QString(), QStringLiteral("wrong password"));
        return wrong(
            tr("The master password is wrong; check Caps Lock and the keyboard layout, then try again."));
    }
    if (StoreError cleared = clearFailures())
        return storeFailed(cleared);
    Outcome outcome;
    outcome.status = Status::Ok;
    outcome.secondFactorRequired = isTwoFactorEnabled();
    return outcome;
}

QString AppLock::validateNewPassword(const SecureBytes &password)
{
    if (const QString problem = PasswordHash::validate(password); !problem.isEmpty())
        return problem;
    // Characters, counted on the UTF-8 bytes (no QString copy of the password, which could not be
    // wiped): every byte that does not continue a sequence starts a character.
    qsizetype length = 0;
    for (const char c : password.view())
        length += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    if (length < MinimumPasswordLength)
        return tr("A master password needs at least %n characters; choose a longer one.", nullptr,
            MinimumPasswordLength);
    return {};
}

std::optional<AppLock::Outcome> AppLock::refuseNewPassword(const SecureBytes &password, int cost)
{
    Outcome outcome;
    outcome.status = Status::Refused;
    if (cost < MinimumCost || cost > MaximumCost) {
        outcome.message = tr("The bcrypt cost must be between %1 and %2; choose another.")
                              .arg(MinimumCost)
                              .arg(MaximumCost);
        return outcome;
    }
    if (const QString problem = validateNewPassword(password); !problem.isEmpty()) {
        outcome.message = problem;
        return outcome;
    }
    return std::nullopt;
}

AppLock::Outcome AppLock::storeNewHash(const SecureBytes &password, int cost) const
{
    if (std::optional<Outcome> refused = refuseNewPassword(password, cost))
        return *refused;
    Outcome outcome;
    QString problem;
    const QByteArray hash = PasswordHash::hash(password, cost, &problem);
    if (hash.isEmpty()) {
        outcome.status = Status::Failed;
        outcome.message = problem;
        return outcome;
    }
    // A new password starts with a clean slate: no back-off carried over.
    if (StoreError error = SecuritySettings(m_database)
                               .write({
                                   { SecuritySettings::PasswordHashKey, QString::fromLatin1(hash) },
                                   { SecuritySettings::FailedAttemptsKey, std::nullopt },
                                   { SecuritySettings::NextAttemptAtKey, std::nullopt },
                               }))
        return storeFailed(error);
    outcome.status = Status::Ok;
    return outcome;
}

AppLock::Outcome AppLock::enable(const SecureBytes &password, int cost) const
{
    if (isEnabled()) {
        Outcome outcome;
        outcome.status = Status::AlreadyEnabled;
        outcome.message = tr("The app lock is already on; change the master password instead.");
        return outcome;
    }
    Outcome outcome = storeNewHash(password, cost);
    if (outcome.ok()) {
        SecuritySettings settings(m_database);
        if (!settings.value(SecuritySettings::IdleMinutesKey))
            settings.set(SecuritySettings::IdleMinutesKey, QString::number(DefaultIdleMinutes));
        AuditLog(m_database).append(QStringLiteral("lock.enable"), QString());
    }
    return outcome;
}

AppLock::Outcome AppLock::unlock(const SecureBytes &password) const
{
    const Outcome outcome = checkPassword(password);
    if (outcome.ok())
        AuditLog(m_database)
            .append(QStringLiteral("lock.unlock"), QString(),
                outcome.secondFactorRequired ? QStringLiteral("password ok, code pending")
                                             : QStringLiteral("ok"));
    return outcome;
}

AppLock::Outcome AppLock::changePassword(const SecureBytes &current, const SecureBytes &next, int cost) const
{
    // Refuse an unusable new password before spending an attempt on the current one.
    if (std::optional<Outcome> refused = refuseNewPassword(next, cost))
        return *refused;
    const Outcome checked = checkPassword(current);
    if (!checked.ok())
        return checked;
    Outcome outcome = storeNewHash(next, cost);
    if (outcome.ok())
        AuditLog(m_database).append(QStringLiteral("lock.change_password"), QString());
    return outcome;
}

AppLock::Outcome AppLock::resetPassword(
    const SecureBytes &recoveryCode, const SecureBytes &next, int cost) const
{
    // Refuse an unusable new password before spending the code on it.
    if (std::optional<Outcome> refused = refuseNewPassword(next, cost))
        return *refused;
    Outcome outcome;
    if (!isEnabled()) {
        outcome.status = Status::NotEnabled;
        outcome.message = tr("The app lock is off; there is no master password to reset.");
        return outcome;
    }
    if (!isTwoFactorEnabled()) {
        outcome.status = Status::Refused;
        outcome.message
            = tr("Recovery codes come with two-factor sign-in, which is off; without it a forgotten "
                 "master password cannot be reset in Cairn.");
        return outcome;
    }
    const Outcome reserved = reserveAttempt();
    if (!reserved.ok())
        return reserved;
    // The code is a few ASCII symbols; a QString of it is dropped at once.
    StoreError error;
    const bool used = RecoveryCodes(m_database)
                          .consume(QString::fromLatin1(recoveryCode.data(), recoveryCode.size()), &error);
    if (error)
        return storeFailed(error);
    if (!used) {
        AuditLog(m_database)
            .append(QStringLiteral("lock.reset_password"), QString(), QStringLiteral("wrong recovery code"));
        return wrong(
            tr("The recovery code is wrong or was already used; type another of your recovery codes."));
    }
    outcome = storeNewHash(next, cost);
    if (outcome.ok())
        AuditLog(m_database)
            .append(
                QStringLiteral("lock.reset_password"), QString(), QStringLiteral("ok, recovery code used"));
    return outcome;
}

AppLock::Outcome AppLock::disable(const SecureBytes &current) const
{
    if (isTwoFactorEnabled()) {
        Outcome outcome;
        outcome.status = Status::Refused;
        outcome.message = tr("Two-factor sign-in is on; turn it off first, then turn the app lock off.");
        return outcome;
    }
    const Outcome checked = checkPassword(current);
    if (!checked.ok())
        return checked;
    if (StoreError error = SecuritySettings(m_database)
                               .write({
                                   { SecuritySettings::PasswordHashKey, std::nullopt },
                                   { SecuritySettings::FailedAttemptsKey, std::nullopt },
                                   { SecuritySettings::NextAttemptAtKey, std::nullopt },
                               }))
        return storeFailed(error);
    AuditLog(m_database).append(QStringLiteral("lock.disable"), QString());
    Outcome outcome;
    outcome.status = Status::Ok;
    return outcome;
}

int AppLock::idleLockMinutes() const
{
    return int(std::clamp<qint64>(
        SecuritySettings(m_database).integer(SecuritySettings::IdleMinutesKey, DefaultIdleMinutes), 0,
        MaximumIdleMinutes));
}

StoreError AppLock::setIdleLockMinutes(int minutes) const
{
    if (minutes < 0 || minutes > MaximumIdleMinutes)
        return StoreError::fail(
            tr("The idle time must be between 0 (never lock) and %1 minutes; choose another.")
                .arg(MaximumIdleMinutes));
    StoreError error
        = SecuritySettings(m_database).set(SecuritySettings::IdleMinutesKey, QString::number(minutes));
    if (!error)
        AuditLog(m_database).append(QStringLiteral("lock.idle_minutes"), QString::number(minutes));
    return error;
}

bool AppLock::idleTimeReached(qint64 lastActivityMs) const
{
    const int minutes = idleLockMinutes();
    return isEnabled() && minutes > 0 && now() - lastActivityMs >= qint64(minutes) * 60 * 1000;
}

namespace {
// SecureBytes cannot be copied into a std::function; a shared owner can.
std::shared_ptr<SecureBytes> shared(SecureBytes bytes)
{
    return std::make_shared<SecureBytes>(std::move(bytes));
}
} // namespace

AppLockJob *AppLock::startJob(std::function<Outcome(const AppLock &)> operation) const
{
    // The worker opens the database itself and closes it before reporting: Qt SQL connections
    // belong to the thread that made them, so none is left behind in the pool's thread.
    return AppLockJob::start([path = m_database->path(), clock = m_clock, operation = std::move(operation)] {
        StoreError error;
        std::shared_ptr<Database> database = Database::open(path, &error);
        if (!database) {
            Outcome outcome;
            outcome.message = error.message;
            return outcome;
        }
        return operation(AppLock(database, clock));
    });
}

AppLockJob *AppLock::enableAsync(SecureBytes password, int cost) const
{
    return startJob(
        [p = shared(std::move(password)), cost](const AppLock &lock) { return lock.enable(*p, cost); });
}

AppLockJob *AppLock::unlockAsync(SecureBytes password) const
{
    return startJob([p = shared(std::move(password))](const AppLock &lock) { return lock.unlock(*p); });
}

AppLockJob *AppLock::changePasswordAsync(SecureBytes current, SecureBytes next, int cost) const
{
    return startJob([c = shared(std::move(current)), n = shared(std::move(next)), cost](
                        const AppLock &lock) { return lock.changePassword(*c, *n, cost); });
}

AppLockJob *AppLock::resetPasswordAsync(SecureBytes recoveryCode, SecureBytes next, int cost) const
{
    return startJob([c = shared(std::move(recoveryCode)), n = shared(std::move(next)), cost](
                        const AppLock &lock) { return lock.resetPassword(*c, *n, cost); });
}

AppLockJob *AppLock::disableAsync(SecureBytes current) const
{
    return startJob([c = shared(std::move(current))](const AppLock &lock) { return lock.disable(*c); });
}

} // namespace cairn
