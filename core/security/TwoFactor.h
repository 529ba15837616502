#pragma once
// Two-factor sign-in for the app lock: a TOTP secret in the keychain (never in SQLite), the
// last accepted step in the settings table (no code works twice), and the back-off shared with
// the master password. Lives in the GUI thread; every operation is a TwoFactorJob.
//
// Enrolment: begin() makes a secret and its QR code, nothing is stored; complete() stores it
// only after a correct code from the person's app.

#include "secrets/SecureBytes.h"
#include "security/AppLock.h"
#include "security/QrCode.h"
#include "security/TwoFactorJob.h"
#include "store/Database.h"

#include <QObject>
#include <functional>
#include <memory>

namespace cairn {

class SecretStore;

class TwoFactor final : public QObject {
    Q_OBJECT

public:
    // secrets must outlive this object.
    TwoFactor(std::shared_ptr<Database> database, SecretStore *secrets, QObject *parent = nullptr);
    // Tests move time by hand.
    void setClock(AppLock::Clock clock);

    bool isEnabled() const;

    struct Enrolment {
        SecureBytes secret;
        SecureBytes uri; // otpauth://totp/Cairn:<label>?secret=...
        SecureBytes manualKey; // the base32 secret in groups of four, for typing it in by hand
        QrCode qrCode;
        bool isNull() const { return secret.isEmpty(); }
    };
    // A fresh 160-bit secret for label (the person or machine it is for). Nothing is stored.
    static Enrolment begin(const QString &label, QString *error = nullptr);

    // Stores the enrolment when code is right for its secret now: the secret goes to the
    // keychain, its reference and the accepted step to the settings table.
    TwoFactorJob *complete(Enrolment enrolment, const QString &code);
    // The second step of unlocking: a current code. Subject to the app lock's back-off.
    TwoFactorJob *check(const QString &code);
    // Turns two-factor off; needs a current code. Removes the secret from the keychain.
    TwoFactorJob *disable(const QString &code);

private:
    qint64 nowSeconds() const;
    // Checks code under the back-off; runs then(job) on success, else finishes job.
    void verify(TwoFactorJob *job, const QString &code, std::function<void()> then);
    bool claimStep(qint64 step, QString *reason) const;

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    AppLock::Clock m_clock;
};

} // namespace cairn
