#pragma once
// Plain rows of the store, as the repositories return them. No secret values: only references.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cairn {

// A client (workspace). clientId 0 in a filter means "all clients".
struct Client {
    qint64 id = 0;
    QString name;
    QString notes;
    QDateTime createdAt;
    int servers = 0;
    int storageTargets = 0;
    int jobs = 0;
};

struct Server {
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString name;
    QString host;
    int port = 22;
    QString username;
    qint64 sshKeyId = 0;
    QString sshKeyName;
    // The pinned host key: type ("ssh-ed25519"), public key blob and its SHA256 fingerprint.
    QString hostKeyType;
    QByteArray hostKey;
    QString hostKeyFingerprint;
    QDateTime hostKeyTrustedAt;
    // The last preflight checklist (PreflightJson), empty before the first.
    QString preflightJson;
    QDateTime createdAt;
};

struct StorageTarget {
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString name;
    QString provider;
    QString endpoint;
    QString region;
    QString bucket;
    QString prefix;
    QString accessKeyId;
    QString secretRef;
    QDateTime createdAt;
};

struct Job {
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString name;
    qint64 serverId = 0;
    QString serverName;
    qint64 storageId = 0;
    QString storageName;
    QString kind;
    QString schedule;
    bool enabled = true;
    QDateTime createdAt;
};

struct Run {
    qint64 id = 0;
    qint64 jobId = 0;
    QString jobName;
    QString clientName;
    QString kind;
    QString status;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 bytesSource = 0;
    qint64 bytesStored = 0;
    qint64 bytesToDesktop = 0;
    QString message;
};

} // namespace cairn
