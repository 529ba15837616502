#pragma once
// Everything one restore, verify or drill needs, resolved before it is queued: the backup (its
// catalogue row, with the manifest), the target server and the storage, and the secrets read from
// the keychain beforehand (RestoreRequestLoader), so the runner never touches the keychain.
// Move-only: the secrets are wiped buffers.

#include "backup/JobSpec.h"
#include "secrets/SecureBytes.h"
#include "ssh/SshHostKey.h"
#include "ssh/SshSession.h"
#include "storage/PresignedUrl.h"
#include "storage/S3Target.h"
#include "store/BackupRepository.h"

#include <functional>
#include <memory>

namespace cairn {

class Database;

struct RestoreRunOptions final {
    // The GET URL lives this long; it is used once, when the download starts.
    qint64 urlExpirySeconds = 30 * 60;
    // After Cancel, how long the script gets to clean up before the connection is cut.
    int cancelGraceSeconds = 15;
    // No output from the host for this long ends the run (the script reports every second).
    int idleTimeoutSeconds = 300;
    // For tests only: sees (and may change) the URL before it is sent to the host.
    std::function<void(PresignedUrl &)> presignHook;
};

struct RestoreRequest final {
    enum class Mode {
        Files, // extract into a folder (the whole archive or chosen members)
        Verify, // download, hash, compare; nothing is written
        Database, // load a dump into a database
        // Files: extract into a scratch folder, check what came out, delete it. Databases: load into
        // a scratch database (databaseName, cairn_drill_<random>), compare each table's rows with
        // the manifest, drop it.
        Drill,
    };

    RestoreRequest() = default;
    RestoreRequest(RestoreRequest &&) = default;
    RestoreRequest &operator=(RestoreRequest &&) = default;

    std::shared_ptr<Database> database;
    Mode mode = Mode::Files;
    BackupRecord backup;

    // The server the archive is restored to (or verified on): the original one or any other.
    qint64 serverId = 0;
    QString serverName;
    SshEndpoint endpoint;
    SshHostKey hostKey; // pinned; a run refuses to start without one
    SecureBytes sshPrivateKey;

    qint64 storageId = 0;
    QString storageName;
    S3Target target;
    SecureBytes storageSecret;

    // Files: the folder the result becomes (absolute), and which folder of the archive becomes it
    // (Drill: the scratch folder's parent, empty for the host's temp folder)
    // (relative, as tar names it; empty: the whole archive). members: archive names to extract
    // (files or folders, as the index lists them); empty: everything.
    QString destination;
    QString archiveRoot;
    QStringList members;
    // More members, by the raw bytes the index holds (names that are not UTF-8 survive as they are).
    QList<QByteArray> memberBytes;
    // Over an existing folder or database only when confirmation equals the server's name.
    bool overOriginal = false;
    QString confirmation;

    // Database: the database to load (a new one, or with overOriginal the one the dump holds, which
    // the host then replaces only after a staging load), the one the dump holds, and how to log in.
    QString databaseName;
    QString sourceDatabase;
    JobSpec databaseLogin; // databaseLogin, databaseUser, databaseHost, databasePort, databaseSudoUser
    SecureBytes databasePassword;

    // Encrypted archives: the passphrase handed to openssl (lowercase hex of the data key), already
    // unwrapped by the caller.
    SecureBytes passphrase;

    RestoreRunOptions options;

    QString kindName() const
    {
        return mode == Mode::Verify ? QStringLiteral("verify")
            : mode == Mode::Drill   ? QStringLiteral("drill")
                                    : QStringLiteral("restore");
    }
    // The folder or database restored into, as recorded.
    QString targetName() const
    {
        return mode == Mode::Files ? destination : mode == Mode::Database ? databaseName : QString();
    }
    bool isDatabaseDrill() const { return mode == Mode::Drill && backup.kind != QLatin1String("files"); }
    // A fresh scratch database name for a database drill; restore.sh accepts only this shape.
    static QString newDrillDatabaseName();
    // Runs on the same host never overlap: "host:port", lower case (as BackupRequest).
    QString hostIdentity() const
    {
        return endpoint.host.toLower() + QLatin1Char(':') + QString::number(endpoint.port);
    }
};

} // namespace cairn
