#include "restore/DownloadLink.h"

#include "restore/RestoreScript.h"
#include "ssh/ShellQuote.h"
#include "storage/S3Client.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cairn {

namespace {

QString quoted(const QString &text)
{
    return QString::fromUtf8(shellQuote(text));
}

} // namespace

QString DownloadLink::commandsText() const
{
    QStringList parts;
    for (const DownloadLinkStep &step : steps)
        parts << QStringLiteral("# %1\n%2").arg(step.explanation, step.command);
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

DownloadLink DownloadLink::create(const BackupRecord &backup, S3Client &client, qint64 expiresSeconds)
{
    DownloadLink link;
    if (expiresSeconds < kMinimumSeconds || expiresSeconds > kMaximumSeconds) {
        link.error = tr("A download link lives 15 minutes to 7 days; choose a lifetime in that range.");
        return link;
    }
    if (!client.isValid()) {
        link.error = client.errorString();
        return link;
    }
    bool encrypted = false;
    int iterations = 0;
    QString problem;
    if (!RestoreScript::readEncryption(backup.manifestJson, &encrypted, &iterations, &problem)
        && !problem.isEmpty()) {
        link.error = problem;
        return link;
    }
    const PresignedUrl url = client.presigner().presignGet(backup.objectKey, expiresSeconds);
    if (!url.isValid()) {
        link.error = url.error;
        return link;
    }
    link.url = QString::fromLatin1(url.url.toEncoded());
    link.expiresAt = url.expiresAt;
    link.steps = commands(backup, link.url, client.target());
    return link;
}

QList<DownloadLinkStep> DownloadLink::commands(
    const BackupRecord &backup, const QString &url, const S3Target &target)
{
    QList<DownloadLinkStep> steps;
    bool encrypted = false;
    int iterations = 0;
    QString encryptionProblem;
    RestoreScript::readEncryption(backup.manifestJson, &encrypted, &iterations, &encryptionProblem);
    const QString fetch = QStringLiteral("curl -fsS %1").arg(quoted(url));
    const QString s3Url = QStringLiteral("s3://%1/%2").arg(target.bucket, backup.objectKey);
    const QString awsFetch
        = QStringLiteral("aws --endpoint-url %1 s3 cp %2 -")
              .arg(quoted(QString::fromLatin1(target.endpoint.toEncoded())), quoted(s3Url));

    steps << DownloadLinkStep { tr("Check the archive (the output must be %1):").arg(backup.sha256),
        QStringLiteral("%1 | sha256sum").arg(fetch) };
    steps << DownloadLinkStep {
        tr("Or fetch it with the AWS CLI and the storage's own keys (the link is then not needed):"),
        QStringLiteral("%1 | sha256sum").arg(awsFetch)
    };

    QString decrypt;
    if (encrypted) {
        const QJsonObject manifest = QJsonDocument::fromJson(backup.manifestJson).object();
        // Where the manifest keeps it: top level, or inside "archive" (as RestoreScript reads it).
        QJsonObject encryption = manifest.value(QStringLiteral("encryption")).toObject();
        if (encryption.isEmpty())
            encryption = manifest.value(QStringLiteral("archive"))
                             .toObject()
                             .value(QStringLiteral("encryption"))
                             .toObject();
        const QString wrapped = encryption.value(QStringLiteral("wrappedKey")).toString();
        // The wrapped key is safe to show: only the client's private key opens it.
        steps << DownloadLinkStep { tr("Save the archive's wrapped key (from its manifest):"),
            QStringLiteral("printf '%s' %1 | base64 -d > key.bin").arg(quoted(wrapped)) };
        steps << DownloadLinkStep {
            tr("Unwrap it with the client's private key (client.pem, from the recovery kit):"),
            QStringLiteral("openssl pkeyutl -decrypt -inkey client.pem -pkeyopt rsa_padding_mode:oaep "
                           "-pkeyopt rsa_oaep_md:sha256 -in key.bin -out pass.txt")
        };
        decrypt
            = QStringLiteral(" | openssl enc -d -aes-256-ctr -pbkdf2 -iter %1 -md sha256 -pass file:pass.txt")
                  .arg(iterations);
    }
    const QString compression = RestoreScript::compressionName(backup.compression);
    const QString decompress
        = compression == QLatin1String("none") ? QString() : QStringLiteral(" | %1 -dc").arg(compression);
    if (backup.kind == QLatin1String("mysql")) {
        steps << DownloadLinkStep {
            tr("Load the dump into MariaDB or MySQL (it creates the databases it holds):"),
            QStringLiteral("%1%2%3 | mysql").arg(fetch, decrypt, decompress)
        };
    } else if (backup.kind == QLatin1String("postgres")) {
        steps << DownloadLinkStep { tr("Restore the PostgreSQL database (pg_dump's custom format):"),
            QStringLiteral("%1%2%3 > db.pgdump && pg_restore --create -d postgres db.pgdump")
                .arg(fetch, decrypt, decompress) };
    } else {
        steps << DownloadLinkStep { tr("Restore every file into /restore (as root, to keep owners):"),
            QStringLiteral("mkdir -p /restore && %1%2%3 | tar -x -p --numeric-owner --xattrs "
                           "--xattrs-include='*' --acls -f - -C /restore")
                .arg(fetch, decrypt, decompress) };
    }
    return steps;
}

} // namespace cairn
