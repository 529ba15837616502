#pragma once
// Everything one backup run needs, resolved before it is queued: the job's spec, where the server
// and the storage are, and the secrets read from the keychain beforehand (BackupRequestLoader
// does that), so the runner never touches the keychain. Move-only: the secrets are wiped buffers.

#include "backup/JobSpec.h"
#include "secrets/SecureBytes.h"
#include "ssh/SshHostKey.h"
#include "ssh/SshSession.h"
#include "storage/PresignedUrl.h"
#include "storage/S3Target.h"

#include <functional>
#include <memory>

namespace cairn {

class Database;

struct BackupRunOptions final {
    // How long the host script waits for each URL before it cleans up and exits.
    int urlTimeoutSeconds = 300;
    // Presigned part URLs live this long (15 to 60 minutes; signed just in time).
    qint64 urlExpirySeconds = 30 * 60;
    // After Cancel, how long the script gets to clean up before the connection is cut.
    int cancelGraceSeconds = 15;
    // No output from the host for this long ends the run (0: the command timeout + 3 minutes).
    int idleTimeoutSeconds = 0;
    // For tests only: sees (and may change) every URL before it is sent to the host.
    std::function<void(PresignedUrl &)> presignHook;
};

struct BackupRequest final {
    BackupRequest() = default;
    BackupRequest(BackupRequest &&) = default;
    BackupRequest &operator=(BackupRequest &&) = default;

    std::shared_ptr<Database> database;

    qint64 jobId = 0;
    QString jobName;
    qint64 clientId = 0;
    QString clientName;
    JobSpec spec;

    qint64 serverId = 0;
    QString serverName;
    SshEndpoint endpoint;
    SshHostKey hostKey; // pinned; a run refuses to start without one
    SecureBytes sshPrivateKey; // OpenSSH private key text, from the keychain

    qint64 storageId = 0;
    QString storageName;
    S3Target target;
    SecureBytes storageSecret; // secret access key, from the keychain

    SecureBytes databasePassword; // JobSpec::DatabaseLogin::Password only
    // The client's dead-man's-switch URL (from the keychain), called by the host after a good run;
    // empty: none.
    SecureBytes pingUrl;

    // The client's manifest integrity (HMAC) key, from the keychain; every manifest is sealed.
    SecureBytes integrityKey;
    // JobSpec::encrypt only: the client's public key (PEM) that wraps each archive's passphrase.
    QString encryptionPublicKey;
    QString encryptionFingerprint;

    // What the job's last successful backup read from its source (0: none yet). Progress reports it
    // as the expected size, since it is far closer than the df estimate of the covered filesystems.
    qint64 expectedSourceBytes = 0;

    BackupRunOptions options;

    // Runs on the same host never overlap: "host:port", lower case.
    QString hostIdentity() const
    {
        return endpoint.host.toLower() + QLatin1Char(':') + QString::number(endpoint.port);
    }
};

} // namespace cairn
