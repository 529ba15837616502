#pragma once
// The rows of the settings table that the app lock and two-factor use. Values are never
// secrets: a bcrypt hash, counters, times and keychain references.

#include "store/Database.h"

#include <QMap>
#include <memory>
#include <optional>

namespace cairn {

class SecuritySettings final {
    Q_DECLARE_TR_FUNCTIONS(cairn::SecuritySettings)

public:
    // Keys. Named after what they hold so a reader of the SQLite file knows none is a secret.
    static inline const QString PasswordHashKey = QStringLiteral("lock.password_hash");
    static inline const QString FailedAttemptsKey = QStringLiteral("lock.failed_attempts");
    static inline const QString NextAttemptAtKey = QStringLiteral("lock.next_attempt_at_ms");
    static inline const QString IdleMinutesKey = QStringLiteral("lock.idle_minutes");
    static inline const QString TotpSecretRefKey = QStringLiteral("twofactor.secret_ref");
    static inline const QString TotpLastStepKey = QStringLiteral("twofactor.last_used_step");

    explicit SecuritySettings(std::shared_ptr<Database> database);

    std::optional<QString> value(const QString &key, StoreError *error = nullptr) const;
    qint64 integer(const QString &key, qint64 fallback = 0) const;

    // Writes (nullopt removes) every key in one transaction: all or nothing.
    StoreError write(const QMap<QString, std::optional<QString>> &values);
    StoreError set(const QString &key, const QString &value) { return write({ { key, value } }); }

    std::shared_ptr<Database> database() const { return m_database; }

    // For callers that hold their own transaction on db: one upsert (or delete for nullopt).
    static bool writeIn(
        QSqlDatabase &db, const QString &key, const std::optional<QString> &value, QString *reason);
    static std::optional<QString> readIn(QSqlDatabase &db, const QString &key);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
