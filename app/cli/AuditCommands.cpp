// cairn-cli audit list|verify|export: read the append-only audit log, check its hash chain and
// export it as CSV (RFC 4180).
#include "cli/CliCommand.h"
#include "cli/ClientChoice.h"
#include "security/AuditCsv.h"
#include "security/AuditFilter.h"
#include "security/AuditLog.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <tuple>

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

// An ISO 8601 date or date and time; a bare date means its whole day (from its start, to its end).
std::optional<QDateTime> parseTime(const QString &text, bool endOfDay)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = endOfDay ? day.endOfDay() : day.startOfDay();
    }
    return at;
}

int exportAudit(Invocation &in)
{
    auto db = in.openDatabase();
    if (!db)
        return Failure;
    const std::optional<qint64> clientId = clientFilter(in, db);
    if (!clientId)
        return Failure;
    AuditFilter filter;
    filter.clientId = *clientId;
    filter.text = in.parser.value(QStringLiteral("contains"));
    for (const auto &[option, endOfDay, target] :
        { std::tuple { QStringLiteral("since"), false, &filter.from },
            std::tuple { QStringLiteral("until"), true, &filter.to } }) {
        if (!in.parser.isSet(option))
            continue;
        const std::optional<QDateTime> at = parseTime(in.parser.value(option), endOfDay);
        if (!at)
            return in.usage(CliText::tr("--%1 takes a date or time like 2026-11-29 or 2026-11-29T14:00; "
                                        "correct it and try again.")
                                .arg(option));
        *target = *at;
    }
    // Oldest first, as a reviewer reads a log.
    QList<AuditEntry> entries = filter.apply(AuditLog(db).entries(filter.clientId, 10000000));
    std::reverse(entries.begin(), entries.end());
    const QByteArray csv = AuditCsv::encode(entries);
    const QString path = in.parser.value(QStringLiteral("csv"));
    if (path.isEmpty() || path == QLatin1String("-")) {
        in.out.flush();
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write(csv) != csv.size() || !file.flush())
        return in.fail(CliText::tr("Cairn could not write %1 (%2); choose another place.")
                           .arg(shown(path), file.errorString()));
    in.out << CliText::tr("Wrote %n audit log entries to %1.", nullptr, int(entries.size())).arg(shown(path))
           << Qt::endl;
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
        Command { QStringLiteral("audit"), QStringLiteral("export"),
            CliText::tr("Write the audit log as CSV, oldest first (to standard output without --csv)."), {},
            { QCommandLineOption(QStringList { QStringLiteral("csv") },
                  CliText::tr("Write the CSV to this file (mode 0600) instead of standard output."),
                  CliText::tr("file")),
                QCommandLineOption(QStringList { QStringLiteral("client") },
                    CliText::tr("Only this client's entries."), CliText::tr("name")),
                QCommandLineOption(QStringList { QStringLiteral("since") },
                    CliText::tr("Only entries at or after this date or time (ISO 8601)."),
                    CliText::tr("time")),
                QCommandLineOption(QStringList { QStringLiteral("until") },
                    CliText::tr("Only entries at or before this date or time (ISO 8601)."),
                    CliText::tr("time")),
                QCommandLineOption(QStringList { QStringLiteral("contains") },
                    CliText::tr("Only entries whose action, object, outcome or actor contain this text."),
                    CliText::tr("text")) },
            false, exportAudit },
    };
}

} // namespace cairn::cli
