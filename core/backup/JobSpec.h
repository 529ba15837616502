#pragma once
// What a backup job backs up and how: the value stored as JSON in jobs.spec_json. The wizard and
// `cairn-cli job add` fill it in; validate() says in one sentence what is wrong; the runner turns it
// into the remote script's parameters. Secrets are never part of it: a database password lives in
// the keychain under databasePasswordRef.

#include "backup/Retention.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cairn {

class JobSpec final {
    Q_DECLARE_TR_FUNCTIONS(cairn::JobSpec)

public:
    enum class Kind { Files, MySql, Postgres };
    enum class Compression { Auto, Zstd, Gzip };
    // How the dump tool logs in to the database server: as the SSH user over the local socket
    // (MySQL unix_socket, PostgreSQL peer), as another OS user via `sudo -n -u` (peer login as
    // postgres), or with a user and password (the password from the keychain).
    enum class DatabaseLogin { Socket, Sudo, Password };

    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMinPartSize = 5LL * 1024 * 1024;
    static constexpr qint64 kMaxPartSize = 5LL * 1024 * 1024 * 1024;
    static constexpr int kDefaultPartsInFlight = 4;
    static constexpr int kMaxPartsInFlight = 16;
    static constexpr int kDefaultCommandTimeoutSeconds = 600;

    Kind kind = Kind::Files;
    // Files: absolute paths on the host, and tar --exclude patterns.
    QStringList paths;
    QStringList excludes;
    // MySQL/MariaDB: one or more databases in one dump; PostgreSQL: exactly one database.
    QStringList databases;
    DatabaseLogin databaseLogin = DatabaseLogin::Socket;
    QString databaseUser;
    // A socket path (starting with /) or a host name; empty for the default local socket.
    QString databaseHost;
    int databasePort = 0;
    QString databaseSudoUser;
    // Keychain reference of the database password (DatabaseLogin::Password only).
    QString databasePasswordRef;

    Compression compression = Compression::Auto;
    // 0: the tool's default (zstd 3, gzip 6).
    int compressionLevel = 0;

    // Limits on the host: upload rate (curl --limit-rate, shared by the parts in flight; 0 = none),
    // CPU priority (nice 0-19) and I/O class (0 = unchanged, 2 = best-effort lowest, 3 = idle).
    qint64 uploadBytesPerSecond = 0;
    int niceLevel = 10;
    int ioniceClass = 2;

    RetentionPolicy retention;

    // Run on the host before the archive starts and after it ends (also after a failure, when
    // the command before ran), each with the timeout.
    QString preCommand;
    QString postCommand;
    int commandTimeoutSeconds = kDefaultCommandTimeoutSeconds;

    // 0: chosen per run from the size of the source (see PartLedger::choosePartSize).
    qint64 partSize = 0;
    int partsInFlight = kDefaultPartsInFlight;
    // Folder on the host for the part files; empty: $TMPDIR or /tmp.
    QString tempDir;
    // Files: store the file index beside the archive.
    bool fileIndex = true;
    // Encrypt the archive (and its index or globals) on the host with a fresh key per archive,
    // wrapped with the client's public key (see DESIGN.md, Encryption).
    bool encrypt = false;

    bool operator==(const JobSpec &) const = default;

    // One sentence naming the first problem, or empty when the spec can run.
    QString validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Unknown keys are ignored (newer versions may add some); a malformed document is refused.
    static std::optional<JobSpec> fromJson(const QJsonObject &object, QString *error = nullptr);
    static std::optional<JobSpec> fromJsonBytes(const QByteArray &json, QString *error = nullptr);

    // The jobs.kind column: "files", "mysql", "postgres".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString compressionName(Compression compression);
    static std::optional<Compression> compressionFromName(const QString &name);
    static QString loginName(DatabaseLogin login);
    static std::optional<DatabaseLogin> loginFromName(const QString &name);
};

} // namespace cairn
