#pragma once
// Runs (backups, restores, verifies) and their events. History grows large: read it in pages.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <QMap>
#include <memory>

namespace cairn {

class RunRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::RunRepository)

public:
    explicit RunRepository(std::shared_ptr<Database> database);
    // Newest first; clientId 0 for every client. Pages keep the first screen fast on large histories.
    QList<Run> recent(qint64 clientId, int limit, int offset = 0, StoreError *error = nullptr) const;
    qint64 count(qint64 clientId) const;
    // How many jobs have each status as their latest run's status; jobs that never ran count under
    // an empty status. clientId 0 for every client. One index seek per job, not a scan of the history.
    QMap<QString, int> latestStatusCounts(qint64 clientId, StoreError *error = nullptr) const;
    qint64 insert(const Run &run, StoreError *error);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
