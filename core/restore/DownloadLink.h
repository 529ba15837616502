#pragma once
// A download link for a person: a presigned GET of one backup's archive with a chosen lifetime,
// and the exact commands that check and restore that archive by hand (curl or the AWS CLI,
// openssl for an encrypted archive, zstd or gzip, then tar, mysql or pg_restore). The Backups
// page's "Download link" dialog and `cairn-cli backup link` both show what create() returns.

#include "store/BackupRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace cairn {

class S3Client;
struct S3Target;

struct DownloadLinkStep final {
    QString explanation; // one sentence, ends with ':'
    QString command; // one shell line (lines joined with " \" and a newline when long)
};

struct DownloadLink final {
    Q_DECLARE_TR_FUNCTIONS(cairn::DownloadLink)

public:
    static constexpr qint64 kMinimumSeconds = 15 * 60;
    static constexpr qint64 kMaximumSeconds = 7 * 24 * 3600; // S3's limit for a presigned URL

    QString url; // a secret while it lives: anyone with it reads the archive
    QDateTime expiresAt; // UTC
    QList<DownloadLinkStep> steps;
    QString error; // one sentence when no link could be made

    bool isValid() const { return error.isEmpty() && !url.isEmpty(); }
    // Every step as text to copy: "# explanation" then the command, a blank line between steps.
    QString commandsText() const;

    // Presigns (no network: the signature is computed here) and writes the commands. client may be
    // used in any thread that has not used it before (S3Client binds to the first thread it calls
    // from); presigning makes no request.
    static DownloadLink create(const BackupRecord &backup, S3Client &client, qint64 expiresSeconds);
    // The commands for backup, fetching with url (curl) or, as an alternative, with the AWS CLI.
    static QList<DownloadLinkStep> commands(
        const BackupRecord &backup, const QString &url, const S3Target &target);
};

} // namespace cairn
