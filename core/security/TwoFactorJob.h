#pragma once
// One two-factor operation (enrol, check, turn off). Keychain access and bcrypt make it
// asynchronous: finished() arrives once, in the thread that started it (it needs an event loop).
// The job is a child of the TwoFactor that made it; delete it (deleteLater) after finished().

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace cairn {

class TwoFactorJob final : public QObject {
    Q_OBJECT

public:
    enum class Status {
        Pending,
        Ok,
        WrongCode, // a wrong, expired or already used code
        TooSoon, // back-off after wrong attempts: see nextAttemptAllowedAt()
        AlreadyEnabled,
        NotEnabled,
        Failed, // keychain or store failure: see errorString()
    };
    Q_ENUM(Status)

    explicit TwoFactorJob(QObject *parent) : QObject(parent) { }

    Status status() const { return m_status; }
    bool ok() const { return m_status == Status::Ok; }
    bool isFinished() const { return m_status != Status::Pending; }
    // One sentence for a person; empty on success.
    QString errorString() const { return m_errorString; }
    QDateTime nextAttemptAllowedAt() const { return m_nextAttemptAllowedAt; }
    // After enrolment: the recovery codes, to be shown once and never again.
    QStringList recoveryCodes() const { return m_recoveryCodes; }
    // True when a recovery code (not a current code) was accepted, and how many are left.
    bool usedRecoveryCode() const { return m_usedRecoveryCode; }
    int recoveryCodesLeft() const { return m_recoveryCodesLeft; }

Q_SIGNALS:
    void finished(cairn::TwoFactorJob *job);

private:
    friend class TwoFactor;
    // Emits finished() from the event loop, never inside the call that started the job.
    void finishLater(Status status, const QString &message = QString());

    Status m_status = Status::Pending;
    QString m_errorString;
    QDateTime m_nextAttemptAllowedAt;
    QStringList m_recoveryCodes;
    bool m_usedRecoveryCode = false;
    int m_recoveryCodesLeft = 0;
};

} // namespace cairn
