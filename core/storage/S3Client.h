#pragma once
// S3 control calls (list, head, small get/put, delete, multipart bookkeeping, bucket settings) over
// Qt Network with header-signed Signature V4 requests. Each call blocks its caller on a local event
// loop, so a client lives in ONE worker thread (a run's QRunnable or a dedicated network thread)
// and is never used from the GUI thread; it refuses to run there.
//
// TLS verification is always on; S3Target::caFile may add CA certificates for a self-hosted
// endpoint. The clock offset to the server is taken from each answer's Date header, and a request
// refused as RequestTimeTooSkewed is signed again once with the corrected clock.

#include "storage/S3Endpoint.h"
#include "storage/S3Presigner.h"
#include "storage/S3Types.h"
#include "storage/SigV4Signer.h"

#include <QList>
#include <QSslCertificate>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace cairn {

class S3Client final {
public:
    // Name of the lifecycle rule Cairn manages (other rules in the bucket are left alone).
    static constexpr QLatin1String AbortRuleId { "cairn-abort-incomplete-multipart-uploads" };

    S3Client(const S3Target &target, SigningSecret secret);
    ~S3Client();
    S3Client(const S3Client &) = delete;
    S3Client &operator=(const S3Client &) = delete;

    // Not valid when the target is malformed or the CA file cannot be read; calls then fail with
    // errorString().
    bool isValid() const { return m_setupError.isEmpty(); }
    QString errorString() const { return m_setupError; }

    const S3Target &target() const { return m_endpoint.target(); }
    const S3Endpoint &endpoint() const { return m_endpoint; }
    SigV4Signer &signer() { return m_signer; }
    // Presigned URLs signed with this client's credentials and server clock offset.
    S3Presigner presigner() const { return S3Presigner(m_endpoint, m_signer); }

    void setTimeout(int msecs) { m_timeoutMs = msecs; } // per request, default 60 s
    // Checked while waiting; a set flag aborts the request within ~100 ms.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Bytes received from the storage (bodies), for the "no customer data through the desktop" audit.
    qint64 bytesReceived() const { return m_bytesReceived; }

    S3Result<S3BucketInfo> headBucket();
    S3Result<S3ObjectPage> listObjectsPage(const QString &prefix, const QString &continuationToken = {},
        int maxKeys = 1000, const QString &delimiter = {});
    // Follows continuation tokens; stops after `limit` objects when limit >= 0.
    S3Result<QList<S3Object>> listAllObjects(const QString &prefix, qsizetype limit = -1);
    S3Result<S3ObjectInfo> headObject(const QString &key);
    // For small objects (manifests, probes); refuses bodies larger than maxBytes.
    S3Result<QByteArray> getObject(const QString &key, qint64 maxBytes = 16 * 1024 * 1024);
    // Sends Content-MD5 and a signed payload hash; returns the ETag in info.etag.
    S3Result<S3ObjectInfo> putObject(const QString &key, const QByteArray &body,
        const QByteArray &contentType = "application/octet-stream");
    S3Status deleteObject(const QString &key);
    // Batches of 1000 (S3's limit); per-key failures are in the result, not in error.
    S3Result<S3DeleteResult> deleteObjects(const QStringList &keys);

    S3Result<QString> createMultipartUpload(
        const QString &key, const QByteArray &contentType = "application/octet-stream");
    S3Result<QString> completeMultipartUpload(const QString &key, const QString &uploadId,
        const QList<S3CompletedPart> &parts); // returns the ETag
    S3Status abortMultipartUpload(const QString &key, const QString &uploadId);
    S3Result<S3UploadPage> listMultipartUploadsPage(
        const QString &prefix, const QString &keyMarker = {}, const QString &uploadIdMarker = {});
    S3Result<QList<S3Upload>> listAllMultipartUploads(const QString &prefix);

    S3Result<S3BucketVersioning> getBucketVersioning();
    // enabled == false when the bucket has no Object Lock configuration.
    S3Result<S3ObjectLock> getObjectLock();
    S3Result<S3AbortIncompleteRule> getAbortIncompleteRule();
    // Adds (or replaces) Cairn's AbortIncompleteMultipartUpload rule, keeping other rules.
    S3Status putAbortIncompleteRule(int daysAfterInitiation, const QString &prefix);

    struct Response {
        int status = 0;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        S3Error error;
        QByteArray header(QByteArrayView name) const;
    };
    // One signed request; public for tests and for calls this class does not wrap yet.
    Response send(SigV4Request request, const QByteArray &body = {}, qint64 maxBody = 16 * 1024 * 1024,
        const QString &key = {});

private:
    Response sendOnce(SigV4Request request, const QByteArray &body, qint64 maxBody, const QString &key);
    S3ErrorContext context(const QString &key = {}) const;
    S3Error usageError() const;
    S3Result<QByteArray> getLifecycle();

    S3Endpoint m_endpoint;
    SigV4Signer m_signer;
    QList<QSslCertificate> m_extraCas;
    QString m_setupError;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QThread *m_thread = nullptr;
    int m_timeoutMs = 60000;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_bytesReceived = 0;
};

} // namespace cairn
