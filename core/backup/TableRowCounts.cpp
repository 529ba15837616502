#include "backup/TableRowCounts.h"

#include <QJsonArray>
#include <QSet>

namespace cairn {

qsizetype TableRowCounts::countedTables() const
{
    qsizetype counted = 0;
    for (const Table &table : tables)
        counted += table.rows.has_value() ? 1 : 0;
    return counted;
}

QJsonObject TableRowCounts::toJson() const
{
    QJsonArray list;
    for (const Table &table : tables)
        list.append(QJsonObject { { QStringLiteral("table"), table.name },
            { QStringLiteral("rows"), table.rows ? QJsonValue(*table.rows) : QJsonValue() } });
    return QJsonObject { { QStringLiteral("consistency"), consistency }, { QStringLiteral("tables"), list } };
}

std::optional<TableRowCounts> TableRowCounts::fromManifest(const QJsonObject &manifest)
{
    const QJsonValue value = manifest.value(QStringLiteral("rowCounts"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    TableRowCounts counts;
    counts.consistency = object.value(QStringLiteral("consistency")).toString();
    for (const QJsonValue entry : object.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = entry.toObject();
        const QJsonValue rows = table.value(QStringLiteral("rows"));
        Table t;
        t.name = table.value(QStringLiteral("table")).toString();
        // A JSON number is a double: counts beyond 2^53 are not exact, and none is that large.
        if (rows.isDouble() && rows.toDouble() >= 0)
            t.rows = qint64(rows.toDouble());
        counts.tables.append(t);
    }
    return counts;
}

std::optional<TableRowCounts::Mismatch> TableRowCounts::compare(
    const TableRowCounts &recorded, const QMap<QString, qint64> &restored)
{
    QSet<QString> known;
    for (const Table &table : recorded.tables) {
        known.insert(table.name);
        const auto it = restored.constFind(table.name);
        if (it == restored.cend())
            return Mismatch { Mismatch::Kind::Missing, table.name, table.rows.value_or(0), 0 };
        if (table.rows && *table.rows != it.value())
            return Mismatch { Mismatch::Kind::Rows, table.name, *table.rows, it.value() };
    }
    for (auto it = restored.cbegin(); it != restored.cend(); ++it) {
        if (!known.contains(it.key()))
            return Mismatch { Mismatch::Kind::Unexpected, it.key(), 0, it.value() };
    }
    return std::nullopt;
}

} // namespace cairn
