#pragma once
// Narrows audit log entries for the viewer and `cairn-cli audit export`: one client, a time range
// and a piece of text found in the action, object, outcome or actor (case-insensitive).

#include "security/AuditLog.h"

namespace cairn {

struct AuditFilter {
    qint64 clientId = 0; // 0: every client (and entries that belong to none)
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound (inclusive)
    QString text;

    bool matches(const AuditEntry &entry) const;
    QList<AuditEntry> apply(const QList<AuditEntry> &entries) const;
};

} // namespace cairn
