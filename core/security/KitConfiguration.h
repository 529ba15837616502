#pragma once
// The configuration half of a recovery kit: the rows of the chosen clients (servers, keys,
// storage targets, provider accounts, jobs) as JSON, and their import into another database
// with fresh ids. No secret values: rows carry keychain references ("*_ref" columns), whose
// secrets travel beside the JSON (see RecoveryKit).
//
// {"kind": "cairn-recovery-kit", "version": 1, "schema_version": 2, "created_at": "...",
//  "cairn_version": "0.1.0", "tables": {"clients": [{"id": 1, "name": "...", ...}], ...}}
// A row is an object of column -> value; a BLOB is {"base64": "..."}.

#include "store/Database.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace cairn {

class KitConfiguration final {
    Q_DECLARE_TR_FUNCTIONS(cairn::KitConfiguration)

public:
    // In dependency order: a row only refers to rows of tables before it.
    static const QStringList &tables();

    // The rows of the clients with these ids (every client when the list is empty), or nullopt
    // with *error set (an unknown client id, a failed query).
    static std::optional<QJsonObject> collect(
        const std::shared_ptr<Database> &database, const QList<qint64> &clientIds, QString *error);

    // Every keychain reference the rows name, sorted: the secrets the kit must carry.
    static QStringList secretReferences(const QJsonObject &configuration);
    static QStringList clientNames(const QJsonObject &configuration);

    // One sentence when the object is not a configuration this version can import, else empty.
    static QString validate(const QJsonObject &configuration);

    // Inserts every row with new ids (references between rows follow) in one transaction. Refuses
    // and changes nothing when a client of the same name exists, or any row does not fit.
    // DryRun does all of it and rolls back: "would this import work?" before secrets are written.
    enum class Mode { Commit, DryRun };
    static StoreError importInto(const std::shared_ptr<Database> &database, const QJsonObject &configuration,
        Mode mode = Mode::Commit);
};

} // namespace cairn
