#include "security/AuditCsv.h"

namespace cairn {

QString AuditCsv::field(const QString &rawValue)
{
    // A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...),
    // +cmd|...): a server or client name is typed by whoever set it up, so such a cell gets a
    // leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const QString value = !rawValue.isEmpty() && formulaStart.contains(rawValue.front())
        ? QLatin1Char('\'') + rawValue
        : rawValue;
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray AuditCsv::encode(const QList<AuditEntry> &entries)
{
    QString text = QStringLiteral("id,time_utc,actor,action,object,outcome,client_id,hash\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList fields { QString::number(e.id), e.at.toUTC().toString(Qt::ISODateWithMs), e.actor,
            e.action, e.object, e.outcome, QString::number(e.clientId), e.hash };
        QStringList row;
        row.reserve(fields.size());
        for (const QString &f : fields)
            row.append(field(f));
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace cairn
