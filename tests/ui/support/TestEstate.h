#pragma once
// A real Cairn database in a temporary folder, filled through the repositories, for UI tests.
// Every add* returns the new id, or 0 with lastError() saying why (tests QVERIFY2 on it).

#include "store/ClientRepository.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StorageRepository.h"

#include <QStringList>
#include <QTemporaryDir>

namespace cairn::test {

// Names a person could type that must reach the screen unchanged: quotes, shell syntax, leading
// dashes, markup, non-Latin scripts, right-to-left text. No newlines: names are one line.
inline QStringList hostileNames()
{
    return {
        QStringLiteral("O'Brien \"Quoted\" Ltd"),
        QStringLiteral("$(rm -rf ~) `id` ; echo pwned"),
        QStringLiteral("--leading-dashes"),
        QStringLiteral("<b>not bold</b> & &amp;"),
        QStringLiteral("Müller & Söhne – 東京 😀"),
        QStringLiteral("شركة النسخ الاحتياطي"),
        QStringLiteral("mixed עברית and English"),
        QStringLiteral("  %1 %n %s \\x00 backslash\\  "),
    };
}

class TestEstate final {
public:
    TestEstate()
    {
        StoreError error;
        m_database = Database::open(m_dir.filePath(QStringLiteral("cairn test.sqlite")), &error);
        m_lastError = error.message;
    }

    bool isValid() const { return m_dir.isValid() && m_database != nullptr; }
    std::shared_ptr<Database> database() const { return m_database; }
    QString lastError() const { return m_lastError; }
    QString dir() const { return m_dir.path(); }

    qint64 addClient(const QString &name)
    {
        StoreError error;
        const qint64 id
            = ClientRepository(m_database).add(name, QStringLiteral("notes for %1").arg(name), &error);
        m_lastError = error.message;
        return id;
    }

    qint64 addServer(qint64 clientId, const QString &name, const QString &host = QStringLiteral("192.0.2.10"),
        int port = 22, const QString &fingerprint = QString())
    {
        Server server;
        server.clientId = clientId;
        server.name = name;
        server.host = host;
        server.port = port;
        server.username = QStringLiteral("backup");
        if (!fingerprint.isEmpty()) {
            server.hostKeyType = QStringLiteral("ssh-ed25519");
            server.hostKey = QByteArray(32, 'k');
            server.hostKeyFingerprint = fingerprint;
        }
        StoreError error;
        const qint64 id = ServerRepository(m_database).insert(server, &error);
        m_lastError = error.message;
        return id;
    }

    qint64 addStorage(qint64 clientId, const QString &name, const QString &bucket = QStringLiteral("bucket"),
        const QString &prefix = QString())
    {
        StorageTarget target;
        target.clientId = clientId;
        target.name = name;
        target.provider = QStringLiteral("s3");
        target.endpoint = QStringLiteral("https://s3.example.test");
        target.region = QStringLiteral("eu-test-1");
        target.bucket = bucket;
        target.prefix = prefix;
        target.accessKeyId = QStringLiteral("AKIATEST");
        target.secretRef = QStringLiteral("cairn/test/%1/%2").arg(clientId).arg(++m_secretCounter);
        StoreError error;
        const qint64 id = StorageRepository(m_database).insert(target, &error);
        m_lastError = error.message;
        return id;
    }

    qint64 addJob(qint64 clientId, const QString &name, qint64 serverId, qint64 storageId,
        const QString &kind = QStringLiteral("files"), const QString &schedule = QString(),
        bool enabled = true)
    {
        Job job;
        job.clientId = clientId;
        job.name = name;
        job.serverId = serverId;
        job.storageId = storageId;
        job.kind = kind;
        job.schedule = schedule;
        job.enabled = enabled;
        StoreError error;
        const qint64 id = JobRepository(m_database).insert(job, &error);
        m_lastError = error.message;
        return id;
    }

    qint64 addRun(
        qint64 jobId, const QString &status, const QDateTime &startedAt, const QString &message = QString())
    {
        Run run;
        run.jobId = jobId;
        run.status = status;
        run.startedAt = startedAt;
        run.finishedAt = startedAt.addSecs(95);
        run.bytesSource = 3'000'000;
        run.bytesStored = 1'000'000;
        run.message = message;
        StoreError error;
        const qint64 id = RunRepository(m_database).insert(run, &error);
        m_lastError = error.message;
        return id;
    }

    // count runs of one job, one minute apart, the newest at newest; in one transaction.
    bool addRuns(
        qint64 jobId, int count, const QDateTime &newest, const QString &status = QStringLiteral("succeeded"))
    {
        QSqlDatabase connection = m_database->connection();
        connection.transaction();
        for (int i = 0; i < count; ++i) {
            if (!addRun(jobId, status, newest.addSecs(-60 * i))) {
                connection.rollback();
                return false;
            }
        }
        return connection.commit();
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
    QString m_lastError;
    int m_secretCounter = 0;
};

} // namespace cairn::test
