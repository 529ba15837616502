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
    QString addressing = QStringLiteral("path"); // "path" or "virtual" (S3 addressing style)
    QString secretRef;
    QDateTime createdAt;
};

// A cloud provider account (DigitalOcean, Hetzner Cloud, AWS) for native snapshots. The token or
// secret key lives in the keychain under secretRef. accountId is what names the credentials to a
// person and is not secret: the AWS access key ID, the DigitalOcean account's e-mail address,
// empty for Hetzner Cloud (its tokens belong to a project, which the API does not name).
struct ProviderAccount {
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString name;
    QString provider; // "digitalocean", "hetzner", "aws"
    QString accountId;
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
