#include "security/TwoFactor.h"

#include "secrets/SecretStore.h"
#include "security/AuditLog.h"
#include "security/RecoveryCodes.h"
#include "security/SecurityPool.h"
#include "security/SecuritySettings.h"
#include "security/Totp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cairn {

namespace {

QString wrongCodeSentence()
{
    return TwoFactor::tr("The code is wrong or was already used; check that the phone's clock is right "
                         "and type the code the app shows now.");
}

// Runs a finished keychain job's handler once, then lets the job go.
template <typename Handler> void onFinished(SecretJob *secretJob, QObject *context, Handler handler)
{
    QObject::connect(
        secretJob, &SecretJob::finished, context, [handler = std::move(handler)](SecretJob *done) {
            done->deleteLater();
            handler(done);
        });
}

struct NewCodes {
    QStringList codes;
    QList<QByteArray> hashes;
    QString error;
};

struct UsedCode {
    bool used = false;
    int left = 0;
    QString error;
};

} // namespace

TwoFactor::TwoFactor(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

void TwoFactor::setClock(AppLock::Clock clock)
{
    m_clock = std::move(clock);
}

qint64 TwoFactor::nowSeconds() const
{
    return m_clock() / 1000;
}

bool TwoFactor::isEnabled() const
{
    return AppLock(m_database).isTwoFactorEnabled();
}

TwoFactor::Enrolment TwoFactor::begin(const QString &label, QString *error)
{
    Enrolment enrolment;
    enrolment.secret = Totp::generateSecret();
    if (enrolment.secret.isEmpty()) {
        if (error)
            *error = tr("The system's random number generator failed; try again.");
        return {};
    }
    enrolment.uri = Totp::otpauthUri(label, enrolment.secret);
    enrolment.qrCode = QrCode::encode(enrolment.uri.view(), error);
    if (enrolment.qrCode.isNull())
        return {};

    const SecureBytes encoded = Totp::base32Encode(enrolment.secret.view());
    QByteArray grouped;
    grouped.reserve(encoded.size() + encoded.size() / 4);
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.append(' ');
        grouped.append(encoded.data()[i]);
    }
    enrolment.manualKey = SecureBytes::takeFrom(grouped);
    return enrolment;
}

bool TwoFactor::claimStep(qint64 step, QString *reason) const
{
    // IMMEDIATE: of two checks of the same code (GUI and cairn-cli), exactly one wins.
    QSqlDatabase db = m_database->connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *reason = begin.lastError().text();
        return false;
    }
    bool ok = false;
    const qint64 last = SecuritySettings::readIn(db, SecuritySettings::TotpLastStepKey)
                            .value_or(QStringLiteral("-1"))
                            .toLongLong(&ok);
    if (ok && step <= last) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        reason->clear();
        return false;
    }
    QSqlQuery commit(db);
    if (!SecuritySettings::writeIn(db, SecuritySettings::TotpLastStepKey, QString::number(step), reason)
        || !commit.exec(QStringLiteral("COMMIT"))) {
        if (reason->isEmpty())
            *reason = commit.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

TwoFactorJob *TwoFactor::complete(Enrolment enrolment, const QString &code)
{
    auto *job = new TwoFactorJob(this);
    if (isEnabled()) {
        job->finishLater(TwoFactorJob::Status::AlreadyEnabled,
            tr("Two-factor sign-in is already on; turn it off first to set up another app."));
        return job;
    }
    if (!AppLock(m_database).isEnabled()) {
        job->finishLater(TwoFactorJob::Status::NotEnabled,
            tr("The app lock is off; turn it on first, two-factor sign-in is its second step."));
        return job;
    }
    if (enrolment.isNull()) {
        job->finishLater(
            TwoFactorJob::Status::Failed, tr("There is no two-factor set-up to complete; start again."));
        return job;
    }
    const std::optional<qint64> step = Totp::verify(enrolment.secret.view(), code, nowSeconds());
    if (!step) {
        job->finishLater(TwoFactorJob::Status::WrongCode, wrongCodeSentence());
        return job;
    }

    const QString reference = SecretStore::newReference(QStringLiteral("totp"));
    onFinished(m_secrets->write(reference, enrolment.secret), job,
        [this, job, reference, step = *step](SecretJob *write) {
            if (!write->ok()) {
                job->finishLater(TwoFactorJob::Status::Failed, write->errorString());
                return;
            }
            storeNewRecoveryCodes(job,
                {
                    { SecuritySettings::TotpSecretRefKey, reference },
                    { SecuritySettings::TotpLastStepKey, QString::number(step) },
                },
                [this, reference](bool stored) {
                    if (stored)
                        AuditLog(m_database).append(QStringLiteral("twofactor.enable"), QString());
                    else // leave no orphan secret behind
                        onFinished(m_secrets->remove(reference), this, [](SecretJob *) {});
                });
        });
    return job;
}

void TwoFactor::storeNewRecoveryCodes(
    TwoFactorJob *job, QMap<QString, std::optional<QString>> extra, std::function<void(bool stored)> after)
{
    runOnSecurityPool([] {
        NewCodes made;
        made.codes = RecoveryCodes::generate(&made.error);
        if (!made.codes.isEmpty())
            made.hashes = RecoveryCodes::hashAll(made.codes, &made.error);
        return made;
    }).then(job, [this, job, extra = std::move(extra), after = std::move(after)](const NewCodes &made) {
        auto done = [&](bool stored, TwoFactorJob::Status status, const QString &message) {
            if (after)
                after(stored);
            job->finishLater(status, message);
        };
        if (made.hashes.size() != RecoveryCodes::Count)
            return done(false, TwoFactorJob::Status::Failed, made.error);
        // Two enrolments raced (two windows): the first one stored wins, the other stores nothing.
        if (extra.contains(SecuritySettings::TotpSecretRefKey) && isEnabled())
            return done(false, TwoFactorJob::Status::AlreadyEnabled,
                tr("Two-factor sign-in is already on; turn it off first to set up another app."));

        // The codes and the settings that go with them: all stored, or none.
        QSqlDatabase db = m_database->connection();
        QString reason;
        bool stored = db.transaction();
        for (auto it = extra.cbegin(); stored && it != extra.cend(); ++it)
            stored = SecuritySettings::writeIn(db, it.key(), it.value(), &reason);
        stored = stored && RecoveryCodes::replaceIn(db, made.hashes, m_clock(), &reason) && db.commit();
        if (!stored) {
            if (reason.isEmpty())
                reason = db.lastError().text();
            db.rollback();
            return done(false, TwoFactorJob::Status::Failed,
                tr("Cairn could not save the two-factor settings (%1); check the disk and try again.")
                    .arg(reason));
        }
        job->m_recoveryCodes = made.codes;
        job->m_recoveryCodesLeft = int(made.codes.size());
        done(true, TwoFactorJob::Status::Ok, QString());
    });
}

TwoFactorJob *TwoFactor::regenerateRecoveryCodes(const QString &code)
{
    auto *job = new TwoFactorJob(this);
    if (!isEnabled()) {
        job->finishLater(
            TwoFactorJob::Status::NotEnabled, tr("Two-factor sign-in is off; it has no recovery codes."));
        return job;
    }
    verify(job, code, [this, job] {
        storeNewRecoveryCodes(job, {}, [this](bool stored) {
            if (stored)
                AuditLog(m_database)
                    .append(QStringLiteral("twofactor.recovery_codes"), QStringLiteral("replaced"));
        });
    });
    return job;
}

int TwoFactor::recoveryCodesLeft() const
{
    return RecoveryCodes(m_database).remaining();
}

void TwoFactor::verify(TwoFactorJob *job, const QString &code, std::function<void()> then)
{
    const AppLock lock(m_database, m_clock);
    const AppLock::Outcome reserved = lock.reserveAttempt();
    if (!reserved.ok()) {
        job->m_nextAttemptAllowedAt = reserved.nextAttemptAllowedAt;
        job->finishLater(reserved.status == AppLock::Status::TooSoon ? TwoFactorJob::Status::TooSoon
                                                                     : TwoFactorJob::Status::Failed,
            reserved.message);
        return;
    }
    if (RecoveryCodes::looksLikeCode(code)) {
        // bcrypt against the stored hashes: on the security thread, with a database of its own.
        runOnSecurityPool([path = m_database->path(), code] {
            UsedCode result;
            StoreError error;
            std::shared_ptr<Database> db = Database::open(path, &error);
            if (db) {
                RecoveryCodes codes(db);
                result.used = codes.consume(code, &error);
                result.left = codes.remaining();
            }
            result.error = error.message;
            return result;
        }).then(job, [this, job, then = std::move(then)](const UsedCode &result) {
            // Built here, not captured: the continuation may be destroyed on the worker thread,
            // and must not hold the last reference to this thread's database.
            const AppLock sameLock(m_database, m_clock);
            if (!result.error.isEmpty()) {
                job->finishLater(TwoFactorJob::Status::Failed, result.error);
                return;
            }
            if (!result.used) {
                AuditLog(m_database)
                    .append(QStringLiteral("twofactor.recovery_code"), QString(),
                        QStringLiteral("wrong or used code"));
                job->m_nextAttemptAllowedAt = sameLock.nextAttemptAllowedAt();
                job->finishLater(TwoFactorJob::Status::WrongCode,
                    tr("The recovery code is wrong or was already used; type another of your recovery "
                       "codes."));
                return;
            }
            if (StoreError error = sameLock.clearFailures()) {
                job->finishLater(TwoFactorJob::Status::Failed, error.message);
                return;
            }
            AuditLog(m_database)
                .append(QStringLiteral("twofactor.recovery_code"), QString(),
                    QStringLiteral("ok, %1 left").arg(result.left));
            job->m_usedRecoveryCode = true;
            job->m_recoveryCodesLeft = result.left;
            then();
        });
        return;
    }

    const QString reference
        = SecuritySettings(m_database).value(SecuritySettings::TotpSecretRefKey).value_or(QString());
    onFinished(
        m_secrets->read(reference), job, [this, job, code, lock, then = std::move(then)](SecretJob *read) {
            if (!read->ok()) {
                job->finishLater(TwoFactorJob::Status::Failed, read->errorString());
                return;
            }
            const SecureBytes secret = read->takeData();
            const qint64 last = SecuritySettings(m_database).integer(SecuritySettings::TotpLastStepKey, -1);
            const std::optional<qint64> step = Totp::verify(secret.view(), code, nowSeconds(), last);
            QString reason;
            if (!step || !claimStep(*step, &reason)) {
                if (!reason.isEmpty()) {
                    job->finishLater(TwoFactorJob::Status::Failed,
                        tr("Cairn could not record the code (%1); check the disk and try again.")
                            .arg(reason));
                    return;
                }
                AuditLog(m_database)
                    .append(QStringLiteral("twofactor.check"), QString(), QStringLiteral("wrong code"));
                job->m_nextAttemptAllowedAt = lock.nextAttemptAllowedAt();
                job->finishLater(TwoFactorJob::Status::WrongCode, wrongCodeSentence());
                return;
            }
            if (StoreError error = lock.clearFailures()) {
                job->finishLater(TwoFactorJob::Status::Failed, error.message);
                return;
            }
            then();
        });
}

TwoFactorJob *TwoFactor::check(const QString &code)
{
    auto *job = new TwoFactorJob(this);
    if (!isEnabled()) {
        job->finishLater(
            TwoFactorJob::Status::NotEnabled, tr("Two-factor sign-in is off; there is no code to check."));
        return job;
    }
    verify(job, code, [this, job] {
        AuditLog(m_database).append(QStringLiteral("twofactor.check"), QString());
        job->finishLater(TwoFactorJob::Status::Ok);
    });
    return job;
}

TwoFactorJob *TwoFactor::disable(const QString &code)
{
    auto *job = new TwoFactorJob(this);
    if (!isEnabled()) {
        job->finishLater(TwoFactorJob::Status::NotEnabled, tr("Two-factor sign-in is already off."));
        return job;
    }
    verify(job, code, [this, job] {
        const QString reference
            = SecuritySettings(m_database).value(SecuritySettings::TotpSecretRefKey).value_or(QString());
        // The settings first: once they are gone two-factor is off, even if the keychain then fails.
        QSqlDatabase db = m_database->connection();
        QString reason;
        const bool removed = db.transaction()
            && SecuritySettings::writeIn(db, SecuritySettings::TotpSecretRefKey, std::nullopt, &reason)
            && SecuritySettings::writeIn(db, SecuritySettings::TotpLastStepKey, std::nullopt, &reason)
            && RecoveryCodes::clearIn(db, &reason) && db.commit();
        if (!removed) {
            if (reason.isEmpty())
                reason = db.lastError().text();
            db.rollback();
            job->finishLater(TwoFactorJob::Status::Failed,
                tr("Cairn could not turn two-factor sign-in off (%1); check the disk and try again.")
                    .arg(reason));
            return;
        }
        AuditLog(m_database).append(QStringLiteral("twofactor.disable"), QString());
        onFinished(m_secrets->remove(reference), job,
            [job](SecretJob *) { job->finishLater(TwoFactorJob::Status::Ok); });
    });
    return job;
}

} // namespace cairn
