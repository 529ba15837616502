#pragma once
// What went wrong talking to object storage, as a kind the code can act on and ONE sentence a
// person can act on. Built from S3's XML error bodies, HTTP status and headers, or Qt's network
// errors. Server-supplied text is untrusted: it never goes into `message`, only into the
// sanitised `serverMessage` for details.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace cairn {

// What the error sentence may name: the target as the user configured it.
struct S3ErrorContext final {
    QString endpointHost; // "s3.eu-central-1.amazonaws.com" or "127.0.0.1:9000"
    QString bucket;
    QString region; // the configured (signing) region
    QString accessKeyId;
    QString key; // the object key, when the call had one
};

struct S3Error final {
    enum class Kind {
        None,
        InvalidAccessKey, // InvalidAccessKeyId
        SignatureMismatch, // SignatureDoesNotMatch: wrong secret
        NoSuchBucket,
        NoSuchKey,
        NoSuchUpload,
        WrongRegion, // AuthorizationHeaderMalformed / PermanentRedirect / x-amz-bucket-region mismatch
        ClockSkew, // RequestTimeTooSkewed
        AccessDenied,
        BadDigest, // body MD5 differs from Content-MD5
        InvalidPart, // InvalidPart, InvalidPartOrder, EntityTooSmall
        Tls,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Cancelled,
        InvalidRequest, // refused before sending (bad key, wrong thread, ...)
        InvalidResponse, // the server's answer could not be understood
        Other,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // S3's error code, e.g. "SignatureDoesNotMatch" (sanitised)
    QString serverMessage; // S3's <Message>, sanitised and shortened; for a details view only
    QString requestId;
    QString region; // the bucket's real region when the server told us
    QString message; // one sentence: what happened and what to do

    bool isError() const { return kind != Kind::None; }

    // From an HTTP answer with status >= 300 (or a 200 whose body is an <Error>, as
    // CompleteMultipartUpload may send). bucketRegion is the x-amz-bucket-region header.
    static S3Error fromHttp(
        int status, const QByteArray &body, const QByteArray &bucketRegion, const S3ErrorContext &context);
    // From a transport failure (no HTTP answer).
    static S3Error fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
        const QList<QSslError> &sslErrors, const S3ErrorContext &context);
    static S3Error invalidRequest(const QString &sentence);
    static S3Error invalidResponse(const S3ErrorContext &context);
    static S3Error cancelled();
    // The sentence for an S3 error code (used for errors inside DeleteObjects results too).
    static QString sentenceFor(Kind kind, const S3ErrorContext &context, const S3Error &error);
    static Kind kindForCode(const QString &code, int status);
};

} // namespace cairn
