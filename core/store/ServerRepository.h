#pragma once
// Servers (hosts Cairn backs up), each with its pinned host key.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>
#include <optional>

namespace cairn {

class ServerRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ServerRepository)

public:
    explicit ServerRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's servers.
    QList<Server> list(qint64 clientId, StoreError *error = nullptr) const;
    // The name as stored (no trimming here: callers trim what a person typed), case-insensitive.
    std::optional<Server> find(qint64 clientId, const QString &name) const;
    std::optional<Server> findById(qint64 id) const;

    // Inserts a row as given, name untrimmed (checking input belongs to the caller); returns its
    // id or 0 with *error, which names a duplicate name in one sentence.
    qint64 insert(const Server &server, StoreError *error);
    // Saves name, host, port, user name and key of the row server.id. The pinned host key is not
    // touched here: changing it is pinHostKey(), a deliberate step of its own.
    StoreError update(const Server &server);
    // Refused while a job still backs up this server.
    StoreError remove(qint64 id);
    // Pins (or re-pins) the host key: type, blob, fingerprint and the time it was trusted.
    StoreError pinHostKey(qint64 id, const QString &type, const QByteArray &blob, const QString &fingerprint);
    StoreError setPreflight(qint64 id, const QString &json);
    // How many jobs back up this server.
    int jobsUsing(qint64 id) const;

    // One sentence when name cannot be a server's name, else empty.
    static QString validateName(const QString &name);

private:
    StoreError refuseDuplicate(qint64 clientId, const QString &name, qint64 exceptId) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cairn
