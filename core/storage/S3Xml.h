#pragma once
// Reading S3's XML answers and writing its XML request bodies (QXmlStreamReader/Writer).
// Parsers are lenient about namespaces and unknown elements, strict about the fields Cairn needs.

#include "storage/S3Types.h"

#include <QByteArray>
#include <optional>

namespace cairn {

struct S3Xml final {
    struct ErrorBody {
        QString code;
        QString message;
        QString requestId;
        QString region; // AuthorizationHeaderMalformed names the expected region
        QString endpoint; // PermanentRedirect names the endpoint to use
        bool isError = false; // the document's root is <Error>
    };

    static ErrorBody parseError(const QByteArray &xml);
    static std::optional<S3ObjectPage> parseListObjectsV2(const QByteArray &xml);
    static std::optional<S3UploadPage> parseListMultipartUploads(const QByteArray &xml);
    static std::optional<QString> parseInitiateMultipartUpload(const QByteArray &xml); // the upload id
    static std::optional<QString> parseCompleteMultipartUpload(const QByteArray &xml); // the ETag
    static std::optional<S3DeleteResult> parseDeleteResult(
        const QByteArray &xml, const QStringList &requested, const S3ErrorContext &context);
    static std::optional<S3BucketVersioning> parseVersioning(const QByteArray &xml);
    static std::optional<S3ObjectLock> parseObjectLock(const QByteArray &xml);
    static std::optional<S3AbortIncompleteRule> parseAbortIncompleteRule(
        const QByteArray &lifecycleXml, const QString &ruleId);

    static QByteArray completeMultipartUpload(const QList<S3CompletedPart> &parts);
    static QByteArray deleteObjects(const QStringList &keys); // quiet mode: only failures come back
    // The bucket's lifecycle with Cairn's rule (ruleId) set to `rule`, other rules kept as they are.
    // existing may be empty (no lifecycle yet). nullopt when existing is not a lifecycle document.
    static std::optional<QByteArray> withAbortIncompleteRule(
        const QByteArray &existing, const QString &ruleId, const S3AbortIncompleteRule &rule);

    // XML 1.0 cannot carry every character an S3 key may hold (e.g. most control characters).
    static bool isXmlSafe(const QString &text);
};

} // namespace cairn
