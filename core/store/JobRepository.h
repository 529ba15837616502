#pragma once
// Backup jobs: what to back up from which server into which storage target.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>

namespace cairn {

class JobRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::JobRepository)

public:
    explicit JobRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's jobs.
    QList<Job> list(qint64 clientId, StoreError *error = nullptr) const;
    // Refuses a job whose server or storage belongs to another client than the job.
    qint64 insert(const Job &job, StoreError *error);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cairn
