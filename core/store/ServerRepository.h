#pragma once
// Servers (hosts Cairn backs up), each with its pinned host key.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>

namespace cairn {

class ServerRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::ServerRepository)

public:
    explicit ServerRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's servers.
    QList<Server> list(qint64 clientId, StoreError *error = nullptr) const;
    // Inserts a row as given (validation belongs to the caller); returns its id or 0 with *error.
    qint64 insert(const Server &server, StoreError *error);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
