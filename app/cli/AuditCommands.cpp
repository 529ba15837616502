// cairn-cli audit list|verify: read the append-only audit log and check its hash chain.
#include "cli/CliCommand.h"
#include "security/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

namespace {

int listAudit(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const QList<AuditEntry> entries = AuditLog(db).entries(0, 1000);
    if (in.json) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array.append(QJsonObject { { QStringLiteral("id"), e.id },
                { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
                { QStringLiteral("actor"), e.actor }, { QStringLiteral("action"), e.action },
                { QStringLiteral("object"), e.object }, { QStringLiteral("outcome"), e.outcome },
                { QStringLiteral("hash"), e.hash } });
        in.printJson(QJsonDocument(array));
        return Success;
    }
    if (entries.isEmpty())
        in.out << CliText::tr("The audit log is empty.") << Qt::endl;
    for (const AuditEntry &e : entries) {
        QString object = e.object;
        object.replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QLatin1Char('\x1b'), QStringLiteral("\\e"));
        in.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(e.id)
                      .arg(e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.action, e.outcome, object);
    }
    in.out.flush();
    return Success;
}

int verifyAudit(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const AuditLog::Verification v = AuditLog(db).verify();
    if (!v.intact)
        return in.fail(v.message);
    in.out << v.message << Qt::endl;
    return Success;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        Command { QStringLiteral("audit"), QStringLiteral("list"),
            CliText::tr("Show the newest 1,000 audit log entries."), {}, {}, true, listAudit },
        Command { QStringLiteral("audit"), QStringLiteral("verify"),
            CliText::tr("Check that no audit log entry was edited, removed or inserted."), {}, {}, false,
            verifyAudit },
    };
}

} // namespace cairn::cli
