#pragma once
// The audit log: append-only entries (time, who, action, object, outcome). Each entry carries
// the SHA-256 of the previous entry's hash and its own fields, so an edited, inserted or
// removed entry breaks the chain and verify() names where. (SQLite triggers also refuse
// UPDATE and DELETE; the chain catches edits made around Cairn, with another SQLite tool.)

#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace cairn {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString object;
    QString outcome;
    qint64 clientId = 0;
    QString previousHash;
    QString hash;
};

class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(cairn::AuditLog)

public:
    explicit AuditLog(std::shared_ptr<Database> database);

    // Appends one entry; returns its id or 0 with *error set. actor defaults to the OS user.
    qint64 append(const QString &action, const QString &object, const QString &outcome = QStringLiteral("ok"),
        qint64 clientId = 0, StoreError *error = nullptr, const QString &actor = QString());

    QList<AuditEntry> entries(qint64 clientId = 0, int limit = 1000) const;

    struct Verification {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadId = 0; // 0 when intact
        QString message; // one sentence
    };
    Verification verify() const;

    static QString hashOf(const AuditEntry &entry);
    static QString currentUser();

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
