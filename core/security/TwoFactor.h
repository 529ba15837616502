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

#include <QMap>
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
    // keychain, its reference and the accepted step to the settings table, and ten fresh
    // recovery codes (job->recoveryCodes(), to be shown once) are stored as hashes.
    TwoFactorJob *complete(Enrolment enrolment, const QString &code);
    // The second step of unlocking. Every code argument below takes either a current code from
    // the app or an unused recovery code (which is then used up). Subject to the back-off.
    TwoFactorJob *check(const QString &code);
    // Turns two-factor off: removes the secret from the keychain and every recovery code.
    TwoFactorJob *disable(const QString &code);
    // Ten new recovery codes; the old ones stop working.
    TwoFactorJob *regenerateRecoveryCodes(const QString &code);

    int recoveryCodesLeft() const;

private:
    qint64 nowSeconds() const;
    // Checks code under the back-off; runs then(job) on success, else finishes job.
    void verify(TwoFactorJob *job, const QString &code, std::function<void()> then);
    bool claimStep(qint64 step, QString *reason) const;
    // Makes and hashes new recovery codes on the security thread, then stores them with extra
    // (settings written in the same transaction) and finishes job.
    void storeNewRecoveryCodes(TwoFactorJob *job, QMap<QString, std::optional<QString>> extra,
        std::function<void(bool stored)> after = {});

    std::shared_ptr<Database> m_database;
    SecretStore *m_secrets;
    AppLock::Clock m_clock;
};

} // namespace cairn
