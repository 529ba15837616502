#pragma once
// Backup jobs: what to back up from which server into which storage target.

#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <memory>
#include <optional>

namespace cairn {

class JobRepository final {
    Q_DECLARE_TR_FUNCTIONS(cairn::JobRepository)

public:
    explicit JobRepository(std::shared_ptr<Database> database);
    // clientId 0: every client's jobs.
    QList<Job> list(qint64 clientId, StoreError *error = nullptr) const;
    // Refuses a job whose server or storage belongs to another client than the job.
    qint64 insert(const Job &job, StoreError *error);

    // Additions for backup jobs (spec_json holds a core/backup JobSpec).
    // Inserts with the job's spec; the same ownership rule as insert().
    qint64 insert(const Job &job, const QByteArray &specJson, StoreError *error);
    // clientId 0: any client (the name must then be unique across clients; see *ambiguous).
    std::optional<Job> find(qint64 clientId, const QString &name, bool *ambiguous = nullptr) const;
    std::optional<Job> findById(qint64 id) const;
    QByteArray specJson(qint64 jobId) const;
    StoreError setSpecJson(qint64 jobId, const QByteArray &specJson);
    // Saves an edited job (name, server, storage, kind, spec; its client stays): the same ownership
    // rule as insert().
    StoreError update(const Job &job, const QByteArray &specJson);
    // Removes the job and its run history; backups already stored stay listed (and in the bucket).
    StoreError remove(qint64 jobId);

private:
    StoreError checkOwners(const Job &job) const;

    std::shared_ptr<Database> m_database;
};

} // namespace cairn
