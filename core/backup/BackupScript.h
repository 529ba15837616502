#pragma once
// The host side of a backup: backup.sh (compiled in as the resource :/backup/backup.sh) and the
// parameters it reads as data on stdin after it says HELLO. Each parameter is one
// "key=value\0" record, so any byte but NUL passes through unchanged and nothing the user typed
// is ever parsed as shell code.

#include "backup/JobSpec.h"
#include "secrets/SecureBytes.h"

#include <QByteArray>

namespace cairn {

struct BackupScriptOptions final {
    // "zstd" or "gzip", as chosen for this host.
    QString compression = QStringLiteral("zstd");
    // How long the script waits for each URL before it gives up and cleans up.
    int urlTimeoutSeconds = 300;
    // Attempts per part for transient failures (network, 5xx, 429).
    int uploadAttempts = 3;
};

class BackupScript final {
public:
    static constexpr int kProtocolVersion = 1;

    // backup.sh, with the database login helpers (dblogin.sh) in front.
    static QByteArray script();
    // dblogin.sh: mysql_client, mysql_args, db_exec and PG_COUNT_SQL, shared with restore.sh.
    static QByteArray databaseHelpers();
    // The exec command: bash reads the script from stdin; without bash, one FAIL line.
    static QByteArray command();
    // The parameter records, ending with "end=". Holds the database password when given, so
    // it is returned as wiped bytes.
    // pingUrl: called by the host (curl -K -) once its part of a good run is done; empty: none.
    static SecureBytes parameters(const JobSpec &spec, const BackupScriptOptions &options,
        QByteArrayView databasePassword = {}, QByteArrayView encryptionPassphrase = {},
        QByteArrayView pingUrl = {});
};

} // namespace cairn
