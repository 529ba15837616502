#include "servers/PreflightJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cairn {

QString PreflightJson::statusName(PreflightCheck::Status status)
{
    switch (status) {
    case PreflightCheck::Status::Ok:
        return QStringLiteral("ok");
    case PreflightCheck::Status::Warning:
        return QStringLiteral("warning");
    case PreflightCheck::Status::Missing:
        return QStringLiteral("missing");
    case PreflightCheck::Status::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("unknown");
}

QJsonObject PreflightJson::toJson(const PreflightReport &report)
{
    QJsonArray checks;
    for (const PreflightCheck &check : report.checks()) {
        checks.append(QJsonObject { { QStringLiteral("id"), check.id },
            { QStringLiteral("title"), check.title }, { QStringLiteral("status"), statusName(check.status) },
            { QStringLiteral("required"), check.required }, { QStringLiteral("found"), check.found },
            { QStringLiteral("fix"), check.fixHint } });
    }
    return QJsonObject { { QStringLiteral("complete"), report.isComplete() },
        { QStringLiteral("passed"), report.passed() }, { QStringLiteral("os"), report.osName() },
        { QStringLiteral("checked_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("checks"), checks } };
}

QString PreflightJson::toText(const PreflightReport &report)
{
    return QString::fromUtf8(QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact));
}

} // namespace cairn
