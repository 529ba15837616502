#pragma once
// The rows of each table of a database backup, as backup.sh counted them next to the dump, kept in
// the manifest ("rowCounts") so a restore drill can check the scratch database it loaded against
// what the dump held. Table names are "schema.table" (PostgreSQL) or "database.table" (MariaDB).

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cairn {

struct TableRowCounts final {
    struct Table {
        QString name;
        // Empty when the table changed while the backup ran, so no count describes the dump.
        std::optional<qint64> rows;
    };
    struct Mismatch {
        enum class Kind {
            Missing, // recorded, not restored
            Unexpected, // restored, never recorded
            Rows, // both, with other row counts
        };
        Kind kind = Kind::Rows;
        QString table;
        qint64 recorded = 0;
        qint64 restored = 0;
    };

    // "snapshot": counted inside the dump's own snapshot (exact); "before-and-after": counted in a
    // consistent snapshot right before and right after the dump, kept only where both agree.
    QString consistency;
    QList<Table> tables;

    // How many tables carry a count.
    qsizetype countedTables() const;
    QJsonObject toJson() const;
    // Empty when the manifest has no counts (an older backup, or the host could not count).
    static std::optional<TableRowCounts> fromManifest(const QJsonObject &manifest);
    // The first difference between what was recorded and what a restore holds (table name -> rows),
    // empty when they agree: every recorded table restored, with its count where one was recorded,
    // and no table that the backup did not record.
    static std::optional<Mismatch> compare(
        const TableRowCounts &recorded, const QMap<QString, qint64> &restored);
};

} // namespace cairn
