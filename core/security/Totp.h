#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) as Google Authenticator and
// compatible apps use them: HMAC-SHA1, 6 digits, 30-second steps, base32 secrets of 160 bits.
// Pure functions; where the secret is kept (the keychain) and which step was used last (the
// settings table) is TwoFactor's business.

#include "secrets/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cairn {

class Totp final {
    Q_DECLARE_TR_FUNCTIONS(cairn::Totp)

public:
    static constexpr int Digits = 6;
    static constexpr int PeriodSeconds = 30;
    static constexpr int SecretBytes = 20; // 160 bits, RFC 4226's recommended length
    static constexpr int DriftSteps = 1; // accept the step before and after, for clock skew

    // RFC 4226: the code for counter, digits 6 to 8, zero-padded. Empty for other digit counts.
    static QString hotp(QByteArrayView key, quint64 counter, int digits = Digits);
    // RFC 6238 with T0 = 0: the step that unixSeconds falls in (negative times give step 0).
    static qint64 stepAt(qint64 unixSeconds, int periodSeconds = PeriodSeconds);
    static QString codeAt(QByteArrayView key, qint64 unixSeconds, int digits = Digits);

    // The step a code belongs to when it is right for unixSeconds give or take DriftSteps and
    // newer than lastUsedStep (a step once accepted is never accepted again), else nullopt.
    // Spaces in the code are ignored ("123 456"); anything but 6 digits is refused. Every
    // candidate is compared in constant time.
    static std::optional<qint64> verify(
        QByteArrayView key, QStringView code, qint64 unixSeconds, qint64 lastUsedStep = -1);

    // 20 bytes from OpenSSL's RAND_bytes; empty if the generator failed.
    static SecureBytes generateSecret();

    // RFC 4648 base32, upper case, without padding (as authenticator apps expect).
    static SecureBytes base32Encode(QByteArrayView bytes);
    // Accepts lower case, spaces and padding; nullopt for anything else.
    static std::optional<SecureBytes> base32Decode(QByteArrayView text);

    // otpauth://totp/Cairn:<label>?secret=...&issuer=Cairn&algorithm=SHA1&digits=6&period=30
    // with the label percent-encoded (UTF-8). Holds the secret: wiped like one.
    static SecureBytes otpauthUri(const QString &label, const SecureBytes &secret);
};

} // namespace cairn
