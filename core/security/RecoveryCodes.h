#pragma once
// Ten single-use recovery codes for two-factor sign-in ("7KQM-X2HP-9TWC"), shown once and
// stored only as bcrypt hashes in the recovery_codes table.
//
// Why bcrypt (cost 10) and not salted SHA-256: a code has 12 symbols from a 31-symbol alphabet,
// ~59 bits from the CSPRNG. Against a copy of the SQLite file, salted SHA-256 would leave
// 2^59 guesses per code, about a GPU-year today and falling; bcrypt at cost 10 multiplies each
// guess by ~50 ms of CPU, which puts the search far out of reach. Cost 10 rather than the master
// password's 12 because the codes are random, not chosen by a person: checking one typed code
// against up to ten hashes then stays under a second (on the security thread, never the GUI's).

#include "secrets/SecureBytes.h"
#include "store/Database.h"

#include <QStringList>
#include <memory>

namespace cairn {

class RecoveryCodes final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RecoveryCodes)

public:
    static constexpr int Count = 10;
    static constexpr int Groups = 3;
    static constexpr int GroupLength = 4;
    static constexpr int HashCost = 10;
    // No 0/O, 1/I/L: nothing to confuse when reading a printed code.
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    explicit RecoveryCodes(std::shared_ptr<Database> database);

    // Count fresh codes ("XXXX-XXXX-XXXX"), uniformly drawn with RAND_bytes; empty on failure.
    static QStringList generate(QString *error = nullptr);
    // The code's 12 symbols in upper case without spaces and dashes, or empty when text cannot be
    // a recovery code (wrong length, a symbol outside the alphabet).
    static SecureBytes normalize(QStringView text);
    static bool looksLikeCode(QStringView text) { return !normalize(text).isEmpty(); }
    // bcrypt hashes of the normalized codes (slow: ~50 ms each); empty on failure.
    static QList<QByteArray> hashAll(const QStringList &codes, QString *error = nullptr);

    // Within a transaction the caller holds on db: replace every stored code, or remove them all.
    static bool replaceIn(QSqlDatabase &db, const QList<QByteArray> &hashes, qint64 nowMs, QString *reason);
    static bool clearIn(QSqlDatabase &db, QString *reason);

    // Uses up the unused code that matches: true at most once per code, even when two processes
    // try the same code at once. Slow (bcrypt); call it from a worker thread.
    bool consume(QStringView code, StoreError *error = nullptr) const;
    int remaining() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
