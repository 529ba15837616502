#include "security/AuditFilter.h"

namespace cairn {

bool AuditFilter::matches(const AuditEntry &entry) const
{
    if (clientId != 0 && entry.clientId != clientId)
        return false;
    if (from.isValid() && entry.at < from)
        return false;
    if (to.isValid() && entry.at > to)
        return false;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString *haystack : { &entry.action, &entry.object, &entry.outcome, &entry.actor })
        if (haystack->contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

QList<AuditEntry> AuditFilter::apply(const QList<AuditEntry> &entries) const
{
    QList<AuditEntry> kept;
    for (const AuditEntry &e : entries)
        if (matches(e))
            kept.append(e);
    return kept;
}

} // namespace cairn
