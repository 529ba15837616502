#pragma once
// A fresh database at path with one client, server and storage target and n jobs, for tests of
// what the scheduler keeps in the store.

#include "store/ClientRepository.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QList>
#include <memory>

namespace cairn::test {

inline std::shared_ptr<Database> databaseWithJobs(const QString &path, int n, QList<qint64> *jobIds)
{
    StoreError error;
    auto db = Database::open(path, &error);
    if (!db) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    const qint64 client = ClientRepository(db).add(QStringLiteral("Acme"), QString(), &error);
    Server server;
    server.clientId = client;
    server.name = QStringLiteral("web1");
    server.host = QStringLiteral("web1.example.com");
    server.username = QStringLiteral("backup");
    const qint64 serverId = ServerRepository(db).insert(server, &error);
    StorageTarget target;
    target.clientId = client;
    target.name = QStringLiteral("bucket");
    target.provider = QStringLiteral("minio");
    target.endpoint = QStringLiteral("http://127.0.0.1:9000");
    target.region = QStringLiteral("us-east-1");
    target.bucket = QStringLiteral("b");
    target.accessKeyId = QStringLiteral("AKIA");
    target.secretRef = QStringLiteral("ref-") + path;
    const qint64 storageId = StorageRepository(db).insert(target, &error);
    for (int i = 0; i < n; ++i) {
        Job job;
        job.clientId = client;
        job.name = QStringLiteral("job %1").arg(i);
        job.serverId = serverId;
        job.storageId = storageId;
        job.kind = QStringLiteral("files");
        jobIds->append(JobRepository(db).insert(job, &error));
        if (error) {
            qWarning("%s", qPrintable(error.message));
            return nullptr;
        }
    }
    return db;
}

} // namespace cairn::test
