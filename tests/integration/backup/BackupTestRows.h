#pragma once
// Rows a backup test needs, written through the store's repositories (ssh_keys directly: its
// repository lives in another branch). Kept apart from the test bed because the store's record
// type StorageTarget and core/storage's StorageTarget cannot meet in one translation unit yet.

#include <QByteArray>
#include <QString>

#include <memory>

namespace cairn {
class Database;
}

namespace cairn::test {

struct BackupTestIds {
    qint64 clientId = 0;
    qint64 keyId = 0;
    qint64 serverId = 0;
    qint64 storageId = 0;
    QString error;
};

struct BackupTestServer {
    QString name;
    QString host;
    int port = 22;
    QString user;
    QByteArray hostKeyBlob;
    QString hostKeyType;
    QString hostKeyFingerprint;
};

struct BackupTestStorage {
    QString name;
    QString endpoint;
    QString region;
    QString bucket;
    QString prefix;
    QString accessKeyId;
};

BackupTestIds insertBackupRows(const std::shared_ptr<Database> &db, const QString &clientName,
    const QString &keyRef, const QString &publicKeyLine, const QString &keyFingerprint,
    const BackupTestServer &server, const BackupTestStorage &storage, const QString &storageSecretRef);

// 0 and *error on failure.
qint64 insertJob(const std::shared_ptr<Database> &db, qint64 clientId, const QString &name, qint64 serverId,
    qint64 storageId, const QString &kind, const QByteArray &specJson, QString *error);

// The runs row as RunRepository reads it (kept here for the same reason as above).
struct BackupTestRun {
    bool found = false;
    QString status;
    QString message;
    QString uploadId;
    bool uploadClosed = false;
};
BackupTestRun runRow(const std::shared_ptr<Database> &db, qint64 runId);

} // namespace cairn::test
