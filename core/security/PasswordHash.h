#pragma once
// bcrypt ("$2b$") password hashes through libcrypt, for the master password and recovery codes.
// Hashing is slow on purpose (cost 12 takes ~0.2 s of CPU here): call it from a worker thread.

#include "secrets/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cairn {

class PasswordHash final {
    Q_DECLARE_TR_FUNCTIONS(cairn::PasswordHash)

public:
    static constexpr int MinimumCost = 4; // bcrypt's own floor; callers set their own, higher one
    static constexpr int MaximumCost = 31;
    // bcrypt reads at most 72 bytes of a password; longer ones are refused rather than cut short.
    static constexpr qsizetype MaximumPasswordBytes = 72;

    // A "$2b$NN$<22 salt><31 hash>" string, or an empty array with *error set. The 16 bytes of
    // salt come from OpenSSL's RAND_bytes. A password with a NUL byte is refused (C strings).
    static QByteArray hash(const SecureBytes &password, int cost, QString *error = nullptr);

    // True when password matches hash; the result strings are compared in constant time.
    // Anything that is not a well-formed "$2b$" hash verifies nothing.
    static bool verify(const SecureBytes &password, const QByteArray &hash);

    // "$2b$", a two-digit cost in range and 53 characters of bcrypt's base-64.
    static bool isWellFormed(const QByteArray &hash);
    // The cost of a well-formed hash, else 0.
    static int costOf(const QByteArray &hash);

    // One sentence when the password cannot be hashed (empty, too long, NUL byte), else empty.
    static QString validate(const SecureBytes &password);
};

} // namespace cairn
