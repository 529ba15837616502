#include "security/RecoveryCodes.h"

#include "security/PasswordHash.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <string>

namespace cairn {

namespace {
constexpr int alphabetSize = int(sizeof(RecoveryCodes::Alphabet)) - 1;
constexpr int symbols = RecoveryCodes::Groups * RecoveryCodes::GroupLength;
} // namespace

RecoveryCodes::RecoveryCodes(std::shared_ptr<Database> database) : m_database(std::move(database)) { }

QStringList RecoveryCodes::generate(QString *error)
{
    QStringList codes;
    while (codes.size() < Count) {
        QString code;
        int drawn = 0;
        while (drawn < symbols) {
            unsigned char byte = 0;
            if (RAND_bytes(&byte, 1) != 1) {
                if (error)
                    *error = tr("The system's random number generator failed; try again.");
                return {};
            }
            // Rejection sampling: only bytes below the largest multiple of the alphabet size, so
            // every symbol is equally likely.
            if (byte >= 256 - 256 % alphabetSize)
                continue;
            if (drawn > 0 && drawn % GroupLength == 0)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(Alphabet[byte % alphabetSize]));
            ++drawn;
        }
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

SecureBytes RecoveryCodes::normalize(QStringView text)
{
    QByteArray out;
    out.reserve(symbols);
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const char upper = c.unicode() < 128 ? char(QChar::toUpper(c.unicode())) : '\0';
        if (upper == '\0' || !std::char_traits<char>::find(Alphabet, alphabetSize, upper)
            || out.size() >= symbols) {
            SecureBytes::wipe(out);
            return {};
        }
        out.append(upper);
    }
    if (out.size() != symbols) {
        SecureBytes::wipe(out);
        return {};
    }
    return SecureBytes::takeFrom(out);
}

QList<QByteArray> RecoveryCodes::hashAll(const QStringList &codes, QString *error)
{
    QList<QByteArray> hashes;
    for (const QString &code : codes) {
        const SecureBytes normalized = normalize(code);
        const QByteArray hash
            = normalized.isEmpty() ? QByteArray() : PasswordHash::hash(normalized, HashCost, error);
        if (hash.isEmpty())
            return {};
        hashes.append(hash);
    }
    return hashes;
}

bool RecoveryCodes::clearIn(QSqlDatabase &db, QString *reason)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("DELETE FROM recovery_codes")))
        return true;
    *reason = query.lastError().text();
    return false;
}

bool RecoveryCodes::replaceIn(
    QSqlDatabase &db, const QList<QByteArray> &hashes, qint64 nowMs, QString *reason)
{
    if (!clearIn(db, reason))
        return false;
    for (const QByteArray &hash : hashes) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO recovery_codes (code_hash, created_at) VALUES (?, ?)"));
        insert.addBindValue(QString::fromLatin1(hash));
        insert.addBindValue(nowMs);
        if (!insert.exec()) {
            *reason = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool RecoveryCodes::consume(QStringView code, StoreError *error) const
{
    if (error)
        *error = StoreError::none();
    const SecureBytes normalized = normalize(code);
    if (normalized.isEmpty())
        return false;

    QSqlDatabase db = m_database->connection();
    QList<std::pair<qint64, QByteArray>> unused;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT id, code_hash FROM recovery_codes WHERE used_at IS NULL ORDER BY id"))) {
            if (error)
                *error = StoreError::fail(
                    tr("Cairn could not read the recovery codes (%1); check the disk and try again.")
                        .arg(query.lastError().text()));
            return false;
        }
        while (query.next())
            unused.append({ query.value(0).toLongLong(), query.value(1).toString().toLatin1() });
    }
    for (const auto &[id, hash] : std::as_const(unused)) {
        if (!PasswordHash::verify(normalized, hash))
            continue;
        // The condition on used_at makes the use atomic: of two processes, one changes the row.
        QSqlQuery use(db);
        use.prepare(QStringLiteral("UPDATE recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"));
        use.addBindValue(QDateTime::currentMSecsSinceEpoch());
        use.addBindValue(id);
        if (!use.exec()) {
            if (error)
                *error = StoreError::fail(
                    tr("Cairn could not record the recovery code's use (%1); check the disk "
                       "and try again.")
                        .arg(use.lastError().text()));
            return false;
        }
        return use.numRowsAffected() == 1;
    }
    return false;
}

int RecoveryCodes::remaining() const
{
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM recovery_codes WHERE used_at IS NULL"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace cairn
