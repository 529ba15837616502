#include "backup/BackupManifest.h"

#include "ssh/ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QString quoted(const QString &text)
{
    return QString::fromUtf8(shellQuote(text));
}

} // namespace

QStringList BackupManifest::restoreCommands(const BackupManifestInput &in)
{
    const QString endpoint
        = in.endpoint.isEmpty() ? QString() : QStringLiteral(" --endpoint-url ") + quoted(in.endpoint);
    const auto fetch = [&](const QString &key) {
        return QStringLiteral("aws%1 s3 cp %2 -")
            .arg(endpoint, quoted(QStringLiteral("s3://%1/%2").arg(in.bucket, key)));
    };
    QString decompress
        = in.compression == QLatin1String("gzip") ? QStringLiteral("gzip -dc") : QStringLiteral("zstd -dc");
    QStringList lines;
    lines << QStringLiteral("# Check the archive: the output must equal the manifest's sha256.")
          << QStringLiteral("%1 | sha256sum").arg(fetch(in.objectKey));
    if (in.encrypted) {
        // Every command below decrypts first; pass.txt is the archive's passphrase (delete it after).
        lines << QStringLiteral(
            "# Encrypted: unwrap the passphrase with the client's private key (client.pem, "
            "from the recovery kit or cairn-cli client keys export).")
              << QStringLiteral("printf '%s' %1 | base64 -d > key.bin").arg(quoted(in.wrappedKey))
              << QStringLiteral("openssl pkeyutl -decrypt -inkey client.pem -pkeyopt rsa_padding_mode:oaep "
                                "-pkeyopt rsa_oaep_md:sha256 -in key.bin -out pass.txt");
        decompress
            = QStringLiteral("openssl enc -d -aes-256-ctr -pbkdf2 -iter %1 -md sha256 -pass file:pass.txt | ")
                  .arg(kPbkdf2Iterations)
            + decompress;
    }
    switch (in.spec.kind) {
    case JobSpec::Kind::Files: {
        QString flags = in.hostInfo.value(QStringLiteral("tar_flags"));
        flags.replace(QStringLiteral("--xattrs-include=*"), QStringLiteral("--xattrs-include='*'"));
        lines << QStringLiteral("# Restore every file into /restore (as root, to keep owners):")
              << QStringLiteral("mkdir -p /restore && %1 | %2 | tar -x -p %3 -f - -C /restore")
                     .arg(fetch(in.objectKey), decompress, flags);
        if (!in.sideKey.isEmpty())
            lines << QStringLiteral("# The file index (what the archive holds, as tar -tvv lists it):")
                  << QStringLiteral("%1 | %2 | less").arg(fetch(in.sideKey), decompress);
        break;
    }
    case JobSpec::Kind::MySql:
        lines << QStringLiteral("# Load the dump (it creates the databases it holds):")
              << QStringLiteral("%1 | %2 | mariadb").arg(fetch(in.objectKey), decompress);
        break;
    case JobSpec::Kind::Postgres:
        if (!in.sideKey.isEmpty())
            lines << QStringLiteral("# Roles and tablespaces first, as a superuser:")
                  << QStringLiteral("%1 | %2 | psql -d postgres").arg(fetch(in.sideKey), decompress);
        lines << QStringLiteral("# Then the database (pg_dump custom format):")
              << QStringLiteral(
                     "%1 | %2 > database.pgdump && pg_restore --create -d postgres database.pgdump")
                     .arg(fetch(in.objectKey), decompress);
        break;
    }
    return lines;
}

QJsonObject BackupManifest::build(const BackupManifestInput &in)
{
    QJsonObject source { { QStringLiteral("kind"), JobSpec::kindName(in.spec.kind) } };
    if (in.spec.kind == JobSpec::Kind::Files) {
        source.insert(QStringLiteral("paths"), toArray(in.spec.paths));
        source.insert(QStringLiteral("excludes"), toArray(in.spec.excludes));
    } else {
        source.insert(QStringLiteral("databases"), toArray(in.spec.databases));
        source.insert(QStringLiteral("login"), JobSpec::loginName(in.spec.databaseLogin));
    }
    QJsonObject tools;
    for (auto it = in.hostInfo.cbegin(); it != in.hostInfo.cend(); ++it) {
        if (it.key() != QLatin1String("tar_flags") && it.key() != QLatin1String("host")
            && it.key() != QLatin1String("compression") && it.key() != QLatin1String("globals_passwords")
            && it.key() != QLatin1String("row_counts"))
            tools.insert(it.key(), it.value());
    }
    QJsonObject archive { { QStringLiteral("key"), in.objectKey }, { QStringLiteral("bucket"), in.bucket },
        { QStringLiteral("size"), in.size }, { QStringLiteral("sha256"), in.sha256 },
        { QStringLiteral("parts"), in.parts }, { QStringLiteral("partSize"), in.partSize },
        { QStringLiteral("compression"), in.compression },
        { QStringLiteral("compressionCommand"), in.hostInfo.value(QStringLiteral("compression")) },
        { QStringLiteral("sourceBytes"), in.sourceBytes }, { QStringLiteral("stages"), in.stageStatuses },
        { QStringLiteral("encrypted"), in.encrypted } };
    if (in.spec.kind == JobSpec::Kind::Files)
        archive.insert(QStringLiteral("tarFlags"),
            toArray(
                in.hostInfo.value(QStringLiteral("tar_flags")).split(QLatin1Char(' '), Qt::SkipEmptyParts)));

    QJsonObject manifest { { QStringLiteral("format"), QStringLiteral("cairn-backup-manifest") },
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("created"), in.createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("run"), in.runId }, { QStringLiteral("client"), in.clientName },
        { QStringLiteral("job"), in.jobName },
        { QStringLiteral("host"),
            QJsonObject { { QStringLiteral("server"), in.serverName },
                { QStringLiteral("address"), in.serverAddress }, { QStringLiteral("user"), in.serverUser },
                { QStringLiteral("hostname"), in.hostInfo.value(QStringLiteral("host")) },
                { QStringLiteral("hostKeySha256"), in.hostKeyFingerprint } } },
        { QStringLiteral("source"), source }, { QStringLiteral("tools"), tools },
        { QStringLiteral("archive"), archive }, { QStringLiteral("warnings"), toArray(in.warnings) },
        { QStringLiteral("restore"), toArray(restoreCommands(in)) },
        { QStringLiteral("encrypted"), in.encrypted } };
    if (in.rowCounts)
        manifest.insert(QStringLiteral("rowCounts"), in.rowCounts->toJson());
    if (in.encrypted)
        manifest.insert(QStringLiteral("encryption"),
            QJsonObject { { QStringLiteral("cipher"), QStringLiteral("aes-256-ctr") },
                { QStringLiteral("kdf"), QStringLiteral("pbkdf2") },
                { QStringLiteral("md"), QStringLiteral("sha256") },
                { QStringLiteral("iter"), kPbkdf2Iterations },
                { QStringLiteral("wrappedKey"), in.wrappedKey },
                { QStringLiteral("keyFingerprint"), in.keyFingerprint } });
    if (!in.sideKey.isEmpty()) {
        const bool globals = in.sideKind == QLatin1String("globals");
        QJsonObject side { { QStringLiteral("key"), in.sideKey },
            { QStringLiteral("compression"), in.compression }, { QStringLiteral("encrypted"), in.encrypted },
            { QStringLiteral("format"),
                globals ? QStringLiteral("pg_dumpall --globals-only")
                        : QStringLiteral("tar -cvv --full-time listing") } };
        if (globals)
            side.insert(
                QStringLiteral("rolePasswords"), !in.hostInfo.contains(QStringLiteral("globals_passwords")));
        manifest.insert(globals ? QStringLiteral("globals") : QStringLiteral("index"), side);
    }
    return manifest;
}

QByteArray BackupManifest::toBytes(const QJsonObject &manifest)
{
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

} // namespace cairn
