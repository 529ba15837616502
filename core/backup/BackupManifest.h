#pragma once
// <object>.manifest.json: ~1 KiB the desktop writes beside each archive so the bucket explains
// itself without Cairn: which job and host it came from, what it holds, the tools and tar flags
// that made it, its size and SHA-256, how it was cut into parts, and the exact commands that
// restore it by hand. The manifests alone rebuild Cairn's catalogue.

#include "backup/JobSpec.h"
#include "backup/TableRowCounts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace cairn {

struct BackupManifestInput final {
    qint64 runId = 0;
    QString clientName;
    QString jobName;
    QString serverName;
    QString serverAddress; // host:port as configured
    QString serverUser;
    QString hostKeyFingerprint;
    JobSpec spec;
    QString compression; // "zstd" or "gzip"
    // What the host reported (INFO lines, escaped): tar, tar_flags, zstd, gzip, dump, curl, bash, host.
    QMap<QString, QString> hostInfo;
    QString endpoint; // the storage endpoint URL
    QString bucket;
    QString objectKey;
    QString sideKind; // "index", "globals" or empty
    QString sideKey;
    QDateTime createdAt;
    qint64 size = 0;
    qint64 sourceBytes = 0;
    QString sha256;
    int parts = 0;
    qint64 partSize = 0;
    QString stageStatuses;
    QStringList warnings;
    // Encrypted archives (and their index or globals): the passphrase wrapped with the client's
    // public key (base64) and that key's fingerprint ("SHA256:...").
    bool encrypted = false;
    QString wrappedKey;
    QString keyFingerprint;
    // Database backups: the rows of each table the dump holds, for restore drills.
    std::optional<TableRowCounts> rowCounts;
};

class BackupManifest final {
public:
    static constexpr int kFormatVersion = 1;
    // The host's encryption, fixed by the manifest contract (see DESIGN.md, Encryption).
    static constexpr int kPbkdf2Iterations = 200000;

    static QJsonObject build(const BackupManifestInput &input);
    static QByteArray toBytes(const QJsonObject &manifest);
    // The commands in build()'s "restore" section (shell lines a person can paste).
    static QStringList restoreCommands(const BackupManifestInput &input);
};

} // namespace cairn
