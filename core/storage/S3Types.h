#pragma once
// Plain values S3Client hands back. Grouped in one header because each is a handful of fields
// with no behaviour; the client and the XML parser are their only producers.

#include "storage/S3Error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <variant>

namespace cairn {

struct S3Object final {
    QString key;
    qint64 size = 0;
    QString etag; // with its quotes, as S3 sends it
    QDateTime lastModified;
    QString storageClass;
};

struct S3ObjectPage final {
    QList<S3Object> objects;
    QStringList commonPrefixes;
    bool truncated = false;
    QString nextContinuationToken;
};

struct S3ObjectInfo final {
    QString key;
    qint64 size = -1;
    QString etag;
    QDateTime lastModified;
    QString contentType;
    QString versionId;
    QMap<QString, QString> metadata; // x-amz-meta-* without the prefix
};

struct S3Upload final {
    QString key;
    QString uploadId;
    QDateTime initiated;
};

struct S3UploadPage final {
    QList<S3Upload> uploads;
    bool truncated = false;
    QString nextKeyMarker;
    QString nextUploadIdMarker;
};

struct S3CompletedPart final {
    int partNumber = 0;
    QString etag; // as UploadPart returned it (quoted)
};

struct S3DeleteFailure final {
    QString key;
    QString code;
    QString message; // one sentence, see S3Error::sentenceFor
};

struct S3DeleteResult final {
    QStringList deleted;
    QList<S3DeleteFailure> failed;
};

struct S3BucketInfo final {
    QString region; // from x-amz-bucket-region, when the server sends it
};

struct S3BucketVersioning final {
    QString status; // "Enabled", "Suspended" or empty (never enabled)
    QString mfaDelete; // "Enabled", "Disabled" or empty
    bool enabled() const { return status == QLatin1String("Enabled"); }
};

// A bucket's Object Lock configuration (GetObjectLockConfiguration). A bucket without one is
// answered with ObjectLockConfigurationNotFoundError, which S3Client turns into enabled == false.
struct S3ObjectLock final {
    bool enabled = false;
    QString defaultMode; // "GOVERNANCE", "COMPLIANCE" or empty (no default retention)
    int defaultDays = 0;
    int defaultYears = 0;
};

// The AbortIncompleteMultipartUpload rule Cairn manages in a bucket's lifecycle configuration.
struct S3AbortIncompleteRule final {
    bool present = false;
    int daysAfterInitiation = 0;
    QString prefix;
};

template <typename T> struct S3Result final {
    T value {};
    S3Error error;
    bool ok() const { return !error.isError(); }
};

using S3Status = S3Result<std::monostate>;

} // namespace cairn
